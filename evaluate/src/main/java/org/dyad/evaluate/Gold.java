package org.dyad.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads a gold file by format name. Stateless. */
public final class Gold {
  private Gold() {}

  /** The format names {@link #read} accepts. */
  public static final List<String> FORMATS = List.of("petrarch", "plover", "conll", "tsv", "jsonl");

  /**
   * Reads {@code file} as {@code format}.
   *
   * @param labels for tsv, what the label column holds (null: the five ConfliBERT classes)
   * @throws IllegalArgumentException for an unknown format or a malformed file (naming file and line)
   */
  public static GoldSet read(String format, Path file, GoldFormats.TsvLabels labels) {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "petrarch":
        return GoldFormats.petrarch(file);
      case "plover":
        return GoldFormats.plover(file);
      case "conll":
        return GoldFormats.conll(file);
      case "tsv":
        return GoldFormats.tsv(file, labels == null ? GoldFormats.TsvLabels.PENTA : labels);
      case "jsonl":
        return GoldFormats.jsonl(file);
      default:
        throw new IllegalArgumentException("unknown gold format '" + format + "' (known: " + String.join(", ", FORMATS) + ")");
    }
  }
}
