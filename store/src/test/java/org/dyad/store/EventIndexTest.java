package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index against the store's own SQL answers: for thousands of random queries over a
 * corpus full of ties, nulls, background events, non-ASCII ids and names, the index must give the
 * same events in the same order and the same total as {@link DyadStore#events} and
 * {@link DyadStore#count}.
 */
class EventIndexTest {
  private static final String[][] ACTORS = {
      {"Pakistan", "PAK"}, {"the Pakistani government", "PAKGOV"}, {"the Pakistani army", "PAKMIL"},
      {"India", "IND"}, {"the Indian army", "INDMIL"}, {"Washington", "USAGOV"}, {"America", "USA"},
      {"Beijing", "CHNGOV"}, {"the Taliban", "AFGREB"}, {"the United Nations", "IGOUNO"},
      {"Türkiye", "TUR"}, {"Ankara", "TURGOV"}, {"Côte d'Ivoire rebels", "CIVREB"}};
  private static final String[] CAMEO = {"010", "036", "040", "042", "0234", "051", "070", "111", "120", "138", "173", "190",
      "195"};
  private static final double[] GOLDSTEIN = {-10, -5, -2, 0, 1, 1.9, 3.4, 7};
  private static final double[] CONFIDENCE = {0.5, 0.6, 0.75, 0.9};
  private static final LocalDate FIRST = LocalDate.of(2020, 12, 28);
  private static DyadStore store;
  private static EventIndex index;

  @BeforeAll
  static void fill() {
    Random r = new Random(7);
    List<CodedArticle> corpus = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // ids whose text order is not the insertion order ("d10" < "d9"), some beyond ASCII
      String docId = (i % 17 == 0 ? "dé" : i % 13 == 0 ? "D" : "d") + i;
      LocalDate date = FIRST.plusDays(r.nextInt(12));
      int events = 1 + r.nextInt(4);
      String[] sentences = new String[events];
      int[][] pairs = new int[events][2];
      for (int j = 0; j < events; j++) {
        int a = r.nextInt(ACTORS.length);
        int b = r.nextInt(ACTORS.length - 1);
        b = b >= a ? b + 1 : b;
        pairs[j][0] = a;
        pairs[j][1] = r.nextInt(6) == 0 ? -1 : b;
        sentences[j] = ACTORS[a][0] + " met " + (pairs[j][1] < 0 ? "nobody" : ACTORS[b][0]) + " in round " + j + ".";
      }
      CodedArticleBuilder builder = CodedArticleBuilder.article(docId, date, sentences);
      // one actor per name, with a mention for each time the article names it
      java.util.Map<Integer, List<String>> mentions = new java.util.TreeMap<>();
      for (int[] pair : pairs) {
        for (int who : pair) {
          if (who >= 0) {
            mentions.computeIfAbsent(who, k -> new ArrayList<>()).add(ACTORS[who][0]);
          }
        }
      }
      mentions.forEach((who, m) -> builder.actor("A" + who, ACTORS[who][0], ACTORS[who][1], "COUNTRY",
          m.toArray(new String[0])));
      for (int j = 0; j < events; j++) {
        String cameo = CAMEO[r.nextInt(CAMEO.length)];
        CodedArticleBuilder.EventSpec e = builder.event(j, "met", ACTORS[pairs[j][0]][0],
                pairs[j][1] < 0 ? null : ACTORS[pairs[j][1]][0], cameo)
            .goldstein(GOLDSTEIN[r.nextInt(GOLDSTEIN.length)]).confidence(CONFIDENCE[r.nextInt(CONFIDENCE.length)]);
        if (r.nextInt(9) == 0) {
          e.date(null, null, null);
        } else if (r.nextInt(3) == 0) {
          e.date(date.minusDays(r.nextInt(5)), "earlier", "OWN");
        }
        if (r.nextInt(10) == 0) {
          e.background(true);
        }
        e.add();
      }
      corpus.add(builder.build());
    }
    store = DyadStore.inMemory();
    store.putAll(corpus);
    index = EventIndex.build(store, e -> e.eventId().getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void indexesEveryEventWithItsPayload() {
    assertEquals(store.countEvents(), index.size());
    assertEquals(store.writeCount(), index.storeWrites());
    EventIndex.Page all = index.find(EventQuery.builder().limit(EventQuery.MAX_LIMIT).build());
    assertEquals(index.size(), all.positions().length);
    for (int p : all.positions()) {
      assertEquals(index.eventId(p), new String(index.payload(p), StandardCharsets.UTF_8));
    }
  }

  @Test
  void payloadsMadeOnAPoolLandWithTheirEvents() {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      EventIndex pooled = EventIndex.build(store, e -> e.eventId().getBytes(StandardCharsets.UTF_8), pool);
      assertEquals(index.size(), pooled.size());
      for (int p = 0; p < pooled.size(); p++) {
        assertEquals(pooled.eventId(p), new String(pooled.payload(p), StandardCharsets.UTF_8));
        assertEquals(index.eventId(p), pooled.eventId(p));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void answersLikeTheStoreForRandomQueries() {
    Random r = new Random(11);
    String[] prefixes = {"PAK", "PAKG", "USA", "IGO", "IND", "TUR", "XYZ", "C"};
    String[] names = {"pak", "ARMY", "türk", "côte", "washington", "zz", "the"};
    String[] countries = {"PAK", "USA", "IND", "TUR", "CHN", "XXX"};
    String[] sectors = {"GOV", "MIL", "REB", "OPP"};
    String[] roots = {"04", "19", "11", "02", "99"};
    String[] codes = {"0", "04", "042", "1", "0234", "9"};
    String[] texts = {"met", "round 2", "TÜRKIYE", "nothing here", "the indian"};
    String[] docs = {"d5", "dé34", "D26", "nope"};
    List<String> sorts = List.copyOf(new java.util.TreeSet<>(EventQuery.SORT_FIELDS));
    int[] limits = {1, 5, 50, 2000};
    int[] offsets = {0, 3, 40, 500};
    int nonEmpty = 0;
    for (int i = 0; i < 1500; i++) {
      EventQuery.Builder b = EventQuery.builder();
      int filters = r.nextInt(4);
      for (int f = 0; f < filters; f++) {
        switch (r.nextInt(16)) {
          case 0 -> b.from(FIRST.plusDays(r.nextInt(14) - 2));
          case 1 -> b.to(FIRST.plusDays(r.nextInt(14) - 2));
          case 2 -> b.actorCode(pick(r, prefixes));
          case 3 -> b.sourceCode(pick(r, prefixes));
          case 4 -> b.targetCode(pick(r, prefixes));
          case 5 -> b.actorName(pick(r, names));
          case 6 -> b.country(pick(r, countries));
          case 7 -> b.sector(pick(r, sectors));
          case 8 -> b.cameoRoot(pick(r, roots));
          case 9 -> b.cameoCode(pick(r, codes));
          case 10 -> b.ploverType(PloverType.values()[r.nextInt(PloverType.values().length)]);
          case 11 -> b.quadClass(QuadClass.values()[r.nextInt(QuadClass.values().length)]);
          case 12 -> b.text(pick(r, texts));
          case 13 -> b.docId(pick(r, docs));
          case 14 -> b.includeBackground(false);
          default -> b.minConfidence(r.nextBoolean() ? 0.6 : 0.9);
        }
      }
      b.sort(sorts.get(r.nextInt(sorts.size())), r.nextBoolean());
      b.limit(limits[r.nextInt(limits.length)]).offset(offsets[r.nextInt(offsets.length)]);
      EventQuery q;
      try {
        q = b.build();
      } catch (IllegalArgumentException e) {
        continue; // an empty date range is refused by the query itself
      }
      List<String> expected = store.events(q).stream().map(Event::eventId).toList();
      EventIndex.Page page = index.find(q);
      List<String> got = new ArrayList<>();
      for (int p : page.positions()) {
        got.add(index.eventId(p));
      }
      assertEquals(expected, got, () -> "page of " + q);
      assertEquals(store.count(q), page.total(), () -> "total of " + q);
      if (!got.isEmpty()) {
        nonEmpty++;
      }
    }
    assertTrue(nonEmpty > 500, "too few queries matched anything to be a test: " + nonEmpty);
  }

  @Test
  void valuesTheStoreHasNeverSeenMatchNothing() {
    EventIndex.Page p = index.find(EventQuery.builder().country("ZZZ").build());
    assertEquals(0, p.total());
    assertArrayEquals(new int[0], p.positions());
    assertEquals(0, index.find(EventQuery.builder().docId("missing").build()).total());
  }

  @Test
  void aPageBeyondTheEndIsEmptyWithTheTotal() {
    long total = store.count(EventQuery.builder().actorCode("PAK").build());
    EventIndex.Page p = index.find(EventQuery.builder().actorCode("PAK").offset(100_000).build());
    assertEquals(total, p.total());
    assertEquals(0, p.positions().length);
  }

  @Test
  void aWriteMakesTheIndexStale() {
    try (DyadStore s = DyadStore.inMemory()) {
      s.put(Corpus.simple("x1", LocalDate.of(2021, 5, 1)));
      EventIndex before = EventIndex.build(s, null);
      assertEquals(1, before.size());
      s.put(Corpus.simple("x2", LocalDate.of(2021, 5, 2)));
      assertTrue(s.writeCount() > before.storeWrites());
      assertEquals(2, EventIndex.build(s, null).size());
    }
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}
