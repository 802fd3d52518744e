package org.dyad.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The development gold sets Dyad knows how to read, found under one folder (the project's shared
 * data, {@code gold-dev}), each with its format and, for PETRARCH validation records, the
 * dictionaries that ship with them. A set whose files are missing is not listed. Immutable.
 */
public final class DevSets {
  private DevSets() {}

  /**
   * One development set.
   *
   * @param name short name for the summary
   * @param gold the gold file
   * @param format petrarch, plover, conll, tsv or jsonl
   * @param labels for tsv: what the label column holds
   * @param dictionaries PETRARCH dictionaries to code with, or null for Dyad's own
   * @param what the measure the set is for, one line
   */
  public record DevSet(String name, Path gold, String format, GoldFormats.TsvLabels labels, PetrarchDictionaries dictionaries,
      String what) {
    public DevSet {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(gold, "gold");
      Objects.requireNonNull(format, "format");
    }

    /** Reads the gold. */
    public GoldSet read() {
      return Gold.read(format, gold, labels);
    }
  }

  /** The known sets present under {@code root}, in a fixed order. */
  public static List<DevSet> find(Path root) {
    List<DevSet> out = new ArrayList<>();
    Path cb = root.resolve("conflibert-cameo-manual");
    if (Files.isRegularFile(cb.resolve("cameo_class_train.tsv"))) {
      out.add(new DevSet("conflibert-penta", cb.resolve("cameo_class_train.tsv"), "tsv", GoldFormats.TsvLabels.PENTA, null,
          "five-class CAMEO label of each sentence"));
    }
    if (Files.isRegularFile(cb.resolve("cameo_ner_train.txt"))) {
      out.add(new DevSet("conflibert-spans", cb.resolve("cameo_ner_train.txt"), "conll", null, null,
          "source/target spans of each sentence"));
    }
    Path ch = root.resolve("cameo-human-annotations/dev.jsonl");
    if (Files.isRegularFile(ch)) {
      out.add(new DevSet("cameo-human-roots", ch, "jsonl", null, null, "CAMEO roots of the coders' majority"));
    }
    Path pu = root.resolve("petrarch2-unittest");
    if (Files.isRegularFile(pu.resolve("PETR.UnitTest.records.xml"))) {
      out.add(new DevSet("petrarch2-unittest", pu.resolve("PETR.UnitTest.records.xml"), "petrarch", null,
          dicts(pu, "PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.verbs.txt", "PETR.Validate.discards.txt"),
          "PETRARCH2 unit-test records with their own validation dictionaries"));
    }
    Path ud = root.resolve("udpetrarch-validate");
    if (Files.isRegularFile(ud.resolve("PETR_Validate_records_2_02.xml"))) {
      out.add(new DevSet("udpetrarch-validate", ud.resolve("PETR_Validate_records_2_02.xml"), "petrarch", null,
          dicts(ud, "PETR_Validate_actors_2_02.txt", "PETR_Validate_agents_2_02.txt", "PETR_Validate_verbs_2_02.txt",
              "PETR_Validate_discards_2_02.txt"),
          "UD-PETRARCH validation records with their own dictionaries"));
    }
    return out;
  }

  private static PetrarchDictionaries dicts(Path dir, String actors, String agents, String verbs, String discards) {
    return new PetrarchDictionaries(
        Files.isRegularFile(dir.resolve(actors)) ? List.of(dir.resolve(actors)) : List.of(),
        present(dir.resolve(agents)), present(dir.resolve(verbs)), present(dir.resolve(discards)));
  }

  private static Path present(Path p) {
    return Files.isRegularFile(p) ? p : null;
  }
}
