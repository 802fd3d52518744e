package org.dyad.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.formats.DyadJson;
import org.dyad.model.Span;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.Test;

class GoldFormatsTest {
  static final String PETRARCH = String.join("\n",
      "<Validation>",
      "<!-- <Sentence date=\"19950101\" id=\"COMMENTED-OUT\"><Text>x</Text></Sentence> -->",
      "<Sentences>",
      "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">",
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>",
      "<EventCoding sourcecode='\"GON\"' targetcode=\"---\" eventcode=\"0231\"/>",
      "<Text>",
      "Arnor is about to restore full diplomatic ties with Gondor",
      "almost five years after crowds trashed its embassy.",
      "</Text>",
      "<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>",
      "</Sentence>",
      "<Sentence date = \"19950103\" id =\"DEMO-01\" category=\"DEMO\" sentence=\"true\">",
      "<EventCoding noevents = \"True\"></EventCoding>",
      "<Text>Nothing happened &amp; nobody cared.</Text>",
      "</Sentence>",
      "<Sentence date=\"19950101\" id=\"ERR-01\"><EventCoding error=\"bad\"/><Text>x</Text></Sentence>",
      "<Sentence date=\"19950101\" id=\"SKIP-01\" evaluate=\"false\"><Text>y</Text></Sentence>",
      "</Sentences></Validation>");

  @Test
  void petrarchRecords() {
    GoldSet g = GoldFormats.petrarch("t.xml", PETRARCH);
    assertEquals(2, g.items().size());
    GoldItem a = g.items().get(0);
    assertEquals("DEMO-00", a.id());
    assertEquals(LocalDate.of(1995, 1, 1), a.input().date());
    assertTrue(a.input().text().startsWith("Arnor is about to restore full diplomatic ties with Gondor almost five"));
    assertEquals(Set.of("06", "02"), a.at(Schemes.ROOT));
    assertEquals(Set.of("06|ARN|GON", "02|GON|---"), a.at(Schemes.ROOT_COUNTRIES));
    assertEquals(Set.of("064|ARN|GON", "0231|GON|---"), a.at(Schemes.CODE_DYAD));
    GoldItem b = g.items().get(1);
    assertEquals(LocalDate.of(1995, 1, 3), b.input().date());
    assertEquals("Nothing happened & nobody cared.", b.input().text());
    assertTrue(b.at(Schemes.ROOT).isEmpty(), "noevents: the gold says nothing");
    assertEquals(List.of("1 records marked evaluate=\"false\" left out", "1 records that expect a coding error left out"), g.notes());
    assertEquals(Schemes.CODE_DYAD, g.scheme().exactLevel());
  }

