package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filter, sort order and page over event clusters; every filter is optional (null = any).
 * Values are bound as SQL parameters. Immutable.
 *
 * @param from clusters whose last report is on or after this date
 * @param to clusters whose first report is on or before this date
 * @param actorCode prefix of the source's or the target's actor code
 * @param sourceCode prefix of the source's code
 * @param targetCode prefix of the target's code
 * @param cameoCode prefix of the cluster's CAMEO code, e.g. {@code 04} or {@code 041}
 * @param minMentions clusters with at least this many reports
 * @param minSources clusters with at least this many outlets
 * @param sort {@code date} (first date), {@code mentions}, {@code articles} or {@code sources};
 *     ties by first date and cluster id
 */
public record ClusterQuery(
    LocalDate from,
    LocalDate to,
    String actorCode,
    String sourceCode,
    String targetCode,
    String cameoCode,
    Integer minMentions,
    Integer minSources,
    String sort,
    boolean descending,
    int limit,
    int offset) {

  static final Map<String, String> SORT_COLUMNS = Map.of(
      "date", "first_date", "mentions", "n_mentions", "articles", "n_articles", "sources", "n_sources");

  public ClusterQuery {
    actorCode = code(actorCode, "actorCode");
    sourceCode = code(sourceCode, "sourceCode");
    targetCode = code(targetCode, "targetCode");
    cameoCode = cameoCode == null || cameoCode.isBlank() ? null : cameoCode.trim();
    if (cameoCode != null && !cameoCode.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("cameoCode must be one to four digits, got '" + cameoCode + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
    }
    sort = sort == null ? "date" : sort.trim().toLowerCase(Locale.ROOT);
    if (!SORT_COLUMNS.containsKey(sort)) {
      throw new IllegalArgumentException("cannot sort clusters by '" + sort + "': use date, mentions, articles or sources");
    }
    if (limit < 1 || limit > EventQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1," + EventQuery.MAX_LIMIT + "], got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
  }

  /** Every cluster by first date, the first {@value EventQuery#DEFAULT_LIMIT}. */
  public static ClusterQuery all() {
    return new ClusterQuery(null, null, null, null, null, null, null, null, "date", false, EventQuery.DEFAULT_LIMIT, 0);
  }

  public ClusterQuery withPage(int newLimit, int newOffset) {
    return new ClusterQuery(from, to, actorCode, sourceCode, targetCode, cameoCode, minMentions, minSources, sort,
        descending, newLimit, newOffset);
  }

  private static String code(String s, String what) {
    if (s == null || s.isBlank()) {
      return null;
    }
    s = s.trim().toUpperCase(Locale.ROOT);
    if (!s.matches("[A-Z0-9]+")) {
      throw new IllegalArgumentException(what + " must be letters and digits (a CAMEO code or prefix), got '" + s + "'");
    }
    return s;
  }

  /** The WHERE clause over {@code event_clusters}, with its parameters added to {@code params}. */
  String where(List<Object> params) {
    List<String> c = new ArrayList<>();
    if (from != null) {
      c.add("coalesce(last_date, first_date) >= ?");
      params.add(from);
    }
    if (to != null) {
      c.add("first_date <= ?");
      params.add(to);
    }
    if (actorCode != null) {
      c.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
      params.add(actorCode);
      params.add(actorCode);
    }
    if (sourceCode != null) {
      c.add("starts_with(source_code, ?)");
      params.add(sourceCode);
    }
    if (targetCode != null) {
      c.add("starts_with(target_code, ?)");
      params.add(targetCode);
    }
    if (cameoCode != null) {
      c.add("starts_with(cameo_code, ?)");
      params.add(cameoCode);
    }
    if (minMentions != null) {
      c.add("n_mentions >= ?");
      params.add(minMentions);
    }
    if (minSources != null) {
      c.add("n_sources >= ?");
      params.add(minSources);
    }
    return c.isEmpty() ? "TRUE" : String.join(" AND ", c);
  }

  String orderBy() {
    return SORT_COLUMNS.get(sort) + (descending ? " DESC" : " ASC") + " NULLS LAST, first_date NULLS LAST, cluster_id";
  }
}
