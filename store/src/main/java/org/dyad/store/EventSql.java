package org.dyad.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of an {@link EventQuery} over the {@code events} table, with its parameters.
 * Only fixed SQL text is produced here; every value goes into {@link #params}. Two are equal when
 * they have the same text and parameters, i.e. select the same events: the key of the store's
 * count cache. Immutable.
 */
final class EventSql {
  final String where;
  final List<Object> params;

  private EventSql(String where, List<Object> params) {
    this.where = where;
    this.params = List.copyOf(params);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventSql other && where.equals(other.where) && params.equals(other.params);
  }

  @Override
  public int hashCode() {
    return 31 * where.hashCode() + params.hashCode();
  }

  static EventSql of(EventQuery q) {
    List<String> c = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (q.from() != null) {
      c.add("date >= ?");
      p.add(q.from());
    }
    if (q.to() != null) {
      c.add("date <= ?");
      p.add(q.to());
    }
    if (q.actorCode() != null) {
      c.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
      p.add(q.actorCode());
      p.add(q.actorCode());
    }
    if (q.sourceCode() != null) {
      c.add("starts_with(source_code, ?)");
      p.add(q.sourceCode());
    }
    if (q.targetCode() != null) {
      c.add("starts_with(target_code, ?)");
      p.add(q.targetCode());
    }
    if (q.actorName() != null) {
      c.add("(contains(lower(source_name), lower(?)) OR contains(lower(source_text), lower(?))"
          + " OR contains(lower(target_name), lower(?)) OR contains(lower(target_text), lower(?)))");
      for (int i = 0; i < 4; i++) {
        p.add(q.actorName());
      }
    }
    if (q.country() != null) {
      c.add("(source_country = ? OR target_country = ?)");
      p.add(q.country());
      p.add(q.country());
    }
    if (q.sector() != null) {
      c.add("(list_contains(source_sectors, ?) OR list_contains(target_sectors, ?))");
      p.add(q.sector());
      p.add(q.sector());
    }
    if (q.cameoRoot() != null) {
      c.add("cameo_root = ?");
      p.add(q.cameoRoot());
    }
    if (q.cameoCode() != null) {
      c.add("starts_with(cameo_code, ?)");
      p.add(q.cameoCode());
    }
    if (q.ploverType() != null) {
      c.add("plover_type = ?");
      p.add(q.ploverType().name());
    }
    if (q.quadClass() != null) {
      c.add("quad_class = ?");
      p.add(q.quadClass().number());
    }
    if (q.text() != null) {
      c.add("contains(lower(sentence_text), lower(?))");
      p.add(q.text());
    }
    if (q.docId() != null) {
      c.add("doc_id = ?");
      p.add(q.docId());
    }
    if (!q.includeBackground()) {
      c.add("NOT background");
    }
    if (q.minConfidence() != null) {
      c.add("confidence >= ?");
      p.add(q.minConfidence());
    }
    return new EventSql(c.isEmpty() ? "TRUE" : String.join(" AND ", c), p);
  }

  /** ORDER BY for the query's sort: the whitelisted column, then document and position for stable pages. */
  static String orderBy(EventQuery q) {
    String dir = q.descending() ? "DESC" : "ASC";
    return q.sortColumn() + " " + dir + " NULLS LAST, doc_id ASC, idx ASC";
  }
}
