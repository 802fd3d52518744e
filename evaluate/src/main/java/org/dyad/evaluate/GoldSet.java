package org.dyad.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * A gold file as read: its records, the scheme that scores them and notes on what was left out
 * (records marked not to evaluate, records that expect an error). Immutable.
 *
 * @param name the file name
 * @param format the format it was read as (petrarch, plover, conll, tsv, jsonl)
 */
public record GoldSet(String name, String format, Scheme scheme, List<GoldItem> items, List<String> notes) {
  public GoldSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(scheme, "scheme");
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }

  /** The first {@code n} records (all when n &lt;= 0). */
  public GoldSet limit(int n) {
    if (n <= 0 || n >= items.size()) {
      return this;
    }
    return new GoldSet(name, format, scheme, items.subList(0, n), notes);
  }
}
