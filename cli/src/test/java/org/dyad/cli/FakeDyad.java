package org.dyad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code dyad} command line with the {@link FakeAnnotator} instead of CoreNLP: as a main class
 * for child JVMs (the SIGKILL test) and in-process for the other tests. Test code only.
 */
final class FakeDyad {
  private FakeDyad() {}

  /** What an in-process run printed and returned. */
  record Result(int exitCode, String out, String err) {}

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
