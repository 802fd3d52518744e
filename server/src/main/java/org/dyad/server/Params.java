package org.dyad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.dyad.store.EventQuery;

/**
 * Query parameters of one request, read strictly: an unknown parameter, a repeated one or a
 * malformed value is an {@link ApiException} 400 whose message names the parameter, the value
 * and what is expected. Blank values count as absent (HTML forms send empty fields).
 * Immutable; one per request.
 */
final class Params {
  /** The event filters shared by the event list, downloads, dyads, timeline and the events page. */
  static final List<String> EVENT_FILTERS = List.of("from", "to", "actor", "source", "target", "name", "country",
      "sector", "root", "cameo", "plover", "quad", "q", "doc", "background", "min_confidence");
  /** Sorting and paging of event lists. */
  static final List<String> EVENT_PAGING = List.of("sort", "order", "limit", "offset");

  /** Largest page the JSON API returns; downloads are not paged. */
  static final int MAX_PAGE = 1000;

  private final Map<String, List<String>> raw;

  Params(Map<String, List<String>> raw, List<String> allowed) {
    this.raw = raw;
    Set<String> unknown = new TreeSet<>(raw.keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw ApiException.badRequest("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + "; this endpoint takes " + (allowed.isEmpty() ? "no parameters" : String.join(", ", allowed)));
    }
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      long given = e.getValue().stream().filter(v -> v != null && !v.isBlank()).count();
      if (given > 1) {
        throw ApiException.badRequest("parameter " + e.getKey() + " is given " + given + " times; give it once");
      }
    }
  }

  static List<String> concat(List<String> a, List<String> b, String... more) {
    LinkedHashSet<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    s.addAll(List.of(more));
    return List.copyOf(new ArrayList<>(s));
  }

  /** The trimmed value, or null when absent or blank. */
  String str(String name) {
    List<String> v = raw.get(name);
    if (v == null) {
      return null;
    }
    for (String s : v) {
      if (s != null && !s.isBlank()) {
        return s.trim();
      }
    }
    return null;
  }

  LocalDate date(String name) {
    String s = str(name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD, got '" + s + "'");
    }
  }

  int integer(String name, int dflt, int min, int max) {
    String s = str(name);
    if (s == null) {
      return dflt;
    }
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + s + "'");
    }
    if (v < min || v > max) {
      throw ApiException.badRequest(name + " must be in [" + min + "," + max + "], got " + v);
    }
    return v;
  }

  /** The {@code limit} of a page of a JSON listing: 100 when absent, from 1 to {@link #MAX_PAGE}. */
  int pageLimit() {
    return integer("limit", 100, 1, MAX_PAGE);
  }

  /** The {@code offset} of a page of a JSON listing: 0 when absent, at least 0. */
  int pageOffset() {
    return integer("offset", 0, 0, Integer.MAX_VALUE);
  }

  Double decimal(String name) {
    String s = str(name);
    if (s == null) {
      return null;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a number, got '" + s + "'");
    }
  }

  boolean bool(String name, boolean dflt) {
    String s = str(name);
    if (s == null) {
      return dflt;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "true": case "1": case "yes": case "on": return true;
      case "false": case "0": case "no": case "off": return false;
      default: throw ApiException.badRequest(name + " must be true or false, got '" + s + "'");
    }
  }

  /** One of {@code allowed} (case-insensitive), lower-cased; {@code dflt} when absent. */
  String choice(String name, String dflt, List<String> allowed) {
    String s = str(name);
    if (s == null) {
      return dflt;
    }
    String l = s.toLowerCase(Locale.ROOT);
    if (!allowed.contains(l)) {
      throw ApiException.badRequest(name + " must be one of " + String.join(", ", allowed) + ", got '" + s + "'");
    }
    return l;
  }

  /** The event filters, plus sorting and paging when {@code paged}, as an {@link EventQuery}. */
  EventQuery eventQuery(boolean paged, int defaultLimit) {
    EventQuery.Builder b = EventQuery.builder()
        .from(date("from"))
        .to(date("to"))
        .actorCode(str("actor"))
        .sourceCode(str("source"))
        .targetCode(str("target"))
        .actorName(str("name"))
        .country(str("country"))
        .sector(str("sector"))
        .cameoRoot(str("root"))
        .cameoCode(str("cameo"))
        .ploverType(plover())
        .quadClass(quad())
        .text(str("q"))
        .docId(str("doc"))
        .includeBackground(bool("background", true))
        .minConfidence(decimal("min_confidence"));
    if (paged) {
      String sort = str("sort");
      if (sort != null && !EventQuery.SORT_FIELDS.contains(sort.toLowerCase(Locale.ROOT))) {
        throw ApiException.badRequest("sort must be one of " + String.join(", ", new TreeSet<>(EventQuery.SORT_FIELDS))
            + ", got '" + sort + "'");
      }
      boolean desc = "desc".equals(choice("order", "asc", List.of("asc", "desc")));
      b.sort(sort == null ? "date" : sort, desc)
          .limit(integer("limit", defaultLimit, 1, MAX_PAGE))
          .offset(integer("offset", 0, 0, Integer.MAX_VALUE - MAX_PAGE));
    } else {
      b.limit(EventQuery.MAX_LIMIT);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private PloverType plover() {
    String s = str("plover");
    if (s == null) {
      return null;
    }
    try {
      return PloverType.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (PloverType t : PloverType.values()) {
        names.add(t.name());
      }
      throw ApiException.badRequest("plover must be one of " + String.join(", ", names) + ", got '" + s + "'");
    }
  }

  /** A quad class by number 1–4 or by name (verbal_cooperation, ...). */
  private QuadClass quad() {
    String s = str("quad");
    if (s == null) {
      return null;
    }
    if (s.matches("[1-4]")) {
      return QuadClass.ofNumber(Integer.parseInt(s));
    }
    try {
      return QuadClass.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("quad must be 1-4 or verbal_cooperation, material_cooperation, verbal_conflict, "
          + "material_conflict; got '" + s + "'");
    }
  }
}
