package org.dyad.actors.dict;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Token;

/** Hand-made token lists for tests: words separated by spaces; "word/lemma" gives a lemma. */
final class Toks {
  private Toks() {}

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    for (String w : text.trim().split(" +")) {
      String word = w;
      String lemma = w;
      int slash = w.indexOf('/');
      if (slash > 0) {
        word = w.substring(0, slash);
        lemma = w.substring(slash + 1);
      }
      out.add(new Token(out.size(), word, lemma, "NN", "O", pos, pos + word.length()));
      pos += word.length() + 1;
    }
    return out;
  }
}
