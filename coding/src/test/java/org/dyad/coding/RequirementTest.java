package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementTest {
  @Test
  void parsesAndPrintsTheFileForm() {
    Requirement r = Requirement.parse("obl:phone|telephone");
    assertEquals("obl", r.relation());
    assertEquals(List.of("phone", "telephone"), List.copyOf(r.lemmas()));
    assertEquals("obl:phone|telephone", r.toString());
    assertEquals(r, Requirement.parse(r.toString()));
    assertEquals(r, Requirement.of("obl", "phone", "telephone"));
  }

  @Test
  void acceptsLemmasCaseInsensitively() {
    Requirement r = Requirement.parse("prep:against");
    assertTrue(r.accepts("against"));
    assertTrue(r.accepts("Against"));
    assertFalse(r.accepts("for"));
    assertFalse(r.accepts(null));
  }

  @Test
  void treeIsTheOnlySubtreeRelation() {
    assertTrue(Requirement.parse("tree:cooperation").isSubtree());
    for (String rel : List.of("obj", "obl", "prt", "xcomp", "prep", "nmod")) {
      assertFalse(Requirement.parse(rel + ":x").isSubtree(), rel);
    }
  }

  @Test
  void rejectsMalformedRequirements() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Requirement.parse("subj:talk"))
        .getMessage().contains("unknown relation 'subj'"));
    assertThrows(IllegalArgumentException.class, () -> Requirement.parse("talk"));
    assertThrows(IllegalArgumentException.class, () -> Requirement.parse(":talk"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Requirement.parse("obj:a||b"))
        .getMessage().contains("empty lemma"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Requirement.parse("obj:a|a"))
        .getMessage().contains("repeats"));
    assertThrows(IllegalArgumentException.class, () -> Requirement.parse("obj:Talk"));
    assertThrows(IllegalArgumentException.class, () -> Requirement.parse("obj:peace talk"));
    assertThrows(IllegalArgumentException.class, () -> Requirement.of("obj"));
  }

  @Test
  void lemmasAreUnmodifiable() {
    Requirement r = Requirement.parse("obj:talk");
    assertThrows(UnsupportedOperationException.class, () -> r.lemmas().add("x"));
  }
}
