package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;
import org.dyad.testkit.DyadAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The acceptance bar on the article Dyad was founded on (samples/dawn-2021-05-17.txt): what a
 * careful analyst extracts from it, written here as assertions.
 */
@Tag("corenlp")
class SeedAcceptanceTest {
  static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 17);
  static final LocalDate SUNDAY = LocalDate.of(2021, 5, 16);
  static DyadPipeline pipeline;
  static CodedArticle coded;

  @BeforeAll
  static void codeSeed() throws Exception {
    pipeline = PipelineFixture.pipeline();
    String text = Files.readString(Path.of("..", "samples", "dawn-2021-05-17.txt"));
    coded = pipeline.code(Article.of("dawn-2021-05-17-qureshi-blinken", text, PUBLISHED));
  }

  @Test
  void articleIsValidThroughout() {
    assertTrue(coded.errors().isEmpty(), () -> "errors: " + coded.errors());
    DyadAssertions.assertValidCodedArticle(coded);
  }

  @Test
  void keyActorsResolveToTheirCodes() {
    Map<String, String> expected = Map.of(
        "Qureshi", "PAKGOV", "Blinken", "USAGOV", "Bajwa", "PAKMIL", "Taliban", "AFGREB");
    for (var e : expected.entrySet()) {
      Actor a = actorNamed(e.getKey());
      assertEquals(e.getValue(), a.code().value(), () -> "code of " + a);
    }
    assertEquals("Foreign Minister", actorNamed("Qureshi").role());
    assertEquals("Secretary of State", actorNamed("Blinken").role());
    Actor fo = actorNamed("Foreign Office");
    assertEquals("PAKGOV", fo.code().value());
    assertTrue(fo.mentions().stream().anyMatch(m -> m.text().endsWith("FO")), "the FO is the Foreign Office");
    assertTrue(coded.actors().stream().anyMatch(a -> a.code().value().equals("AFGGOV")), "Afghan government");
  }

  @Test
  void laterMentionsResolveToTheSameActor() {
    Actor qureshi = actorNamed("Qureshi");
    Set<String> texts = qureshi.mentions().stream().map(Mention::text).collect(Collectors.toSet());
    assertTrue(texts.contains("Mr Qureshi"), texts::toString);
    assertTrue(texts.contains("The foreign minister"), texts::toString);
    assertTrue(texts.contains("He"), texts::toString);
    Actor blinken = actorNamed("Blinken");
    assertTrue(blinken.mentions().stream().anyMatch(m -> m.text().contains("counterpart")),
        () -> "his US counterpart → Blinken: " + blinken.mentions());
  }

  @Test
  void e1QureshiCallsBlinkenOnSunday() {
    Event e = find("PAKGOV", "USAGOV", "04", Set.of("041", "040"));
    assertEquals(SUNDAY, e.date(), () -> DyadAssertions.describe(e));
  }

  @Test
  void e2PakistanWantsCooperationWithTheUs() {
    Event e = find("PAKGOV", "USA", "03", Set.of("030", "031", "0311"));
    assertEquals(SUNDAY, e.date(), () -> DyadAssertions.describe(e));
  }

  @Test
  void e3BlinkenSpokeWithBajwaEarlier() {
    Event e = find("USAGOV", "PAKMIL", "04", Set.of("040", "041"));
    assertNotEquals(SUNDAY, e.date(), () -> DyadAssertions.describe(e));
    assertTrue(e.date() == null || e.date().isBefore(SUNDAY), () -> DyadAssertions.describe(e));
  }

  @Test
  void e4FightingBetweenTalibanAndAfghanGovernment() {
    List<Event> fights = coded.events().stream()
        .filter(e -> e.cameo().value().equals("190"))
        .filter(e -> e.target() != null)
        .filter(e -> Set.of(e.source().code().value(), e.target().code().value()).equals(Set.of("AFGREB", "AFGGOV")))
        .toList();
    assertFalse(fights.isEmpty(), this::allEvents);
    assertEquals(SUNDAY, fights.get(0).date());
  }

  @Test
  void shouldEventsE6ToE9() {
    Event e6 = find("PAKJUD", "PAK", "08", Set.of("0841", "084"));
    assertNotEquals(SUNDAY, e6.date(), () -> DyadAssertions.describe(e6));
    assertTrue(coded.events().stream().anyMatch(e -> e.source().code().value().startsWith("PAK") && e.target() != null
        && e.target().code().value().startsWith("AFG") && Set.of("051", "050").contains(e.cameo().value())), this::allEvents);
    Event e8 = find("PAKGOV", "USA", "02", Set.of("0256", "025", "020"));
    assertEquals(SUNDAY, e8.date(), () -> DyadAssertions.describe(e8));
    assertTrue(coded.events().stream().anyMatch(e -> e.source().code().value().startsWith("PAK") && e.target() != null
        && e.target().code().value().startsWith("AFG") && e.cameo().value().equals("045")), this::allEvents);
  }

  @Test
  void quotesHaveTheirSpeakers() {
    Map<String, Set<String>> expected = Map.of(
        "a broad-based and comprehensive", Set.of("Qureshi"),
        "bilateral relations and important regional developments", Set.of("Qureshi", "Blinken", "Foreign Office"),
        "close economic cooperation", Set.of("Qureshi"),
        "three central pillars", Set.of("Qureshi"),
        "Foreign Minister Qureshi reaffirmed", Set.of("Foreign Office"),
        "responsible withdrawal", Set.of("Qureshi"),
        "indispensable", Set.of("Qureshi"),
        "He reaffirmed the resolve", Set.of("Foreign Office"));
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (var e : expected.entrySet()) {
      Quote q = coded.quotes().stream().filter(x -> x.text().startsWith(e.getKey())).findFirst().orElse(null);
      if (q != null && q.speakerName() != null && e.getValue().stream().anyMatch(q.speakerName()::contains)) {
        right++;
      } else {
        wrong.add(e.getKey() + " → " + (q == null ? "not found" : q.speakerName()));
      }
    }
    assertEquals(8, coded.quotes().size(), () -> "quotes: " + coded.quotes());
    int correct = right;
    assertTrue(correct >= 6, () -> correct + " of 8 right; wrong: " + wrong);
  }

  @Test
  void datesAreResolved() {
    Map<String, String> values = coded.dates().stream()
        .collect(Collectors.toMap(TimeExpression::text, t -> String.valueOf(t.value()), (a, b) -> a));
    assertEquals("2021-05-16", values.get("Sunday"));
    assertEquals("2021-01", values.get("January"));
    assertEquals("2021-01-29", values.get("Jan 29"));
  }

  @Test
  void nothingOnTheMustNotList() {
    Set<String> commonNouns = Set.of("ties", "need", "phone", "Sunday", "January", "Jan 29", "two", "second");
    for (Event e : coded.events()) {
      for (Participant p : e.target() == null ? List.of(e.source()) : List.of(e.source(), e.target())) {
        assertFalse(commonNouns.contains(p.text()), () -> "participant is not an actor: " + DyadAssertions.describe(e));
        assertFalse(p.text().matches(".*\\d.*"), () -> "participant is a number or date: " + DyadAssertions.describe(e));
      }
      String trigger = e.provenance().triggerText().toLowerCase();
      if (trigger.startsWith("abduct") || trigger.startsWith("murder")) {
        assertTrue(e.background(), () -> "Pearl's murder is background: " + DyadAssertions.describe(e));
        assertTrue(e.date() == null || e.date().getYear() < 2021, () -> DyadAssertions.describe(e));
      }
    }
    for (Actor a : coded.actors()) {
      for (Mention m : a.mentions()) {
        if (m.text().contains("Washington")) {
          assertTrue(a.code().value().startsWith("USA"), () -> "Washington is the US government: " + a);
        }
      }
    }
  }

  private Event find(String source, String targetPrefix, String root, Set<String> codes) {
    return coded.events().stream()
        .filter(e -> e.source().code().value().equals(source))
        .filter(e -> e.target() != null && e.target().code().value().startsWith(targetPrefix))
        .filter(e -> e.cameo().root().equals(root) && codes.contains(e.cameo().value()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + source + " → " + targetPrefix + " " + codes + " among:\n" + allEvents()));
  }

  private String allEvents() {
    return coded.events().stream().map(DyadAssertions::describe).collect(Collectors.joining("\n"));
  }

  private Actor actorNamed(String part) {
    return coded.actors().stream().filter(a -> a.name().contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named like " + part + " among " + coded.actors()));
  }
}
