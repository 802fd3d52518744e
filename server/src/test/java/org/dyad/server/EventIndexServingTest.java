package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.formats.DyadJson;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/events} answered from the in-memory index must be byte for byte the answer read
 * from the store: two servers over one store, one with the index and one without, are asked the
 * same queries. A write through the server is seen at once (the stale index is not used) and the
 * index catches up.
 */
class EventIndexServingTest {
  static final String TOKEN = "index-token";
  static DyadStore store;
  static DyadServer indexed;
  static DyadServer plain;
  static Http withIndex;
  static Http withoutIndex;

  @BeforeAll
  static void start() throws InterruptedException {
    store = Fixtures.store();
    indexed = DyadServer.start(store, null, ServerConfig.defaults(0).withToken(TOKEN));
    plain = DyadServer.start(store, null, ServerConfig.defaults(0).withEventIndex(false));
    withIndex = new Http(indexed.url());
    withoutIndex = new Http(plain.url());
    assertTrue(indexed.awaitEventIndex(Duration.ofSeconds(60)), "the index was not built");
  }

  @AfterAll
  static void stop() {
    indexed.close();
    plain.close();
    store.close();
  }

  static final List<String> QUERIES = List.of(
      "", "limit=3", "limit=2&offset=5", "offset=1000", "sort=goldstein&order=desc", "sort=goldstein&order=asc&limit=4",
      "sort=date&order=desc", "sort=confidence&order=desc&limit=5", "sort=cameo", "sort=quad_class&order=desc",
      "sort=source", "sort=target&order=desc", "sort=doc_id&order=desc", "sort=event_id", "actor=PAK", "actor=USA&limit=2",
      "source=PAKGOV", "target=USA", "name=qureshi", "name=BLINKEN", "country=AFG", "country=PAK&quad=1", "sector=MIL",
      "root=04", "cameo=04", "cameo=190", "plover=CONSULT", "quad=4", "q=telephone", "q=Taliban&sort=goldstein",
      "doc=" + Fixtures.SEED, "doc=missing", "background=false", "min_confidence=0.8", "from=2021-05-16",
      "to=2021-01-31", "from=2021-01-01&to=2021-05-16&sort=date&order=desc", "country=ZZZ", "actor=PAK&root=04&sort=date");

  @Test
  void theIndexAnswersExactlyAsTheStoreDoes() {
    assertEquals("ready", withIndex.get("/api/health").json().get("event_index").asText());
    assertEquals("off", withoutIndex.get("/api/health").json().get("event_index").asText());
    int nonEmpty = 0;
    for (String q : QUERIES) {
      Http.Res a = withIndex.get("/api/events?" + q);
      Http.Res b = withoutIndex.get("/api/events?" + q);
      assertEquals(200, a.status(), q + ": " + a.body());
      assertEquals(b.body(), a.body(), q);
      assertTrue(a.header("Content-Type").startsWith("application/json"), q);
      if (a.json().get("events").size() > 0) {
        nonEmpty++;
      }
    }
    assertTrue(nonEmpty > QUERIES.size() / 2, "too few queries found events: " + nonEmpty);
  }

  @Test
  void theEventsPageShowsTheSameRowsFromTheIndex() {
    for (String q : List.of("", "actor=PAK", "sort=goldstein&order=desc", "q=Taliban", "country=ZZZ")) {
      Http.Res a = withIndex.get("/events?" + q);
      Http.Res b = withoutIndex.get("/events?" + q);
      assertEquals(200, a.status(), q);
      assertEquals(b.body(), a.body(), q);
    }
  }

  @Test
  void aStoreTooLargeForTheHeapIsNotIndexed() throws Exception {
    try (EventAnswers small = new EventAnswers(store, true, EventAnswers.BYTES_PER_EVENT * 3)) {
      assertFalse(small.await(Duration.ofSeconds(30)));
      assertTrue(small.state().startsWith("off: not enough heap to index"), small.state());
      assertEquals(null, small.answer(org.dyad.store.EventQuery.all()));
    }
    try (EventAnswers roomy = new EventAnswers(store, true, EventAnswers.BYTES_PER_EVENT * 1000)) {
      assertTrue(roomy.await(Duration.ofSeconds(30)));
      assertEquals("ready", roomy.state());
    }
  }

