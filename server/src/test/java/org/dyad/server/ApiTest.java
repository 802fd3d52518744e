package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.dyad.formats.DyadJson;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API endpoint over a store of the sample articles, good requests and bad ones. */
class ApiTest {
  static final String TOKEN = "s3cret-token";
  static DyadStore store;
  static DyadServer server;
  static Http http;
  static final AtomicReference<Article> lastCoded = new AtomicReference<>();
  static int allEvents;

  /** A stand-in coder: hands back the article it was given, with no events, and remembers it. */
  static CodedArticle fakeCode(Article a) {
    lastCoded.set(a);
    if (a.text().contains("FAIL-INSIDE")) {
      throw new IllegalStateException("boom at /secret/path");
    }
    return new CodedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "fake-coder-1");
  }

  @BeforeAll
  static void start() {
    store = Fixtures.store();
    server = DyadServer.start(store, ApiTest::fakeCode, ServerConfig.defaults(0).withToken(TOKEN)
        .withMaxBodyBytes(64 * 1024).withMaxArticleChars(20_000));
    http = new Http(server.url());
    allEvents = (int) store.countEvents();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static List<JsonNode> events(String query) {
    Http.Res r = http.get("/api/events?" + query);
    assertEquals(200, r.status(), r.body());
    List<JsonNode> out = new ArrayList<>();
    r.json().get("events").forEach(out::add);
    return out;
  }

  static void assertError(Http.Res r, int status, String... words) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    String msg = r.json().get("error").asText();
    for (String w : words) {
      assertTrue(msg.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)), "'" + w + "' not in: " + msg);
    }
    assertFalse(r.body().contains("\tat "), "stack trace leaked: " + r.body());
    assertFalse(r.body().contains("Exception"), "exception name leaked: " + r.body());
  }

  // ------------------------------------------------------------------ health, events

  @Test
  void healthCountsTheStore() {
    JsonNode n = http.get("/api/health").json();
    assertEquals("ok", n.get("status").asText());
    assertEquals(4, n.get("articles").asInt());
    assertEquals(store.countEvents(), n.get("events").asLong());
    assertTrue(n.get("writes").asBoolean());
    assertTrue(n.get("coding").asBoolean());
    assertError(http.get("/api/health?verbose=1"), 400, "unknown parameter verbose", "no parameters");
  }

  @Test
  void eventsDefaultToAllByDateWithTotal() {
    JsonNode n = http.get("/api/events").json();
    assertEquals(allEvents, n.get("total").asInt());
    assertEquals(100, n.get("limit").asInt());
    List<String> dates = new ArrayList<>();
    n.get("events").forEach(e -> dates.add(e.get("date").asText()));
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(null);
    assertEquals(sorted, dates);
    JsonNode first = n.get("events").get(0);
    for (String f : List.of("doc_id", "event_id", "source", "target", "cameo", "plover", "provenance")) {
      assertTrue(first.has(f), f);
    }
  }

  @Test
  void seedCallIsFoundByActorsAndCode() {
    List<JsonNode> ev = events("source=PAKGOV&target=USAGOV&cameo=041");
    assertEquals(1, ev.size(), ev.toString());
    JsonNode e = ev.get(0);
    assertEquals(Fixtures.SEED, e.get("doc_id").asText());
    assertEquals("Talking", e.at("/provenance/trigger/text").asText());
    assertEquals("Mr Qureshi", e.at("/source/text").asText());
    assertTrue(e.at("/target/text").asText().contains("Blinken"));
    assertEquals("2021-05-16", e.get("date").asText());
  }

  @Test
  void eachFilterNarrowsTheEvents() {
    for (JsonNode e : events("name=qureshi&limit=1000")) {
      assertTrue((e.at("/source/text").asText() + e.at("/source/name").asText() + e.at("/target/text").asText()
          + e.at("/target/name").asText()).toLowerCase(Locale.ROOT).contains("qureshi"), e.toString());
    }
    assertFalse(events("name=qureshi").isEmpty());
    for (JsonNode e : events("from=2022-11-01&to=2022-11-30")) {
      assertTrue(e.get("date").asText().startsWith("2022-11"), e.toString());
    }
    assertEquals(8, events("from=2022-11-01&to=2022-11-30").size());
    assertEquals(9, events("from=2022-01-01&to=2022-12-31").size());
    for (JsonNode e : events("country=PER")) {
      assertTrue(e.at("/source/country").asText().equals("PER") || e.at("/target/country").asText().equals("PER"));
    }
    for (JsonNode e : events("sector=MIL")) {
      assertTrue(e.at("/source/sectors").toString().contains("MIL") || e.at("/target/sectors").toString().contains("MIL"));
    }
    for (JsonNode e : events("root=04")) {
      assertEquals("04", e.at("/cameo/root").asText());
    }
    assertFalse(events("root=04").isEmpty());
    for (JsonNode e : events("plover=assault")) {
      assertEquals("ASSAULT", e.at("/plover/type").asText());
    }
    assertEquals(events("quad=4").size(), events("quad=material_conflict").size());
    for (JsonNode e : events("quad=4")) {
      assertEquals(4, e.at("/cameo/quad_class").asInt());
    }
    assertFalse(events("quad=4").isEmpty());
    for (JsonNode e : events("doc=" + Fixtures.XSS)) {
      assertEquals(Fixtures.XSS, e.get("doc_id").asText());
    }
    assertEquals(1, events("doc=" + Fixtures.XSS).size());
    assertTrue(events("min_confidence=1").size() <= events("min_confidence=0").size());
    assertEquals(allEvents, events("min_confidence=0&limit=1000").size());
  }

  @Test
  void textSearchLooksInTheSentence() {
    List<JsonNode> ev = events("q=OVER%20PHONE");
    assertEquals(2, ev.size(), ev.toString());
    for (JsonNode e : ev) {
      assertEquals(1, e.get("sentence").asInt());
      assertEquals(Fixtures.SEED, e.get("doc_id").asText());
    }
    assertTrue(ev.stream().anyMatch(e -> e.at("/cameo/code").asText().equals("041")));
    assertTrue(events("q=no%20such%20words%20anywhere").isEmpty());
  }

  @Test
  void backgroundEventsCanBeLeftOut() {
    JsonNode withBg = http.get("/api/events?background=true").json();
    JsonNode without = http.get("/api/events?background=false").json();
    for (JsonNode e : without.get("events")) {
      assertFalse(e.get("background").asBoolean());
    }
    assertTrue(without.get("total").asInt() <= withBg.get("total").asInt());
  }

  @Test
  void sortingAndPaging() {
    List<JsonNode> byG = events("sort=goldstein&order=desc&limit=1000");
    for (int i = 1; i < byG.size(); i++) {
      assertTrue(byG.get(i - 1).at("/cameo/goldstein").asDouble() >= byG.get(i).at("/cameo/goldstein").asDouble());
    }
    List<String> all = new ArrayList<>();
    events("limit=1000").forEach(e -> all.add(e.get("event_id").asText()));
    List<String> paged = new ArrayList<>();
    for (int off = 0; off < all.size(); off += 7) {
      JsonNode n = http.get("/api/events?limit=7&offset=" + off).json();
      assertEquals(all.size(), n.get("total").asInt());
      n.get("events").forEach(e -> paged.add(e.get("event_id").asText()));
    }
    assertEquals(all, paged);
    assertEquals(0, events("offset=100000").size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "from=2021-13-01|from",
      "to=yesterday|to",
      "from=2022-01-01&to=2021-01-01|after",
      "limit=0|limit",
      "limit=abc|limit",
      "limit=5000|limit",
      "offset=-1|offset",
      "sort=bogus|sort",
      "order=up|order",
      "plover=FOO|plover",
      "quad=7|quad",
      "root=4|cameoRoot",
      "cameo=04x|cameoCode",
      "actor=PAK-GOV|actorCode",
      "min_confidence=2|minConfidence",
      "min_confidence=high|min_confidence",
      "background=maybe|background",
      "foo=1|unknown parameter foo",
      "limit=1&limit=2|limit",
  })
  void badEventParametersAre400WithAMessage(String query, String word) {
    assertError(http.get("/api/events?" + query), 400, word);
  }

  // ------------------------------------------------------------------ downloads

  @Test
  void csvDownloadHasEveryMatchingEvent() {
    Http.Res r = http.get("/api/events.csv?actor=PAK");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("text/csv"));
    assertTrue(r.header("Content-Disposition").contains("dyad-events.csv"));
    String[] lines = r.body().split("\n");
    assertTrue(lines[0].startsWith("event_id,doc_id,"), lines[0]);
    int total = http.get("/api/events?actor=PAK").json().get("total").asInt();
    assertEquals(total + 1, lines.length);
    assertTrue(total > 5);
  }

  @Test
  void parquetDownloadIsAParquetFile() {
    byte[] b = http.bytes("/api/events.parquet?root=04");
    assertTrue(b.length > 100);
    assertEquals("PAR1", new String(b, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("PAR1", new String(b, b.length - 4, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void downloadsRejectBadFiltersAndPaging() {
    assertError(http.get("/api/events.csv?from=nope"), 400, "from");
    assertError(http.get("/api/events.parquet?limit=10"), 400, "unknown parameter limit");
  }

  // ------------------------------------------------------------------ actors, dyads, timeline

  @Test
  void actorsBySubstringOrCode() {
    JsonNode n = http.get("/api/actors?q=blinken").json();
    assertTrue(n.get("actors").size() >= 1);
    for (JsonNode a : n.get("actors")) {
      assertTrue(a.get("name").asText().toLowerCase(Locale.ROOT).contains("blinken") || a.get("code").asText().startsWith("BLINKEN"));
    }
    JsonNode usa = http.get("/api/actors?q=USA&limit=5").json();
    assertTrue(usa.get("actors").size() <= 5);
    assertError(http.get("/api/actors?limit=-3"), 400, "limit");
    assertError(http.get("/api/actors?name=x"), 400, "unknown parameter name");
  }

  @Test
  void actorHistoryListsRolesByDate() {
    JsonNode n = http.get("/api/actors/history?name=Blinken").json();
    assertTrue(n.get("history").size() >= 1, n.toString());
    for (JsonNode h : n.get("history")) {
      assertTrue(h.get("name").asText().contains("Blinken"), h.toString());
      assertEquals(Fixtures.SEED, h.get("doc_id").asText());
      assertEquals("2021-05-17", h.get("date").asText());
      assertTrue(h.has("role") && h.has("code"));
    }
    JsonNode byCode = http.get("/api/actors/history?code=PER").json();
    assertTrue(byCode.get("history").size() > 0);
    byCode.get("history").forEach(h -> assertTrue(h.get("code").asText().startsWith("PER")));
    assertError(http.get("/api/actors/history"), 400, "name", "code");
    assertError(http.get("/api/actors/history?code=a-b"), 400, "actorCode");
  }

  @Test
  void dyadsCountPairsWithMeanGoldstein() {
    JsonNode n = http.get("/api/dyads?period=all&limit=1000").json();
    long sum = 0;
    boolean seen = false;
    for (JsonNode d : n.get("dyads")) {
      sum += d.get("count").asLong();
      if (d.get("source").asText().equals("PAKGOV") && d.get("target").asText().equals("USAGOV")) {
        seen = true;
        assertTrue(d.get("count").asInt() >= 2);
      }
      assertTrue(d.get("period_start").isNull());
    }
    assertTrue(seen);
    long withTarget = 0;
    for (JsonNode e : http.get("/api/events?limit=1000").json().get("events")) {
      withTarget += e.get("target").isNull() ? 0 : 1;
    }
    assertEquals(withTarget, sum);
    JsonNode monthly = http.get("/api/dyads?period=month&country=PER").json();
    monthly.get("dyads").forEach(d -> assertEquals("2022-11-01", d.get("period_start").asText()));
    assertError(http.get("/api/dyads?period=decade"), 400, "period");
    assertError(http.get("/api/dyads?limit=100000"), 400, "limit");
  }

  @Test
  void timelineCountsQuadClassesPerPeriod() {
    JsonNode n = http.get("/api/timeline?period=month&country=PER").json();
    assertEquals(1, n.get("points").size());
    JsonNode p = n.get("points").get(0);
    assertEquals("2022-11-01", p.get("period_start").asText());
    assertEquals(p.get("total").asInt(), p.get("cooperation").asInt() + p.get("conflict").asInt());
    assertEquals(8, p.get("total").asInt());

    JsonNode pair = http.get("/api/timeline?period=day&source=USA&target=PAK&both=true").json();
    JsonNode oneWay = http.get("/api/timeline?period=day&source=PAK&target=USA").json();
    long pairTotal = 0;
    long oneTotal = 0;
    for (JsonNode x : pair.get("points")) {
      pairTotal += x.get("total").asLong();
    }
    for (JsonNode x : oneWay.get("points")) {
      oneTotal += x.get("total").asLong();
    }
    assertTrue(pairTotal > oneTotal, pairTotal + " vs " + oneTotal);
    assertEquals(http.get("/api/events?source=PAK&target=USA").json().get("total").asLong()
        + http.get("/api/events?source=USA&target=PAK").json().get("total").asLong(), pairTotal);
    // every day from the first to the last is there
    List<String> days = new ArrayList<>();
    pair.get("points").forEach(x -> days.add(x.get("period_start").asText()));
    assertEquals(java.time.LocalDate.parse(days.get(0)).datesUntil(java.time.LocalDate.parse(days.get(days.size() - 1))
        .plusDays(1)).count(), days.size());

    assertError(http.get("/api/timeline?period=all"), 400, "period");
    assertError(http.get("/api/timeline?both=true&source=PAK"), 400, "source and target");
  }

  // ------------------------------------------------------------------ articles and quotes

  @Test
  void articlesListAndOneArticleWithOffsets() {
    JsonNode list = http.get("/api/articles").json();
    assertEquals(4, list.get("total").asInt());
    assertEquals(2, http.get("/api/articles?limit=2&offset=1").json().get("doc_ids").size());
    JsonNode a = http.get("/api/articles/" + Fixtures.SEED).json();
    String text = a.get("text").asText();
    assertTrue(text.startsWith("Foreign Minister Shah Mahmood Qureshi"));
    for (String f : List.of("actors", "events", "quotes", "dates", "places", "sentences")) {
      assertTrue(a.get(f).isArray(), f);
    }
    for (JsonNode e : a.get("events")) {
      JsonNode t = e.at("/provenance/trigger");
      assertEquals(t.get("text").asText(), text.substring(t.get("start").asInt(), t.get("end").asInt()));
    }
    for (JsonNode q : a.get("quotes")) {
      assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
    }
    for (JsonNode d : a.get("dates")) {
      assertEquals(d.get("text").asText(), text.substring(d.get("start").asInt(), d.get("end").asInt()));
    }
    assertError(http.get("/api/articles/no-such-doc"), 404, "no-such-doc");
    assertError(http.get("/api/articles?limit=x"), 400, "limit");
  }

  @Test
  void quotesBySpeaker() {
    JsonNode all = http.get("/api/quotes").json();
    assertTrue(all.get("quotes").size() >= 8);
    JsonNode q = http.get("/api/quotes?speaker=qureshi").json();
    assertTrue(q.get("quotes").size() >= 1);
    for (JsonNode x : q.get("quotes")) {
      assertTrue(x.at("/speaker/name").asText().toLowerCase(Locale.ROOT).contains("qureshi"), x.toString());
      assertEquals(Fixtures.SEED, x.get("doc_id").asText());
    }
    assertError(http.get("/api/quotes?offset=z"), 400, "offset");
  }

  // ------------------------------------------------------------------ coding

  @Test
  void codeJsonGivesTheSameRecordAsTheCli() throws Exception {
    Http.Res r = http.post("/api/code", "application/json",
        "{\"text\":\"Pakistan praised Norway.\",\"date\":\"2024-02-03\",\"id\":\"posted-1\",\"title\":\"T\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals("false", r.header("X-Dyad-Stored"));
    Article seen = lastCoded.get();
    assertEquals("posted-1", seen.id());
    assertEquals(java.time.LocalDate.of(2024, 2, 3), seen.date());
    assertEquals("T", seen.title());
    JsonNode expected = DyadJson.standard().toJson(fakeCode(seen));
    assertEquals(expected, r.json());
    assertError(http.get("/api/articles/posted-1"), 404, "posted-1");
  }

  @Test
  void codePlainTextTakesDateFromTheQuery() {
    Http.Res r = http.post("/api/code?date=2020-01-02", "text/plain; charset=utf-8", "Somebody met somebody.");
    assertEquals(200, r.status(), r.body());
    assertEquals(Article.contentId("Somebody met somebody."), r.json().get("doc_id").asText());
    assertEquals("2020-01-02", r.json().get("date").asText());
  }

  @Test
  void badCodeRequests() {
    assertError(http.post("/api/code", "application/json", "{\"text\":\"x y\"}"), 400, "date");
    assertError(http.post("/api/code", "application/json", "{\"text\":\"x\",\"date\":\"17/05/2021\"}"), 400, "date");
    assertError(http.post("/api/code", "application/json", "{\"date\":\"2021-05-17\"}"), 400, "text");
    assertError(http.post("/api/code", "application/json", "{\"text\": 3, \"date\":\"2021-05-17\"}"), 400, "text");
    assertError(http.post("/api/code", "application/json", "{not json"), 400, "json");
    assertError(http.post("/api/code", "application/json", "[1,2]"), 400, "object");
    assertError(http.post("/api/code", "application/xml", "<a/>"), 415, "content-type");
    assertError(http.post("/api/code?date=2021-01-01&bogus=1", "text/plain", "abc"), 400, "bogus");
    assertError(http.post("/api/code", "application/json", "{\"text\":\"" + "a".repeat(20_001) + "\",\"date\":\"2021-05-17\"}"),
        413, "20000");
    assertError(http.post("/api/code?date=2021-01-01", "text/plain", "b".repeat(70_000)), 413, "limit");
  }

  @Test
  void internalFailuresAre500WithoutDetails() {
    Http.Res r = http.post("/api/code?date=2021-01-01", "text/plain", "FAIL-INSIDE");
    assertError(r, 500, "internal error");
    assertFalse(r.body().contains("boom"));
    assertFalse(r.body().contains("/secret/path"));
  }

  // ------------------------------------------------------------------ writes

  @Test
  void storingNeedsTheToken() {
    String body = "{\"text\":\"Chile thanked Peru.\",\"date\":\"2024-01-01\",\"id\":\"stored-1\"}";
    long before = http.get("/api/events?from=2024-01-01").json().get("total").asLong();
    assertError(http.post("/api/code?store=true", "application/json", body), 403, "token");
    assertError(http.post("/api/code?store=true", "application/json", body, "Authorization", "Bearer wrong"), 403, "wrong");
    assertError(http.get("/api/articles/stored-1"), 404, "stored-1");
    Http.Res ok = http.post("/api/code?store=true", "application/json", body, "Authorization", "Bearer " + TOKEN);
    assertEquals(200, ok.status(), ok.body());
    assertEquals("true", ok.header("X-Dyad-Stored"));
    assertEquals("Chile thanked Peru.", http.get("/api/articles/stored-1").json().get("text").asText());
    assertEquals(0, before);
    // the fake coder codes no events, so the cached count stays right; the article list changed
    assertEquals(5, http.get("/api/health").json().get("articles").asInt());
    assertEquals(200, http.delete("/api/articles/stored-1", "X-Dyad-Token", TOKEN).status());
    assertError(http.get("/api/articles/stored-1"), 404, "stored-1");
  }

  @Test
  void importAndDeleteNeedTheToken() throws Exception {
    CodedArticle a = Fixtures.samples().get(1);
    CodedArticle copy = new CodedArticle(a.article().withMeta("Imported copy", null, null).withDate(a.article().date()),
        a.sentences(), a.actors(), List.of(), a.quotes(), a.dates(), a.places(), a.errors(), a.coderVersion());
    CodedArticle renamed = new CodedArticle(new Article("imported-1", copy.article().text(), copy.article().date(),
        "Imported copy", null, null), copy.sentences(), copy.actors(), List.of(), copy.quotes(), copy.dates(), copy.places(),
        copy.errors(), copy.coderVersion());
    StringWriter w = new StringWriter();
    DyadJson.withText().writeLine(renamed, w);
    assertError(http.post("/api/articles", "application/x-ndjson", w.toString()), 403, "token");
    assertError(http.post("/api/articles", "application/x-ndjson", "{broken\n", "Authorization", "Bearer " + TOKEN), 400,
        "body:1");
    StringWriter noText = new StringWriter();
    DyadJson.standard().writeLine(renamed, noText);
    assertError(http.post("/api/articles", "application/x-ndjson", noText.toString(), "Authorization", "Bearer " + TOKEN),
        400, "text");
    Http.Res ok = http.post("/api/articles", "application/x-ndjson", w.toString(), "Authorization", "Bearer " + TOKEN);
    assertEquals(200, ok.status(), ok.body());
    assertEquals(1, ok.json().get("stored").asInt());
    assertEquals("Imported copy", http.get("/api/articles/imported-1").json().get("title").asText());
    assertEquals(5, http.get("/api/health").json().get("articles").asInt());
    assertError(http.delete("/api/articles/imported-1"), 403, "token");
    assertEquals(200, http.delete("/api/articles/imported-1", "Authorization", "Bearer " + TOKEN).status());
    assertError(http.delete("/api/articles/imported-1", "Authorization", "Bearer " + TOKEN), 404, "imported-1");
    assertEquals(4, http.get("/api/health").json().get("articles").asInt());
  }

  @Test
  void writesEmptyTheQueryCache() throws Exception {
    try (DyadStore s = Fixtures.store();
        DyadServer srv = DyadServer.start(s, ApiTest::fakeCode, ServerConfig.defaults(0).withToken(TOKEN))) {
      Http h = new Http(srv.url());
      String q = "/api/events?actor=XYZ";
      assertEquals(0, h.get(q).json().get("total").asInt());
      assertEquals(0, h.get("/api/dyads?actor=XYZ").json().get("dyads").size());
      assertEquals(0, h.get("/api/timeline?actor=XYZ").json().get("points").size());
      CodedArticle a = org.dyad.testkit.CodedArticleBuilder.article("cache-1", java.time.LocalDate.of(2023, 6, 1),
              "Xanadu praised Yemen warmly.")
          .actor("A1", "Xanadu", "XYZ", "COUNTRY", "Xanadu")
          .actor("A2", "Yemen", "YEM", "COUNTRY", "Yemen")
          .event(0, "praised", "Xanadu", "Yemen", "051").goldstein(3.4).add()
          .build();
      StringWriter w = new StringWriter();
      DyadJson.withText().writeLine(a, w);
      assertEquals(200, h.post("/api/articles", "application/x-ndjson", w.toString(), "Authorization", "Bearer " + TOKEN)
          .status());
      assertEquals(1, h.get(q).json().get("total").asInt());
      assertEquals(1, h.get("/api/dyads?actor=XYZ").json().get("dyads").size());
      assertEquals(1, h.get("/api/timeline?actor=XYZ").json().get("points").size());
      assertEquals(200, h.delete("/api/articles/cache-1", "Authorization", "Bearer " + TOKEN).status());
      assertEquals(0, h.get(q).json().get("total").asInt());
    }
  }

  @Test
  void withoutATokenWritesAreOff() {
    try (DyadStore s = DyadStore.inMemory();
        DyadServer ro = DyadServer.start(s, ApiTest::fakeCode, ServerConfig.defaults(0))) {
      Http h = new Http(ro.url());
      assertError(h.post("/api/code?store=true", "application/json", "{\"text\":\"a b\",\"date\":\"2024-01-01\"}",
          "Authorization", "Bearer anything"), 403, "writes are off");
      assertError(h.post("/api/articles", "application/x-ndjson", "{}", "Authorization", "Bearer anything"), 403, "writes are off");
      assertEquals(200, h.post("/api/code", "application/json", "{\"text\":\"a b\",\"date\":\"2024-01-01\"}").status());
      assertEquals(0, s.countArticles());
    }
  }

  @Test
  void withoutACoderCodingIs503() {
    try (DyadStore s = DyadStore.inMemory(); DyadServer ro = DyadServer.start(s, null, ServerConfig.defaults(0))) {
      assertError(new Http(ro.url()).post("/api/code", "application/json", "{\"text\":\"a b\",\"date\":\"2024-01-01\"}"), 503,
          "coding is off");
    }
  }

  // ------------------------------------------------------------------ routing, spec, assets

  @Test
  void unknownPathsAre404() {
    assertError(http.get("/api/nope"), 404, "/api/nope");
    Http.Res page = http.get("/nope%3Cb%3E");
    assertEquals(404, page.status());
    assertTrue(page.header("Content-Type").startsWith("text/html"));
    assertFalse(page.body().contains("<b>"));
    assertError(http.delete("/api/events"), 404);
  }

  @Test
  void everyRegisteredApiRouteIsInTheOpenApiSpecAndBack() {
    JsonNode spec = http.get(DyadServer.OPENAPI_PATH).json();
    assertEquals("3.0.3", spec.get("openapi").asText());
    Set<String> inSpec = new HashSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue().fieldNames().forEachRemaining(m -> inSpec.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    Set<String> registered = new HashSet<>();
    for (DyadServer.Route r : server.routes()) {
      if (r.path().startsWith("/api/")) {
        registered.add(r.method() + " " + r.path());
      }
    }
    assertEquals(registered, inSpec);
    assertTrue(registered.size() >= 16, registered.toString());
    // every $ref resolves
    String text = spec.toString();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"#/components/(\\w+)/(\\w+)\"").matcher(text);
    while (m.find()) {
      assertNotNull(spec.at("/components/" + m.group(1) + "/" + m.group(2)).textValue() == null
          && !spec.at("/components/" + m.group(1) + "/" + m.group(2)).isMissingNode() ? "ok" : null, m.group());
    }
  }

  @Test
  void swaggerUiAndBrowserLibrariesAreServedFromTheClasspath() {
    for (String path : Assets.ALL) {
      Http.Res r = http.get(path);
      assertEquals(200, r.status(), path);
      assertTrue(r.body().length() > 1000, path);
    }
    Http.Res docs = http.get("/api/docs");
    assertEquals(200, docs.status());
    assertTrue(docs.body().contains(Assets.SWAGGER_JS));
    for (String s : List.of("/static/app.css", "/static/network.js", "/static/timeline.js", "/static/article.js",
        "/static/swagger-init.js")) {
      assertEquals(200, http.get(s).status(), s);
    }
  }
}
