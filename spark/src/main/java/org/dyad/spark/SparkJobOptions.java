package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.dyad.ingest.IngestOptions;

/**
 * What one run of {@link DyadSparkJob} does: where the articles are, where the Parquet output
 * goes, and how to read and code them.
 *
 * <p>Immutable and serializable: the job ships it to the executors.
 *
 * @param input a local path or any Hadoop filesystem URI ({@code hdfs://}, {@code s3a://}, ...): a
 *     file, a folder (read recursively) or a glob
 * @param output the folder that receives {@code articles/}, {@code events/}, {@code actors/},
 *     {@code quotes/} and {@code errors/}, as a local path or a Hadoop URI
 * @param master the Spark master ({@code local[2]}, {@code yarn}, ...); null to take it from
 *     {@code spark-submit}
 * @param partitions how many coding tasks; 0 for four per core of the cluster
 * @param defaultDate the publication date for articles that name none (as {@code dyad code --date}); may be null
 * @param maxChars the limit on one article's text, as in {@link IngestOptions#maxChars()}
 * @param overwrite replace an existing output folder instead of refusing it
 * @param summaryFile where to write the run's summary as JSON; may be null
 * @param pipeline makes the coding pipeline, once per executor JVM
 */
public record SparkJobOptions(
    String input,
    String output,
    InputFormat format,
    String master,
    int partitions,
    LocalDate defaultDate,
    long maxChars,
    boolean overwrite,
    String summaryFile,
    PipelineFactory pipeline) implements Serializable {

  private static final long serialVersionUID = 1L;

  public SparkJobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(pipeline, "pipeline");
    if (input.isBlank()) {
      throw new IllegalArgumentException("the input is blank");
    }
    if (output.isBlank()) {
      throw new IllegalArgumentException("the output is blank");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (automatic) or more, not " + partitions);
    }
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
  }

  /** Reads {@code input} by file name (or as Parquet), codes with the default CoreNLP pipeline, master from spark-submit. */
  public static SparkJobOptions of(String input, String output) {
    return new SparkJobOptions(input, output, InputFormat.AUTO, null, 0, null, IngestOptions.DEFAULT_MAX_CHARS, false,
        null, new DefaultPipelineFactory());
  }

  public SparkJobOptions withFormat(InputFormat f) {
    return new SparkJobOptions(input, output, f, master, partitions, defaultDate, maxChars, overwrite, summaryFile, pipeline);
  }

  public SparkJobOptions withMaster(String m) {
    return new SparkJobOptions(input, output, format, m, partitions, defaultDate, maxChars, overwrite, summaryFile, pipeline);
  }

  public SparkJobOptions withPartitions(int n) {
    return new SparkJobOptions(input, output, format, master, n, defaultDate, maxChars, overwrite, summaryFile, pipeline);
  }

  public SparkJobOptions withDefaultDate(LocalDate d) {
    return new SparkJobOptions(input, output, format, master, partitions, d, maxChars, overwrite, summaryFile, pipeline);
  }

  public SparkJobOptions withMaxChars(long n) {
    return new SparkJobOptions(input, output, format, master, partitions, defaultDate, n, overwrite, summaryFile, pipeline);
  }

  public SparkJobOptions withOverwrite(boolean o) {
    return new SparkJobOptions(input, output, format, master, partitions, defaultDate, maxChars, o, summaryFile, pipeline);
  }

  public SparkJobOptions withSummaryFile(String f) {
    return new SparkJobOptions(input, output, format, master, partitions, defaultDate, maxChars, overwrite, f, pipeline);
  }

  public SparkJobOptions withPipeline(PipelineFactory p) {
    return new SparkJobOptions(input, output, format, master, partitions, defaultDate, maxChars, overwrite, summaryFile, p);
  }

  /** The ingest options every executor reads with: a date is required, as for {@code dyad code}. */
  public IngestOptions ingestOptions() {
    return IngestOptions.defaults().withRequireDate(true).withDefaultDate(defaultDate).withMaxChars(maxChars);
  }

  /** A command line that {@link #parse} does not accept; the message says why. */
  public static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** The command-line usage, as printed by {@code --help}. */
  public static final String USAGE = String.join("\n",
      "Usage: dyad spark [--master MASTER] --input PATH --output DIR [--format auto|jsonl|text|parquet]",
      "                  [--partitions N] [--date YYYY-MM-DD] [--max-chars N] [--overwrite] [--summary FILE]",
      "Codes articles with Spark and writes Parquet: DIR/articles, events, actors, quotes and errors.",
      "  --master MASTER     Spark master, e.g. local[2] (embedded) or yarn; default: the one spark-submit sets",
      "  --input PATH        a file, folder or glob: a local path or a Hadoop URI (hdfs://, s3a://, ...)",
      "  --output DIR        the output folder (a local path or a Hadoop URI)",
      "  --format FORMAT     auto (default: Parquet if the input is Parquet, else every file Dyad reads, by name),",
      "                      jsonl (.jsonl/.ndjson files), text (.txt files with .meta.json sidecars) or parquet",
      "                      (columns text, and optional id, date, title, url, source)",
      "  --partitions N      coding tasks (default: four per core)",
      "  --date YYYY-MM-DD   publication date for articles that name none",
      "  --max-chars N       longest article text accepted (default: " + IngestOptions.DEFAULT_MAX_CHARS + ")",
      "  --overwrite         replace an existing output folder",
      "  --summary FILE      also write the run's summary (counts, seconds, articles/s) as JSON to FILE",
      "Exit codes: 0 ok; 1 some documents failed (the rest were coded); 2 bad command line; 3 fatal.");

  /**
   * Reads a command line ({@code --name value} or {@code --name=value}).
   *
   * @throws UsageException naming the option that is wrong, missing or unknown
   */
  public static SparkJobOptions parse(String... args) {
    String input = null;
    String output = null;
    InputFormat format = InputFormat.AUTO;
    String master = null;
    int partitions = 0;
    LocalDate date = null;
    long maxChars = IngestOptions.DEFAULT_MAX_CHARS;
    boolean overwrite = false;
    String summary = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (name.equals("--overwrite")) {
        if (value != null) {
          throw new UsageException("--overwrite takes no value");
        }
        overwrite = true;
        continue;
      }
      if (!name.startsWith("--")) {
        throw new UsageException("unexpected argument '" + a + "': give the input with --input PATH");
      }
      if (!java.util.List.of("--input", "--output", "--format", "--master", "--partitions", "--date", "--max-chars",
          "--summary").contains(name)) {
        throw new UsageException("unknown option '" + name + "'");
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--format" -> {
          try {
            format = InputFormat.parse(value);
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
        }
        case "--master" -> master = value;
        case "--partitions" -> partitions = positiveInt(name, value);
        case "--date" -> {
          try {
            date = LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            throw new UsageException("--date must be a real date as YYYY-MM-DD, not '" + value + "'");
          }
        }
        case "--max-chars" -> maxChars = positiveInt(name, value);
        case "--summary" -> summary = value;
        default -> throw new IllegalStateException(name);
      }
    }
    if (input == null || input.isBlank()) {
      throw new UsageException("no input: give --input PATH (a file, folder, glob or Hadoop URI)");
    }
    if (output == null || output.isBlank()) {
      throw new UsageException("no output: give --output DIR");
    }
    return of(input, output).withFormat(format).withMaster(master).withPartitions(partitions).withDefaultDate(date)
        .withMaxChars(maxChars).withOverwrite(overwrite).withSummaryFile(summary);
  }

  private static int positiveInt(String name, String value) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " must be a positive whole number, not '" + value + "'");
  }
}
