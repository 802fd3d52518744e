package org.dyad.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.testkit.CodedArticleBuilder;
import org.dyad.testkit.DyadAssertions;
import org.dyad.testkit.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DyadJsonTest {
  private static final CodedArticle SAMPLE = SampleArticles.diplomacy();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    Iterator<String> it = n.fieldNames();
    it.forEachRemaining(out::add);
    return out;
  }

  /** The sample with mention head tokens set to -1: the one thing the JSON does not keep. */
  private static CodedArticle withoutHeadTokens(CodedArticle a) {
    List<Actor> actors = new ArrayList<>();
    for (Actor x : a.actors()) {
      List<Mention> ms = new ArrayList<>();
      for (Mention m : x.mentions()) {
        ms.add(new Mention(m.text(), m.start(), m.end(), m.sentence(), -1, m.kind()));
      }
      actors.add(new Actor(x.id(), x.name(), x.code(), x.role(), x.type(), x.codeSource(), ms));
    }
    return new CodedArticle(a.article(), a.sentences(), actors, a.events(), a.quotes(), a.dates(), a.places(), a.errors(),
        a.coderVersion());
  }

  @Test
  void roundTripWithTextGivesTheSameRecord() {
    DyadJson json = DyadJson.withText();
    CodedArticle back = json.fromJson(json.toJson(SAMPLE));
    assertEquals(withoutHeadTokens(SAMPLE), back);
    DyadAssertions.assertValidCodedArticle(back);
  }

  @Test
  void roundTripThroughStringsGivesTheSameJson() {
    for (DyadJson json : List.of(DyadJson.standard(), DyadJson.withText())) {
      for (boolean pretty : new boolean[] {false, true}) {
        String s = json.toJsonString(SAMPLE, pretty);
        CodedArticle back = json.fromJsonString(s);
        assertEquals(json.toJson(SAMPLE), json.toJson(back));
        assertEquals(s, json.toJsonString(back, pretty));
      }
    }
    // the standard format has no text: it reads back as ""
    assertEquals("", DyadJson.standard().fromJson(DyadJson.standard().toJson(SAMPLE)).article().text());
  }

  @Test
  void fieldNamesAreFixed() {
    ObjectNode n = DyadJson.standard().toJson(SAMPLE);
    assertEquals(List.of("doc_id", "date", "title", "url", "source", "actors", "events", "quotes", "dates", "places",
        "errors", "sentences", "coder_version"), names(n));
    assertEquals(List.of("doc_id", "date", "title", "url", "source", "text", "actors", "events", "quotes", "dates",
        "places", "errors", "sentences", "coder_version"), names(DyadJson.withText().toJson(SAMPLE)));

    JsonNode actor = n.get("actors").get(0);
    assertEquals(List.of("id", "name", "code", "country", "sectors", "role", "type", "code_source", "mentions"), names(actor));
    assertEquals(List.of("text", "start", "end", "sentence", "kind"), names(actor.get("mentions").get(0)));

    JsonNode event = n.get("events").get(0);
    assertEquals(List.of("event_id", "sentence", "date", "date_text", "date_rule", "background", "source", "target",
        "cameo", "plover", "place", "provenance"), names(event));
    List<String> participant = List.of("text", "start", "end", "code", "country", "sectors", "name", "actor_id");
    assertEquals(participant, names(event.get("source")));
    assertEquals(participant, names(event.get("target")));
    assertEquals(List.of("code", "root", "goldstein", "quad_class"), names(event.get("cameo")));
    assertEquals(List.of("type", "mode"), names(event.get("plover")));
    List<String> place = List.of("text", "start", "end", "name", "country", "lat", "lon", "role");
    assertEquals(place, names(event.get("place")));
    JsonNode prov = event.get("provenance");
    assertEquals(List.of("doc_id", "sentence", "trigger", "source", "target", "rule", "dictionary_version",
        "coder_version", "annotator", "confidence"), names(prov));
    assertEquals(List.of("text", "start", "end"), names(prov.get("trigger")));
    assertEquals(List.of("start", "end"), names(prov.get("source")));
    assertEquals(List.of("start", "end"), names(prov.get("target")));

    JsonNode quote = n.get("quotes").get(0);
    assertEquals(List.of("text", "start", "end", "sentence", "speaker", "rule"), names(quote));
    assertEquals(List.of("name", "code", "actor_id"), names(quote.get("speaker")));
    assertEquals(List.of("text", "start", "end", "sentence", "type", "value"), names(n.get("dates").get(0)));
    assertEquals(place, names(n.get("places").get(0)));
    assertEquals(List.of("doc_id", "kind", "message"), names(n.get("errors").get(0)));
  }

  @Test
  void valuesHaveTheDocumentedTypes() {
    ObjectNode n = DyadJson.standard().toJson(SAMPLE);
    assertEquals("2021-05-16", n.get("date").textValue());
    JsonNode e0 = n.get("events").get(0);
    assertTrue(e0.get("cameo").get("quad_class").isInt());
    assertEquals(3, e0.get("cameo").get("quad_class").intValue());
    assertEquals(-2.0, e0.get("cameo").get("goldstein").doubleValue());
    assertEquals("PAK", e0.get("source").get("country").textValue());
    assertEquals("[\"GOV\"]", e0.get("source").get("sectors").toString());
    assertEquals("ACCUSE", e0.get("plover").get("type").textValue());
    assertEquals(33.69, e0.get("place").get("lat").doubleValue());
    JsonNode e1 = n.get("events").get(1);
    assertEquals("042", e1.get("cameo").get("code").textValue(), "leading zero kept");
    assertEquals("04", e1.get("cameo").get("root").textValue());
    assertEquals(1, e1.get("cameo").get("quad_class").intValue());
    assertTrue(e1.get("place").isNull());
    JsonNode e2 = n.get("events").get(2);
    assertTrue(e2.get("date").isNull(), "undated background event");
    assertTrue(e2.get("background").booleanValue());
    assertTrue(e2.get("target").get("country").isNull(), "country \"\" is written as null");
    assertEquals("[\"REB\"]", e2.get("target").get("sectors").toString());
    assertEquals("[0,89]", n.get("sentences").get(0).toString());
    assertTrue(n.get("places").get(1).get("lat").isNull());
  }

  @Test
  void nullTargetIsJsonNullAndReadsBackAsNull() {
    ObjectNode n = DyadJson.standard().toJson(SAMPLE);
    JsonNode e3 = n.get("events").get(3);
    assertTrue(e3.has("target") && e3.get("target").isNull());
    assertTrue(e3.get("provenance").has("target") && e3.get("provenance").get("target").isNull());
    Event back = DyadJson.standard().fromJson(n).events().get(3);
    assertNull(back.target());
    assertNull(back.provenance().target());
    assertEquals(SAMPLE.events().get(3), back);
  }

  @Test
  void quoteWithoutSpeakerHasNullSpeaker() {
    CodedArticle a = CodedArticleBuilder.article("q1", java.time.LocalDate.of(2022, 3, 1), "\"No comment,\" someone said.")
        .quote("No comment,", null).build();
    ObjectNode n = DyadJson.standard().toJson(a);
    assertTrue(n.get("quotes").get(0).get("speaker").isNull());
    assertNull(DyadJson.standard().fromJson(n).quotes().get(0).speakerName());
  }

  @Test
  void missingNewerFieldsAreTolerated() throws Exception {
    ObjectNode n = DyadJson.withText().toJson(SAMPLE);
    n.remove(List.of("places", "errors", "title", "url", "source"));
    for (JsonNode e : n.get("events")) {
      ObjectNode o = (ObjectNode) e;
      o.remove(List.of("date_rule", "background", "place", "date_text"));
      ((ObjectNode) o.get("plover")).remove("mode");
      ((ObjectNode) o.get("provenance")).remove(List.of("annotator", "confidence", "dictionary_version", "source", "target"));
    }
    for (JsonNode q : n.get("quotes")) {
      ((ObjectNode) q).remove("sentence");
    }
    for (JsonNode a : n.get("actors")) {
      ((ObjectNode) a).remove(List.of("code_source", "role"));
      for (JsonNode m : a.get("mentions")) {
        ((ObjectNode) m).remove("sentence");
      }
    }
    CodedArticle back = DyadJson.withText().fromJson(MAPPER.readTree(n.toString()));
    assertEquals(0, back.places().size());
    assertNull(back.article().title());
    Event e0 = back.events().get(0);
    assertFalse(e0.background());
    assertNull(e0.place());
    assertNull(e0.ploverMode());
    assertNull(e0.provenance().annotator());
    assertEquals(0.0, e0.provenance().confidence());
    assertEquals(e0.source().span(), e0.provenance().source(), "provenance offsets default to the participants'");
    assertEquals(e0.target().span(), e0.provenance().target());
    assertEquals(SAMPLE.events().get(0).eventId(), e0.eventId());
    // sentence indices are recovered from the sentence spans
    assertEquals(1, back.quotes().get(0).sentence());
    assertEquals(SAMPLE.actors().get(0).mentions().get(2).sentence(), back.actors().get(0).mentions().get(2).sentence());
  }

  @Test
  void malformedRecordsNameTheDocumentAndField() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DyadJson.standard().fromJsonString("{\"events\":[]}"));
    assertTrue(e.getMessage().contains("doc_id"), e.getMessage());

    ObjectNode n = DyadJson.standard().toJson(SAMPLE);
    ((ObjectNode) n.get("events").get(1).get("cameo")).put("code", "4");
    e = assertThrows(IllegalArgumentException.class, () -> DyadJson.standard().fromJson(n));
    assertTrue(e.getMessage().contains(SAMPLE.docId()) && e.getMessage().contains("events[1]")
        && e.getMessage().contains("cameo.code"), e.getMessage());

    ObjectNode n2 = DyadJson.standard().toJson(SAMPLE);
    n2.put("date", "16/05/2021");
    e = assertThrows(IllegalArgumentException.class, () -> DyadJson.standard().fromJson(n2));
    assertTrue(e.getMessage().contains("ISO date"), e.getMessage());

    ObjectNode n3 = DyadJson.standard().toJson(SAMPLE);
    ((ObjectNode) n3.get("actors").get(0)).put("code", "pakgov");
    e = assertThrows(IllegalArgumentException.class, () -> DyadJson.standard().fromJson(n3));
    assertTrue(e.getMessage().contains("actors[0].code"), e.getMessage());

    assertThrows(IllegalArgumentException.class, () -> DyadJson.standard().fromJsonString("[1,2]"));
    assertThrows(IllegalArgumentException.class, () -> DyadJson.standard().fromJsonString("{not json"));
  }

  @Test
  void jsonLinesRoundTripAndReportLineNumbers() throws Exception {
    CodedArticle other = CodedArticleBuilder.article("d2", java.time.LocalDate.of(2020, 2, 2), "Iran warned Israel.")
        .actor("A1", "Iran", "IRN", "COUNTRY", "Iran").actor("A2", "Israel", "ISR", "COUNTRY", "Israel")
        .event(0, "warned", "Iran", "Israel", "130").goldstein(-4.4).add().build();
    DyadJson json = DyadJson.withText();
    StringWriter w = new StringWriter();
    json.writeJsonl(List.of(SAMPLE, other), w);
    String[] lines = w.toString().split("\n", -1);
    assertEquals(3, lines.length, "two lines, each ended by a newline");
    assertEquals("", lines[2]);

    List<CodedArticle> back = new ArrayList<>();
    json.readJsonl(new StringReader(w + "\n  \n"), "mem.jsonl", back::add);
    assertEquals(List.of(withoutHeadTokens(SAMPLE), withoutHeadTokens(other)), back);

    String broken = lines[0] + "\n" + "{\"doc_id\": 5}\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> json.readJsonl(new StringReader(broken), "in.jsonl", a -> { }));
    assertTrue(e.getMessage().startsWith("in.jsonl:2: "), e.getMessage());
  }

  @Test
  void jsonLinesFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out/sub/articles.jsonl");
    DyadJson.standard().writeJsonl(file, List.of(SAMPLE, SAMPLE));
    assertEquals(2, Files.readAllLines(file).size());
    List<CodedArticle> back = DyadJson.standard().readJsonl(file);
    assertEquals(2, back.size());
    assertEquals(DyadJson.standard().toJson(SAMPLE), DyadJson.standard().toJson(back.get(1)));
  }

  @Test
  void oneInstanceIsSafeAcrossThreads() throws Exception {
    DyadJson json = DyadJson.standard();
    String expected = json.toJsonString(SAMPLE, false);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> json.toJsonString(json.fromJsonString(expected), false)));
      }
      for (Future<String> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
