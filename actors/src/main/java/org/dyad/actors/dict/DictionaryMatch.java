package org.dyad.actors.dict;

import java.util.Objects;

/**
 * One dictionary phrase found in a sentence.
 *
 * @param firstToken position of the first covered token in the list given to
 *     {@link ActorDictionary#match} (equal to {@code Token.index()} when that list is a whole sentence)
 * @param lastToken position of the last covered token, inclusive
 * @param text the covered words joined as in the text (a space only where the text has a gap)
 * @param entry what the phrase stands for
 */
public record DictionaryMatch(int firstToken, int lastToken, String text, DictionaryEntry entry) {
  public DictionaryMatch {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entry, "entry");
    if (firstToken < 0 || lastToken < firstToken) {
      throw new IllegalArgumentException("bad token range " + firstToken + ".." + lastToken);
    }
  }

  /** Number of tokens covered. */
  public int length() {
    return lastToken - firstToken + 1;
  }
}
