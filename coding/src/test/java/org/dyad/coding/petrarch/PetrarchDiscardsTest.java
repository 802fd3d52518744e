package org.dyad.coding.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.actors.petrarch.PetrarchLines;
import org.junit.jupiter.api.Test;

class PetrarchDiscardsTest {
  @Test
  void discardPhrasesMatchAsStemsOrWholeWords() {
    PetrarchDiscards d = PetrarchDiscards.parse(PetrarchLines.parse("test.discards", String.join("\n",
        "# story and sentence discards",
        "MONTHS LATER",
        "BASEBALL   # stem",
        "+TYPHOON   # ELH",
        "CUP_  # whole word only")));
    assertEquals(4, d.discards().size());
    assertTrue(d.discards().get(2).story());
    assertEquals("BASEBALL", d.match("The baseballs were lost.").orElseThrow().phrase());
    assertTrue(d.match("Months later, the talks resumed.").isPresent(), "case-insensitive, at the start");
    assertTrue(d.match("A typhoon hit the coast.").isPresent());
    assertTrue(d.match("They won the cup.").isPresent());
    assertFalse(d.match("They drank from a cupboard.").isPresent(), "CUP_ must end a word");
    assertFalse(d.match("Ministers met in Geneva.").isPresent());
    assertFalse(d.match("Subaseball").isPresent(), "a phrase must start a word");
  }
}
