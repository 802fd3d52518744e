package org.dyad.actors.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The identity under which Dyad's actor dictionary compares phrases (hyphens cut pieces and are
 * dropped, a possessive {@code 's} is its own piece, one final abbreviation period is dropped,
 * case is folded), so that an import never writes two phrases the loader would call duplicates.
 * It follows {@code org.dyad.actors.dict.PhraseKeys}; a test loads an import with near-duplicate
 * phrases to keep the two in step. Stateless.
 */
final class DyadPhraseKey {
  private DyadPhraseKey() {}

  static String of(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.trim().split("\\s+")) {
      for (String p : pieces(w)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(p.toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
  }

  static List<String> pieces(String word) {
    List<String> out = new ArrayList<>(4);
    if (word.isEmpty()) {
      return out;
    }
    boolean plain = true;
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (isHyphen(c) || c == '\'' || c == '\u2019' || c == '\u2018') {
        plain = false;
        break;
      }
    }
    if (plain && n > 1 && word.charAt(n - 1) == '.') {
      plain = false;
    }
    if (plain) {
      out.add(word);
      return out;
    }
    String w = word.replace('\u2019', '\'').replace('\u2018', '\'');
    int start = 0;
    for (int i = 0; i <= w.length(); i++) {
      if (i == w.length() || isHyphen(w.charAt(i))) {
        if (i > start) {
          addPart(w.substring(start, i), out);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static void addPart(String part, List<String> out) {
    if (part.length() > 2 && (part.endsWith("'s") || part.endsWith("'S"))) {
      out.add(stripPeriod(part.substring(0, part.length() - 2)));
      out.add("'s");
      return;
    }
    if (part.length() > 1 && part.endsWith("'")) {
      out.add(stripPeriod(part.substring(0, part.length() - 1)));
      out.add("'");
      return;
    }
    out.add(stripPeriod(part));
  }

  private static String stripPeriod(String part) {
    int n = part.length();
    if (n > 1 && part.charAt(n - 1) == '.' && part.indexOf('.') == n - 1) {
      return part.substring(0, n - 1);
    }
    return part;
  }
}
