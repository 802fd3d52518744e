package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.model.CameoCode;
import org.dyad.model.PloverType;
import org.junit.jupiter.api.Test;

class PloverMappingTest {
  private static final PloverMapping MAP = PloverMapping.loadDefault();
  private static final CameoCodebook BOOK = CameoCodebook.loadDefault();

  private static PloverEntry at(String code) {
    return MAP.get(CameoCode.of(code));
  }

  private static void assertMapping(String code, PloverType type, String mode) {
    PloverEntry e = MAP.exact(CameoCode.of(code)).orElseThrow(() -> new AssertionError("no row " + code));
    assertEquals(type, e.type(), code);
    assertEquals(mode, e.mode(), code);
  }

  // ---- the shipped table ----

  @Test
  void everyCodebookCodeHasExactlyOneRow() {
    Set<String> book = BOOK.all().stream().map(e -> e.code().value()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> map = MAP.all().stream().map(e -> e.code().value()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(book, map);
    assertEquals(BOOK.size(), MAP.size());
    assertEquals(BOOK.version(), MAP.version());
    assertSame(MAP, PloverMapping.loadDefault());
  }

  @Test
  void everyCodeHasATypeAndAModeOfThatType() {
    for (CameoEntry c : BOOK.all()) {
      PloverEntry e = MAP.exact(c.code()).orElseThrow();
      assertNotNull(e.type(), c.code().value());
      assertTrue(e.mode().isEmpty() || PloverMapping.modes(e.type()).contains(e.mode()),
          c.code() + " " + e.type() + "/" + e.mode());
    }
  }

  @Test
  void allSixteenTypesAreUsed() {
    Set<PloverType> used = MAP.all().stream().map(PloverEntry::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PloverType.class)));
    assertEquals(EnumSet.allOf(PloverType.class), used);
  }

  @Test
  void rootsFollowThePloverCategories() {
    String[][] expected = {
        {"03", "AGREE"}, {"04", "CONSULT"}, {"05", "SUPPORT"}, {"06", "COOPERATE"}, {"07", "AID"},
        {"08", "CONCEDE"}, {"09", "ACCUSE"}, {"10", "REQUEST"}, {"11", "ACCUSE"}, {"12", "REJECT"},
        {"13", "THREATEN"}, {"14", "PROTEST"}, {"15", "MOBILIZE"}, {"16", "SANCTION"},
        {"17", "COERCE"}, {"18", "ASSAULT"}, {"19", "ASSAULT"}, {"20", "ASSAULT"}};
    for (String[] r : expected) {
      assertEquals(PloverType.valueOf(r[1]), at(r[0]).type(), r[0]);
    }
  }

  @Test
  void wellKnownMappings() {
    assertMapping("041", PloverType.CONSULT, "phone");
    assertMapping("042", PloverType.CONSULT, "visit");
    assertMapping("044", PloverType.CONSULT, "third-party");
    assertMapping("0841", PloverType.RETREAT, "release");
    assertMapping("0871", PloverType.RETREAT, "ceasefire");
    assertMapping("0811", PloverType.CONCEDE, "");
    assertMapping("091", PloverType.ACCUSE, "investigate");
    assertMapping("1121", PloverType.ACCUSE, "allege");
    assertMapping("106", PloverType.REQUEST, "meet");
    assertMapping("1246", PloverType.REJECT, "yield");
    assertMapping("1382", PloverType.THREATEN, "territory");
    assertMapping("145", PloverType.PROTEST, "riot");
    assertMapping("154", PloverType.MOBILIZE, "troops");
    assertMapping("166", PloverType.SANCTION, "expel");
    assertMapping("173", PloverType.COERCE, "arrest");
    assertMapping("1724", PloverType.COERCE, "martial-law");
    assertMapping("181", PloverType.ASSAULT, "abduct");
    assertMapping("1831", PloverType.ASSAULT, "suicide-attack");
    assertMapping("186", PloverType.ASSAULT, "targeted");
    assertMapping("190", PloverType.ASSAULT, "");
    assertMapping("193", PloverType.ASSAULT, "firearms");
    assertMapping("194", PloverType.ASSAULT, "heavy-weapons");
    assertMapping("2041", PloverType.ASSAULT, "unconventional");
    PloverEntry none = at("190");
    assertTrue(!none.hasMode() && none.modeOrNull() == null);
    assertEquals("phone", at("041").modeOrNull());
  }

