package org.dyad.ingest;

import java.time.LocalDate;

/**
 * How to read documents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param defaultDate the publication date to use ({@code --date}); for plain text it wins over a
 *     sidecar and the file name; for JSON, HTML and feeds it is the fallback when the document
 *     names no date. May be null.
 * @param givenId the article id to use ({@code --id}); applies only to a single-document input
 *     (a plain-text, HTML or single-object JSON file, a page URL or stdin text), never to a
 *     folder's files or to the records of JSON lines, arrays and feeds. May be null.
 * @param maxChars the documented limit on one article's text (UTF-16 chars); longer texts are
 *     refused as {@link ErrorKinds#TOO_LARGE}. Raw input is capped from it too, see
 *     {@link #maxTextBytes()} and {@link #maxInputBytes()}.
 * @param requireDate when true, a document without any publication date is a
 *     {@link ErrorKinds#DATE} error; when false it becomes an article with a null date
 */
public record IngestOptions(LocalDate defaultDate, String givenId, long maxChars, boolean requireDate) {

  /** The default limit on an article's text: one million characters. */
  public static final long DEFAULT_MAX_CHARS = 1_000_000L;

  public IngestOptions {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    if (givenId != null && givenId.isBlank()) {
      throw new IllegalArgumentException("givenId is blank");
    }
  }

  /** No default date or id, {@value #DEFAULT_MAX_CHARS} chars, date required. */
  public static IngestOptions defaults() {
    return new IngestOptions(null, null, DEFAULT_MAX_CHARS, true);
  }

  public IngestOptions withDefaultDate(LocalDate date) {
    return new IngestOptions(date, givenId, maxChars, requireDate);
  }

  public IngestOptions withGivenId(String id) {
    return new IngestOptions(defaultDate, id, maxChars, requireDate);
  }

  public IngestOptions withMaxChars(long max) {
    return new IngestOptions(defaultDate, givenId, max, requireDate);
  }

  public IngestOptions withRequireDate(boolean require) {
    return new IngestOptions(defaultDate, givenId, maxChars, require);
  }

  /**
   * The most bytes a plain-text document may have: {@code 3 * maxChars + 3} (UTF-8 needs at most
   * three bytes per char, plus a BOM). Larger files are refused from their size alone; streams
   * are read no further than this.
   */
  public long maxTextBytes() {
    return sat(maxChars, 3) + 3;
  }

  /**
   * The most bytes one HTML page, feed, JSON document or JSON line may have: {@code 8 * maxChars}
   * (room for markup and escapes). Larger inputs are refused as {@link ErrorKinds#TOO_LARGE}
   * after reading at most this many bytes.
   */
  public long maxInputBytes() {
    return sat(maxChars, 8);
  }

  private static long sat(long a, long b) {
    long r = a * b;
    return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE / 2 : r;
  }
}
