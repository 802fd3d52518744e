package org.dyad.evaluate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.petrarch.PetrarchActors;
import org.dyad.actors.petrarch.PetrarchAgents;
import org.dyad.annotate.Annotator;
import org.dyad.coding.petrarch.PetrarchDiscards;
import org.dyad.coding.petrarch.PetrarchVerbs;

/**
 * A set of PETRARCH-format dictionary files to code with instead of Dyad's own: any of actors
 * (one or more files), agents, verbs and discards may be absent, and then Dyad's own takes its
 * place (no discards when absent). Immutable.
 */
public record PetrarchDictionaries(List<Path> actors, Path agents, Path verbs, Path discards) {
  public PetrarchDictionaries {
    actors = List.copyOf(actors);
  }

  /** True when no file is given. */
  public boolean isEmpty() {
    return actors.isEmpty() && agents == null && verbs == null && discards == null;
  }

  /**
   * A coder with these dictionaries: PETRARCH actors imported with the codes valid on
   * {@code asOf}, or on each record's date when {@code asOf} is null.
   *
   * @param annotator shared, not owned
   */
  public PipelineCoder coder(Annotator annotator, LocalDate asOf) {
    return configure(PipelineCoder.builder(annotator).asOf(asOf)).build();
  }

  /** Reads the files given and sets them on {@code b}; returns {@code b}. */
  public PipelineCoder.Builder configure(PipelineCoder.Builder b) {
    if (!actors.isEmpty()) {
      PetrarchActors a = PetrarchActors.read(actors.toArray(new Path[0]));
      PetrarchAgents g = agents == null ? null : PetrarchAgents.read(agents);
      b.petrarchActors(a, g);
      if (!a.problems().isEmpty()) {
        b.note(a.problems().size() + " actor lines skipped");
      }
    }
    if (verbs != null) {
      PetrarchVerbs v = PetrarchVerbs.read(verbs);
      PetrarchVerbs.Translation t = v.translate();
      b.triggers(t.dictionary());
      int lost = t.untranslated().values().stream().mapToInt(Integer::intValue).sum();
      b.note("verbs " + verbs.getFileName() + ": " + v.verbs() + " verbs, " + v.patterns() + " patterns -> " + t.rows()
          + " trigger lines; " + lost + " verbs/patterns not translated");
    }
    if (discards != null) {
      b.discards(PetrarchDiscards.read(discards));
    }
    return b;
  }

  /** The files, for printing. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    actors.forEach(p -> out.add(String.valueOf(p.getFileName())));
    for (Path p : new Path[] {agents, verbs, discards}) {
      if (p != null) {
        out.add(String.valueOf(p.getFileName()));
      }
    }
    return out;
  }
}
