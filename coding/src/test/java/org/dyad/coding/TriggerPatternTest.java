package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CameoCode;
import org.junit.jupiter.api.Test;

class TriggerPatternTest {
  private static TriggerPattern p(String code, String lemma, String requires, int line) {
    List<Requirement> reqs = new ArrayList<>();
    if (!requires.equals("-")) {
      for (String r : requires.split(";")) {
        reqs.add(Requirement.parse(r));
      }
    }
    return TriggerPattern.of(CameoCode.of(code), 'V', lemma, reqs, "", line);
  }

  @Test
  void idNamesCodePosLemmaAndRequirements() {
    assertEquals("041/V/talk/obl:phone|telephone", p("041", "talk", "obl:phone|telephone", 3).id());
    assertEquals("040/V/talk/-", p("040", "talk", "-", 4).id());
    assertEquals("0211/V/urge/tree:economic;tree:cooperation|tie", p("0211", "urge", "tree:economic;tree:cooperation|tie", 5).id());
  }

  @Test
  void fallbackAndCounts() {
    TriggerPattern bare = p("040", "talk", "-", 1);
    assertTrue(bare.isFallback());
    assertEquals("-", bare.requiresText());
    TriggerPattern mixed = p("0311", "desire", "obj:partnership;tree:trade", 2);
    assertFalse(mixed.isFallback());
    assertEquals(1, mixed.directRequirements());
    assertEquals("obj:partnership;tree:trade", mixed.requiresText());
  }

  @Test
  void codeSpecificityRanksFourDigitThreeDigitResidualAndRoot() {
    assertEquals(3, p("0256", "urge", "-", 1).codeSpecificity());
    assertEquals(2, p("026", "urge", "-", 1).codeSpecificity());
    assertEquals(1, p("020", "urge", "-", 1).codeSpecificity());
    assertEquals(1, p("190", "attack", "-", 1).codeSpecificity());
    assertEquals(0, p("02", "plea", "-", 1).codeSpecificity());
  }

  @Test
  void mostSpecificFirstOrdering() {
    TriggerPattern fallback = p("020", "call", "-", 1);
    TriggerPattern residualDirect = p("020", "call", "prep:on|for", 2);
    TriggerPattern specificTree = p("0253", "call", "tree:release", 3);
    TriggerPattern specificDirect = p("0253", "call", "obl:release", 9);
    TriggerPattern two = p("0254", "call", "tree:lift;tree:sanction", 10);
    TriggerPattern laterSame = p("0256", "call", "tree:ceasefire", 11);
    List<TriggerPattern> list = new ArrayList<>(List.of(fallback, residualDirect, laterSame, specificTree, two, specificDirect));
    list.sort(TriggerPattern.MOST_SPECIFIC_FIRST);
    assertEquals(List.of(two, specificDirect, specificTree, laterSame, residualDirect, fallback), list);
  }

  @Test
  void posOfPennTags() {
    assertEquals('V', TriggerPattern.posOfTag("VBD"));
    assertEquals('V', TriggerPattern.posOfTag("VB"));
    assertEquals('N', TriggerPattern.posOfTag("NNS"));
    assertEquals('N', TriggerPattern.posOfTag("NNP"));
    assertEquals(0, TriggerPattern.posOfTag("JJ"));
    assertEquals(0, TriggerPattern.posOfTag(null));
  }

  @Test
  void validatesItsFields() {
    CameoCode c = CameoCode.of("040");
    assertThrows(IllegalArgumentException.class, () -> TriggerPattern.of(c, 'J', "talk", List.of(), "", 1));
    assertThrows(IllegalArgumentException.class, () -> TriggerPattern.of(c, 'V', "Talk", List.of(), "", 1));
    assertThrows(IllegalArgumentException.class, () -> TriggerPattern.of(c, 'V', "hold talks", List.of(), "", 1));
    assertThrows(IllegalArgumentException.class, () -> new TriggerPattern("041/V/talk/-", c, 'V', "talk", List.of(), "", 1));
    assertThrows(NullPointerException.class, () -> TriggerPattern.of(c, 'V', "talk", List.of(), null, 1));
  }

  @Test
  void requirementsAreCopiedAndUnmodifiable() {
    List<Requirement> reqs = new ArrayList<>(List.of(Requirement.parse("obj:talk")));
    TriggerPattern t = TriggerPattern.of(CameoCode.of("046"), 'V', "hold", reqs, "", 1);
    reqs.clear();
    assertEquals(1, t.requires().size());
    assertThrows(UnsupportedOperationException.class, () -> t.requires().clear());
  }
}
