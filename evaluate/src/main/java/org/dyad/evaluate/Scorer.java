package org.dyad.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Micro precision/recall/F1 over (record, label) pairs: per level the counts of all records are
 * added, then P = matched predictions / predictions, R = matched gold / gold, F1 their harmonic
 * mean. Also the same per label group, the records coded exactly, and the misses and false
 * alarms. Stateless and thread-safe.
 */
public final class Scorer {
  private Scorer() {}

  /** A participant span label, parsed. */
  record SpanLabel(String role, int from, int to) {
    static SpanLabel parse(String label) {
      int colon = label.indexOf(':');
      int dash = label.indexOf('-', colon);
      if (colon <= 0 || dash < 0) {
        throw new IllegalArgumentException("not a span label ROLE:from-to: '" + label + "'");
      }
      return new SpanLabel(label.substring(0, colon), Integer.parseInt(label.substring(colon + 1, dash)),
          Integer.parseInt(label.substring(dash + 1)));
    }

    boolean roleFits(SpanLabel gold) {
      return role.equals(gold.role) || gold.role.equals("R") || role.equals("R");
    }

    boolean same(SpanLabel o) {
      return from == o.from && to == o.to;
    }

    boolean overlaps(SpanLabel o) {
      return from < o.to && o.from < to;
    }
  }

  /** Whether a predicted label matches a gold label at a level. */
  static boolean matches(Level.Match m, String predicted, String gold) {
    switch (m) {
      case EXACT:
        return predicted.equals(gold);
      case SPAN: {
        SpanLabel p = SpanLabel.parse(predicted);
        SpanLabel g = SpanLabel.parse(gold);
        return p.roleFits(g) && p.same(g);
      }
      default: {
        SpanLabel p = SpanLabel.parse(predicted);
        SpanLabel g = SpanLabel.parse(gold);
        return p.roleFits(g) && p.overlaps(g);
      }
    }
  }

  /**
   * Scores predictions against a gold set.
   *
   * @param predicted Dyad's labels for each item of {@code set}, in the same order
   */
  public static Report score(GoldSet set, List<Map<String, Set<String>>> predicted, String coder, int noEvent,
      Map<String, Integer> problems, double seconds, int threads) {
    return score(set, predicted, null, coder, noEvent, problems, seconds, threads);
  }

  /**
   * As above, with a short account of what Dyad coded for each record (its events: code, trigger,
   * source and target words), added to that record's findings; {@code explanations} may be null.
   */
  public static Report score(GoldSet set, List<Map<String, Set<String>>> predicted, List<String> explanations, String coder,
      int noEvent, Map<String, Integer> problems, double seconds, int threads) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(predicted, "predicted");
    if (predicted.size() != set.items().size()) {
      throw new IllegalArgumentException(predicted.size() + " predictions for " + set.items().size() + " gold records");
    }
    Scheme scheme = set.scheme();
    List<String> levels = Schemes.names(scheme);
    Map<String, Score> scores = new LinkedHashMap<>();
    Map<String, Map<String, Score>> byGroup = new LinkedHashMap<>();
    for (String l : levels) {
      scores.put(l, Score.ZERO);
      byGroup.put(l, new HashMap<>());
    }
    List<Finding> findings = new ArrayList<>();
    int exact = 0;
    for (int i = 0; i < set.items().size(); i++) {
      GoldItem item = set.items().get(i);
      Map<String, Set<String>> pred = predicted.get(i);
      String why = explanations == null || explanations.get(i) == null || explanations.get(i).isEmpty() ? ""
          : "; Dyad coded " + explanations.get(i);
      for (Level level : scheme.levels()) {
        Set<String> p = pred.getOrDefault(level.name(), Set.of());
        Set<String> g = item.at(level.name());
        int mp = 0;
        int mg = 0;
        Map<String, Score> groups = byGroup.get(level.name());
        for (String x : p) {
          boolean hit = g.stream().anyMatch(y -> matches(level.match(), x, y));
          if (hit) {
            mp++;
          } else {
            findings.add(new Finding(item.id(), item.input().text(), level.name(), x, Finding.Kind.FALSE_ALARM,
                "gold: " + (g.isEmpty() ? "nothing" : String.join(" ", g)) + why));
          }
          groups.merge(scheme.group(level.name(), x), new Score(1, 0, hit ? 1 : 0, 0), Score::plus);
        }
        for (String y : g) {
          boolean hit = p.stream().anyMatch(x -> matches(level.match(), x, y));
          if (hit) {
            mg++;
          } else {
            findings.add(new Finding(item.id(), item.input().text(), level.name(), y, Finding.Kind.MISS,
                "Dyad: " + (p.isEmpty() ? "nothing" : String.join(" ", p)) + why));
          }
          groups.merge(scheme.group(level.name(), y), new Score(0, 1, 0, hit ? 1 : 0), Score::plus);
        }
        scores.merge(level.name(), new Score(p.size(), g.size(), mp, mg), Score::plus);
      }
      String el = scheme.exactLevel();
      if (el != null && pred.getOrDefault(el, Set.of()).equals(item.at(el))) {
        exact++;
      }
    }
    // findings grouped by level, in record order within a level
    List<Finding> ordered = new ArrayList<>();
    for (String l : levels) {
      for (Finding f : findings) {
        if (f.level().equals(l)) {
          ordered.add(f);
        }
      }
    }
    return new Report(set.name(), set.format(), scheme.name(), coder, set.items().size(), noEvent, problems, levels, scores,
        byGroup, scheme.exactLevel(), exact, ordered, set.notes(), seconds, threads);
  }
}
