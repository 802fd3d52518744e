package org.dyad.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Dyad's coder as a Spark job: articles in (JSON lines, text files with sidecars, anything
 * {@code dyad code} reads, or Parquet; local paths or any Hadoop URI), Parquet tables out
 * ({@link OutputTables}: articles, events, actors, quotes, errors).
 *
 * <p>The stages: the driver lists the input files ({@link InputFiles}); tasks read them with
 * Dyad's ingest rules ({@link FileDocs}) or read the Parquet rows ({@link ParquetInput}); the
 * articles are spread over the coding tasks, which share one pipeline per executor JVM
 * ({@link PipelineHolder}); the coded documents are kept (memory, then disk) while the five
 * tables are written. Ids are Dyad's deterministic ids, so the output holds the same events,
 * actors and quotes as {@code dyad code} on the same input.
 *
 * <p>Entry points: {@link #main} for {@code spark-submit} and the embedded run, {@link #run(String[],
 * PrintStream, PrintStream)} for callers that want the exit code, {@link #run(SparkSession,
 * SparkJobOptions)} inside an existing session. Stateless; thread-safe as far as Spark sessions are.
 */
public final class DyadSparkJob {
  /** The log configuration for local runs: Spark's warnings only. */
  static final String LOCAL_LOG_CONFIG = "dyad-spark-log4j2.properties";
  private static final int ERRORS_SHOWN = 20;

