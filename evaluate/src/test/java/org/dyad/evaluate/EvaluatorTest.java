package org.dyad.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.model.CodedArticle;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  /** A stand-in coder that codes by keyword and records which threads and inputs it saw. */
  static final class KeywordCoder implements SentenceCoder {
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final Map<String, GoldInput> seen = new ConcurrentHashMap<>();

    @Override
    public CodedArticle code(GoldInput in) {
      threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
      seen.put(in.id(), in);
      CodedArticleBuilder b = CodedArticleBuilder.article(in.id(), in.date(), in.text())
          .actor("A1", "Iraq", "IRQ", "COUNTRY", "Iraqi")
          .actor("A2", "Kurds", "IRQETH", "GROUP", "Kurdish");
      if (in.text().contains("attacked")) {
        b.event(0, "attacked", "Iraqi", "Kurdish", "190").confidence(0.8).add();
        b.event(0, "attacked", "Kurdish", "Iraqi", "042").confidence(0.5).add();
      } else if (in.text().contains("praised")) {
        b.event(0, "praised", "Iraqi", "Kurdish", "051").add();
      }
      return b.build();
    }

    @Override
    public String description() {
      return "keyword coder";
    }
  }

  @Test
  void pentaFromTheMainEventAndNoneForNoEvent() {
    GoldSet set = GoldFormats.tsv("c.tsv", String.join("\n",
        "Iraqi troops attacked Kurdish fighters.\t4",
        "Iraqi leaders praised Kurdish voters.\t1",
        "Iraqi and Kurdish officials ate lunch.\t0",
        "Iraqi planes attacked Kurdish towns.\t3"), GoldFormats.TsvLabels.PENTA);
    KeywordCoder coder = new KeywordCoder();
    Report r = new Evaluator(coder, 2).run(set, null);
    // predictions: 4 (190 has the higher confidence), 1, none, 4
    assertEquals(new Score(3, 4, 2, 2), r.score(Schemes.PENTA));
    assertEquals(1, r.noEvent());
    assertEquals(2, r.threads());
    assertEquals("keyword coder", r.coder());
    // the coder saw exactly the inputs: text and date, nothing else
    assertEquals(4, coder.seen.size());
    assertEquals("Iraqi troops attacked Kurdish fighters.", coder.seen.get("c.tsv:1").text());
    assertEquals(GoldFormats.DEFAULT_DATE, coder.seen.get("c.tsv:1").date());
    assertEquals(List.of(), coder.seen.get("c.tsv:1").tokens());
    Finding miss = r.findings(Schemes.PENTA, Finding.Kind.MISS).get(0);
    assertEquals("c.tsv:3", miss.id());
    assertEquals("Dyad: nothing", miss.detail());
    Finding falseAlarm = r.findings(Schemes.PENTA, Finding.Kind.FALSE_ALARM).get(0);
    assertEquals("c.tsv:4", falseAlarm.id());
    assertEquals("gold: 3; Dyad coded 190 \"attacked\" Iraqi [IRQ] -> Kurdish [IRQETH] (0.80), "
        + "042 \"attacked\" Kurdish [IRQETH] -> Iraqi [IRQ] (0.50)", falseAlarm.detail());
  }

  @Test
  void spansOfTheMainEventAgainstConllSpans() {
    GoldSet set = GoldFormats.conll("n.txt", String.join("\n",
        "Iraqi B-S", "troops I-S", "attacked O", "Kurdish B-T", "fighters I-T", ". O", ""));
    Report r = new Evaluator(new KeywordCoder(), 1).run(set, null);
    // Dyad's source mention is "Iraqi" (token 0), target "Kurdish" (token 3)
    assertEquals(new Score(2, 2, 0, 0), r.score(Schemes.SPAN_EXACT));
    assertEquals(new Score(2, 2, 2, 2), r.score(Schemes.SPAN_OVERLAP));
    assertEquals(new Score(2, 4, 2, 2), r.score(Schemes.TOKEN));
  }

  @Test
  void cameoLevelsAndPerLabelGroups() {
    GoldSet set = GoldFormats.petrarch("p.xml", "<Sentence id=\"A\" date=\"20200101\">"
        + "<EventCoding sourcecode=\"IRQ\" targetcode=\"IRQETH\" eventcode=\"190\"/>"
        + "<Text>Iraqi troops attacked Kurdish fighters.</Text></Sentence>");
    Report r = new Evaluator(new KeywordCoder(), 1).run(set, null);
    assertEquals(new Score(2, 1, 1, 1), r.score(Schemes.ROOT));
    assertEquals(new Score(2, 1, 1, 1), r.score(Schemes.CODE_DYAD));
    assertEquals(0, r.exact(), "the extra 042 event spoils the record");
    assertEquals(new Score(1, 0, 0, 0), r.byGroup().get(Schemes.ROOT).get("04"));
    assertTrue(r.toText(10).contains("FALSE 04  [A] gold: 19; Dyad coded 190"), r.toText(10));
    assertEquals(LocalDate.of(2020, 1, 1), set.items().get(0).input().date());
  }
}
