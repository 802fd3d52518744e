package org.dyad.actors.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How words and dictionary phrases are cut into match pieces, so that a phrase matches however the
 * tokenizer split it: hyphens separate pieces and are dropped ("al-Qaeda" = "al Qaeda" = tokens
 * "al" "-" "Qaeda"), a possessive "'s" is its own piece ("People's" = "People" "'s"), curly
 * apostrophes are straight, a plural possessive apostrophe is its own piece ("Workers'" = "Workers"
 * "'"), and one final period of an abbreviation is dropped ("Gen." = "Gen")
 * while a dotted acronym keeps its periods ("U.S."). Stateless and thread-safe.
 */
public final class PhraseKeys {
  private PhraseKeys() {}

  /**
   * The case-folded identity under which a dictionary phrase is matched (hyphens, possessives and a
   * final period normalised): two phrases with the same key would be the same dictionary entry.
   */
  public static String duplicateKey(String phrase) {
    return key(phrasePieces(phrase));
  }

  private static final String[] NONE = new String[0];

  /** Lower case without locale surprises. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
  }

  /** The pieces of one word (original case); empty for a token made only of hyphens. */
  static String[] pieces(String word) {
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
      return n == 0 ? NONE : new String[] {word};
    }
    String w = word.replace('\u2019', '\'').replace('\u2018', '\'');
    List<String> out = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= w.length(); i++) {
      if (i == w.length() || isHyphen(w.charAt(i))) {
        if (i > start) {
          addPart(w.substring(start, i), out);
        }
        start = i + 1;
      }
    }
    return out.toArray(NONE);
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

  /** The pieces of a dictionary phrase: split on white space, then each word as {@link #pieces}. */
  static List<String> phrasePieces(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        for (String p : pieces(w)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** The case-folded identity of a phrase, used to find duplicates: pieces in lower case joined by spaces. */
  static String key(List<String> pieces) {
    StringBuilder sb = new StringBuilder();
    for (String p : pieces) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(lower(p));
    }
    return sb.toString();
  }

  /**
   * True for an acronym piece that must match with exact case: it has 1 to 5 letters, all of them
   * upper case ("US", "U.S.", "UN", "FO", "TTP", "G20"), optionally followed by a plural "s"
   * ("MPs", "IDPs"). "us" the pronoun is thus never "US".
   */
  static boolean isAcronym(String piece) {
    int n = piece.length();
    if (n > 2 && piece.charAt(n - 1) == 's' && Character.isUpperCase(piece.charAt(n - 2))) {
      n--;
    }
    int letters = 0;
    for (int i = 0; i < n; i++) {
      char c = piece.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 1 && letters <= 5;
  }
}
