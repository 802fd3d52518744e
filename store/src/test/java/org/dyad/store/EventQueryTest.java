package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every {@link EventQuery} filter, paging and sorting over the {@link Corpus}. */
class EventQueryTest {
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

  private static EventQuery.Builder q() {
    return EventQuery.builder().limit(1000);
  }

  /** The trigger words of the events matching {@code query}; checks count() agrees. */
  private Set<String> triggers(EventQuery.Builder query) {
    EventQuery built = query.build();
    List<Event> events = store.events(built);
    assertEquals(events.size(), store.count(built), "count agrees with the events");
    Set<String> out = new TreeSet<>();
    for (Event e : events) {
      out.add(e.provenance().triggerText());
    }
    return out;
  }

  private static Set<String> set(String... s) {
    return new TreeSet<>(List.of(s));
  }

  @Test
  void noFilterGivesEveryEvent() {
    assertEquals(set("criticised", "rejected", "shelled", "arrested", "praised", "attacked", "met", "gave", "said",
        "threatened"), triggers(q()));
    assertEquals(10, store.count(EventQuery.all()));
  }

  @Test
  void eventsComeBackEqualToWhatWasPut() {
    List<Event> expected = new ArrayList<>();
    for (CodedArticle a : Corpus.articles()) {
      expected.addAll(a.events());
    }
    List<Event> got = store.events(q().sort("event_id", false).build());
    expected.sort((x, y) -> x.eventId().compareTo(y.eventId()));
    assertEquals(expected, got);
  }

