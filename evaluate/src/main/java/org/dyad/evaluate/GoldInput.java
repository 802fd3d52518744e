package org.dyad.evaluate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Span;

/**
 * What the coder may see of one gold record: its id, its text, its date and, for token-based
 * formats, where the gold tokens are in the text. It holds no gold label, so that the coder
 * cannot read one. Immutable.
 *
 * @param id the record's id in the gold file
 * @param text the sentence (or short story) to code
 * @param date the record's date, or the evaluator's fixed default when the gold has none
 * @param tokens character spans of the gold tokens in {@code text}; empty unless the format is
 *     token based (CoNLL)
 */
public record GoldInput(String id, String text, LocalDate date, List<Span> tokens) {
  public GoldInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    tokens = List.copyOf(tokens);
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank gold record id");
    }
  }

  public static GoldInput of(String id, String text, LocalDate date) {
    return new GoldInput(id, text, date, List.of());
  }
}
