package org.dyad.actors.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a PETRARCH actor dictionary: a primary phrase, its synonyms, and its codes with
 * their date restrictions. Phrases are as written (upper case, words joined by {@code _} or
 * spaces). Immutable.
 *
 * @param phrases the primary phrase first, then the synonyms ({@code +} lines and code-less
 *     primary lines that share the codes that follow them)
 * @param codes default and date-bounded codes in file order; empty for a null-coded actor
 * @param file the file it came from
 * @param line the line of the primary phrase
 */
public record PetrarchActor(List<String> phrases, List<DatedCode> codes, String file, int line) {
  public PetrarchActor {
    phrases = List.copyOf(phrases);
    codes = List.copyOf(codes);
    Objects.requireNonNull(file, "file");
    if (phrases.isEmpty()) {
      throw new IllegalArgumentException("an actor needs a phrase (" + file + ":" + line + ")");
    }
  }

  /** The code that holds on {@code date} (see {@link DatedCode#at}). */
  public Optional<String> codeAt(LocalDate date) {
    return DatedCode.at(codes, date);
  }

  /** True when some code has date bounds. */
  public boolean isDated() {
    return codes.stream().anyMatch(c -> !c.isDefault());
  }
}
