package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.CameoCode;
import org.junit.jupiter.api.Test;

class TriggerDictionaryTest {
  private static final String HEAD = "# test dictionary\n#version\t1\ncode\tpos\tlemma\trequires\tnote\n";

  private static TriggerDictionary load(String text) {
    return TriggerDictionary.load(new StringReader(text), "test.tsv");
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> load(text)).getMessage();
  }

  // ---------------------------------------------------------------- loader on small fixtures

  @Test
  void loadsAFixture() {
    TriggerDictionary d = load(HEAD
        + "041\tV\tphone\t-\tcall by telephone\n"
        + "\n"
        + "# a comment in the middle\n"
        + "041\tV\ttalk\tobl:phone|telephone\ttalking over (the) phone\n"
        + "040\tV\ttalk\t-\t\n"
        + "046\tV\thold\tobj:talk|negotiation\n"
        + "190\tN\tfighting\t-\tnominal event\n");
    assertEquals("1", d.version());
    assertEquals("test.tsv", d.sourceName());
    assertEquals(5, d.size());
    assertEquals(Set.of("040", "041", "046", "190"), d.codes());
    List<TriggerPattern> talk = d.candidates("talk", 'V');
    assertEquals(List.of("041/V/talk/obl:phone|telephone", "040/V/talk/-"), talk.stream().map(TriggerPattern::id).toList());
    assertEquals(7, talk.get(0).line());
    assertEquals("talking over (the) phone", talk.get(0).note());
    assertEquals("", talk.get(1).note());
    assertEquals("", d.candidates("hold", 'V').get(0).note(), "a row without the note column has an empty note");
    assertEquals(List.of(), d.candidates("talk", 'N'));
    assertEquals(List.of(), d.candidates("negotiate", 'V'));
    assertEquals(List.of(), d.candidates(null, 'V'));
    assertEquals(1, d.candidates("Fighting", 'N').size(), "lemmas are looked up in lower case");
    assertEquals(List.of("041/V/phone/-", "041/V/talk/obl:phone|telephone"),
        d.patternsFor(CameoCode.of("041")).stream().map(TriggerPattern::id).toList());
    assertEquals(Set.of("hold", "phone", "talk"), d.lemmas('V'));
    assertThrows(UnsupportedOperationException.class, () -> d.all().clear());
    assertThrows(UnsupportedOperationException.class, () -> talk.clear());
    assertThrows(UnsupportedOperationException.class, () -> d.codes().clear());
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEnds() {
    TriggerDictionary d = load("\uFEFF" + HEAD.replace("\n", "\r\n") + "040\tV\tmeet\t-\t\r\n");
    assertEquals(1, d.candidates("meet", 'V').size());
  }

  @Test
  void candidatesPutMoreRequirementsAndFinerCodesFirst() {
    TriggerDictionary d = load(HEAD
        + "020\tV\tcall\t-\tfallback first in the file\n"
        + "020\tV\tcall\tprep:on|for\t\n"
        + "0253\tV\tcall\ttree:release\t\n"
        + "0254\tV\tcall\ttree:lift;tree:sanction\t\n"
        + "0253\tV\tcall\tobl:release\t\n");
    assertEquals(List.of("0254/V/call/tree:lift;tree:sanction", "0253/V/call/obl:release", "0253/V/call/tree:release",
        "020/V/call/prep:on|for", "020/V/call/-"), d.candidates("call", 'V').stream().map(TriggerPattern::id).toList());
  }

  @Test
  void rejectsMissingVersionAndHeader() {
    assertTrue(error("code\tpos\tlemma\trequires\tnote\n040\tV\tmeet\t-\t\n").contains("test.tsv line 1: missing '#version"));
    assertTrue(error("#version\t1\n040\tV\tmeet\t-\t\n").contains("test.tsv line 2: expected the header row"));
    assertTrue(error("#version\t1\n").contains("no header row"));
    assertTrue(error("#version\t1\n#version\t2\ncode\tpos\tlemma\trequires\tnote\n").contains("line 2: second #version line"));
    assertTrue(error("#version\t\ncode\tpos\tlemma\trequires\tnote\n").contains("line 1: empty #version"));
    assertTrue(error(HEAD).contains("no patterns"));
  }

  @Test
  void rejectsMalformedRowsNamingTheLine() {
    assertTrue(error(HEAD + "040\tV\tmeet\n").contains("test.tsv line 4: expected 5 tab-separated columns"));
    assertTrue(error(HEAD + "040\tV\tmeet\t-\tnote\textra\n").contains("test.tsv line 4: expected 5"));
    assertTrue(error(HEAD + "040\tV\tmeet\t-\t\n999\tV\tx\t-\t\n").contains("test.tsv line 5: CAMEO root out of range"));
    assertTrue(error(HEAD + "4\tV\tmeet\t-\t\n").contains("test.tsv line 4: not a CAMEO event code"));
    assertTrue(error(HEAD + "040\tJ\tmeet\t-\t\n").contains("test.tsv line 4: pos must be V or N"));
    assertTrue(error(HEAD + "040\tV\tMeet\t-\t\n").contains("test.tsv line 4: trigger lemma 'Meet' must be lower case"));
    assertTrue(error(HEAD + "040\tV\tmeet up\t-\t\n").contains("test.tsv line 4: trigger lemma"));
    assertTrue(error(HEAD + "040\tV\tmeet\tsubj:minister\t\n").contains("test.tsv line 4: unknown relation 'subj'"));
    assertTrue(error(HEAD + "040\tV\tmeet\tobj:a||b\t\n").contains("test.tsv line 4: requirement 'obj:a||b' has an empty lemma"));
    assertTrue(error(HEAD + "040\tV\tmeet\t\t\n").contains("test.tsv line 4: empty requires column"));
    assertTrue(error(HEAD + "040\tV\tmeet\tobj:a;obj:a\t\n").contains("test.tsv line 4: requirement 'obj:a' is given twice"));
    assertTrue(error(HEAD + "040\tV\tmeet\tobj\t\n").contains("test.tsv line 4: requirement 'obj' is not of the form"));
  }

  @Test
  void rejectsDuplicatesAndAmbiguousRows() {
    assertTrue(error(HEAD + "040\tV\tmeet\t-\t\n040\tV\tmeet\t-\tagain\n")
        .contains("test.tsv line 5: duplicate of line 4 (040/V/meet/-)"));
    assertTrue(error(HEAD + "046\tV\thold\tobj:talk|negotiation\t\n046\tV\thold\tobj:negotiation|talk\t\n")
        .contains("test.tsv line 5: duplicate of line 4"), "lemma order does not make a new line");
    assertTrue(error(HEAD + "040\tV\tmeet\t-\t\n044\tV\tmeet\t-\t\n")
        .contains("test.tsv line 5: same lemma, part of speech and requirements as line 4 but code 044 instead of 040"));
    TriggerDictionary ok = load(HEAD + "040\tV\tmeet\t-\t\n040\tN\tmeet\t-\t\n");
    assertEquals(2, ok.size(), "the same lemma as verb and noun are different triggers");
  }

  // ---------------------------------------------------------------- the shipped dictionary

  @Test
  void loadsTheDefaultDictionaryOnce() {
    TriggerDictionary d = TriggerDictionary.loadDefault();
    assertSame(d, TriggerDictionary.loadDefault());
    assertFalse(d.version().isBlank());
    assertEquals(TriggerDictionary.DEFAULT_RESOURCE, d.sourceName());
    assertTrue(d.size() >= 1000, "patterns: " + d.size());
  }

  @Test
  void coversEveryRootAndAtLeast300Codes() {
    TriggerDictionary d = TriggerDictionary.loadDefault();
    Set<String> roots = new TreeSet<>();
    for (String c : d.codes()) {
      roots.add(CameoCode.of(c).root());
    }
    assertEquals(20, roots.size(), "roots: " + roots);
    assertTrue(d.codes().size() >= 300, "distinct codes: " + d.codes().size());
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      assertTrue(d.codes().contains(root), "the two-digit root " + root + " has a pattern");
      assertTrue(d.codes().contains(root + "0"), "the residual code " + root + "0 has a pattern");
    }
  }

  @Test
  void coversEveryCodeOfTheCameoTable() throws IOException {
    Set<String> table = cameoTableCodes();
    assumeTrue(table != null, "cameo-codes.tsv is not on the classpath");
    assertTrue(table.size() >= 300, "the CAMEO table looks truncated: " + table.size());
    Set<String> dict = TriggerDictionary.loadDefault().codes();
    Set<String> missing = new TreeSet<>(table);
    missing.removeAll(dict);
    assertEquals(Set.of(), missing, "CAMEO codes without a trigger pattern");
    Set<String> unknown = new TreeSet<>(dict);
    unknown.removeAll(table);
    assertEquals(Set.of(), unknown, "trigger codes the CAMEO table does not know");
  }

  /** The code column of the sibling CAMEO table, or null when it is not on the classpath. */
  private static Set<String> cameoTableCodes() throws IOException {
    InputStream in = TriggerDictionaryTest.class.getResourceAsStream("/org/dyad/coding/cameo-codes.tsv");
    if (in == null) {
      return null;
    }
    Set<String> codes = new LinkedHashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = false;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String first = line.split("\t", -1)[0].strip();
        if (!header) {
          assertEquals("code", first, "the CAMEO table starts with a code column");
          header = true;
          continue;
        }
        codes.add(first);
      }
    }
    return codes;
  }

  @Test
  void everyLemmaListIsOrderedWithTheFallbackLast() {
    TriggerDictionary d = TriggerDictionary.loadDefault();
    Set<String> seen = new HashSet<>();
    for (TriggerPattern p : d.all()) {
      if (!seen.add(p.pos() + p.lemma())) {
        continue;
      }
      List<TriggerPattern> list = d.candidates(p.lemma(), p.pos());
      for (int i = 1; i < list.size(); i++) {
        assertTrue(TriggerPattern.MOST_SPECIFIC_FIRST.compare(list.get(i - 1), list.get(i)) < 0, list.get(i).id());
        assertFalse(list.get(i - 1).isFallback(), "fallback not last for " + p.lemma());
      }
    }
  }

  @Test
  void sayAndTellAreOnlyPlainStatements() {
    TriggerDictionary d = TriggerDictionary.loadDefault();
    for (String w : List.of("say", "tell")) {
      assertEquals(1, d.candidates(w, 'V').size(), w);
      assertEquals("010", d.candidates(w, 'V').get(0).code().value(), w);
      assertEquals(List.of(), d.candidates(w, 'N'), w);
    }
  }

  @Test
  void genericVerbsOnlyTriggerWithTheirConditions() {
    TriggerDictionary d = TriggerDictionary.loadDefault();
    for (String w : List.of("hold", "make", "give", "take", "fire", "want", "provide", "send", "impose", "lift")) {
      List<TriggerPattern> list = d.candidates(w, 'V');
      assertFalse(list.isEmpty(), w);
      assertTrue(list.stream().noneMatch(TriggerPattern::isFallback), w + " has an unconditional line");
    }
  }

  // ---------------------------------------------------------------- spot checks, coder-style

  /** Dependents of a trigger token, by requirement relation, for the spot checks. */
  private static final class Deps {
    final Map<String, Set<String>> byRel = new HashMap<>();

    Deps with(String rel, String... lemmas) {
      byRel.computeIfAbsent(rel, k -> new HashSet<>()).addAll(List.of(lemmas));
      return this;
    }
  }

  private static Deps deps() {
    return new Deps();
  }

  /** The code the coder would pick: the first candidate whose requirements all hold. */
  private static Optional<String> code(String lemma, char pos, Deps deps) {
    for (TriggerPattern p : TriggerDictionary.loadDefault().candidates(lemma, pos)) {
      boolean all = true;
      for (Requirement r : p.requires()) {
        Set<String> present = deps.byRel.getOrDefault(r.relation(), Set.of());
        if (present.stream().noneMatch(r::accepts)) {
          all = false;
          break;
        }
      }
      if (all) {
        return Optional.of(p.code().value());
      }
    }
    return Optional.empty();
  }

  private static String codeOf(String lemma, char pos, Deps deps) {
    return code(lemma, pos, deps).orElseThrow(() -> new AssertionError("no pattern fires for " + lemma));
  }

  @Test
  void telephoneAndConsultation() {
    assertEquals("041", codeOf("talk", 'V', deps().with("obl", "phone").with("prep", "over")), "talking to X over phone");
    assertEquals("040", codeOf("talk", 'V', deps().with("prep", "with")), "talked with");
    assertEquals("040", codeOf("speak", 'V', deps().with("prep", "to", "with")), "spoke to / with");
    assertEquals("041", codeOf("speak", 'V', deps().with("obl", "telephone")));
    String conversation = codeOf("conversation", 'N', deps().with("prep", "between"));
    assertTrue(conversation.equals("040") || conversation.equals("041"), conversation);
    assertEquals("041", codeOf("call", 'N', deps().with("prep", "between")), "a call between A and B");
    assertEquals("046", codeOf("talk", 'N', deps().with("prep", "between")), "talks between");
    assertEquals("046", codeOf("hold", 'V', deps().with("obj", "talk")), "hold talks");
    assertEquals(Optional.empty(), code("hold", 'V', deps().with("obj", "position")), "hold alone is no event");
    assertEquals("042", codeOf("visit", 'V', deps()));
    assertEquals("042", codeOf("pay", 'V', deps().with("obj", "visit")));
  }

  @Test
  void intentToCooperate() {
    assertTrue(codeOf("desire", 'V', deps().with("obj", "partnership").with("tree", "partnership", "broad-based")).startsWith("03"));
    assertTrue(codeOf("want", 'V', deps().with("obj", "tie").with("tree", "tie", "good")).startsWith("03"));
    assertEquals(Optional.empty(), code("want", 'V', deps().with("obj", "lunch").with("tree", "lunch")));
    String emphasis = codeOf("emphasise", 'V', deps().with("obj", "need").with("tree", "need", "expanded", "tie", "cooperation"));
    assertTrue(emphasis.equals("030") || emphasis.startsWith("031"), emphasis);
    assertEquals("036", codeOf("agree", 'V', deps().with("xcomp", "meet").with("tree", "meet")), "agree to meet");
    assertEquals("039", codeOf("offer", 'V', deps().with("xcomp", "mediate").with("tree", "mediate")), "offer to mediate");
  }

  @Test
  void sampleArticleFacts() {
    assertEquals("190", codeOf("fighting", 'N', deps().with("prep", "between")), "fighting resumed between");
    assertEquals("0841", codeOf("release", 'V', deps().with("obj", "baradar")), "decision to release X");
    assertEquals("051", codeOf("reaffirm", 'V', deps().with("obj", "support").with("tree", "support", "peace", "process")),
        "reaffirmed support for the peace process");
    assertEquals("051", codeOf("support", 'N', deps().with("prep", "for")));
    assertEquals("0256", codeOf("emphasise", 'V',
        deps().with("obj", "importance").with("tree", "importance", "responsible", "withdrawal", "force")),
        "emphasised the importance of responsible withdrawal");
    assertEquals("045", codeOf("facilitate", 'V', deps().with("obl", "pakistan")), "ceasefire facilitated by Pakistan");
    assertEquals("0871", codeOf("ceasefire", 'N', deps()));
    String atrocity = codeOf("atrocity", 'N', deps().with("prep", "against"));
    assertTrue(atrocity.startsWith("18") || atrocity.startsWith("20"), atrocity);
  }

  @Test
  void ambiguousLemmasNeedTheirConditions() {
    assertEquals(Optional.empty(), code("fire", 'V', deps().with("obj", "employee_name")));
    assertEquals("190", codeOf("fire", 'V', deps().with("prep", "on")));
    assertEquals("190", codeOf("fire", 'V', deps().with("obj", "rocket")));
    assertEquals("057", codeOf("strike", 'V', deps().with("obj", "deal")), "strike a deal");
    assertEquals("190", codeOf("strike", 'V', deps().with("obj", "target")));
    assertEquals("190", codeOf("strike", 'N', deps().with("prep", "on")), "strikes on");
    assertEquals("143", codeOf("strike", 'N', deps().with("nmod", "worker")), "strike by workers");
    assertEquals("163", codeOf("impose", 'V', deps().with("obj", "sanction").with("tree", "sanction")));
    assertEquals("1723", codeOf("impose", 'V', deps().with("obj", "curfew").with("tree", "curfew")));
    assertEquals("0813", codeOf("lift", 'V', deps().with("obj", "curfew").with("tree", "curfew")));
    assertEquals("085", codeOf("lift", 'V', deps().with("obj", "sanction").with("tree", "sanction")));
    assertEquals("181", codeOf("take", 'V', deps().with("obj", "hostage")));
    assertEquals("192", codeOf("take", 'V', deps().with("obj", "control")));
    assertEquals("070", codeOf("give", 'V', deps().with("obj", "aid").with("tree", "aid")));
    assertEquals("072", codeOf("give", 'V', deps().with("obj", "aid").with("tree", "aid", "military")));
    assertEquals("0356", codeOf("agree", 'V', deps().with("obl", "ceasefire").with("tree", "ceasefire")), "agreeing to a ceasefire is a commitment");
    assertEquals("0871", codeOf("declare", 'V', deps().with("obj", "ceasefire").with("tree", "ceasefire")));
  }

  @Test
  void subcodesFromXcompAndObjects() {
    assertEquals("125", codeOf("refuse", 'V', deps().with("xcomp", "negotiate").with("tree", "negotiate")), "refuse to negotiate");
    assertEquals("1384", codeOf("threaten", 'V', deps().with("xcomp", "attack").with("tree", "attack")), "threaten to attack");
    assertEquals("138", codeOf("vow", 'V', deps().with("xcomp", "retaliate").with("tree", "retaliate")), "vow to retaliate");
    assertEquals("1231", codeOf("refuse", 'V', deps().with("xcomp", "resign").with("tree", "resign")), "refuse to resign");
    assertEquals("0253", codeOf("call", 'V', deps().with("prep", "on").with("xcomp", "release").with("tree", "release", "prisoner")),
        "call on X to release prisoners");
    assertEquals("0256", codeOf("call", 'V', deps().with("prep", "for").with("obl", "ceasefire")), "call for a ceasefire");
    assertEquals("020", codeOf("call", 'V', deps().with("prep", "on")), "call on X");
    assertEquals("1053", codeOf("demand", 'V', deps().with("obj", "release").with("tree", "release")), "demand the release");
    assertEquals("1312", codeOf("threaten", 'V', deps().with("obl", "sanction")), "threaten with sanctions");
    assertEquals("175", codeOf("crack", 'V', deps().with("prt", "down")), "crack down");
    assertEquals("164", codeOf("call", 'V', deps().with("prt", "off").with("obj", "talk")), "call off talks");
    assertEquals("164", codeOf("suspend", 'V', deps().with("obj", "talk").with("tree", "talk")), "suspend talks");
    assertEquals("2041", codeOf("use", 'V', deps().with("obj", "weapon").with("tree", "weapon", "chemical")), "use chemical weapons");
    assertEquals("141", codeOf("protest", 'V', deps().with("prep", "against")));
    assertEquals("1411", codeOf("protest", 'N', deps().with("nmod", "resignation")));
  }

  @Test
  void everyPatternHasAUsableCode() {
    for (TriggerPattern p : TriggerDictionary.loadDefault().all()) {
      assertNotNull(p.code().quadClass(), p.id());
      assertTrue(p.line() > 0, p.id());
      assertTrue(p.pos() == 'V' || p.pos() == 'N', p.id());
    }
    List<String> ids = new ArrayList<>();
    for (TriggerPattern p : TriggerDictionary.loadDefault().all()) {
      ids.add(p.id());
    }
    assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
  }
}
