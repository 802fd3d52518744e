package org.dyad.model;

/**
 * A half-open character range {@code [start, end)} into an article's text.
 *
 * <p><b>NOTE:</b> offsets are UTF-16 char offsets, as {@link String#substring(int, int)} uses.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
