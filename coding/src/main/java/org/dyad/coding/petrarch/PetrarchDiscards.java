package org.dyad.coding.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.petrarch.PetrarchLines;

/**
 * A PETRARCH discard list: phrases whose presence means a sentence (or, with a leading {@code +},
 * the whole story) is not coded — sports results, historical chronologies and the like.
 *
 * <p>Matching follows PETRARCH: case-insensitive; the phrase must start a word (it is looked for
 * with a blank before it, and the text gets a blank at its start); a phrase ending in {@code _}
 * must also end a word (followed by a blank, punctuation or the end), otherwise it matches as a
 * stem ("BASEBALL" matches "baseballs"). Underscores inside a phrase stand for blanks. Each
 * one-sentence text is its own story here, so story and sentence discards act alike in
 * {@link #match}. Immutable and thread-safe.
 */
public final class PetrarchDiscards {
  /**
   * One discard phrase.
   *
   * @param phrase upper case, blanks between words, without the marks
   * @param wholeWord true when the phrase must end a word ({@code _} at its end)
   * @param story true for a story-level discard ({@code +})
   */
  public record Discard(String phrase, boolean wholeWord, boolean story, int line) {
    public Discard {
      Objects.requireNonNull(phrase, "phrase");
    }
  }

  private final List<Discard> discards;

  private PetrarchDiscards(List<Discard> discards) {
    this.discards = List.copyOf(discards);
  }

  /** Reads a discard file. */
  public static PetrarchDiscards read(Path file) {
    return parse(PetrarchLines.read(file));
  }

  /** Reads already split lines. */
  public static PetrarchDiscards parse(PetrarchLines file) {
    List<Discard> out = new ArrayList<>();
    for (PetrarchLines.Line l : file.lines()) {
      String s = l.trimmed();
      if (s.isEmpty()) {
        continue;
      }
      boolean story = s.startsWith("+");
      if (story) {
        s = s.substring(1).strip();
      }
      boolean whole = s.endsWith("_");
      s = s.replace('_', ' ').replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
      if (!s.isEmpty()) {
        out.add(new Discard(s, whole, story, l.number()));
      }
    }
    return new PetrarchDiscards(out);
  }

  /** Every phrase, in file order. */
  public List<Discard> discards() {
    return discards;
  }

  /** The first discard phrase found in {@code text}, if any. */
  public Optional<Discard> match(String text) {
    Objects.requireNonNull(text, "text");
    String t = " " + text.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    for (Discard d : discards) {
      String needle = " " + d.phrase();
      int from = 0;
      while (true) {
        int at = t.indexOf(needle, from);
        if (at < 0) {
          break;
        }
        int end = at + needle.length();
        if (!d.wholeWord() || end == t.length() || !Character.isLetterOrDigit(t.charAt(end))) {
          return Optional.of(d);
        }
        from = at + 1;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "PetrarchDiscards[" + discards.size() + " phrases]";
  }
}
