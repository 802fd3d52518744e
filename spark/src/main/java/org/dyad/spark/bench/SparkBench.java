package org.dyad.spark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.ingest.ReutersSgml;
import org.dyad.model.Article;
import org.dyad.spark.DyadSparkJob;
import org.dyad.spark.JobSummary;

/**
 * The Spark benchmark (not a test): codes the first N Reuters-21578 articles with the Spark job
 * once per master ({@code local[1]}, then {@code local[2]}), each in a fresh JVM so that neither
 * run inherits the other's loaded models or warmed-up code, and prints articles/s for each and
 * the ratio. Takes many minutes of CPU; run it on a quiet machine. The figures go to
 * docs/BENCHMARKS.md.
 *
 * <pre>
 * java -Xmx1g @spark/src/main/jvm/spark-java17.options -cp 'spark/target/dyad-spark.jar:spark/target/lib/*' \
 *   org.dyad.spark.bench.SparkBench --reuters ../shared/data/news/reuters21578 --limit 1000
 * </pre>
 *
 * <p>Options: {@code --reuters DIR} (default {@code ../shared/data/news/reuters21578} beside the
 * checkout), {@code --limit N} (1000), {@code --masters local[1],local[2]}, {@code --heap 6g} (each
 * run's JVM), {@code --work DIR} (input, outputs and summaries; default a temporary folder).
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("--reuters", null);
    o.put("--limit", "1000");
    o.put("--masters", "local[1],local[2]");
    o.put("--heap", "6g");
    o.put("--work", null);
    for (int i = 0; i < args.length; i++) {
      if (!o.containsKey(args[i]) || i + 1 >= args.length) {
        System.err.println("spark bench: unknown option or missing value: " + args[i] + "; options: " + o.keySet());
        System.exit(2);
      }
      o.put(args[i], args[++i]);
    }
    Path reuters = o.get("--reuters") != null ? Path.of(o.get("--reuters"))
        : Path.of(System.getenv().getOrDefault("DYAD_HOME", ".")).resolve("../shared/data/news/reuters21578").normalize();
    if (!Files.isDirectory(reuters)) {
      System.err.println("spark bench: no Reuters-21578 folder at " + reuters + " (use --reuters DIR)");
      System.exit(3);
    }
    int limit = Integer.parseInt(o.get("--limit"));
    Path work = o.get("--work") != null ? Files.createDirectories(Path.of(o.get("--work")))
        : Files.createTempDirectory("dyad-spark-bench-");

    List<Article> articles = ReutersSgml.read(reuters, limit);
    Path input = work.resolve("reuters-" + articles.size() + ".jsonl");
    writeJsonl(articles, input);
    System.out.printf(Locale.ROOT, "spark bench: %d Reuters articles with a body, %d characters, in %s%n", articles.size(),
        articles.stream().mapToLong(a -> a.text().length()).sum(), input);

    List<String> masters = List.of(o.get("--masters").split(","));
    List<JobSummary> results = new ArrayList<>();
    for (String master : masters) {
      String tag = master.replaceAll("[^A-Za-z0-9]+", "");
      Path summary = work.resolve("summary-" + tag + ".json");
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (!a.startsWith("-Xmx") && !a.startsWith("-agentlib") && !a.startsWith("-javaagent")) {
          cmd.add(a);
        }
      }
      cmd.add("-Xmx" + o.get("--heap"));
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), DyadSparkJob.class.getName(),
          "--master", master, "--input", input.toString(), "--output", work.resolve("out-" + tag).toString(),
          "--overwrite", "--summary", summary.toString()));
      System.out.println("spark bench: running " + master + " ...");
      int code = new ProcessBuilder(cmd).inheritIO().start().waitFor();
      if (code > 1 || !Files.exists(summary)) {
        System.err.println("spark bench: the run on " + master + " failed (exit " + code + ")");
        System.exit(3);
      }
      results.add(JobSummary.fromJson(Files.readString(summary)));
    }

    System.out.println();
    System.out.println("| master | articles | events | seconds | articles/s | model load s | articles/s after load |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (JobSummary s : results) {
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.1f | %.2f |%n", s.master(), s.documents(), s.events(),
          s.seconds(), s.documentsPerSecond(), s.pipelineLoadSeconds(), afterLoad(s));
    }
    if (results.size() >= 2) {
      JobSummary a = results.get(0);
      JobSummary b = results.get(results.size() - 1);
      System.out.printf(Locale.ROOT, "%nratio %s / %s: %.2f (whole run), %.2f (after the model load)%n", b.master(), a.master(),
          b.documentsPerSecond() / a.documentsPerSecond(), afterLoad(b) / afterLoad(a));
    }
  }

  /** Articles per second once the models are loaded (local mode loads them once, while the tasks wait). */
  static double afterLoad(JobSummary s) {
    double t = s.seconds() - s.pipelineLoadSeconds();
    return t <= 0 ? 0 : s.documents() / t;
  }

  static void writeJsonl(List<Article> articles, Path file) throws IOException {
    ObjectMapper m = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        ObjectNode n = m.createObjectNode();
        n.put("id", a.id());
        n.put("text", a.text());
        n.put("date", a.date().toString());
        n.put("title", a.title());
        n.put("source", a.source());
        w.write(m.writeValueAsString(n));
        w.write('\n');
      }
    }
  }
}
