package org.dyad.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static GoldItem item(String id, String level, String... labels) {
    return new GoldItem(GoldInput.of(id, "text of " + id, GoldFormats.DEFAULT_DATE), Map.of(level, Set.of(labels)));
  }

  @Test
  void microPrecisionRecallF1OverRecordLabelPairs() {
    GoldSet set = new GoldSet("g", "test", Schemes.roots(), List.of(
        item("a", Schemes.ROOT, "04", "08"),
        item("b", Schemes.ROOT, "19"),
        item("c", Schemes.ROOT)), List.of());
    List<Map<String, Set<String>>> pred = List.of(
        Map.of(Schemes.ROOT, Set.of("04")),
        Map.of(Schemes.ROOT, Set.of("18")),
        Map.of(Schemes.ROOT, Set.of("01")));
    Report r = Scorer.score(set, pred, "test coder", 0, Map.of(), 1.0, 2);
    Score s = r.score(Schemes.ROOT);
    assertEquals(new Score(3, 3, 1, 1), s);
    assertEquals(1.0 / 3, s.precision(), 1e-9);
    assertEquals(1.0 / 3, s.recall(), 1e-9);
    assertEquals(1.0 / 3, s.f1(), 1e-9);
    assertEquals(2, r.findings(Schemes.ROOT, Finding.Kind.MISS).size());
    assertEquals(2, r.findings(Schemes.ROOT, Finding.Kind.FALSE_ALARM).size());
    Finding miss = r.findings(Schemes.ROOT, Finding.Kind.MISS).get(0);
    assertEquals("a", miss.id());
    assertEquals("08", miss.label());
    assertEquals("Dyad: 04", miss.detail());
    assertEquals("text of a", miss.text());
    assertEquals("gold: nothing", r.findings(Schemes.ROOT, Finding.Kind.FALSE_ALARM).get(1).detail());
    assertEquals(new Score(1, 1, 1, 1), r.byGroup().get(Schemes.ROOT).get("04"));
    assertEquals(new Score(0, 1, 0, 0), r.byGroup().get(Schemes.ROOT).get("08"));
    assertTrue(r.toText(5).contains("MISS  08  [a] Dyad: 04"), r.toText(5));
    assertTrue(r.toMarkdown(-1).contains("| miss | 08 | a | Dyad: 04 | text of a |"));
  }

  @Test
  void emptyPredictionsScoreZeroNotNaN() {
    Score s = new Score(0, 4, 0, 0);
    assertEquals(0, s.precision());
    assertEquals(0, s.recall());
    assertEquals(0, s.f1());
    assertEquals(4, s.misses());
  }

  @Test
  void exactRecordsCompareWholeLabelSets() {
    GoldSet set = new GoldSet("g", "petrarch", Schemes.cameo(), List.of(
        new GoldItem(GoldInput.of("a", "t", GoldFormats.DEFAULT_DATE), Map.of(Schemes.CODE_DYAD, Set.of("064|ARN|GON"))),
        new GoldItem(GoldInput.of("b", "t", GoldFormats.DEFAULT_DATE), Map.of()),
        new GoldItem(GoldInput.of("c", "t", GoldFormats.DEFAULT_DATE), Map.of(Schemes.CODE_DYAD, Set.of("064|ARN|GON")))),
        List.of());
    List<Map<String, Set<String>>> pred = List.of(
        Map.of(Schemes.CODE_DYAD, Set.of("064|ARN|GON")),
        Map.of(),
        Map.of(Schemes.CODE_DYAD, Set.of("064|ARN|GON", "010|ARN|---")));
    Report r = Scorer.score(set, pred, "c", 1, Map.of(), 0, 1);
    assertEquals(2, r.exact(), "a (right) and b (nothing expected, nothing coded); c has an extra event");
    assertThrows(IllegalArgumentException.class, () -> Scorer.score(set, pred.subList(0, 2), "c", 0, Map.of(), 0, 1));
  }

  @Test
  void spansMatchExactlyOrByOverlapAndReciprocalGoldTakesEitherRole() {
    assertTrue(Scorer.matches(Level.Match.SPAN, "S:0-2", "S:0-2"));
    assertFalse(Scorer.matches(Level.Match.SPAN, "S:0-2", "T:0-2"));
    assertTrue(Scorer.matches(Level.Match.SPAN, "T:3-5", "R:3-5"));
    assertFalse(Scorer.matches(Level.Match.SPAN, "S:0-3", "S:0-2"));
    assertTrue(Scorer.matches(Level.Match.SPAN_OVERLAP, "S:0-3", "S:2-4"));
    assertFalse(Scorer.matches(Level.Match.SPAN_OVERLAP, "S:0-2", "S:2-4"), "end is exclusive");
    GoldSet set = new GoldSet("n", "conll", Schemes.spans(), List.of(new GoldItem(
        new GoldInput("x", "t", GoldFormats.DEFAULT_DATE, List.of()),
        Map.of(Schemes.SPAN_OVERLAP, Set.of("S:0-2", "T:4-6")))), List.of());
    Report r = Scorer.score(set, List.of(Map.of(Schemes.SPAN_OVERLAP, Set.of("S:1-5"))), "c", 0, Map.of(), 0, 1);
    assertEquals(new Score(1, 2, 1, 1), r.score(Schemes.SPAN_OVERLAP), "one prediction overlaps the S span; T is missed");
  }

  @Test
  void pentaClassesFollowTheConfliBertGrouping() {
    assertEquals(Optional.of("0"), Labels.pentaClass("01"));
    assertEquals(Optional.of("0"), Labels.pentaClass("0231"));
    assertEquals(Optional.of("1"), Labels.pentaClass("043"));
    assertEquals(Optional.of("2"), Labels.pentaClass("08"));
    assertEquals(Optional.of("3"), Labels.pentaClass("09"));
    assertEquals(Optional.of("3"), Labels.pentaClass("13"));
    assertEquals(Optional.of("3"), Labels.pentaClass("166"));
    assertEquals(Optional.of("4"), Labels.pentaClass("14"));
    assertEquals(Optional.of("4"), Labels.pentaClass("15"));
    assertEquals(Optional.of("4"), Labels.pentaClass("190"));
    assertEquals(Optional.empty(), Labels.pentaClass("22"));
    assertEquals("PAK", Labels.country("PAKGOV"));
    assertEquals(Labels.NONE, Labels.country("REB"));
    assertEquals(Labels.NONE, Labels.country("---"));
    assertEquals(Labels.NONE, Labels.country((String) null));
  }
}
