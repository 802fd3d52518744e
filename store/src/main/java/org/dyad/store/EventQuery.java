package org.dyad.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;

/**
 * A filter, sort order and page over stored events; every filter is optional (null = any) and
 * all given filters must hold. Values are always bound as SQL parameters, never spliced into SQL.
 *
 * @param from first event date, inclusive; undated events never match a date bound
 * @param to last event date, inclusive
 * @param actorCode prefix of the source's or the target's actor code, e.g. {@code PAK} or {@code PAKGOV}
 * @param sourceCode prefix of the source's actor code
 * @param targetCode prefix of the target's actor code (events without a target never match)
 * @param actorName case-insensitive substring of the source's or target's name or words
 * @param country the source's or the target's country (ISO alpha-3 or international prefix)
 * @param sector a sector code the source or the target has, e.g. {@code GOV}
 * @param cameoRoot the two-digit CAMEO root, e.g. {@code "04"}
 * @param cameoCode prefix of the CAMEO code, e.g. {@code "04"} or {@code "042"}
 * @param text case-insensitive substring of the event's sentence
 * @param docId only events of this document
 * @param includeBackground false to leave out recalled background events
 * @param minConfidence lowest coder confidence, 0..1
 * @param sort a field of {@link #SORT_FIELDS}; ties are broken by document and position
 * @param descending sort direction
 * @param limit page size, 1..{@value #MAX_LIMIT}
 * @param offset rows to skip, at least 0
 */
