package org.dyad.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.actors.petrarch.PetrarchActors;
import org.dyad.actors.petrarch.PetrarchAgents;
import org.dyad.annotate.Annotator;
import org.dyad.coding.CameoCodebook;
import org.dyad.coding.EventCoder;
import org.dyad.coding.PloverMapping;
import org.dyad.coding.TriggerDictionary;
import org.dyad.coding.petrarch.PetrarchDiscards;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.pipeline.DyadPipeline;

/**
 * Codes gold records with {@link DyadPipeline}: each record is a one-record article with the
 * record's id, text and date. By default Dyad's own dictionaries; optionally another actor
 * dictionary folder, PETRARCH actor and agent dictionaries (imported with the codes valid on a
 * fixed date, or on each record's date — one imported dictionary per distinct date, built on
 * first use), a trigger dictionary translated from a PETRARCH verb dictionary, and a PETRARCH
 * discard list (a record containing a discard phrase is not coded: it comes back with a
 * {@code DISCARD} document error and no events).
 *
 * <p>Thread-safe. It does not own the annotator: the caller closes it.
 */
public final class PipelineCoder implements SentenceCoder {
  private final Annotator annotator;
  private final ActorDictionary actors;
  private final PetrarchActors petrarchActors;
  private final PetrarchAgents petrarchAgents;
  private final LocalDate asOf;
  private final TriggerDictionary triggers;
  private final PetrarchDiscards discards;
  private final String extra;
  private final Map<LocalDate, DyadPipeline> byDate = new ConcurrentHashMap<>();
  private final Map<LocalDate, String> importSummary = new ConcurrentHashMap<>();
  private final DyadPipeline fixed;

  private PipelineCoder(Builder b) {
    this.annotator = Objects.requireNonNull(b.annotator, "annotator");
    this.actors = b.actors;
    this.petrarchActors = b.petrarchActors;
    this.petrarchAgents = b.petrarchAgents;
    this.asOf = b.asOf;
    this.triggers = b.triggers;
    this.discards = b.discards;
    this.extra = String.join("; ", b.notes);
    this.fixed = petrarchActors == null ? pipeline(actors != null ? actors : ActorDictionary.loadDefault())
        : asOf != null ? byDate.computeIfAbsent(asOf, this::petrarchPipeline) : null;
  }

  /** A coder with Dyad's own dictionaries. */
  public static PipelineCoder defaults(Annotator annotator) {
    return builder(annotator).build();
  }

  public static Builder builder(Annotator annotator) {
    return new Builder(annotator);
  }

  /** Chooses the dictionaries. Not thread-safe; build once. */
  public static final class Builder {
    private final Annotator annotator;
    private ActorDictionary actors;
    private PetrarchActors petrarchActors;
    private PetrarchAgents petrarchAgents;
    private LocalDate asOf;
    private TriggerDictionary triggers;
    private PetrarchDiscards discards;
    private final List<String> notes = new ArrayList<>();

    private Builder(Annotator annotator) {
      this.annotator = annotator;
    }

    /** A Dyad-format actor dictionary (instead of the built-in one). */
    public Builder actors(ActorDictionary d) {
      this.actors = d;
      return this;
    }

    /** PETRARCH actor and (optional) agent dictionaries, imported per date. */
    public Builder petrarchActors(PetrarchActors a, PetrarchAgents agents) {
      this.petrarchActors = a;
      this.petrarchAgents = agents;
      return this;
    }

    /** The date whose codes PETRARCH actors take; null (the default) = each record's own date. */
    public Builder asOf(LocalDate d) {
      this.asOf = d;
      return this;
    }

    /** A trigger dictionary (e.g. translated from PETRARCH verbs) instead of the built-in one. */
    public Builder triggers(TriggerDictionary t) {
      this.triggers = t;
      return this;
    }

    public Builder discards(PetrarchDiscards d) {
      this.discards = d;
      return this;
    }

    /** A line for the description (e.g. what a translation left out). */
    public Builder note(String n) {
      notes.add(n);
      return this;
    }

    public PipelineCoder build() {
      return new PipelineCoder(this);
    }
  }

  private DyadPipeline pipeline(ActorDictionary dict) {
    EventCoder coder = triggers == null ? EventCoder.loadDefault(dict.version())
        : new EventCoder(triggers, CameoCodebook.loadDefault(), PloverMapping.loadDefault(), dict.version());
    return new DyadPipeline(annotator, new ActorResolver(dict), coder, DyadPipeline.DEFAULT_MAX_CHARS);
  }

  private DyadPipeline petrarchPipeline(LocalDate date) {
    PetrarchActors.DyadImport imp = petrarchActors.toDyad(date, petrarchAgents);
    importSummary.put(date, imp.report().summary().replace("\n", ";"));
    return pipeline(imp.dictionary());
  }

  @Override
  public CodedArticle code(GoldInput input) {
    Objects.requireNonNull(input, "input");
    Article article = Article.of(input.id(), input.text(), input.date());
    if (discards != null) {
      Optional<PetrarchDiscards.Discard> d = discards.match(input.text());
      if (d.isPresent()) {
        return new CodedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(new DocumentError(input.id(), "DISCARD", "discard phrase '" + d.get().phrase() + "'")), EventCoder.VERSION);
      }
    }
    DyadPipeline p = fixed != null ? fixed : byDate.computeIfAbsent(input.date(), this::petrarchPipeline);
    return p.code(article);
  }

  @Override
  public String description() {
    StringBuilder sb = new StringBuilder();
    DyadPipeline any = fixed != null ? fixed : byDate.values().stream().findFirst().orElse(null);
    sb.append(any != null ? any.description() : EventCoder.VERSION);
    if (petrarchActors != null) {
      sb.append("; PETRARCH actors imported as of ").append(asOf != null ? asOf.toString() : "each record's date")
          .append(" (").append(byDate.size()).append(byDate.size() == 1 ? " date" : " dates").append(')');
      importSummary.entrySet().stream().min(Map.Entry.comparingByKey())
          .ifPresent(e -> sb.append("; import ").append(e.getKey()).append(": ").append(e.getValue()));
    } else if (actors != null) {
      sb.append("; actor dictionary ").append(actors.version());
    }
    if (triggers != null) {
      sb.append("; triggers ").append(triggers.sourceName());
    }
    if (discards != null) {
      sb.append("; ").append(discards.discards().size()).append(" discard phrases");
    }
    if (!extra.isEmpty()) {
      sb.append("; ").append(extra);
    }
    return sb.toString();
  }
}
