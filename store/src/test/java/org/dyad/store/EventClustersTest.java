package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventClustersTest {
  private static final LocalDate D = LocalDate.of(2021, 5, 16);

  /** One article in which {@code from} does {@code code} to {@code to} on {@code date}. */
  private static CodedArticle report(String docId, LocalDate date, String source, String url, String fromCode,
      String toCode, String code) {
    return CodedArticleBuilder.article(docId, date, "Alpha called Beta about the crisis.")
        .meta("Call " + docId, url, source)
        .actor("A1", "Alpha", fromCode, "ORGANIZATION", "Alpha")
        .actor("A2", "Beta", toCode, "ORGANIZATION", "Beta")
        .event(0, "called", "Alpha", "Beta", code).goldstein(1).add()
        .build();
  }

  private static CodedArticle phone(String docId, LocalDate date, String source) {
    return report(docId, date, source, "https://" + source + ".example/" + docId, "PAKGOV", "USAGOV", "041");
  }

  private static String eventId(CodedArticle a) {
    return a.events().get(0).eventId();
  }

  private static List<EventCluster> all(EventClusters c) {
    return c.list(ClusterQuery.all());
  }

  @Test
  void threeReportsOfOneCallAreOneClusterAndALaterCallIsAnother() {
    try (DyadStore store = DyadStore.inMemory()) {
      CodedArticle a = phone("a", D, "Dawn");
      CodedArticle b = phone("b", D.plusDays(1), "Reuters");
      CodedArticle c = phone("c", D.plusDays(2), "AP");
      CodedArticle later = phone("d", D.plusDays(10), "Dawn");
      store.putAll(List.of(a, b, c, later));
      EventClusters clusters = EventClusters.of(store);
      List<EventCluster> found = all(clusters);
      assertEquals(2, found.size(), found.toString());
      EventCluster first = found.get(0);
      assertEquals(3, first.mentions());
      assertEquals(3, first.articles());
      assertEquals(3, first.sources());
      assertEquals(D, first.firstDate());
      assertEquals(D.plusDays(2), first.lastDate());
      assertEquals("PAKGOV", first.sourceCode());
      assertEquals("USAGOV", first.targetCode());
      assertEquals("041", first.cameoCode());
      assertEquals(1, first.quadClass());
      assertEquals(1.0, first.goldstein());
      assertEquals(eventId(a), first.rootEventId());
      assertFalse(first.reciprocal());
      EventCluster second = found.get(1);
      assertEquals(1, second.mentions());
      assertEquals(D.plusDays(10), second.firstDate());

      assertEquals(first.clusterId(), clusters.clusterOf(eventId(b)).orElseThrow());
      assertEquals(second.clusterId(), clusters.clusterOf(eventId(later)).orElseThrow());
      assertTrue(clusters.clusterOf("e-unknown").isEmpty());
      List<ClusterMember> members = clusters.members(first.clusterId());
      assertEquals(List.of(eventId(a), eventId(b), eventId(c)), members.stream().map(ClusterMember::eventId).toList());
      assertEquals(List.of("dawn", "reuters", "ap"), members.stream().map(ClusterMember::outlet).toList());
      assertEquals("Reuters", members.get(1).source());
      assertEquals("https://Reuters.example/b", members.get(1).url());
      assertEquals(List.of(0, 1, 2), members.stream().map(ClusterMember::rank).toList());
    }
  }

  @Test
  void differentCodesAndFamiliesDoNotMergeButAGeneralCodeJoinsItsRoot() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(List.of(
          report("a", D, "Dawn", null, "PAKGOV", "USAGOV", "041"),
          report("b", D, "AP", null, "PAKGOV", "USAGOV", "042"),      // another family of root 04
          report("c", D, "AFP", null, "PAKGOV", "USAGOV", "040"),     // general: joins the first cluster of its root
          report("d", D, "BBC", null, "PAKGOV", "USAGOV", "111"),     // another root
          report("e", D, "CNN", null, "PAKGOV", "INDGOV", "041")));   // another target
      List<EventCluster> found = all(EventClusters.of(store));
      assertEquals(4, found.size(), found.toString());
      EventCluster call = found.stream().filter(x -> x.cameoCode().equals("041") && x.targetCode().equals("USAGOV"))
          .findFirst().orElseThrow();
      assertEquals(2, call.mentions());
      assertEquals("041", call.family());
    }
  }

  @Test
  void reciprocalReportsJoinOnlyForSymmetricCodes() {
    try (DyadStore store = DyadStore.inMemory()) {
      CodedArticle call = report("a", D, "Dawn", null, "PAKGOV", "USAGOV", "041");
      CodedArticle callBack = report("b", D.plusDays(1), "AP", null, "USAGOV", "PAKGOV", "041");
      CodedArticle visit = report("c", D, "Dawn", null, "PAKGOV", "USAGOV", "042");
      CodedArticle visitBack = report("d", D, "AP", null, "USAGOV", "PAKGOV", "042");
      store.putAll(List.of(call, callBack, visit, visitBack));
      EventClusters clusters = EventClusters.of(store);
      List<EventCluster> found = all(clusters);
      assertEquals(3, found.size(), found.toString());
      String callCluster = clusters.clusterOf(eventId(call)).orElseThrow();
      assertEquals(callCluster, clusters.clusterOf(eventId(callBack)).orElseThrow());
      assertTrue(clusters.cluster(callCluster).orElseThrow().reciprocal());
      assertTrue(clusters.members(callCluster).get(1).reversed());
      assertNotEquals(clusters.clusterOf(eventId(visit)), clusters.clusterOf(eventId(visitBack)));
    }
  }

  @Test
  void mentionsCountReportsArticlesCountDocumentsSourcesCountOutlets() {
    CodedArticle twice = CodedArticleBuilder.article("t", D, "Alpha called Beta.", "Alpha called Beta again.")
        .meta(null, "https://www.dawn.example/x", null)
        .actor("A1", "Alpha", "PAKGOV", "ORGANIZATION", "Alpha", "Alpha")
        .actor("A2", "Beta", "USAGOV", "ORGANIZATION", "Beta", "Beta")
        .event(0, "called", "Alpha", "Beta", "041").add()
        .event(1, "called", "Alpha", "Beta", "041").add()
        .build();
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(List.of(twice,
          report("u", D, null, "https://dawn.example/y", "PAKGOV", "USAGOV", "041"),    // same host, no source
          report("v", D, null, null, "PAKGOV", "USAGOV", "041"),                       // unknown origin
          report("w", D, " Dawn.example ", null, "PAKGOV", "USAGOV", "041")));        // source field, normalised
      EventCluster c = all(EventClusters.of(store)).get(0);
      assertEquals(5, c.mentions());
      assertEquals(4, c.articles());
      assertEquals(2, c.sources(), "dawn (three ways) and the unknown article");
    }
  }

  @Test
  void aClusterSpansAtMostTheWindow() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(List.of(phone("a", D, "A"), phone("b", D.plusDays(2), "B"), phone("c", D.plusDays(4), "C")));
      List<EventCluster> found = all(EventClusters.of(store));
      assertEquals(List.of(2, 1), found.stream().map(EventCluster::mentions).toList(),
          "day 4 is within 2 days of day 2 but not of day 0");
      List<EventCluster> wide = all(EventClusters.of(store, ClusterRules.defaults().withWindowDays(4)));
      assertEquals(List.of(3), wide.stream().map(EventCluster::mentions).toList());
      List<EventCluster> none = all(EventClusters.of(store, ClusterRules.defaults().withWindowDays(0)));
      assertEquals(3, none.size());
    }
  }

  @Test
  void undatedEventsAreClustersOfTheirOwn() {
    CodedArticle undated = CodedArticleBuilder.article("u", D, "Alpha called Beta.")
        .actor("A1", "Alpha", "PAKGOV", "ORGANIZATION", "Alpha")
        .actor("A2", "Beta", "USAGOV", "ORGANIZATION", "Beta")
        .event(0, "called", "Alpha", "Beta", "041").date(null, null, null).background(true).add()
        .build();
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(List.of(undated, phone("a", D, "A")));
      EventClusters clusters = EventClusters.of(store);
      List<EventCluster> found = all(clusters);
      assertEquals(2, found.size());
      EventCluster u = clusters.cluster(clusters.clusterOf(eventId(undated)).orElseThrow()).orElseThrow();
      assertNull(u.firstDate());
      assertEquals(1, u.mentions());
    }
  }

  @Test
  void idsAreDeterministicAndIndependentOfInsertOrder() {
    List<CodedArticle> articles = new ArrayList<>(List.of(phone("a", D, "A"), phone("b", D.plusDays(1), "B"),
        phone("c", D.plusDays(9), "C"), report("d", D, "D", null, "USAGOV", "PAKGOV", "190")));
    articles.addAll(Corpus.articles());
    List<EventCluster> first;
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(articles);
      EventClusters c = EventClusters.of(store);
      first = all(c);
      c.rebuild();
      assertEquals(first, all(c), "a rebuild gives the same clusters");
    }
    Collections.reverse(articles);
    try (DyadStore store = DyadStore.inMemory()) {
      for (CodedArticle a : articles) {
        store.put(a);
      }
      assertEquals(first, all(EventClusters.of(store)));
    }
    assertEquals(first.get(0).clusterId(), Clusterer.idFor(first.get(0).rootEventId()));
    assertTrue(first.get(0).clusterId().matches("c-[0-9a-f]{16}"));
  }

  @Test
  void clustersFollowTheStoreWithoutAnExplicitRebuild() {
    try (DyadStore store = DyadStore.inMemory()) {
      EventClusters clusters = EventClusters.of(store);
      assertTrue(all(clusters).isEmpty());
      assertTrue(clusters.isFresh());
      CodedArticle a = phone("a", D, "A");
      store.put(a);
      assertFalse(clusters.isFresh());
      assertEquals(1, all(clusters).size());
      assertTrue(clusters.isFresh());
      store.put(phone("b", D.plusDays(1), "B"));
      assertEquals(2, all(clusters).get(0).mentions());
      // re-coding an article under another outlet changes the source count
      store.put(phone("b", D.plusDays(1), "A"));
      assertEquals(1, all(clusters).get(0).sources());
      store.delete("b");
      assertEquals(1, all(clusters).get(0).mentions());
      assertFalse(clusters.ensureFresh(), "nothing changed");
      assertEquals(1, clusters.lastBuild().orElseThrow().events());
    }
  }

  @Test
  void rulesOfTheLastBuildAreKeptAndPersistInTheFile(@TempDir Path dir) {
    Path file = dir.resolve("s.duckdb");
    try (DyadStore store = DyadStore.open(file)) {
      store.putAll(List.of(phone("a", D, "A"), phone("b", D.plusDays(4), "B")));
      ClusterBuild b = EventClusters.of(store, ClusterRules.defaults().withWindowDays(5)).rebuild();
      assertEquals(2, b.events());
      assertEquals(1, b.clusters());
    }
    try (DyadStore store = DyadStore.open(file)) {
      EventClusters clusters = EventClusters.of(store);
      assertEquals(5, clusters.rules().windowDays());
      assertEquals(ClusterRules.DEFAULT_SYMMETRIC, clusters.rules().symmetricCodes());
      assertTrue(clusters.isFresh());
      assertEquals(2, all(clusters).get(0).mentions());
    }
  }

  @Test
  void listFiltersSortsAndPages() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(List.of(phone("a", D, "A"), phone("b", D.plusDays(1), "B"), phone("c", D.plusDays(20), "C"),
          report("d", D.plusDays(5), "D", null, "RUSGOV", "UKRGOV", "190")));
      EventClusters c = EventClusters.of(store);
      ClusterQuery bySize = new ClusterQuery(null, null, null, null, null, null, null, null, "mentions", true, 10, 0);
      assertEquals(List.of(2, 1, 1), c.list(bySize).stream().map(EventCluster::mentions).toList());
      assertEquals(1, c.list(new ClusterQuery(null, null, null, null, null, null, 2, null, null, false, 10, 0)).size());
      assertEquals(1, c.list(new ClusterQuery(null, null, "RUS", null, null, null, null, null, null, false, 10, 0)).size());
      assertEquals(1, c.list(new ClusterQuery(null, null, null, null, "UKR", "19", null, null, null, false, 10, 0)).size());
      assertEquals(2, c.list(new ClusterQuery(D.plusDays(1), D.plusDays(10), null, null, null, null, null, null, null,
          false, 10, 0)).size(), "the call (until day 1) and the fight (day 5)");
      assertEquals(3, c.count(ClusterQuery.all()));
      assertEquals(1, c.list(ClusterQuery.all().withPage(1, 2)).size());
      assertThrows(IllegalArgumentException.class,
          () -> new ClusterQuery(null, null, null, null, null, null, null, null, "size", false, 10, 0));
    }
  }

  @Test
  void streamingGivesEveryEventWithItsArticleAndClusterOrOneRowPerCluster() {
    try (DyadStore store = DyadStore.inMemory()) {
      CodedArticle a = phone("a", D, "Dawn");
      CodedArticle b = phone("b", D.plusDays(1), "Reuters");
      store.putAll(List.of(a, b, Corpus.articles().get(0)));
      EventClusters c = EventClusters.of(store);
      List<StoredEvent> rows = new ArrayList<>();
      long n = c.forEachEvent(EventQuery.builder().sourceCode("PAKGOV").build(), false, rows::add);
      assertEquals(2, n);
      assertEquals(List.of(eventId(a), eventId(b)), rows.stream().map(r -> r.event().eventId()).toList());
      StoredEvent r = rows.get(1);
      assertEquals(b.events().get(0), r.event());
      assertEquals("https://Reuters.example/b", r.url());
      assertEquals("Reuters", r.source());
      assertEquals("Call b", r.title());
      assertEquals(D.plusDays(1), r.articleDate());
      assertTrue(r.codedAt() != null);
      assertEquals("Alpha called Beta about the crisis.", r.sentenceText());
      assertEquals(2, r.mentions());
      assertEquals(2, r.sources());
      assertEquals(rows.get(0).clusterId(), r.clusterId());
      assertTrue(r.reports().isEmpty());

      List<StoredEvent> perCluster = new ArrayList<>();
      c.forEachEvent(EventQuery.builder().sort("date", true).build(), true, perCluster::add);
      assertEquals(3, perCluster.size(), "the call once and the two events of d1");
      StoredEvent call = perCluster.stream().filter(x -> x.event().eventId().equals(eventId(a))).findFirst().orElseThrow();
      assertEquals(List.of(eventId(a), eventId(b)), call.reports().stream().map(ClusterMember::eventId).toList());
      assertEquals("Reuters", call.reports().get(1).source());
      assertEquals(D.plusDays(1), call.reports().get(1).date());
      // filtered to the second report only, it stands for the cluster with the whole cluster's counts
      List<StoredEvent> second = new ArrayList<>();
      c.forEachEvent(EventQuery.builder().docId("b").build(), true, second::add);
      assertEquals(1, second.size());
      assertEquals(eventId(b), second.get(0).event().eventId());
      assertEquals(2, second.get(0).mentions());
      assertEquals(2, second.get(0).reports().size());
    }
  }

  @Test
  void clustererRejectsReportsOutOfOrder() {
    Clusterer c = new Clusterer(ClusterRules.defaults(), x -> { });
    c.add(new Clusterer.Report("e1", "d", 0, D.plusDays(1), "A", "B", "041", 1, "o"));
    assertThrows(IllegalStateException.class,
        () -> c.add(new Clusterer.Report("e2", "d", 1, D, "A", "B", "041", 1, "o")));
  }

  @Test
  void rulesValidateAndDescribeFamilies() {
    assertThrows(IllegalArgumentException.class, () -> new ClusterRules(-1, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new ClusterRules(2, Set.of("99")));
    assertTrue(ClusterRules.sameFamily("041", "0411"));
    assertTrue(ClusterRules.sameFamily("04", "046"));
    assertTrue(ClusterRules.sameFamily("190", "195"));
    assertFalse(ClusterRules.sameFamily("041", "042"));
    assertFalse(ClusterRules.sameFamily("041", "051"));
    assertNull(ClusterRules.parent("040"));
    assertEquals("173", ClusterRules.parent("1731"));
    assertEquals(ClusterRules.defaults(), ClusterRules.parse(2, ClusterRules.defaults().symmetricList()));
    assertEquals(Set.of(), ClusterRules.parse(2, "").symmetricCodes());
  }

  @Test
  void everyStoredEventHasACluster() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(Corpus.articles());
      EventClusters c = EventClusters.of(store);
      for (Event e : store.events(EventQuery.builder().limit(1000).build())) {
        assertTrue(c.clusterOf(e.eventId()).isPresent(), e.eventId());
      }
      assertEquals(store.countEvents(), c.lastBuild().orElseThrow().events());
    }
  }
}
