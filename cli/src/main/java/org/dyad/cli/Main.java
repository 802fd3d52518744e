package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dyad} command: news in, coded political events out.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Dyad reads news and codes political events: who did what to whom, when and where, with the words that prove it.",
    footer = {"", ExitCodes.HELP},
    subcommands = {CodeCommand.class, DemoCommand.class, EventsCommand.class, BenchCommand.class, EvalCommand.class, ExportCommand.class, ClustersCommand.class,
    IngestCommand.class, WatchCommand.class, GazetteerCommand.class, ServeCommand.class, ActorsCommand.class, SparkCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** The version line: the coder version, which is also in every event's provenance. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dyad " + org.dyad.coding.EventCoder.VERSION};
    }
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("dyad: fatal: " + ex.getMessage());
      return ExitCodes.FATAL;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