  @Test
  void dateBoundsAreInclusiveAndSkipUndatedEvents() {
    assertEquals(set("praised", "met", "gave", "said"), triggers(q().from(LocalDate.of(2021, 2, 1))));
    assertEquals(set("criticised", "rejected", "shelled", "arrested", "threatened"), triggers(q().to(LocalDate.of(2021, 1, 31))));
    assertEquals(set("shelled", "arrested", "threatened", "praised"),
        triggers(q().between(LocalDate.of(2021, 1, 6), LocalDate.of(2021, 2, 15))));
    assertThrows(IllegalArgumentException.class, () -> q().between(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1)).build());
  }

  @Test
  void actorCodePrefixesMatchSourceOrTarget() {
    assertEquals(set("criticised", "rejected", "praised", "attacked", "met", "gave", "threatened"), triggers(q().actorCode("PAK")));
    assertEquals(set("met"), triggers(q().actorCode("pakgov")));
    assertEquals(set("rejected", "shelled", "arrested"), triggers(q().sourceCode("IND")));
    assertEquals(set("shelled", "attacked"), triggers(q().targetCode("REB")));
    assertEquals(set("criticised", "threatened"), triggers(q().sourceCode("PAK").targetCode("IND")));
    assertThrows(IllegalArgumentException.class, () -> q().actorCode("PAK%").build());
  }

  @Test
  void actorNameIsACaseInsensitiveSubstringOfNameOrWords() {
    assertEquals(set("shelled", "attacked"), triggers(q().actorName("ARMY")));
    assertEquals(set("praised"), triggers(q().actorName("united")));
    assertEquals(set("met"), triggers(q().actorName("officials")), "the words, not only the name");
    assertEquals(set(), triggers(q().actorName("'; DROP TABLE events; --")));
    assertEquals(10, store.countEvents(), "parameters are never SQL");
  }

  @Test
  void countryAndSector() {
    assertEquals(set("met", "gave"), triggers(q().country("CHN")));
    assertEquals(set("praised"), triggers(q().country("IGO")));
    assertEquals(set("met"), triggers(q().sector("GOV")));
    assertEquals(set("shelled", "attacked"), triggers(q().sector("MIL")));
    assertEquals(set("shelled", "attacked"), triggers(q().sector("REB")), "a sector-only code");
  }

  @Test
  void cameoRootCodePloverAndQuadClass() {
    assertEquals(set("shelled", "attacked"), triggers(q().cameoRoot("19")));
    assertEquals(set("gave"), triggers(q().cameoCode("07")));
    assertEquals(set("praised", "met", "gave", "said"), triggers(q().cameoCode("0")));
    assertEquals(set("met"), triggers(q().cameoCode("040")));
    assertEquals(set("shelled", "attacked"), triggers(q().ploverType(PloverType.ASSAULT)));
    assertEquals(set("arrested"), triggers(q().ploverType(PloverType.COERCE)));
    assertEquals(set("shelled", "arrested", "attacked"), triggers(q().quadClass(QuadClass.MATERIAL_CONFLICT)));
    assertEquals(set("gave"), triggers(q().quadClass(QuadClass.MATERIAL_COOPERATION)));
    assertThrows(IllegalArgumentException.class, () -> q().cameoRoot("4").build());
    assertThrows(IllegalArgumentException.class, () -> q().cameoCode("04x").build());
  }

  @Test
  void textDocumentBackgroundAndConfidence() {
    assertEquals(set("shelled"), triggers(q().text("KASHMIR")));
    assertEquals(set(), triggers(q().text("%")), "no LIKE wildcards");
    assertEquals(set("met", "gave"), triggers(q().docId("d4")));
    assertEquals(9, triggers(q().includeBackground(false)).size());
    assertTrue(!triggers(q().includeBackground(false)).contains("attacked"));
    assertEquals(9, triggers(q().minConfidence(0.8)).size());
    assertTrue(!triggers(q().minConfidence(0.8)).contains("met"));
    assertThrows(IllegalArgumentException.class, () -> q().minConfidence(1.5).build());
  }

  @Test
  void filtersCombine() {
    assertEquals(set("criticised", "rejected", "threatened"), triggers(q().actorCode("PAK").quadClass(QuadClass.VERBAL_CONFLICT)));
    assertEquals(set("criticised", "rejected"),
        triggers(q().actorCode("PAK").quadClass(QuadClass.VERBAL_CONFLICT).to(LocalDate.of(2021, 1, 10))));
  }

  @Test
  void pagesCoverTheSortedListExactlyOnce() {
    List<Event> all = store.events(q().build());
    assertEquals(10, all.size());
    List<Event> paged = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      List<Event> p = store.events(q().page(page, 3).build());
      assertTrue(p.size() <= 3);
      paged.addAll(p);
    }
    assertEquals(all, paged);
    assertEquals(List.of(), store.events(q().offset(10).build()));
    assertEquals(10, store.count(q().limit(2).offset(4).build()), "count ignores the page");
    assertThrows(IllegalArgumentException.class, () -> q().limit(0).build());
    assertThrows(IllegalArgumentException.class, () -> q().offset(-1).build());
  }

  @Test
  void sortingByWhitelistedFields() {
    List<Event> byGoldsteinDesc = store.events(q().sort("goldstein", true).build());
    assertEquals("gave", byGoldsteinDesc.get(0).provenance().triggerText());
    for (int i = 1; i < byGoldsteinDesc.size(); i++) {
      assertTrue(byGoldsteinDesc.get(i - 1).goldstein() >= byGoldsteinDesc.get(i).goldstein());
    }
    // ties (-10) are broken by document: d2's shelling before d3's attack
    assertEquals(List.of("shelled", "attacked"),
        byGoldsteinDesc.subList(8, 10).stream().map(e -> e.provenance().triggerText()).toList());

    List<Event> byDate = store.events(q().build());
    assertEquals("criticised", byDate.get(0).provenance().triggerText());
    assertEquals("attacked", byDate.get(9).provenance().triggerText(), "undated last");
    List<Event> byDateDesc = store.events(q().sort("DATE", true).build());
    assertEquals("said", byDateDesc.get(0).provenance().triggerText());
    assertEquals("attacked", byDateDesc.get(9).provenance().triggerText(), "undated last either way");

    List<Event> byCameo = store.events(q().sort("cameo", false).build());
    assertEquals("010", byCameo.get(0).cameo().value(), "codes sort as text, leading zeros kept");
    for (String field : EventQuery.SORT_FIELDS) {
      assertEquals(10, store.events(q().sort(field, true).build()).size(), field);
    }
  }

  @Test
  void unknownSortFieldsAreRejected() {
    for (String bad : List.of("sentence_text", "date; DROP TABLE events", "1", "", "random()")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q().sort(bad, false).build());
      assertTrue(e.getMessage().contains("cannot sort by"), e.getMessage());
    }
  }

  @Test
  void toBuilderKeepsEveryField() {
    EventQuery a = q().between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1)).actorCode("pak").sourceCode("PAK")
        .targetCode("IND").actorName("x").country("PAK").sector("GOV").cameoRoot("11").cameoCode("111")
        .ploverType(PloverType.ACCUSE).quadClass(QuadClass.VERBAL_CONFLICT).text("t").docId("d").includeBackground(false)
        .minConfidence(0.1).sort("goldstein", true).limit(7).offset(3).build();
    assertEquals(a, a.toBuilder().build());
    assertEquals("PAK", a.actorCode());
  }
}
