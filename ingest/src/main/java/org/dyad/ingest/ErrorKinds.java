package org.dyad.ingest;

/**
 * The {@link org.dyad.model.DocumentError#kind() kinds} of errors the readers report.
 *
 * <p>Constants only; stateless.
 */
public final class ErrorKinds {
  private ErrorKinds() {}

  /** No text: empty or whitespace-only file, or no article text found in a page. */
  public static final String EMPTY = "EMPTY";
  /** The bytes are not text (NUL bytes, many control characters). */
  public static final String BINARY = "BINARY";
  /** The bytes do not decode in the (declared) charset. */
  public static final String ENCODING = "ENCODING";
  /** Broken JSON, XML or gzip, or a record missing a required field. */
  public static final String MALFORMED = "MALFORMED";
  /** No publication date, or one that is not a real ISO date. */
  public static final String DATE = "DATE";
  /** Text longer than {@link IngestOptions#maxChars()} or input above the byte caps. */
  public static final String TOO_LARGE = "TOO_LARGE";
  /** The file or folder could not be read. */
  public static final String IO = "IO";
  /** A URL could not be fetched (network error, timeout, HTTP status other than 2xx). */
  public static final String FETCH = "FETCH";
}
