package org.dyad.actors.dict;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseKeysTest {
  @Test
  void pieces() {
    assertArrayEquals(new String[] {"Taliban"}, PhraseKeys.pieces("Taliban"));
    assertArrayEquals(new String[] {"al", "Qaeda"}, PhraseKeys.pieces("al-Qaeda"));
    assertArrayEquals(new String[] {"al", "Qaeda"}, PhraseKeys.pieces("al\u2013Qaeda"));
    assertArrayEquals(new String[0], PhraseKeys.pieces("-"));
    assertArrayEquals(new String[0], PhraseKeys.pieces("--"));
    assertArrayEquals(new String[] {"People", "'s"}, PhraseKeys.pieces("People\u2019s"));
    assertArrayEquals(new String[] {"'s"}, PhraseKeys.pieces("'s"));
    assertArrayEquals(new String[] {"Workers", "'"}, PhraseKeys.pieces("Workers'"));
    assertArrayEquals(new String[] {"Gen"}, PhraseKeys.pieces("Gen."));
    assertArrayEquals(new String[] {"U.S."}, PhraseKeys.pieces("U.S."));
    assertArrayEquals(new String[] {"."}, PhraseKeys.pieces("."));
    assertArrayEquals(new String[] {"d'Ivoire"}, PhraseKeys.pieces("d\u2019Ivoire"));
    assertArrayEquals(new String[] {"PML", "N"}, PhraseKeys.pieces("PML-N."));
    assertEquals(List.of("lt", "gen"), PhraseKeys.phrasePieces("  lt   gen "));
    assertEquals("tehrik i taliban pakistan", PhraseKeys.key(PhraseKeys.phrasePieces("Tehrik-i-Taliban Pakistan")));
  }

  @Test
  void acronyms() {
    for (String a : List.of("US", "U.S.", "UN", "FO", "PM", "TTP", "NATO", "ISWAP", "G20", "MI6", "MPs", "IDPs")) {
      assertTrue(PhraseKeys.isAcronym(a), a);
    }
    for (String a : List.of("us", "Us", "UNICEF", "Hamas", "LeT", "IsDB", "20", "'s", "As", "mps")) {
      assertFalse(PhraseKeys.isAcronym(a), a);
    }
  }
}
