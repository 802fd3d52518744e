package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.dyad.model.CameoCode;
import org.dyad.model.QuadClass;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
  private static final CameoCodebook BOOK = CameoCodebook.loadDefault();

  // ---- the shipped table ----

  @Test
  void defaultTableHasEveryCode() {
    // The GDELT CAMEO set has 310 codes because a broken line in its lookup table swallows 106
    // ("Demand meeting, negotiation" in CAMEO 1.1b3); ours restores it: 310 + 1.
    assertEquals(311, BOOK.size());
    assertEquals(311, BOOK.all().size());
    assertEquals("2026.11.29-1", BOOK.version());
    assertEquals(CameoCodebook.DEFAULT_RESOURCE, BOOK.source());
    assertSame(BOOK, CameoCodebook.loadDefault());
  }

  @Test
  void countsByLevel() {
    long roots = BOOK.all().stream().filter(e -> e.code().value().length() == 2).count();
    long three = BOOK.all().stream().filter(e -> e.code().value().length() == 3).count();
    long four = BOOK.all().stream().filter(e -> e.code().value().length() == 4).count();
    assertEquals(20, roots);
    assertEquals(311, roots + three + four);
    assertTrue(four > 100, "4-digit codes: " + four);
  }

  @Test
  void everyRootPresent() {
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      CameoEntry e = BOOK.require(root);
      assertTrue(e.isRoot(), root);
      assertEquals(QuadClass.ofRoot(r), e.quadClass(), root);
    }
  }

  @Test
  void quadClassMatchesRootForAll() {
    for (CameoEntry e : BOOK.all()) {
      int root = Integer.parseInt(e.code().value().substring(0, 2));
      int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      assertEquals(expected, e.quadClass().number(), e.code().value());
    }
  }

  @Test
  void everyChildHasItsParentAndCodesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (CameoEntry e : BOOK.all()) {
      assertTrue(seen.add(e.code().value()), "duplicate " + e.code());
      CameoCodebook.parent(e.code()).ifPresent(p ->
          assertTrue(BOOK.get(p).isPresent(), "parent of " + e.code()));
      assertTrue(e.goldstein() >= -10 && e.goldstein() <= 10, e.code().value());
      assertFalse(e.name().isBlank());
    }
  }

  @Test
  void wellKnownFacts() {
    CameoEntry phone = BOOK.require("041");
    assertEquals(1.0, phone.goldstein());
    assertTrue(phone.name().toLowerCase().contains("telephone"), phone.name());
    assertEquals(QuadClass.VERBAL_COOPERATION, phone.quadClass());
    assertEquals(10.0, BOOK.goldstein("0874"));
    assertEquals(8.0, BOOK.goldstein("057"));
    assertEquals(-5.0, BOOK.goldstein("173"));
    assertEquals(-10.0, BOOK.goldstein("190"));
    assertEquals(-10.0, BOOK.goldstein("1823"));
    assertEquals(-0.1, BOOK.goldstein("011"));
    assertEquals(-4.4, BOOK.goldstein("130"));
    assertEquals(QuadClass.MATERIAL_COOPERATION, BOOK.require("0841").quadClass());
    assertEquals(QuadClass.VERBAL_CONFLICT, BOOK.require("145").quadClass());
    assertEquals(QuadClass.MATERIAL_CONFLICT, BOOK.require("2042").quadClass());
    CameoEntry meet = BOOK.require("106");
    assertEquals(-5.0, meet.goldstein());
    assertTrue(meet.name().toLowerCase().contains("meeting"), meet.name());
    assertTrue(BOOK.require("105").name().toLowerCase().contains("yield"));
  }

  @Test
  void lookupsOfUnknownCodes() {
    assertTrue(BOOK.get("0999").isEmpty());
    assertTrue(BOOK.get("abc").isEmpty());
    assertTrue(BOOK.get(CameoCode.of("1951")).isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BOOK.require("0999"));
    assertTrue(e.getMessage().contains("'0999'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BOOK.goldstein("1951"));
    assertEquals("011", BOOK.nearest(CameoCode.of("0110")).orElseThrow().code().value());
    assertEquals("195", BOOK.nearest(CameoCode.of("1951")).orElseThrow().code().value());
    assertEquals("19", BOOK.nearest(CameoCode.of("199")).orElseThrow().code().value());
  }

  @Test
  void allIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> BOOK.all().clear());
  }

  // ---- small fixtures ----

  private static final String HEAD = "# test table\n#version\tt-1\ncode\troot\tquad\tgoldstein\tname\n";

  private static CameoCodebook load(String text) {
    return CameoCodebook.load(new StringReader(text), "fixture.tsv");
  }

  private static String failure(String text) {
    return assertThrows(IllegalArgumentException.class, () -> load(text)).getMessage();
  }

  @Test
  void loadsAWellFormedFixture() {
    CameoCodebook b = load(HEAD + "04\t04\t1\t1.0\tConsult\n\n041\t04\t1\t1.0\tPhone\r\n0411\t04\t1\t+1.5\tPhone call\n"
        + "# a comment between rows\n19\t19\t4\t-10\tFight\n");
    assertEquals(4, b.size());
    assertEquals("t-1", b.version());
    assertEquals(1.5, b.goldstein("0411"));
    assertEquals("Phone", b.require("041").name());
    assertEquals(QuadClass.MATERIAL_CONFLICT, b.require("19").quadClass());
  }

  @Test
  void rowWithTooFewColumnsNamesTheLine() {
    String m = failure(HEAD + "04\t04\t1\t1.0\tConsult\n041\t04\t1.0\tPhone\n");
    assertTrue(m.startsWith("fixture.tsv line 5:"), m);
    assertTrue(m.contains("columns"), m);
  }

  @Test
  void duplicateNamesBothLines() {
    String m = failure(HEAD + "04\t04\t1\t1.0\tConsult\n041\t04\t1\t1.0\tPhone\n041\t04\t1\t1.0\tPhone again\n");
    assertTrue(m.startsWith("fixture.tsv line 6:"), m);
    assertTrue(m.contains("duplicate code 041") && m.contains("first on line 5"), m);
  }

  @Test
  void quadClassInconsistentWithRoot() {
    String m = failure(HEAD + "04\t04\t1\t1.0\tConsult\n041\t04\t3\t1.0\tPhone\n");
    assertTrue(m.startsWith("fixture.tsv line 5:"), m);
    assertTrue(m.contains("quad class 3") && m.contains("expected 1"), m);
    assertTrue(failure(HEAD + "04\t04\tone\t1.0\tConsult\n").startsWith("fixture.tsv line 4:"));
  }

  @Test
  void otherRowErrors() {
    assertTrue(failure(HEAD + "04\t05\t1\t1.0\tConsult\n").contains("line 4: root '05'"));
    assertTrue(failure(HEAD + "04\t04\t1\t11.0\tConsult\n").contains("line 4: Goldstein value 11.0"));
    assertTrue(failure(HEAD + "04\t04\t1\tNaN\tConsult\n").contains("line 4: Goldstein value NaN"));
    assertTrue(failure(HEAD + "04\t04\t1\tx\tConsult\n").contains("line 4: Goldstein value 'x'"));
    assertTrue(failure(HEAD + "04\t04\t1\t1.0\t\n").contains("line 4: empty name"));
    assertTrue(failure(HEAD + "4a\t04\t1\t1.0\tConsult\n").contains("line 4: not a CAMEO event code"));
    assertTrue(failure(HEAD + "21\t21\t4\t1.0\tNo such root\n").contains("line 4:"));
    assertTrue(failure(HEAD + "04\t04\t1\t1.0\tConsult\n041\t04\t1\t1.0\tPhone\textra\n").contains("line 5:"));
  }

  @Test
  void missingParentIsReportedOnTheChildsLine() {
    String m = failure(HEAD + "04\t04\t1\t1.0\tConsult\n0411\t04\t1\t1.0\tPhone call\n");
    assertTrue(m.startsWith("fixture.tsv line 5:") && m.contains("parent code 041"), m);
    String r = failure(HEAD + "041\t04\t1\t1.0\tPhone\n");
    assertTrue(r.startsWith("fixture.tsv line 4:") && r.contains("parent code 04"), r);
  }

  @Test
  void versionAndHeaderAreRequired() {
    String noVersion = failure("# no version\ncode\troot\tquad\tgoldstein\tname\n04\t04\t1\t1.0\tConsult\n");
    assertTrue(noVersion.contains("fixture.tsv") && noVersion.contains("#version"), noVersion);
    assertTrue(failure("#version 1\ncode\troot\tquad\tgoldstein\tname\n").contains("line 1: malformed version line"));
    assertTrue(failure("#version\tv1\n#version\tv2\ncode\troot\tquad\tgoldstein\tname\n").contains("line 2: second"));
    assertTrue(failure("#version\tv1\ncode,root,quad,goldstein,name\n").contains("line 2: expected header row"));
    assertTrue(failure("#version\tv1\n").contains("no header row"));
  }
}
