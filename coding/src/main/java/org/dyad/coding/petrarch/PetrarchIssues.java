package org.dyad.coding.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.actors.petrarch.PetrarchLines;

/**
 * A PETRARCH issues list ({@code <ISSUE CATEGORY=...>} blocks of {@code phrase [CODE]} lines; a
 * phrase without a code takes its block's category) that tags a sentence with issue codes by
 * plain phrase matching.
 *
 * <p>Expansions as in PETRARCH: {@code n:word} gives the noun and its plural, {@code v:word} the
 * regular verb forms (+S, +ED, +ING), and {@code +} inside a word gives the blank and the hyphen
 * spellings ({@code pre+k}: "pre k", "pre-k"). A line starting with {@code ~} is an ignore phrase:
 * when one is found, the sentence gets no issues. Matching is case-insensitive on whole words
 * (punctuation counts as a blank). Immutable and thread-safe.
 */
public final class PetrarchIssues {
  /** One phrase and the issue code it gives (null for an ignore phrase). */
  record Entry(String phrase, String code) {}

  private final List<Entry> entries;
  private final List<String> problems;

  private PetrarchIssues(List<Entry> entries, List<String> problems) {
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
  }

  /** Reads an issues file. */
  public static PetrarchIssues read(Path file) {
    return parse(PetrarchLines.read(file));
  }

  /** Reads already split lines. */
  public static PetrarchIssues parse(PetrarchLines file) {
    List<Entry> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String category = null;
    for (PetrarchLines.Line l : file.lines()) {
      String s = l.trimmed();
      if (s.startsWith("<ISSUE")) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("CATEGORY\\s*=\\s*\"([^\"]*)\"").matcher(s);
        category = m.find() ? m.group(1) : null;
        continue;
      }
      if (s.startsWith("</ISSUE")) {
        category = null;
        continue;
      }
      if (s.isEmpty() || s.startsWith("<")) {
        continue;
      }
      boolean ignore = s.startsWith("~");
      String code = null;
      if (ignore) {
        s = s.replaceFirst("^~+", "").strip();
      } else {
        int open = s.indexOf('[');
        int close = s.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
          if (category == null) {
            problems.add(file.where(l) + ": no [code] and no enclosing <ISSUE CATEGORY=...>");
            continue;
          }
          code = category; // a phrase without a code takes its block's category
        } else {
          code = s.substring(open + 1, close).strip();
          s = s.substring(0, open).strip();
        }
      }
      int before = out.size();
      for (String p : expand(s)) {
        out.add(new Entry(p, code));
      }
      if (out.size() == before) {
        problems.add(file.where(l) + ": no phrase");
      }
    }
    return new PetrarchIssues(out, problems);
  }

  /** All spellings of one phrase, lower case, words separated by one blank. */
  static List<String> expand(String phrase) {
    List<String> acc = new ArrayList<>();
    acc.add("");
    for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      Set<String> forms = new LinkedHashSet<>();
      if (w.startsWith("n:")) {
        String b = w.substring(2);
        forms.add(b);
        forms.add(b.endsWith("y") ? b.substring(0, b.length() - 1) + "ies" : b.endsWith("s") ? b + "es" : b + "s");
      } else if (w.startsWith("v:")) {
        String b = w.substring(2);
        forms.add(b);
        forms.add(b + "s");
        forms.add(b.endsWith("e") ? b + "d" : b + "ed");
        forms.add(b.endsWith("e") ? b.substring(0, b.length() - 1) + "ing" : b + "ing");
      } else {
        forms.add(w);
      }
      Set<String> spelled = new LinkedHashSet<>();
      for (String f : forms) {
        if (f.contains("+")) {
          spelled.add(f.replace('+', ' '));
          spelled.add(f.replace('+', '-'));
        } else {
          spelled.add(f);
        }
      }
      List<String> next = new ArrayList<>();
      for (String a : acc) {
        for (String f : spelled) {
          next.add(a.isEmpty() ? f : a + " " + f);
        }
      }
      acc = next;
    }
    acc.removeIf(String::isEmpty);
    return acc;
  }

  /** Lines that were skipped, as {@code file:line: reason}. */
  public List<String> problems() {
    return problems;
  }

  /** Number of phrases after expansion. */
  public int size() {
    return entries.size();
  }

  /**
   * The issue codes of a text with how many of their phrases it contains, in the order the codes
   * were first found; empty when none, or when an ignore phrase is present.
   */
  public Map<String, Integer> issues(String text) {
    Objects.requireNonNull(text, "text");
    String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}'-]+", " ").strip() + " ";
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (t.contains(" " + e.phrase() + " ")) {
        if (e.code() == null) {
          return Map.of();
        }
        out.merge(e.code(), 1, Integer::sum);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "PetrarchIssues[" + entries.size() + " phrases]";
  }
}
