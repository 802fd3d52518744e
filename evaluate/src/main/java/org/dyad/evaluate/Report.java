package org.dyad.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of scoring Dyad against one gold set: micro precision, recall and F1 per level, the
 * same per label group (CAMEO root, PLOVER type, class, role), how many records were coded exactly,
 * and every miss and false alarm with the record's text. Immutable; {@link #toText} and
 * {@link #toMarkdown} render it.
 *
 * @param gold the gold file name
 * @param format the gold format
 * @param scheme the scheme name
 * @param coder what coded (versions, dictionaries)
 * @param records records scored
 * @param noEvent records for which Dyad coded no event
 * @param problems records Dyad did not code, by kind (DISCARD for a discard phrase, or a document
 *     error kind)
 * @param levels the level names in order
 * @param scores the score of each level
 * @param byGroup for each level, the score of each label group
 * @param exactLevel the level used for exact records, or null
 * @param exact records whose labels at {@code exactLevel} equal the gold's
 * @param findings misses and false alarms, in record order
 * @param notes what the reader left out
 * @param seconds wall time of the coding
 * @param threads coding threads
 */
public record Report(String gold, String format, String scheme, String coder, int records, int noEvent,
    Map<String, Integer> problems, List<String> levels, Map<String, Score> scores, Map<String, Map<String, Score>> byGroup,
    String exactLevel, int exact, List<Finding> findings, List<String> notes, double seconds, int threads) {
  public Report {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(coder, "coder");
    problems = Collections.unmodifiableMap(new TreeMap<>(problems));
    levels = List.copyOf(levels);
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    Map<String, Map<String, Score>> g = new LinkedHashMap<>();
    byGroup.forEach((k, v) -> g.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
    byGroup = Collections.unmodifiableMap(g);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** The score of a level. */
  public Score score(String level) {
    Score s = scores.get(level);
    if (s == null) {
      throw new IllegalArgumentException("no level '" + level + "' in this report (" + levels + ")");
    }
    return s;
  }

  /** Findings of one kind at one level. */
  public List<Finding> findings(String level, Finding.Kind kind) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.level().equals(level) && f.kind() == kind) {
        out.add(f);
      }
    }
    return out;
  }

  static String pct(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  /** Plain text for a terminal: scores, the per-group table of the first level, and the first {@code show} findings. */
  public String toText(int show) {
    StringBuilder sb = new StringBuilder();
    sb.append("Gold: ").append(gold).append(" (").append(format).append(", scheme ").append(scheme).append("): ")
        .append(records).append(" records, coded in ").append(String.format(Locale.ROOT, "%.0f", seconds)).append(" s with ")
        .append(threads).append(threads == 1 ? " thread" : " threads").append('\n');
    sb.append("Coder: ").append(coder).append('\n');
    for (String n : notes) {
      sb.append("Note: ").append(n).append('\n');
    }
    sb.append("Records with no event: ").append(noEvent).append('\n');
    problems.forEach((k, v) -> sb.append("Records not coded (").append(k).append("): ").append(v).append('\n'));
    sb.append(String.format(Locale.ROOT, "%-16s %7s %7s %7s %7s %7s %7s %7s%n", "level", "P", "R", "F1", "pred", "gold", "miss", "false"));
    for (String l : levels) {
      Score s = scores.get(l);
      sb.append(String.format(Locale.ROOT, "%-16s %7s %7s %7s %7d %7d %7d %7d%n", l, pct(s.precision()), pct(s.recall()),
          pct(s.f1()), s.predicted(), s.gold(), s.misses(), s.falseAlarms()));
    }
    if (exactLevel != null) {
      sb.append("Records coded exactly (").append(exactLevel).append("): ").append(exact).append(" of ").append(records).append('\n');
    }
    if (!levels.isEmpty()) {
      String first = levels.get(0);
      sb.append("By label (").append(first).append("):\n");
      sb.append(String.format(Locale.ROOT, "  %-10s %7s %7s %7s %7s %7s%n", "label", "P", "R", "F1", "pred", "gold"));
      for (Map.Entry<String, Score> e : byGroup.getOrDefault(first, Map.of()).entrySet()) {
        Score s = e.getValue();
        sb.append(String.format(Locale.ROOT, "  %-10s %7s %7s %7s %7d %7d%n", e.getKey(), pct(s.precision()), pct(s.recall()),
            pct(s.f1()), s.predicted(), s.gold()));
      }
    }
    List<Finding> firstLevel = new ArrayList<>();
    for (Finding f : findings) {
      if (!levels.isEmpty() && f.level().equals(levels.get(0))) {
        firstLevel.add(f);
      }
    }
    int n = Math.min(show, firstLevel.size());
    if (n > 0) {
      sb.append("Misses and false alarms at ").append(levels.get(0)).append(" (first ").append(n).append(" of ")
          .append(firstLevel.size()).append("; --out FILE writes all levels):\n");
      for (int i = 0; i < n; i++) {
        Finding f = firstLevel.get(i);
        sb.append("  ").append(f.kind() == Finding.Kind.MISS ? "MISS " : "FALSE").append(' ').append(f.label()).append("  [")
            .append(f.id()).append("] ").append(f.detail()).append("\n      ").append(abbreviate(f.text(), 240)).append('\n');
      }
    }
    return sb.toString();
  }

  /** Markdown: scores, per-group tables of every level, and the first {@code show} findings of each level (all when show &lt; 0). */
  public String toMarkdown(int show) {
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(gold).append("\n\n");
    sb.append("- format: ").append(format).append(", scheme: ").append(scheme).append('\n');
    sb.append("- records: ").append(records).append(", with no event from Dyad: ").append(noEvent).append('\n');
    problems.forEach((k, v) -> sb.append("- not coded (").append(k).append("): ").append(v).append('\n'));
    for (String n : notes) {
      sb.append("- note: ").append(n).append('\n');
    }
    sb.append("- coder: ").append(coder.replace("|", "\\|")).append('\n');
    sb.append("- coding time: ").append(String.format(Locale.ROOT, "%.0f", seconds)).append(" s, ").append(threads)
        .append(" threads\n");
    if (exactLevel != null) {
      sb.append("- records coded exactly (").append(exactLevel).append("): **").append(exact).append(" of ").append(records)
          .append("**\n");
    }
    sb.append("\n| level | P | R | F1 | predicted | gold | misses | false alarms |\n|---|---|---|---|---|---|---|---|\n");
    for (String l : levels) {
      Score s = scores.get(l);
      sb.append("| ").append(l).append(" | ").append(pct(s.precision())).append(" | ").append(pct(s.recall())).append(" | **")
          .append(pct(s.f1())).append("** | ").append(s.predicted()).append(" | ").append(s.gold()).append(" | ")
          .append(s.misses()).append(" | ").append(s.falseAlarms()).append(" |\n");
    }
    for (String l : levels) {
      Map<String, Score> g = byGroup.getOrDefault(l, Map.of());
      if (g.isEmpty()) {
        continue;
      }
      sb.append("\n### ").append(l).append(" by label\n\n| label | P | R | F1 | predicted | gold |\n|---|---|---|---|---|---|\n");
      for (Map.Entry<String, Score> e : g.entrySet()) {
        Score s = e.getValue();
        sb.append("| ").append(e.getKey()).append(" | ").append(pct(s.precision())).append(" | ").append(pct(s.recall()))
            .append(" | ").append(pct(s.f1())).append(" | ").append(s.predicted()).append(" | ").append(s.gold()).append(" |\n");
      }
    }
    for (String l : levels) {
      List<Finding> fs = new ArrayList<>();
      for (Finding f : findings) {
        if (f.level().equals(l)) {
          fs.add(f);
        }
      }
      if (fs.isEmpty()) {
        continue;
      }
      int n = show < 0 ? fs.size() : Math.min(show, fs.size());
      sb.append("\n### ").append(l).append(": misses and false alarms (").append(n).append(" of ").append(fs.size())
          .append(")\n\n| kind | label | record | Dyad / gold | text |\n|---|---|---|---|---|\n");
      for (int i = 0; i < n; i++) {
        Finding f = fs.get(i);
        sb.append("| ").append(f.kind() == Finding.Kind.MISS ? "miss" : "false alarm").append(" | ").append(md(f.label()))
            .append(" | ").append(md(f.id())).append(" | ").append(md(f.detail())).append(" | ").append(md(f.text())).append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 3) + "...";
  }
}
