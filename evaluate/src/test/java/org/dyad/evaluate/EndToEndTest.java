package org.dyad.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.annotate.AnnotatorSettings;
import org.dyad.annotate.CoreNlpAnnotator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Three PETRARCH-format records coded by the real pipeline with tiny PETRARCH dictionaries. */
@Tag("corenlp")
class EndToEndTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(EndToEndTest.class.getResource("petrarch/" + name).toURI());
  }

  @Test
  void codesPetrarchRecordsWithTheirOwnDictionaries() throws Exception {
    GoldSet gold = GoldFormats.petrarch(fixture("records.xml"));
    assertEquals(3, gold.items().size());
    PetrarchDictionaries dicts = new PetrarchDictionaries(List.of(fixture("test.actors.txt")), fixture("test.agents.txt"),
        fixture("test.verbs.txt"), fixture("test.discards.txt"));
    try (CoreNlpAnnotator annotator = CoreNlpAnnotator.load(AnnotatorSettings.defaults())) {
      Report r = new Evaluator(dicts.coder(annotator, null), 2).run(gold, null);
      String text = r.toText(10);
      // the translated pattern "- * TIES [064]", the actor codes, and Aragorn's code on the record's date
      assertEquals(new Score(2, 2, 2, 2), r.score(Schemes.CODE_DYAD), text);
      assertEquals(3, r.exact(), text);
      // the discarded record codes nothing and is counted
      assertEquals(Map.of("DISCARD", 1), r.problems(), text);
      assertEquals(1, r.noEvent(), text);
      assertTrue(r.coder().contains("PETRARCH actors imported"), r.coder());
    }
  }
}
