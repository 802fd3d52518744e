package org.dyad.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine;

/**
 * The {@code dyad} command line with the {@link FakeAnnotator} instead of CoreNLP: as a main class
 * for child JVMs (the SIGKILL test) and in-process for the other tests. Test code only.
 */
final class FakeDyad {
  private FakeDyad() {}

  /** What an in-process run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  /** A child JVM running {@link #main}, its standard error collected line by line (standard output discarded). */
  record Spawned(Process process, BlockingQueue<String> lines, List<String> all) {
    /** Every line so far, for failure messages. */
    List<String> seen() {
      synchronized (all) {
        return List.copyOf(all);
      }
    }
  }

  /** Starts {@code dyad args} in a child JVM with at most {@code maxHeap} of heap (e.g. {@code 1g}). */
  static Spawned spawn(String maxHeap, String... args) throws IOException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + maxHeap, "-cp",
        System.getProperty("java.class.path"), FakeDyad.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> all = new ArrayList<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (all) {
            all.add(line);
          }
          lines.add(line);
        }
      } catch (IOException e) {
        // the child was killed
      }
    }, "child-stderr");
    t.setDaemon(true);
    t.start();
    return new Spawned(p, lines, all);
  }

  static CommandLine commandLine() {
    CommandLine cl = Main.commandLine();
    ((IngestCommand) cl.getSubcommands().get("ingest").getCommand()).pipelines = FakeAnnotator::pipeline;
    ((WatchCommand) cl.getSubcommands().get("watch").getCommand()).pipelines = FakeAnnotator::pipeline;
    ((CodeCommand) cl.getSubcommands().get("code").getCommand()).pipelines = FakeAnnotator::pipeline;
    ((DemoCommand) cl.getSubcommands().get("demo").getCommand()).pipelines = FakeAnnotator::pipeline;
    return cl;
  }

  /** Runs {@code dyad ARGS...} in this JVM, capturing stdout and stderr. */
  static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      CommandLine cl = commandLine();
      cl.setErr(new java.io.PrintWriter(e, true));
      cl.setOut(new java.io.PrintWriter(o, true));
      code = cl.execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
