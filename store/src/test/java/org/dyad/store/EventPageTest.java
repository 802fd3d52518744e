package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages read key first ({@link DyadStore#LATE_ROWS} or fewer events) against the whole sorted
 * list read in one query, on a corpus full of ties; kept counts against writes; and
 * {@link DyadStore#eventPage}.
 */
class EventPageTest {
  private static final String[] CODES = {"PAK", "PAKGOV", "IND", "INDMIL", "CHN"};
  private static final String[] CAMEO = {"010", "042", "111", "190"};
  private static final double[] GOLDSTEIN = {-10, -2, 0, 1.9, 7};
  private static final String[] SOURCES = {"Alpha", "Gamma", "Epsilon"};
  private static final String[] TARGETS = {"beta", "delta", "zeta"};
  private static DyadStore store;
  private static List<CodedArticle> corpus;
  /** Each event's position in its article, the {@code idx} that breaks ties. */
  private static final Map<String, Integer> IDX = new HashMap<>();

  @BeforeAll
  static void fill() {
    corpus = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // ids whose text order is not the insertion order ("d10" < "d9"), few dates, many equal keys
      LocalDate date = LocalDate.of(2022, 1, 1).plusDays(i % 3);
      CodedArticleBuilder b = CodedArticleBuilder.article("d" + i, date,
          "Alpha met beta.", "Gamma met delta.", "Epsilon met zeta.");
      for (int j = 0; j < 3; j++) {
        b.actor("S" + j, "Source " + j, CODES[(i + j) % CODES.length], "COUNTRY", SOURCES[j]);
        b.actor("T" + j, "Target " + j, CODES[(i + 2 * j + 1) % CODES.length], "COUNTRY", TARGETS[j]);
      }
      int events = 1 + i % 3;
      for (int j = 0; j < events; j++) {
        CodedArticleBuilder.EventSpec e = b.event(j, "met", SOURCES[j], TARGETS[j], CAMEO[(i + j) % CAMEO.length])
            .goldstein(GOLDSTEIN[(i * 7 + j) % GOLDSTEIN.length]).confidence(0.5 + ((i + j) % 5) / 10.0);
        if ((i + j) % 11 == 0) {
          e.date(null, null, null);
        }
        e.add();
      }
      corpus.add(b.build());
    }
    for (CodedArticle a : corpus) {
      for (int j = 0; j < a.events().size(); j++) {
        IDX.put(a.events().get(j).eventId(), j);
      }
    }
    store = DyadStore.inMemory();
    store.putAll(corpus);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** Every event matching {@code q}, read in one query (a page larger than {@link DyadStore#LATE_ROWS}). */
  private static List<Event> whole(EventQuery q) {
    List<Event> all = store.events(q.toBuilder().limit(DyadStore.LATE_ROWS + 1).offset(0).build());
    assertTrue(all.size() <= DyadStore.LATE_ROWS, "the corpus fits one full read");
    return all;
  }

  @Test
  void theWholeListFollowsTheSortThenDocumentThenPosition() {
    Map<String, Function<Event, Comparable<?>>> keys = Map.of(
        "date", Event::date, "goldstein", Event::goldstein, "confidence", e -> e.provenance().confidence(),
        "cameo", e -> e.cameo().value(), "source", e -> e.source().code().value(),
        "doc_id", Event::docId, "event_id", Event::eventId);
    for (Map.Entry<String, Function<Event, Comparable<?>>> k : keys.entrySet()) {
      for (boolean desc : new boolean[] {false, true}) {
        List<Event> got = whole(EventQuery.builder().sort(k.getKey(), desc).build());
        List<Event> expected = new ArrayList<>(got);
        expected.sort(order(k.getValue(), desc));
        assertEquals(ids(expected), ids(got), k.getKey() + (desc ? " desc" : " asc"));
        assertEquals(corpus.stream().mapToInt(a -> a.events().size()).sum(), got.size());
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparator<Event> order(Function<Event, Comparable<?>> key, boolean desc) {
    Comparator<Comparable> values = desc ? Comparator.reverseOrder() : Comparator.naturalOrder();
    Comparator<Event> bySort = Comparator.comparing(e -> (Comparable) key.apply(e), Comparator.nullsLast(values));
    return bySort.thenComparing(Event::docId).thenComparing(e -> IDX.get(e.eventId()));
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::eventId).toList();
  }

  @Test
  void pagesReadKeyFirstAreSlicesOfTheWholeList() {
    List<EventQuery> queries = new ArrayList<>();
    for (String sort : EventQuery.SORT_FIELDS) {
      queries.add(EventQuery.builder().sort(sort, false).build());
      queries.add(EventQuery.builder().sort(sort, true).build());
    }
    queries.add(EventQuery.builder().actorCode("PAK").build());
    queries.add(EventQuery.builder().country("IND").sort("goldstein", true).build());
    queries.add(EventQuery.builder().sourceCode("PAK").targetCode("IND").sort("date", true).build());
    queries.add(EventQuery.builder().from(LocalDate.of(2022, 1, 2)).cameoRoot("04").build());
    queries.add(EventQuery.builder().actorName("gamma").minConfidence(0.7).build());
    queries.add(EventQuery.builder().text("epsilon").sort("confidence", true).build());
    queries.add(EventQuery.builder().docId("d17").build());
    for (EventQuery q : queries) {
      List<Event> all = whole(q);
      assertTrue(!all.isEmpty(), q.toString());
      for (int size : new int[] {1, 7, 50}) {
        // every page of 7 and 50; pages of one at the start, the middle and past the end
        for (int offset = 0; offset <= all.size() + size; offset += size == 1 ? 1 + all.size() / 5 : size) {
          List<Event> page = store.events(q.toBuilder().limit(size).offset(offset).build());
          List<Event> slice = all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
          assertEquals(slice, page, q + " limit " + size + " offset " + offset);
        }
      }
    }
  }

  @Test
  void eventPageGivesThePageAndTheTotal() {
    for (EventQuery base : List.of(EventQuery.all(), EventQuery.builder().actorCode("CHN").sort("goldstein", false).build(),
        EventQuery.builder().docId("no-such-document").build())) {
      long total = store.count(base);
      assertEquals(whole(base).size(), total);
      for (int size : new int[] {9, 40}) {
        for (int offset = 0; offset <= total + size; offset += size) {
          EventQuery q = base.toBuilder().limit(size).offset(offset).build();
          DyadStore.EventPage page = store.eventPage(q);
          assertEquals(store.events(q), page.events(), q.toString());
          assertEquals(total, page.total(), q.toString());
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> new DyadStore.EventPage(whole(EventQuery.all()), 1));
  }

  @Test
  void keptCountsFollowEveryWrite() {
    try (DyadStore s = DyadStore.inMemory()) {
      EventQuery pak = EventQuery.builder().actorCode("PAK").limit(5).build();
      s.putAll(Corpus.articles());
      assertEquals(7, s.count(pak));
      assertEquals(7, s.count(pak.toBuilder().sort("goldstein", true).offset(3).build()), "the same filter, another page");
      s.put(CodedArticleBuilder.article("x1", LocalDate.of(2021, 5, 1), "Pakistan praised China.")
          .actor("A1", "Pakistan", "PAK", "COUNTRY", "Pakistan").actor("A2", "China", "CHN", "COUNTRY", "China")
          .event(0, "praised", "Pakistan", "China", "051").add().build());
      assertEquals(8, s.count(pak), "a put is counted");
      assertEquals(8, s.eventPage(pak).total());
      assertEquals(3, s.eventPage(pak.toBuilder().offset(5).build()).total() - 5, "short last page: 5 + 3");
      assertTrue(s.delete("x1"));
      assertEquals(7, s.count(pak), "a delete is counted");
      assertEquals(7, s.eventPage(pak).total());
      s.recordError(new DocumentError("d1", "parse", "a note"));
      s.put(Corpus.articles().get(0));
      assertEquals(7, s.count(pak), "re-putting a document leaves its events");
      s.putAll(List.of(Corpus.simple("x2", LocalDate.of(2021, 6, 1))));
      assertEquals(7, s.count(pak));
      assertEquals(11, s.count(EventQuery.all()));
    }
  }

  @Test
  void threadsPerQueryCanBeSetAndPagesStayTheSame() {
    try (DyadStore s = DyadStore.inMemory()) {
      s.putAll(corpus);
      EventQuery q = EventQuery.builder().sort("goldstein", true).limit(30).offset(10).build();
      List<Event> before = s.events(q);
      int was = s.threads();
      assertTrue(was >= 1);
      s.threads(1);
      assertEquals(1, s.threads());
      assertEquals(before, s.events(q));
      s.threads(was);
      assertEquals(was, s.threads());
      assertThrows(IllegalArgumentException.class, () -> s.threads(0));
    }
  }

  @Test
  void manyConcurrentReadersShareThePooledConnections() throws Exception {
    DyadStore s = DyadStore.inMemory();
    s.putAll(corpus);
    List<Event> expected = s.events(EventQuery.builder().sort("goldstein", true).limit(20).build());
    int threads = DyadStore.READ_POOL * 2;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 30; i++) {
            assertEquals(expected, s.events(EventQuery.builder().sort("goldstein", true).limit(20).build()));
            assertTrue(s.countArticles() >= corpus.size());
            if (id == 0 && i % 10 == 0) {
              s.put(Corpus.simple("w" + i, LocalDate.of(2020, 1, 1)));
            }
            assertTrue(s.count(EventQuery.builder().actorCode("IRN").build()) <= 3);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(3, s.count(EventQuery.builder().actorCode("IRN").build()));
    assertEquals(3, s.count(EventQuery.builder().actorCode("IRN").build()), "kept");
    s.close();
    assertThrows(IllegalStateException.class, () -> s.count(EventQuery.builder().actorCode("IRN").build()),
        "a kept count is no answer from a closed store");
    assertThrows(IllegalStateException.class, () -> s.eventPage(EventQuery.all()));
    assertThrows(IllegalStateException.class, () -> s.events(EventQuery.all()));
    assertThrows(IllegalStateException.class, () -> s.count(EventQuery.all()));
  }
}