  @Test
  void fallsBackToNearestParentThenRoot() {
    assertEquals("121", at("1213").code().value());
    assertEquals(PloverType.REJECT, at("1213").type());
    assertEquals("011", at("0110").code().value());
    assertEquals("19", at("199").code().value());
    assertEquals("19", at("1999").code().value());
    assertEquals("041", at("041").code().value());
    assertTrue(MAP.exact(CameoCode.of("1213")).isEmpty());
  }

  @Test
  void modeVocabulary() {
    assertTrue(PloverMapping.modes(PloverType.AGREE).isEmpty());
    assertTrue(PloverMapping.modes(PloverType.CONSULT).containsAll(Set.of("phone", "visit", "third-party", "multilateral")));
    assertTrue(PloverMapping.modes(PloverType.ASSAULT).containsAll(Set.of("beat", "firearms", "explosives", "aerial", "primitive")));
    assertThrows(UnsupportedOperationException.class, () -> PloverMapping.modes(PloverType.COERCE).add("x"));
  }

  // ---- small fixtures ----

  private static final String HEAD = "#version\tp-1\ncode\ttype\tmode\tbasis\tnote\n";

  /** Rows for all twenty roots (lines 3 to 22 after HEAD). */
  private static String roots() {
    StringBuilder b = new StringBuilder();
    for (int r = 1; r <= 20; r++) {
      b.append(String.format("%02d", r)).append("\tCONSULT\t\tours\tfixture root\n");
    }
    return b.toString();
  }

  private static PloverMapping load(String text) {
    return PloverMapping.load(new StringReader(text), "map.tsv");
  }

  private static String failure(String text) {
    return assertThrows(IllegalArgumentException.class, () -> load(text)).getMessage();
  }

  @Test
  void loadsAFixtureAndReadsOlderTypeNames() {
    PloverMapping m = load(HEAD + roots() + "190\tFIGHT\tfirearms\tupdated\told name\n100\tDEMAND\t\tref\n"
        + "041\tCONSULT\tphone\tref\t\n");
    assertEquals(23, m.size());
    assertEquals("p-1", m.version());
    assertEquals(PloverType.ASSAULT, m.get(CameoCode.of("190")).type());
    assertEquals(PloverType.REQUEST, m.get(CameoCode.of("1001")).type());
    assertEquals("phone", m.get(CameoCode.of("0411")).mode());
    assertEquals("041", m.get(CameoCode.of("0411")).code().value());
  }

  @Test
  void badRowNamesTheLine() {
    String m = failure(HEAD + roots() + "041\tCONSULT\n");
    assertTrue(m.startsWith("map.tsv line 23:") && m.contains("columns"), m);
  }

  @Test
  void duplicateNamesBothLines() {
    String m = failure(HEAD + roots() + "041\tCONSULT\tphone\tref\n041\tCONSULT\tvisit\tref\n");
    assertTrue(m.startsWith("map.tsv line 24:") && m.contains("duplicate code 041") && m.contains("first on line 23"), m);
  }

  @Test
  void typeAndModeAreChecked() {
    String t = failure(HEAD + roots() + "041\tGOSSIP\t\tref\n");
    assertTrue(t.startsWith("map.tsv line 23:") && t.contains("unknown PLOVER type 'GOSSIP'"), t);
    String m = failure(HEAD + roots() + "041\tCONSULT\tfirearms\tref\n");
    assertTrue(m.startsWith("map.tsv line 23:") && m.contains("'firearms' is not a PLOVER mode of CONSULT"), m);
    String a = failure(HEAD + roots() + "030\tAGREE\tdiplomatic\tref\n");
    assertTrue(a.contains("allowed: none"), a);
  }

  @Test
  void basisAndNoteAreChecked() {
    assertTrue(failure(HEAD + roots() + "041\tCONSULT\tphone\tguess\tx\n").startsWith("map.tsv line 23: basis 'guess'"));
    assertTrue(failure(HEAD + roots() + "041\tCONSULT\tphone\trevised\t\n").contains("line 23: code 041 has basis 'revised' but no note"));
  }

  @Test
  void parentsAndRootsMustBePresent() {
    String p = failure(HEAD + roots() + "0411\tCONSULT\tphone\tref\n");
    assertTrue(p.startsWith("map.tsv line 23:") && p.contains("parent code 041"), p);
    String r = failure(HEAD + roots().replace("07\tCONSULT\t\tours\tfixture root\n", ""));
    assertTrue(r.contains("map.tsv") && r.contains("root code 07 is missing"), r);
    assertTrue(failure("code\ttype\tmode\tbasis\tnote\n" + roots()).contains("#version"));
  }
}
