package org.dyad.cli;

/**
 * The exit codes of every {@code dyad} command (also listed in {@code dyad --help} and the README).
 */
public final class ExitCodes {
  private ExitCodes() {}

  /** Everything was done. */
  public static final int OK = 0;
  /** Some documents failed (each is reported on stderr and in the output); the others were coded and stored. */
  public static final int SOME_FAILED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** Nothing could be done: the store, a model or an input could not be opened. */
  public static final int FATAL = 3;

  static final String HELP = "Exit codes: 0 ok; 1 some documents failed (the rest were coded); 2 bad command line; "
      + "3 fatal (store, models or input unusable).";
}