  @Test
  void badParametersStillGetAClearError() {
    Http.Res r = withIndex.get("/api/events?sort=nonsense");
    assertEquals(400, r.status(), r.body());
    assertTrue(r.json().get("error").asText().contains("sort"), r.body());
  }

  @Test
  void aWriteIsSeenAtOnceAndTheIndexCatchesUp() throws Exception {
    CodedArticle extra = CodedArticleBuilder.article("index-extra", LocalDate.of(2021, 6, 1), "Zubrowka warned Ruritania.")
        .actor("A1", "Zubrowka", "ZUB", "COUNTRY", "Zubrowka")
        .actor("A2", "Ruritania", "RUR", "COUNTRY", "Ruritania")
        .event(0, "warned", "Zubrowka", "Ruritania", "130").goldstein(-4.4).add()
        .build();
    StringWriter w = new StringWriter();
    DyadJson.withText().writeLine(extra, w);
    Http.Res ok = withIndex.post("/api/articles", "application/x-ndjson", w.toString(), "Authorization", "Bearer " + TOKEN);
    assertEquals(200, ok.status(), ok.body());
    try {
      // right after the write, before any rebuild: the answer comes from the store and has the event
      assertEquals(1, withIndex.get("/api/events?doc=index-extra").json().get("total").asInt());
      assertTrue(indexed.awaitEventIndex(Duration.ofSeconds(60)), "the index did not catch up");
      assertEquals("ready", withIndex.get("/api/health").json().get("event_index").asText());
      assertEquals(withoutIndex.get("/api/events?limit=1000").body(), withIndex.get("/api/events?limit=1000").body());
      assertEquals(1, withIndex.get("/api/events?doc=index-extra").json().get("total").asInt());
    } finally {
      assertEquals(200, withIndex.delete("/api/articles/index-extra", "Authorization", "Bearer " + TOKEN).status());
    }
    assertEquals(0, withIndex.get("/api/events?doc=index-extra").json().get("total").asInt());
    assertTrue(indexed.awaitEventIndex(Duration.ofSeconds(60)));
    assertEquals(0, withIndex.get("/api/events?doc=index-extra").json().get("total").asInt());
  }

  @Test
  void aLargeStoreOfRepeatedEventsCompressesAndReadsBack() throws Exception {
    try (DyadStore big = DyadStore.inMemory()) {
      List<CodedArticle> many = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        many.add(CodedArticleBuilder.article("bulk-" + i, LocalDate.of(2020, 1, 1).plusDays(i % 50),
                "Ruritania criticised Freedonia on day " + i + ".")
            .actor("A1", "Ruritania", "RUR", "COUNTRY", "Ruritania")
            .actor("A2", "Freedonia", "FRE", "COUNTRY", "Freedonia")
            .event(0, "criticised", "Ruritania", "Freedonia", "111").goldstein(-2).add()
            .build());
      }
      big.putAll(many);
      try (DyadServer on = DyadServer.start(big, null, ServerConfig.defaults(0));
          DyadServer off = DyadServer.start(big, null, ServerConfig.defaults(0).withEventIndex(false))) {
        assertTrue(on.awaitEventIndex(Duration.ofSeconds(60)));
        Http a = new Http(on.url());
        Http b = new Http(off.url());
        for (String q : List.of("limit=1000", "sort=doc_id&order=desc&limit=37&offset=200", "from=2020-01-10&to=2020-01-12")) {
          assertEquals(b.get("/api/events?" + q).body(), a.get("/api/events?" + q).body(), q);
        }
        assertFalse(a.get("/api/events?limit=1000").body().isEmpty());
        assertEquals(400, a.get("/api/health").json().get("indexed_events").asInt());
      }
    }
  }
}