public record EventQuery(
    LocalDate from,
    LocalDate to,
    String actorCode,
    String sourceCode,
    String targetCode,
    String actorName,
    String country,
    String sector,
    String cameoRoot,
    String cameoCode,
    PloverType ploverType,
    QuadClass quadClass,
    String text,
    String docId,
    boolean includeBackground,
    Double minConfidence,
    String sort,
    boolean descending,
    int limit,
    int offset) {

  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern CODE_PREFIX = Pattern.compile("\\d{1,4}");
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9]+");

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1_000_000;

  /** Sort field name → SQL column. A fixed whitelist: anything else is rejected. */
  static final Map<String, String> SORT_COLUMNS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("date", "date");
    m.put("goldstein", "goldstein");
    m.put("confidence", "confidence");
    m.put("cameo", "cameo_code");
    m.put("quad_class", "quad_class");
    m.put("source", "source_code");
    m.put("target", "target_code");
    m.put("doc_id", "doc_id");
    m.put("event_id", "event_id");
    SORT_COLUMNS = Map.copyOf(m);
  }

  /** The names {@link #sort} accepts. */
  public static final Set<String> SORT_FIELDS = Set.copyOf(SORT_COLUMNS.keySet());

  public EventQuery {
    actorCode = code(actorCode, "actorCode");
    sourceCode = code(sourceCode, "sourceCode");
    targetCode = code(targetCode, "targetCode");
    country = code(country, "country");
    sector = code(sector, "sector");
    actorName = blankToNull(actorName);
    text = blankToNull(text);
    docId = blankToNull(docId);
    cameoRoot = blankToNull(cameoRoot);
    if (cameoRoot != null && !ROOT.matcher(cameoRoot).matches()) {
      throw new IllegalArgumentException("cameoRoot must be two digits such as \"04\", got '" + cameoRoot + "'");
    }
    cameoCode = blankToNull(cameoCode);
    if (cameoCode != null && !CODE_PREFIX.matcher(cameoCode).matches()) {
      throw new IllegalArgumentException("cameoCode must be one to four digits, got '" + cameoCode + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
    }
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0,1], got " + minConfidence);
    }
    sort = sort == null ? "date" : sort.trim().toLowerCase(Locale.ROOT);
    if (!SORT_COLUMNS.containsKey(sort)) {
      throw new IllegalArgumentException("cannot sort by '" + sort + "': use one of " + new java.util.TreeSet<>(SORT_FIELDS));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1," + MAX_LIMIT + "], got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
  }

  /** Every event, sorted by date, first page. */
  public static EventQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * This query's filters alone, with the paging and sort of the first page by date: the same key
   * for every page and sort of the same filters.
   */
  public EventQuery filtersOnly() {
    return toBuilder().sort("date", false).limit(1).offset(0).build();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to = to;
    b.actorCode = actorCode;
    b.sourceCode = sourceCode;
    b.targetCode = targetCode;
    b.actorName = actorName;
    b.country = country;
    b.sector = sector;
    b.cameoRoot = cameoRoot;
    b.cameoCode = cameoCode;
    b.ploverType = ploverType;
    b.quadClass = quadClass;
    b.text = text;
    b.docId = docId;
    b.includeBackground = includeBackground;
    b.minConfidence = minConfidence;
    b.sort = sort;
    b.descending = descending;
    b.limit = limit;
    b.offset = offset;
    return b;
  }

  /** The SQL column of {@link #sort}. */
  String sortColumn() {
    return SORT_COLUMNS.get(sort);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String code(String s, String what) {
    s = blankToNull(s);
    if (s == null) {
      return null;
    }
    s = s.toUpperCase(Locale.ROOT);
    if (!ACTOR_CODE.matcher(s).matches()) {
      throw new IllegalArgumentException(what + " must be letters and digits (a CAMEO code or prefix), got '" + s + "'");
    }
    return s;
  }

  /** Mutable builder; defaults: no filters, background included, sort by date ascending, limit {@value #DEFAULT_LIMIT}. */
  public static final class Builder {
    private LocalDate from;
    private LocalDate to;
    private String actorCode;
    private String sourceCode;
    private String targetCode;
    private String actorName;
    private String country;
    private String sector;
    private String cameoRoot;
    private String cameoCode;
    private PloverType ploverType;
    private QuadClass quadClass;
    private String text;
    private String docId;
    private boolean includeBackground = true;
    private Double minConfidence;
    private String sort = "date";
    private boolean descending;
    private int limit = DEFAULT_LIMIT;
    private int offset;

    private Builder() {}

    public Builder from(LocalDate d) { this.from = d; return this; }
    public Builder to(LocalDate d) { this.to = d; return this; }
    /** Both bounds, inclusive. */
    public Builder between(LocalDate first, LocalDate last) { this.from = first; this.to = last; return this; }
    public Builder actorCode(String prefix) { this.actorCode = prefix; return this; }
    public Builder sourceCode(String prefix) { this.sourceCode = prefix; return this; }
    public Builder targetCode(String prefix) { this.targetCode = prefix; return this; }
    public Builder actorName(String substring) { this.actorName = substring; return this; }
    public Builder country(String c) { this.country = c; return this; }
    public Builder sector(String s) { this.sector = s; return this; }
    public Builder cameoRoot(String root) { this.cameoRoot = root; return this; }
    public Builder cameoCode(String prefix) { this.cameoCode = prefix; return this; }
    public Builder ploverType(PloverType t) { this.ploverType = t; return this; }
    public Builder quadClass(QuadClass q) { this.quadClass = q; return this; }
    public Builder text(String substring) { this.text = substring; return this; }
    public Builder docId(String id) { this.docId = id; return this; }
    public Builder includeBackground(boolean b) { this.includeBackground = b; return this; }
    public Builder minConfidence(Double c) { this.minConfidence = c; return this; }
    /** Sort by a field of {@link EventQuery#SORT_FIELDS}; anything else fails in {@link #build()}. */
    public Builder sort(String field, boolean desc) { this.sort = field; this.descending = desc; return this; }
    public Builder limit(int n) { this.limit = n; return this; }
    public Builder offset(int n) { this.offset = n; return this; }
    /** A page: {@code limit(size).offset(page * size)}, pages counted from 0. */
    public Builder page(int page, int size) { this.limit = size; this.offset = Math.multiplyExact(page, size); return this; }

    /** @throws IllegalArgumentException for an unknown sort field or an invalid value */
    public EventQuery build() {
      return new EventQuery(from, to, actorCode, sourceCode, targetCode, actorName, country, sector, cameoRoot, cameoCode,
          ploverType, quadClass, text, docId, includeBackground, minConfidence, sort, descending, limit, offset);
    }
  }
}
