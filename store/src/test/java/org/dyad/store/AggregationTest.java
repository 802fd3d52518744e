package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.QuadClass;
import org.dyad.model.Quote;
import org.dyad.testkit.SampleArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dyads, timelines, actor summaries and quotes over the {@link Corpus}. */
class AggregationTest {
  private DyadStore store;

  @BeforeEach
  void fill() {
    store = DyadStore.inMemory();
    store.putAll(Corpus.articles());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void dyadsPerMonth() {
    List<DyadCount> got = store.dyads(EventQuery.all(), "month");
    assertEquals(List.of(
        new DyadCount("PAK", "IND", d(2021, 1, 1), 2, -4.5),
        new DyadCount("IND", "PAK", d(2021, 1, 1), 1, -4.0),
        new DyadCount("INDCOP", "INDCVL", d(2021, 1, 1), 1, -5.0),
        new DyadCount("INDMIL", "REB", d(2021, 1, 1), 1, -10.0),
        new DyadCount("IGOUNO", "PAK", d(2021, 2, 1), 1, 3.4),
        new DyadCount("CHN", "PAK", d(2021, 3, 1), 1, 7.0),
        new DyadCount("PAKGOV", "CHNGOV", d(2021, 3, 1), 1, 1.0)), got);
  }

  @Test
  void dyadsOverAllTimeIncludeUndatedEventsAndHonourFiltersAndPaging() {
    List<DyadCount> all = store.dyads(EventQuery.all(), "all");
    assertEquals(8, all.size(), "7 dated dyads plus the undated PAKMIL-REB; the event without target is left out");
    assertEquals(new DyadCount("PAK", "IND", null, 2, -4.5), all.get(0));
    assertEquals(all, store.dyads(EventQuery.all(), null));
    List<DyadCount> conflict = store.dyads(EventQuery.builder().quadClass(QuadClass.MATERIAL_CONFLICT).build(), "all");
    assertEquals(3, conflict.size());
    assertEquals(all.subList(2, 4), store.dyads(EventQuery.builder().limit(2).offset(2).build(), "all"));
    assertEquals(List.of(new DyadCount("PAK", "IND", d(2021, 1, 4), 1, -2.0), new DyadCount("PAK", "IND", d(2021, 1, 18), 1, -7.0)),
        store.dyads(EventQuery.builder().sourceCode("PAK").targetCode("IND").build(), "week"));
    assertThrows(IllegalArgumentException.class, () -> store.dyads(EventQuery.all(), "fortnight"));
  }

  @Test
  void weeklyTimelineCountsQuadClassesAndFillsGaps() {
    List<TimelinePoint> t = store.timeline(EventQuery.all(), "week");
    assertEquals(11, t.size(), "Mondays from 2021-01-04 to 2021-03-15");
    assertEquals(new TimelinePoint(d(2021, 1, 4), 4, 0, 0, 2, 2), t.get(0));
    assertEquals(new TimelinePoint(d(2021, 1, 11), 0, 0, 0, 0, 0), t.get(1));
    assertEquals(new TimelinePoint(d(2021, 1, 18), 1, 0, 0, 1, 0), t.get(2));
    assertEquals(new TimelinePoint(d(2021, 2, 15), 1, 1, 0, 0, 0), t.get(6));
    assertEquals(new TimelinePoint(d(2021, 3, 1), 2, 1, 1, 0, 0), t.get(8));
    assertEquals(new TimelinePoint(d(2021, 3, 15), 1, 1, 0, 0, 0), t.get(10));
    long total = t.stream().mapToLong(TimelinePoint::total).sum();
    assertEquals(9, total, "the undated event is not on the timeline");
    assertEquals(2, t.get(0).count(QuadClass.MATERIAL_CONFLICT));
  }

  @Test
  void monthlyAndDailyTimelinesWithFilters() {
    assertEquals(List.of(
            new TimelinePoint(d(2021, 1, 1), 5, 0, 0, 3, 2),
            new TimelinePoint(d(2021, 2, 1), 1, 1, 0, 0, 0),
            new TimelinePoint(d(2021, 3, 1), 3, 2, 1, 0, 0)),
        store.timeline(EventQuery.all(), "MONTH"));
    List<TimelinePoint> daily = store.timeline(EventQuery.builder().actorCode("IND").build(), "day");
    assertEquals(d(2021, 1, 4), daily.get(0).periodStart());
    assertEquals(d(2021, 1, 20), daily.get(daily.size() - 1).periodStart());
    assertEquals(17, daily.size());
    assertEquals(List.of(), store.timeline(EventQuery.builder().actorCode("USA").build(), "week"));
    assertThrows(IllegalArgumentException.class, () -> store.timeline(EventQuery.all(), "all"));
  }

  @Test
  void actorSummaries() {
    List<ActorSummary> all = store.actors(null, 100, 0);
    ActorSummary pak = all.get(0);
    assertEquals(new ActorSummary("Pakistan", "PAK", null, d(2021, 1, 4), d(2021, 3, 1), 4, 5), pak);
    assertEquals(List.of("CHN", "CHNGOV"), store.actors("chn", 10, 0).stream().map(ActorSummary::code).sorted().toList());
    assertEquals(List.of("Pakistan", "Pakistani army", "Pakistani government"),
        store.actors("pakistan", 10, 0).stream().map(ActorSummary::name).toList());
    assertEquals(1, store.actors(null, 1, 3).size());
    store.put(SampleArticles.diplomacy());
    ActorSummary qureshi = store.actors("qureshi", 10, 0).get(0);
    assertEquals("Foreign Minister", qureshi.role());
    assertEquals(2, qureshi.eventCount());
    assertEquals(d(2021, 5, 16), qureshi.lastSeen());
    assertThrows(IllegalArgumentException.class, () -> store.actors(null, 0, 0));
  }

  @Test
  void quotesBySpeakerNameOrCode() {
    store.put(SampleArticles.diplomacy());
    List<QuoteHit> all = store.quoteHitsBySpeaker(null, 10, 0);
    assertEquals(2, all.size());
    assertEquals(SampleArticles.DIPLOMACY_ID, all.get(0).docId(), "newest first");
    assertEquals(d(2021, 3, 20), all.get(1).date());
    List<Quote> qureshi = store.quotesBySpeaker("QURESHI", 10, 0);
    assertEquals(List.of(SampleArticles.diplomacy().quotes().get(0)), qureshi);
    assertEquals(qureshi, store.quotesBySpeaker("pakgov", 10, 0));
    assertEquals("We are ready,", store.quotesBySpeaker("TUR", 10, 0).get(0).text());
    assertEquals(List.of(), store.quotesBySpeaker("nobody", 10, 0));
    assertEquals(1, store.quotesBySpeaker(" ", 1, 1).size());
    assertEquals("TUR", store.quotesBySpeaker("turkey", 10, 0).get(0).speakerCode().value());
    assertEquals("Turkey", store.quoteHitsBySpeaker("turkey", 10, 0).get(0).quote().speakerName());
  }
}