  private DyadSparkJob() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Parses the command line (see {@link SparkJobOptions#USAGE}), starts Spark (or joins the
   * session {@code spark-submit} made), runs the job, reports on {@code out} and {@code err} and
   * stops the session it started.
   *
   * @return 0 when every document was coded, 1 when some failed, 2 for a bad command line, 3 when nothing could be done
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      out.println(SparkJobOptions.USAGE);
      return 0;
    }
    SparkJobOptions o;
    try {
      o = SparkJobOptions.parse(args);
    } catch (SparkJobOptions.UsageException e) {
      err.println("dyad spark: " + e.getMessage());
      err.println("dyad spark: see --help");
      return 2;
    }
    String master = o.master() != null ? o.master() : System.getProperty("spark.master");
    if (master == null || master.isBlank()) {
      err.println("dyad spark: no Spark master: pass --master local[2] to run here, or start the job with spark-submit");
      return 2;
    }
    boolean local = master.startsWith("local");
    if (local && System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", LOCAL_LOG_CONFIG);
    }
    boolean existed = SparkSession.getActiveSession().isDefined();
    SparkSession spark;
    try {
      SparkSession.Builder b = SparkSession.builder().appName("dyad");
      if (o.master() != null) {
        b.master(o.master());
      }
      if (local) {
        // an embedded run stays on this machine: no web UI, the driver on the loopback address
        b.config("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"));
        b.config("spark.driver.host", System.getProperty("spark.driver.host", "127.0.0.1"));
        b.config("spark.driver.bindAddress", System.getProperty("spark.driver.bindAddress", "127.0.0.1"));
      }
      spark = b.getOrCreate();
    } catch (RuntimeException e) {
      err.println("dyad spark: fatal: cannot start Spark: " + e.getMessage());
      return 3;
    }
    try {
      err.println("dyad spark: coding " + o.input() + " on " + spark.sparkContext().master()
          + " (the first task of each executor loads the CoreNLP models: some seconds)");
      JobSummary s = run(spark, o);
      if (s.failed() > 0) {
        reportErrors(spark, o.output(), s.failed(), err);
      }
      out.println("dyad spark: " + s.describe());
      out.println("dyad spark: output in " + o.output() + ": " + String.join("/, ", OutputTables.NAMES) + "/");
      if (o.summaryFile() != null) {
        java.nio.file.Path f = java.nio.file.Path.of(o.summaryFile());
        Files.writeString(f, s.toJson() + "\n", StandardCharsets.UTF_8);
      }
      return s.failed() > 0 ? 1 : 0;
    } catch (SparkJobOptions.UsageException e) {
      err.println("dyad spark: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("dyad spark: fatal: " + describe(e));
      return 3;
    } finally {
      if (!existed) {
        spark.stop();
      }
    }
  }

  /**
   * Runs the job in {@code spark}; {@code o.master()} is not used (the session has its master).
   *
   * @throws SparkJobOptions.UsageException when the input is missing or empty, or the output exists and may not be replaced
   * @throws IOException when the input cannot be listed or the output not written
   */
  public static JobSummary run(SparkSession spark, SparkJobOptions o) throws IOException {
    long t0 = System.nanoTime();
    int loads0 = PipelineHolder.loads();
    double loadSeconds0 = PipelineHolder.loadSeconds();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    checkOutput(conf, o);

    InputFiles.Listing listing = InputFiles.list(conf, o.input(), o.format());
    if (listing.files().isEmpty()) {
      throw new SparkJobOptions.UsageException("the input " + o.input() + " holds no file to read"
          + (o.format() == InputFormat.AUTO ? "" : " as " + o.format().cliName()));
    }
    JavaRDD<InputDoc> docs;
    if (listing.parquet()) {
      List<String> files = listing.files().stream().map(FileRef::uri).toList();
      docs = ParquetInput.read(spark, files, o.defaultDate(), o.maxChars());
    } else {
      Broadcast<SerializableWritable<Configuration>> hadoop = jsc.broadcast(new SerializableWritable<>(conf));
      int readers = Math.max(1, Math.min(listing.files().size(), jsc.defaultParallelism()));
      docs = jsc.parallelize(listing.files(), readers)
          .flatMap(ref -> FileDocs.read(ref, o.ingestOptions(), hadoop.value().value()));
    }
    int parts = o.partitions() > 0 ? o.partitions() : Math.max(1, jsc.defaultParallelism() * 4);
    PipelineFactory factory = o.pipeline();
    JavaRDD<CodedDoc> coded = docs.repartition(parts)
        .mapPartitions(it -> Coding.code(it, factory))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long[] n = coded
          .map(d -> new long[] {1, d.errors() == 0 ? 1 : 0, d.errors() > 0 ? 1 : 0, d.events(), d.actors(), d.quotes()})
          .fold(new long[6], DyadSparkJob::add);
      int filesPerTable = (int) Math.max(1, Math.min(parts, (n[0] + 999) / 1000));
      SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      for (String table : OutputTables.NAMES) {
        Dataset<Row> df = spark.createDataFrame(coded.flatMap(d -> OutputTables.rows(table, d)), OutputTables.schema(table));
        df.coalesce(filesPerTable).write().mode(mode).parquet(new Path(o.output(), table).toString());
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      String master = spark.sparkContext().master();
      int loads = master.startsWith("local") ? PipelineHolder.loads() - loads0 : -1;
      double loadSeconds = master.startsWith("local") ? PipelineHolder.loadSeconds() - loadSeconds0 : 0;
      return new JobSummary(master, n[0], n[1], n[2], n[3], n[4], n[5], seconds, loads, loadSeconds);
    } finally {
      coded.unpersist(false);
    }
  }

  private static long[] add(long[] a, long[] b) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] + b[i];
    }
    return r;
  }

  /** Refuses an output that exists and holds something, unless it may be overwritten. */
  private static void checkOutput(Configuration conf, SparkJobOptions o) throws IOException {
    Path out = new Path(o.output());
    FileSystem fs = out.getFileSystem(conf);
    if (!fs.exists(out)) {
      return;
    }
    FileStatus st = fs.getFileStatus(out);
    if (!st.isDirectory()) {
      throw new SparkJobOptions.UsageException("the output " + o.output() + " is a file, not a folder");
    }
    if (fs.listStatus(out).length > 0 && !o.overwrite()) {
      throw new SparkJobOptions.UsageException("the output folder " + o.output()
          + " is not empty: pass --overwrite to replace its tables, or choose another folder");
    }
  }

  private static void reportErrors(SparkSession spark, String output, long failed, PrintStream err) {
    List<Row> rows = spark.read().parquet(new Path(output, "errors").toString()).limit(ERRORS_SHOWN).collectAsList();
    for (Row r : rows) {
      err.println("dyad spark: error: " + r.getAs("doc_id") + ": " + r.getAs("kind") + ": " + r.getAs("message"));
    }
    if (failed > rows.size()) {
      err.println("dyad spark: ... and more: every error is in " + new Path(output, "errors"));
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? e.toString() : e.getMessage() + " (cause: " + root + ")";
  }
}
