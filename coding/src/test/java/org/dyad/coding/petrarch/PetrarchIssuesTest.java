package org.dyad.coding.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.dyad.actors.petrarch.PetrarchLines;
import org.junit.jupiter.api.Test;

class PetrarchIssuesTest {
  @Test
  void issuesExpandNounsVerbsAndSpellingsAndHonourIgnorePhrases() {
    PetrarchIssues i = PetrarchIssues.parse(PetrarchLines.parse("test.issues", String.join("\n",
        "<ISSUE CATEGORY=\"ID_ATROCITY\">",
        "n:atrocity [ID_ATROCITY]",
        "ethnic v:purge [ID_ATROCITY]",
        "pre+k [EARLY_EDUCATION]",
        "~Saturday Night massacre",
        "n:massacre [ID_ATROCITY]",
        "</ISSUE>",
        "<ISSUE CATEGORY=\"EUROPEAN_UNION\">",
        "european central bank",
        "</ISSUE>",
        "orphan phrase")));
    assertEquals(1, i.problems().size(), i.problems().toString());
    assertTrue(i.problems().get(0).startsWith("test.issues:11:"), i.problems().toString());
    assertEquals(Map.of("EUROPEAN_UNION", 1), i.issues("The European Central Bank raised rates."));
    assertEquals(Map.of("ID_ATROCITY", 2), i.issues("Atrocities and a massacre were reported."));
    assertEquals(Map.of("ID_ATROCITY", 1), i.issues("Militias ethnic purged the valley."));
    assertEquals(Map.of("EARLY_EDUCATION", 1), i.issues("Funding for pre-k grew."));
    assertEquals(Map.of(), i.issues("He recalled the Saturday Night massacre."));
  }
}