  @Test
  void petrarchRecordWithoutTextNamesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldFormats.petrarch("bad.xml", "<Sentences>\n\n<Sentence id=\"X-1\" date=\"19950101\"></Sentence>"));
    assertTrue(e.getMessage().startsWith("bad.xml:3: record X-1"), e.getMessage());
  }

  @Test
  void ploverRecordsGroupedByTextWithOldNames() {
    String jsonl = String.join("\n",
        "{\"id\":\"p1\",\"date\":\"2016-07-24\",\"text\":\"The US and Canada held talks.\",\"event\":[\"CONSULT\"],"
            + "\"actor\":[{\"code\":\"USA\",\"sector\":\"GOV\"}],\"recipient\":[{\"code\":\"CAN\"}]}",
        "{\"id\":\"p2\",\"text\":\"The US and Canada held talks.\",\"event\":\"DEMAND\",\"source\":[{\"code\":\"CAN\"}],\"target\":[{\"code\":\"USA\"}]}",
        "",
        "{\"id\":\"p3\",\"text\":\"Police fought rebels.\",\"event\":\"FIGHT\",\"actor\":{\"code\":\"NGA\",\"sector\":\"COP\"}}",
        "{\"id\":\"p4\",\"text\":\"A quiet day.\",\"has_event\":false,\"event\":\"DISAPPROVE\"}");
    GoldSet g = GoldFormats.plover("p.jsonl", jsonl);
    assertEquals(3, g.items().size());
    GoldItem a = g.items().get(0);
    assertEquals("p1", a.id());
    assertEquals(LocalDate.of(2016, 7, 24), a.input().date());
    assertEquals(Set.of("CONSULT", "REQUEST"), a.at(Schemes.TYPE));
    assertEquals(Set.of("CONSULT|USA|CAN", "REQUEST|CAN|USA"), a.at(Schemes.TYPE_COUNTRIES));
    assertEquals(Set.of("ASSAULT|NGA|---"), g.items().get(1).at(Schemes.TYPE_COUNTRIES));
    assertEquals(GoldFormats.DEFAULT_DATE, g.items().get(1).input().date());
    assertTrue(g.items().get(2).at(Schemes.TYPE).isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldFormats.plover("q.jsonl", "{\"text\":\"x\",\"event\":\"DANCE\"}"));
    assertTrue(e.getMessage().startsWith("q.jsonl:1: unknown PLOVER event type 'DANCE'"), e.getMessage());
  }

  @Test
  void conllSpansAndDetokenizedText() {
    String conll = String.join("\n",
        "Iraqi B-S", "troops I-S", "attacked O", "the B-T", "Kurds I-T", "' I-T", "bases I-T", ". O", "",
        "Erdogan B-R", "will O", "meet O", "his B-R", "counterpart I-R", ", O", "officials O", "said O", ". O", "");
    GoldSet g = GoldFormats.conll("n.txt", conll);
    assertEquals(2, g.items().size());
    GoldItem a = g.items().get(0);
    assertEquals("Iraqi troops attacked the Kurds' bases.", a.input().text());
    assertEquals("n.txt:1", a.id());
    assertEquals(new Span(0, 5), a.input().tokens().get(0));
    assertEquals("Kurds", a.input().tokens().get(4).of(a.input().text()));
    assertEquals(Set.of("S:0-2", "T:3-7"), a.at(Schemes.SPAN_EXACT));
    assertEquals(Set.of("S:0-1", "S:1-2", "T:3-4", "T:4-5", "T:5-6", "T:6-7"), a.at(Schemes.TOKEN));
    GoldItem b = g.items().get(1);
    assertEquals("n.txt:10", b.id());
    assertEquals(Set.of("R:0-1", "R:3-5"), b.at(Schemes.SPAN_EXACT));
    assertThrows(IllegalArgumentException.class, () -> GoldFormats.conll("bad.txt", "word B-X\n"));
  }

  @Test
  void tsvLabels() {
    GoldSet g = GoldFormats.tsv("c.tsv", "sentence\tlabel\r\nA car bomb killed two.\t4\r\nThey met.\t1\r\n",
        GoldFormats.TsvLabels.PENTA);
    assertEquals(2, g.items().size(), "the header row is skipped");
    assertEquals(Set.of("4"), g.items().get(0).at(Schemes.PENTA));
    assertEquals("A car bomb killed two.", g.items().get(0).input().text());
    GoldSet r = GoldFormats.tsv("r.tsv", "They met.\t043\n", GoldFormats.TsvLabels.ROOT);
    assertEquals(Set.of("04"), r.items().get(0).at(Schemes.ROOT));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldFormats.tsv("c.tsv", "A.\t1\nB.\t7\n", GoldFormats.TsvLabels.PENTA));
    assertTrue(e.getMessage().startsWith("c.tsv:2: bad label '7'"), e.getMessage());
  }

  @Test
  void jsonlGoldRootsAndDyadShape() {
    GoldSet roots = GoldFormats.jsonl("h.jsonl", "{\"id\":\"h1\",\"text\":\"A court freed him.\",\"gold_roots\":[\"08\",\"0841\"]}\n"
        + "{\"id\":\"h2\",\"text\":\"Nothing.\",\"gold_roots\":[]}\n");
    assertEquals("roots", roots.scheme().name());
    assertEquals(Set.of("08"), roots.items().get(0).at(Schemes.ROOT));
    assertTrue(roots.items().get(1).at(Schemes.ROOT).isEmpty());

    var article = CodedArticleBuilder.article("doc-1", LocalDate.of(2021, 5, 17), "Pakistan condemned India.")
        .actor("A1", "Pakistan", "PAK", "COUNTRY", "Pakistan")
        .actor("A2", "India", "IND", "COUNTRY", "India")
        .event(0, "condemned", "Pakistan", "India", "122").add()
        .build();
    String line = DyadJson.withText().toJsonString(article, false);
    GoldSet dyad = GoldFormats.jsonl("d.jsonl", line + "\n");
    assertEquals("cameo", dyad.scheme().name());
    GoldItem d = dyad.items().get(0);
    assertEquals("doc-1", d.id());
    assertEquals(LocalDate.of(2021, 5, 17), d.input().date());
    assertEquals(Set.of("122|PAK|IND"), d.at(Schemes.CODE_DYAD));
    assertEquals(Set.of("12|PAK|IND"), d.at(Schemes.ROOT_COUNTRIES));
  }
}
