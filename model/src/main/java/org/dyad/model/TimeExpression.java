package org.dyad.model;

import java.util.Objects;

/**
 * A time expression and its normalised value (TIMEX3), anchored on the article date.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value the normalised value, e.g. {@code 2021-05-16}, {@code 2021-01}, {@code P3D}; may be null
 * @param sentence index of the sentence that holds it
 */
public record TimeExpression(String text, int start, int end, int sentence, String type, String value) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  public Span span() {
    return new Span(start, end);
  }

  /** True when the value names a calendar day, month or year ({@code 2021-05-16}, {@code 2021-01}, {@code 2021}). */
  public boolean isCalendarDate() {
    return "DATE".equals(type) && value != null && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
  }
}
