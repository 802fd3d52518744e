package org.dyad.coding.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.actors.petrarch.PetrarchLines;
import org.dyad.coding.TriggerDictionary;
import org.dyad.coding.TriggerPattern;
import org.junit.jupiter.api.Test;

class PetrarchVerbsTest {
  static final String VERBS = String.join("\n",
      "<!-- a test verb dictionary -->",
      "&CURRENCY",
      "# a comment inside a synonym set",
      "+DOLLARS",
      "+SWISS FRANCS",
      "",
      "--- HOLD [---] ---",
      "HOLD {HELD HOLDING}",
      "- * TALKS [043]  # hold talks",
      "- * (WITH LEADERS) [042]",
      "- SAID * [010]",
      "",
      "--- GRANT [070] ---",
      "GRANT",
      "CONTRIBUTE [071]",
      "- * &CURRENCY [071]",
      "- * &NOSUCHSET [072]",
      "- * DEBT [223]",
      "",
      "--- WALK OUT [---] ---",
      "+WALK_OUT {+WALKED_OUT}  [161]",
      "WIRE_+TAP [1711]",
      "",
      "--- KILLED [183] ---",
      "KILLED",
      "- * ON_ [190]",
      "- % * [030]");

  static PetrarchVerbs verbs() {
    return PetrarchVerbs.parse(PetrarchLines.parse("test.verbs", VERBS));
  }

  static List<String> ids(TriggerDictionary d, String lemma) {
    return d.candidates(lemma, TriggerPattern.VERB).stream().map(TriggerPattern::id).collect(Collectors.toList());
  }

  @Test
  void readsBlocksVerbsPatternsAndSynsets() {
    PetrarchVerbs v = verbs();
    assertEquals(4, v.blocks());
    assertEquals(6, v.verbs());
    assertEquals(8, v.patterns());
    assertEquals(1, v.synsets());
    assertTrue(v.problems().isEmpty(), v.problems().toString());
  }

  @Test
  void translatesVerbsAndPatternsIntoTriggerLines() {
    PetrarchVerbs v = verbs();
    PetrarchVerbs.Translation t = v.translate();
    TriggerDictionary d = t.dictionary();
    // the block code is null (---): hold codes only through its patterns
    assertEquals(List.of("042/V/hold/prep:with;tree:leaders|leader", "043/V/hold/tree:talks|talk"), ids(d, "hold"));
    // the verb's own code wins over the block's; patterns apply to every verb of the block
    assertEquals(List.of("071/V/grant/tree:dollars|dollar|francs|franc", "070/V/grant/-"), ids(d, "grant"));
    assertEquals(List.of("071/V/contribute/tree:dollars|dollar|francs|franc", "071/V/contribute/-"), ids(d, "contribute"));
    // a multi-word verb: the particle becomes a requirement
    assertEquals(List.of("161/V/walk/prt:out"), ids(d, "walk"));
    // an inflected entry is also found under its base form; a final preposition becomes prep:
    assertTrue(ids(d, "kill").contains("183/V/kill/-"), ids(d, "kill").toString());
    assertTrue(ids(d, "kill").contains("190/V/kill/prep:on"), ids(d, "kill").toString());
    var why = t.untranslated();
    assertEquals(1, why.get("patterns: words before the verb (e.g. SAID *, NOT *)"));
    assertEquals(1, why.get("patterns: undefined synonym set"));
    assertEquals(1, why.get("patterns: code not a CAMEO event code (WEIS or test codes such as 223, 903, 075A)"));
    assertEquals(1, why.get("patterns: only source/target markers after the verb (e.g. % *)"));
    assertEquals(1, why.get("verbs: multi-word verb with words before the verb (e.g. WIRE_+TAP)"));
    assertTrue(t.summary(v).contains("not translated"));
    assertTrue(t.tsv().startsWith("# Trigger dictionary translated"));
  }

  @Test
  void verbLemmasUndoInflection() {
    assertEquals(List.of("fought", "fight"), PetrarchVerbs.verbLemmas("fought"));
    assertTrue(PetrarchVerbs.verbLemmas("denied").contains("deny"));
    assertTrue(PetrarchVerbs.verbLemmas("called").contains("call"));
    assertTrue(PetrarchVerbs.verbLemmas("eased").contains("ease"));
    assertEquals(List.of("talks", "talk"), PetrarchVerbs.forms("talks"));
    assertEquals(List.of("ties", "ty", "tie"), PetrarchVerbs.forms("ties"));
    assertEquals(List.of("allies", "ally", "allie"), PetrarchVerbs.forms("allies"));
  }

  @Test
  void nothingTranslatableIsAnError() {
    PetrarchVerbs v = PetrarchVerbs.parse(PetrarchLines.parse("empty.verbs", "--- X [---] ---\nX\n- SAID * [010]\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, v::translate);
    assertTrue(e.getMessage().startsWith("empty.verbs:"), e.getMessage());
  }
}
