package org.dyad.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.CodedArticle;

/**
 * How one kind of gold is scored: its levels, and the labels Dyad's output gets at each level.
 *
 * <p>{@link #predict} sees only the {@link GoldInput} (text, date, gold token offsets) and what
 * Dyad coded — never a gold label. Implementations are immutable and thread-safe.
 */
public interface Scheme {
  /** A short name, e.g. "petrarch". */
  String name();

  /** The levels in report order. */
  List<Level> levels();

  /** Dyad's labels for one record, per level name. */
  Map<String, Set<String>> predict(GoldInput input, CodedArticle coded);

  /**
   * The level at which a record counts as coded exactly when Dyad's labels equal the gold's
   * (PETRARCH's own measure: every coding of the record right and nothing else), or null when
   * the scheme has none.
   */
  default String exactLevel() {
    return null;
  }

  /** How a label is grouped in the per-label table (e.g. the CAMEO root of "04|USA|CHN"). */
  default String group(String level, String label) {
    int bar = label.indexOf('|');
    int colon = label.indexOf(':');
    if (bar > 0) {
      return label.substring(0, bar);
    }
    if (colon > 0) {
      return label.substring(0, colon);
    }
    return label;
  }
}
