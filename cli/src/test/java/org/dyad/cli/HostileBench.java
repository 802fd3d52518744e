package org.dyad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Bench (not a test): {@code dyad ingest} with the real CoreNLP pipeline over a generated hostile
 * corpus, checked like {@link HostileCorpusTest}, then run again to time a no-op re-ingest.
 * Run by hand with the test classpath:
 * {@code java -Xmx5g -cp CLASSPATH org.dyad.cli.HostileBench [FILES] [WORK-DIR]} (default 300 files
 * in a temporary folder). Prints the figures; exits 1 when a check fails.
 */
public final class HostileBench {
  private HostileBench() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dyad-hostile-bench");
    HostileCorpus.Corpus corpus = HostileCorpus.write(work.resolve("corpus"), files, 4242);
    Path store = work.resolve("bench.duckdb");
    Path failures = work.resolve("failures.jsonl");
    Files.deleteIfExists(store);
    long t0 = System.nanoTime();
    String err = run("ingest", corpus.dir().toString(), "--store", store.toString(), "--failures", failures.toString(),
        "--threads", "2");
    long t1 = System.nanoTime();
    int code = lastExit;
    String again = run("ingest", corpus.dir().toString(), "--store", store.toString(), "-q");
    long t2 = System.nanoTime();
    String summary = HostileCorpusTest.lastLine(err);
    System.out.printf("hostile bench (CoreNLP): %d files (%.1f MB), %d good records, %d bad%n", corpus.files(),
        corpus.bytes() / 1e6, corpus.good().size(), corpus.bad().size());
    System.out.printf("first run: %.1f s (model loading included), %.2f good articles/s; %s%n", (t1 - t0) / 1e9,
        corpus.good().size() / ((t1 - t0) / 1e9), summary);
    System.out.printf("second run (no-op): %.1f s; %s%n", (t2 - t1) / 1e9, HostileCorpusTest.lastLine(again));
    try {
      HostileCorpusTest.check(corpus, code, err, store, failures);
      System.out.println("checks: passed (every bad document listed with its reason, every good one stored)");
    } catch (AssertionError e) {
      System.out.println("checks: FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  private static int lastExit;

  private static String run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setErr(p);
      CommandLine cl = Main.commandLine();
      cl.setErr(new java.io.PrintWriter(p, true));
      lastExit = cl.execute(args);
    } finally {
      System.setErr(old);
    }
    String s = buf.toString(StandardCharsets.UTF_8);
    List<String> lines = s.lines().filter(l -> l.contains(" articles, ")).toList();
    lines.forEach(System.out::println);
    return s;
  }
}
