package org.dyad.actors.dict;

import java.util.Objects;

/**
 * A dictionary file could not be loaded: the message names the file, the line (1-based, 0 when the
 * whole file is concerned) and the reason, e.g. {@code agents.tsv:42: unknown sector 'XYZ'}.
 */
public class DictionaryException extends RuntimeException {
  private final String file;
  private final int line;
  private final String reason;

  public DictionaryException(String file, int line, String reason) {
    this(file, line, reason, null);
  }

  public DictionaryException(String file, int line, String reason, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The file name (without folder). */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the error is about the whole file. */
  public int line() {
    return line;
  }

  /** The reason without file and line. */
  public String reason() {
    return reason;
  }
}
