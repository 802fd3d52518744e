package org.dyad.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Span;

/**
 * The scoring schemes of the gold formats. Each is immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #cameo()}: CAMEO events (PETRARCH/TABARI validation records, Dyad's own JSON
 *       Lines): {@code root} (two-digit root), {@code root+countries}
 *       ({@code root|sourceCountry|targetCountry}), {@code code+dyad}
 *       ({@code code|sourceCode|targetCode}); every event of the record counts.
 *   <li>{@link #roots()}: CAMEO roots only (human root annotations).
 *   <li>{@link #plover()}: PLOVER events: {@code type} and {@code type+countries}.
 *   <li>{@link #penta()}: one class per sentence (ConfliBERT's five CAMEO classes) from Dyad's
 *       main event; a sentence with no event has no prediction.
 *   <li>{@link #spans()}: the source and target spans of Dyad's main event against gold
 *       {@code S}/{@code T}/{@code R} spans: {@code span-exact}, {@code span-overlap},
 *       {@code token}.
 * </ul>
 */
public final class Schemes {
  private Schemes() {}

  public static final String ROOT = "root";
  public static final String ROOT_COUNTRIES = "root+countries";
  public static final String CODE_DYAD = "code+dyad";
  public static final String TYPE = "type";
  public static final String TYPE_COUNTRIES = "type+countries";
  public static final String PENTA = "penta";
  public static final String SPAN_EXACT = "span-exact";
  public static final String SPAN_OVERLAP = "span-overlap";
  public static final String TOKEN = "token";

  /** Labels of one CAMEO event at the three CAMEO levels. */
  public static Map<String, String> cameoLabels(String code, String source, String target) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ROOT, Labels.root(code));
    m.put(ROOT_COUNTRIES, Labels.root(code) + "|" + Labels.country(source) + "|" + Labels.country(target));
    m.put(CODE_DYAD, code.strip() + "|" + Labels.actor(source) + "|" + Labels.actor(target));
    return m;
  }

  /** The CAMEO event scheme (all three levels). */
  public static Scheme cameo() {
    return cameoScheme("cameo", List.of(
        new Level(ROOT, "CAMEO root of each event", Level.Match.EXACT),
        new Level(ROOT_COUNTRIES, "root | source country | target country", Level.Match.EXACT),
        new Level(CODE_DYAD, "full CAMEO code | source code | target code", Level.Match.EXACT)), CODE_DYAD);
  }

  /** CAMEO roots only. */
  public static Scheme roots() {
    return cameoScheme("roots", List.of(new Level(ROOT, "CAMEO root of each event", Level.Match.EXACT)), null);
  }

  /** A scheme whose labels are each event's CAMEO labels at the given levels. */
  private static Scheme cameoScheme(String name, List<Level> levels, String exactLevel) {
    return new SimpleScheme(name, levels, exactLevel, (input, coded, out) -> {
      for (Event e : coded.events()) {
        Map<String, String> l = cameoLabels(e.cameo().value(), Labels.actor(e.source()), Labels.actor(e.target()));
        for (Level lv : levels) {
          out.get(lv.name()).add(l.get(lv.name()));
        }
      }
    });
  }

  /** Fills one record's predicted labels, per level name, into a map prepared with every level. */
  @FunctionalInterface
  private interface Predictor {
    void fill(GoldInput input, CodedArticle coded, Map<String, Set<String>> out);
  }

  /** A scheme made of its name, levels, exact level (may be null) and how it predicts. */
  private record SimpleScheme(String name, List<Level> levels, String exactLevel, Predictor predictor) implements Scheme {
    @Override
    public Map<String, Set<String>> predict(GoldInput input, CodedArticle coded) {
      Map<String, Set<String>> out = empty(levels);
      predictor.fill(input, coded, out);
      return out;
    }
  }

  /** The PLOVER scheme. */
  public static Scheme plover() {
    List<Level> levels = List.of(
        new Level(TYPE, "PLOVER event type of each event", Level.Match.EXACT),
        new Level(TYPE_COUNTRIES, "type | source country | target country", Level.Match.EXACT));
    return new SimpleScheme("plover", levels, TYPE_COUNTRIES, (input, coded, out) -> {
      for (Event e : coded.events()) {
        String t = e.ploverType().name();
        out.get(TYPE).add(t);
        out.get(TYPE_COUNTRIES).add(t + "|" + Labels.country(e.source()) + "|" + Labels.country(e.target()));
      }
    });
  }

  /** The five-class scheme. */
  public static Scheme penta() {
    List<Level> levels = List.of(new Level(PENTA,
        "class of the main event's root (0: 01-02, 1: 03-05, 2: 06-08, 3: 09-13+16, 4: 14-15+17-20)", Level.Match.EXACT));
    return new SimpleScheme("penta", levels, null, (input, coded, out) ->
        Labels.top(coded).flatMap(e -> Labels.pentaClass(e.cameo().root())).ifPresent(c -> out.get(PENTA).add(c)));
  }

  /** The participant span scheme. */
  public static Scheme spans() {
    List<Level> levels = List.of(
        new Level(SPAN_EXACT, "source (S) and target (T) token spans of the main event; a gold R span accepts either",
            Level.Match.SPAN),
        new Level(SPAN_OVERLAP, "as span-exact, but spans need only overlap", Level.Match.SPAN_OVERLAP),
        new Level(TOKEN, "each token of a source or target span, with its role", Level.Match.SPAN));
    return new SimpleScheme("spans", levels, null, (input, coded, out) -> {
      Optional<Event> top = Labels.top(coded);
      if (top.isPresent()) {
        addSpan(out, "S", top.get().source(), input.tokens());
        addSpan(out, "T", top.get().target(), input.tokens());
      }
    });
  }

  private static void addSpan(Map<String, Set<String>> out, String role, Participant p, List<Span> tokens) {
    if (p == null) {
      return;
    }
    Span s = p.span();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).overlaps(s)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    String label = spanLabel(role, first, last + 1);
    out.get(SPAN_EXACT).add(label);
    out.get(SPAN_OVERLAP).add(label);
    for (int i = first; i <= last; i++) {
      out.get(TOKEN).add(spanLabel(role, i, i + 1));
    }
  }

  /** {@code ROLE:from-to}, token positions, end exclusive. */
  public static String spanLabel(String role, int from, int to) {
    return role + ":" + from + "-" + to;
  }

  /** Gold span labels of the three span levels for one gold span. */
  public static void goldSpan(Map<String, Set<String>> gold, String role, int from, int to) {
    gold.computeIfAbsent(SPAN_EXACT, k -> new LinkedHashSet<>()).add(spanLabel(role, from, to));
    gold.computeIfAbsent(SPAN_OVERLAP, k -> new LinkedHashSet<>()).add(spanLabel(role, from, to));
    Set<String> tok = gold.computeIfAbsent(TOKEN, k -> new LinkedHashSet<>());
    for (int i = from; i < to; i++) {
      tok.add(spanLabel(role, i, i + 1));
    }
  }

  static Map<String, Set<String>> empty(List<Level> levels) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Level l : levels) {
      out.put(l.name(), new LinkedHashSet<>());
    }
    return out;
  }

  /** The names of a scheme's levels. */
  static List<String> names(Scheme s) {
    List<String> out = new ArrayList<>();
    for (Level l : s.levels()) {
      out.add(l.name());
    }
    return out;
  }
}
