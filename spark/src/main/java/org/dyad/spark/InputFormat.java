package org.dyad.spark;

import java.util.Locale;

/**
 * What the Spark job's input is. Every file format is read by Dyad's own ingest rules (the same
 * ids, dates, sidecars and errors as {@code dyad code}); the format only says which files of a
 * folder are taken, or that the input is Parquet.
 */
public enum InputFormat {
  /** Parquet when the input is Parquet (a {@code .parquet} file or a folder of them), else every file Dyad reads. */
  AUTO,
  /** JSON lines files: {@code .jsonl} or {@code .ndjson}, optionally gzipped. */
  JSONL,
  /** Plain-text articles: {@code .txt}, {@code .text} or no extension (optionally gzipped), with {@code .meta.json} sidecars. */
  TEXT,
  /** Parquet with a {@code text} column and optional {@code id}, {@code date}, {@code title}, {@code url}, {@code source}. */
  PARQUET;

  /** The format named on a command line ({@code auto}, {@code jsonl}, {@code text} or {@code parquet}). */
  public static InputFormat parse(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "auto" -> AUTO;
      case "jsonl", "ndjson", "json-lines" -> JSONL;
      case "text", "txt" -> TEXT;
      case "parquet" -> PARQUET;
      default -> throw new IllegalArgumentException("--format must be auto, jsonl, text or parquet, not '" + name + "'");
    };
  }

  /** True when a file of this name is taken from a folder for this format (never for {@link #PARQUET}). */
  public boolean accepts(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    int slash = n.lastIndexOf('/');
    String base = n.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    String ext = dot > 0 ? base.substring(dot + 1) : "";
    return switch (this) {
      case AUTO -> true;
      case JSONL -> ext.equals("jsonl") || ext.equals("ndjson");
      case TEXT -> ext.isEmpty() || ext.equals("txt") || ext.equals("text");
      case PARQUET -> false;
    };
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
