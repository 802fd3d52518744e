package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import org.dyad.formats.DyadJson;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.store.ActorSummary;
import org.dyad.store.DyadCount;
import org.dyad.store.EventQuery;
import org.dyad.store.ExportFormat;
import org.dyad.store.Period;
import org.dyad.store.QuoteHit;
import org.dyad.store.TimelinePoint;

/**
 * The JSON handlers of {@code /api}. Field names of articles, events, quotes, dates and places
 * are {@link DyadJson}'s, so the API and {@code dyad code} agree. Thread-safe: stateless apart
 * from the shared {@link ServerState}.
 */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final DyadJson DJ = DyadJson.standard();
  private static final DyadJson DJ_TEXT = DyadJson.withText();

  /** Documents looked at for an actor's history; bounded so the request stays cheap. */
  static final int HISTORY_DOCS = 200;

  private final ServerState state;
  private final Semaphore exports = new Semaphore(2);

  Api(ServerState state) {
    this.state = state;
  }

  // ------------------------------------------------------------------ reading

  void health(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    ObjectNode n = F.objectNode();
    n.put("status", "ok");
    n.put("articles", state.store().countArticles());
    n.put("events", state.store().countEvents());
    n.put("schema_version", state.store().schemaVersion());
    n.put("coding", state.coder() != null);
    n.put("writes", state.config().writesEnabled());
    n.put("event_index", state.answers().state());
    n.put("indexed_events", state.answers().size());
    json(ctx, 200, n);
  }

  void events(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), Params.concat(Params.EVENT_FILTERS, Params.EVENT_PAGING));
    EventQuery q = p.eventQuery(true, 100);
    byte[] fromIndex = state.eventsJson(q);
    if (fromIndex != null) {
      json(ctx, 200, fromIndex);
      return;
    }
    ServerState.EventPage page = state.eventPage(q);
    ObjectNode n = F.objectNode();
    n.put("total", page.total());
    n.put("limit", q.limit());
    n.put("offset", q.offset());
    ArrayNode arr = n.putArray("events");
    for (Event e : page.events()) {
      arr.add(eventJson(e));
    }
    json(ctx, 200, n);
  }

  /** An event as in {@code dyad code}'s output, with its document id first. */
  static ObjectNode eventJson(Event e) {
    ObjectNode n = F.objectNode();
    n.put("doc_id", e.docId());
    n.setAll(DJ.eventToJson(e));
    return n;
  }

  void export(Context ctx, ExportFormat format) {
    Params p = new Params(ctx.queryParamMap(), Params.concat(Params.EVENT_FILTERS, List.of("sort", "order")));
    EventQuery q = p.eventQuery(true, 1).toBuilder().limit(EventQuery.MAX_LIMIT).offset(0).build();
    if (!exports.tryAcquire()) {
      throw new ApiException(503, "two downloads are already being prepared; try again in a moment");
    }
    Path file = null;
    try {
      file = Files.createTempFile("dyad-export-", format == ExportFormat.CSV ? ".csv" : ".parquet");
      state.store().exportEvents(q, file, format);
      Path f = file;
      InputStream in = new FilterInputStream(Files.newInputStream(file)) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            Files.deleteIfExists(f);
          }
        }
      };
      ctx.header("Content-Disposition", "attachment; filename=\"dyad-events." + (format == ExportFormat.CSV ? "csv" : "parquet")
          + "\"");
      ctx.header("Content-Length", Long.toString(Files.size(file)));
      ctx.contentType(format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/vnd.apache.parquet");
      ctx.result(in);
      file = null;
    } catch (IOException e) {
      throw new UncheckedIOException("preparing a download failed", e);
    } finally {
      exports.release();
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temp file; the OS cleans up
        }
      }
    }
  }

  void actors(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), List.of("q", "limit", "offset"));
    List<ActorSummary> list = state.store().actors(p.str("q"), p.pageLimit(), p.pageOffset());
    ObjectNode n = F.objectNode();
    ArrayNode arr = n.putArray("actors");
    for (ActorSummary a : list) {
      ObjectNode o = arr.addObject();
      o.put("name", a.name());
      o.put("code", a.code());
      o.put("role", a.role());
      o.put("first_seen", str(a.firstSeen()));
      o.put("last_seen", str(a.lastSeen()));
      o.put("article_count", a.articleCount());
      o.put("event_count", a.eventCount());
    }
    json(ctx, 200, n);
  }

  /**
   * An actor's names, codes and roles article by article, oldest first: the documents where an
   * actor matching {@code name} (substring) or {@code code} (prefix) takes part in an event.
   */
  void actorHistory(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), List.of("name", "code", "limit"));
    String name = p.str("name");
    String code = p.str("code");
    if (name == null && code == null) {
      throw ApiException.badRequest("give name (part of the actor's name) or code (a CAMEO actor code prefix)");
    }
    int limit = p.integer("limit", 50, 1, HISTORY_DOCS);
    EventQuery q;
    try {
      q = EventQuery.builder().actorName(name).actorCode(code).limit(5000).build();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    LinkedHashSet<String> docs = new LinkedHashSet<>();
    for (Event e : state.store().events(q)) {
      docs.add(e.docId());
      if (docs.size() >= limit) {
        break;
      }
    }
    String lname = name == null ? null : name.toLowerCase(Locale.ROOT);
    String ucode = code == null ? null : code.toUpperCase(Locale.ROOT);
    ArrayNode arr = F.arrayNode();
    for (String doc : docs) {
      Optional<CodedArticle> a = state.store().article(doc);
      if (a.isEmpty()) {
        continue;
      }
      for (Actor actor : a.get().actors()) {
        boolean nameOk = lname == null || actor.name().toLowerCase(Locale.ROOT).contains(lname);
        boolean codeOk = ucode == null || actor.code().value().startsWith(ucode);
        if (nameOk && codeOk) {
          ObjectNode o = arr.addObject();
          o.put("date", str(a.get().article().date()));
          o.put("doc_id", doc);
          o.put("actor_id", actor.id());
          o.put("name", actor.name());
          o.put("code", actor.code().value());
          o.put("role", actor.role());
          o.put("type", actor.type());
        }
      }
    }
    List<JsonNode> rows = new ArrayList<>();
    arr.forEach(rows::add);
    rows.sort((x, y) -> x.get("date").asText("").compareTo(y.get("date").asText("")));
    ObjectNode n = F.objectNode();
    n.putArray("history").addAll(rows);
    json(ctx, 200, n);
  }

  void dyads(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), Params.concat(Params.EVENT_FILTERS, List.of("period", "limit", "offset")));
    String period = p.choice("period", "all", List.of("day", "week", "month", "year", "all"));
    EventQuery q = p.eventQuery(false, 0).toBuilder()
        .limit(p.pageLimit()).offset(p.pageOffset()).build();
    List<DyadCount> list = state.dyads(q, period);
    ObjectNode n = F.objectNode();
    n.put("period", period);
    ArrayNode arr = n.putArray("dyads");
    for (DyadCount d : list) {
      ObjectNode o = arr.addObject();
      o.put("source", d.sourceCode());
      o.put("target", d.targetCode());
      o.put("period_start", str(d.periodStart()));
      o.put("count", d.count());
      o.put("mean_goldstein", Math.round(d.meanGoldstein() * 1000) / 1000.0);
    }
    json(ctx, 200, n);
  }

  void timeline(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), Params.concat(Params.EVENT_FILTERS, List.of("period", "both")));
    String period = p.choice("period", "month", List.of("day", "week", "month", "year"));
    boolean both = p.bool("both", false);
    EventQuery q = p.eventQuery(false, 0);
    List<TimelinePoint> points;
    if (both) {
      if (q.sourceCode() == null || q.targetCode() == null) {
        throw ApiException.badRequest("both=true needs source and target (the actor pair)");
      }
      EventQuery back = q.toBuilder().sourceCode(q.targetCode()).targetCode(q.sourceCode()).build();
      points = merge(state.timeline(q, period), state.timeline(back, period), Period.parse(period));
    } else {
      points = state.timeline(q, period);
    }
    ObjectNode n = F.objectNode();
    n.put("period", period);
    ArrayNode arr = n.putArray("points");
    for (TimelinePoint t : points) {
      ObjectNode o = arr.addObject();
      o.put("period_start", t.periodStart().toString());
      o.put("total", t.total());
      o.put("verbal_cooperation", t.verbalCooperation());
      o.put("material_cooperation", t.materialCooperation());
      o.put("verbal_conflict", t.verbalConflict());
      o.put("material_conflict", t.materialConflict());
      o.put("cooperation", t.verbalCooperation() + t.materialCooperation());
      o.put("conflict", t.verbalConflict() + t.materialConflict());
    }
    json(ctx, 200, n);
  }

  /** Adds two gap-filled timelines point by point; the result has every period from the first to the last. */
  static List<TimelinePoint> merge(List<TimelinePoint> a, List<TimelinePoint> b, Period period) {
    TreeMap<LocalDate, long[]> sum = new TreeMap<>();
    for (List<TimelinePoint> l : List.of(a, b)) {
      for (TimelinePoint t : l) {
        long[] s = sum.computeIfAbsent(t.periodStart(), k -> new long[5]);
        s[0] += t.total();
        s[1] += t.verbalCooperation();
        s[2] += t.materialCooperation();
        s[3] += t.verbalConflict();
        s[4] += t.materialConflict();
      }
    }
    List<TimelinePoint> out = new ArrayList<>();
    if (sum.isEmpty()) {
      return out;
    }
    for (LocalDate d = sum.firstKey(); !d.isAfter(sum.lastKey()); d = period.next(d)) {
      long[] s = sum.getOrDefault(d, new long[5]);
      out.add(new TimelinePoint(d, s[0], s[1], s[2], s[3], s[4]));
    }
    return out;
  }

  void articles(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), List.of("limit", "offset"));
    int limit = p.pageLimit();
    int offset = p.pageOffset();
    List<String> ids = state.store().docIds();
    ObjectNode n = F.objectNode();
    n.put("total", ids.size());
    ArrayNode arr = n.putArray("doc_ids");
    for (int i = offset; i < Math.min(ids.size(), (long) offset + limit); i++) {
      arr.add(ids.get(i));
    }
    json(ctx, 200, n);
  }

  void article(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    String id = ctx.pathParam("docId");
    CodedArticle a = state.article(id);
    json(ctx, 200, DJ_TEXT.toJson(a));
  }

  void quotes(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), List.of("speaker", "limit", "offset"));
    List<QuoteHit> hits = state.store().quoteHitsBySpeaker(p.str("speaker"), p.pageLimit(), p.pageOffset());
    ObjectNode n = F.objectNode();
    ArrayNode arr = n.putArray("quotes");
    for (QuoteHit h : hits) {
      ObjectNode o = arr.addObject();
      o.put("doc_id", h.docId());
      o.put("date", str(h.date()));
      o.setAll(DJ.quoteToJson(h.quote()));
    }
    json(ctx, 200, n);
  }

  // ------------------------------------------------------------------ coding and writing

  void code(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), List.of("store", "date", "id", "title", "url", "source"));
    boolean store = p.bool("store", false);
    if (store) {
      state.requireToken(ctx, null);
    }
    String body = Body.read(ctx, state.config().maxBodyBytes());
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    Coding.Request req;
    if (type.startsWith("application/json")) {
      JsonNode n;
      try {
        n = JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
      }
      if (n == null || !n.isObject()) {
        throw ApiException.badRequest("the body must be a JSON object {\"text\", \"date\", optional \"id\", \"title\", \"url\", \"source\"}");
      }
      for (String k : List.of("date", "id", "title", "url", "source")) {
        if (p.str(k) != null) {
          throw ApiException.badRequest("give " + k + " in the JSON body, not as a parameter");
        }
      }
      req = new Coding.Request(field(n, "text"), field(n, "date"), field(n, "id"), field(n, "title"), field(n, "url"),
          field(n, "source"));
    } else if (type.startsWith("text/plain")) {
      req = new Coding.Request(body, p.str("date"), p.str("id"), p.str("title"), p.str("url"), p.str("source"));
    } else {
      throw new ApiException(415, "send the article as application/json {\"text\", \"date\", ...} or as text/plain with "
          + "?date=YYYY-MM-DD; got Content-Type '" + (type.isEmpty() ? "none" : type) + "'");
    }
    CodedArticle coded = state.coding().code(req);
    if (store) {
      state.put(List.of(coded));
    }
    ctx.header("X-Dyad-Stored", Boolean.toString(store));
    json(ctx, 200, DJ.toJson(coded));
  }

  private static String field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest("field " + name + " must be a string");
    }
    return v.textValue();
  }

  /** Imports Dyad JSON Lines records that carry their text (as written by {@code DyadJson.withText()}). */
  void importArticles(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    state.requireToken(ctx, null);
    String body = Body.read(ctx, state.config().maxBodyBytes());
    List<CodedArticle> list = new ArrayList<>();
    try {
      DJ_TEXT.readJsonl(new StringReader(body), "body", list::add);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("could not read the body: " + e.getMessage());
    }
    if (list.isEmpty()) {
      throw ApiException.badRequest("the body holds no records: send Dyad JSON Lines, one article per line, with \"text\"");
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).article().text().isEmpty()) {
        throw ApiException.badRequest("record " + (i + 1) + " (document " + list.get(i).docId() + ") has no \"text\"; "
            + "nothing was stored");
      }
    }
    try {
      state.put(list);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    ObjectNode n = F.objectNode();
    n.put("stored", list.size());
    ArrayNode ids = n.putArray("doc_ids");
    list.forEach(a -> ids.add(a.docId()));
    json(ctx, 200, n);
  }

  void deleteArticle(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    state.requireToken(ctx, null);
    String id = ctx.pathParam("docId");
    if (!state.delete(id)) {
      throw ApiException.notFound("no article with id '" + id + "' in the store");
    }
    ObjectNode n = F.objectNode();
    n.put("deleted", id);
    json(ctx, 200, n);
  }

  // ------------------------------------------------------------------ plumbing

  static void json(Context ctx, int status, JsonNode n) {
    try {
      json(ctx, status, JSON.writeValueAsBytes(n));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Sends JSON already written. */
  static void json(Context ctx, int status, byte[] json) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(json);
  }

  static Map<String, Object> error(String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", message);
    return m;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
