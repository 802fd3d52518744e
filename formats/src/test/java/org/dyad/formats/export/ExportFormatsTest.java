package org.dyad.formats.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.PloverType;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {
  private static final LocalDate D = LocalDate.of(2021, 5, 16);
  private static final LocalDateTime CODED = LocalDateTime.of(2021, 5, 17, 9, 30, 5);

  /** Like the seed: Pakistan's government phones the US government in Islamabad. */
  private static final CodedArticle SEED = CodedArticleBuilder.article("seed-1", D,
          "The Pakistani government called Washington from Islamabad on Sunday.",
          "Officials said the talks went well.")
      .meta("Pakistan calls US", "https://news.example/pk-us", "Dawn")
      .actor("A1", "Pakistani government", "PAKGOV", "ORGANIZATION", "Pakistani government")
      .actor("A2", "United States government", "USAGOV", "ORGANIZATION", "Washington")
      .event(0, "called", "Pakistani government", "Washington", "041").goldstein(1.0)
          .plover(PloverType.CONSULT, "phone").at("Islamabad", "Islamabad", "PAK", 33.69, 73.06).add()
      .build();

  private static final Event E = SEED.events().get(0);

  private static ExportRecord seed(Coverage c) {
    return new ExportRecord(E, new ArticleInfo("seed-1", D, "Pakistan calls US", "https://news.example/pk-us", "Dawn",
        CODED), "The Pakistani government called Washington from Islamabad on Sunday.", c);
  }

  private static final Coverage THREE = new Coverage("c-0123456789abcdef", 3, 2, 3, List.of());

  private static String write(EventFormat f, ExportOptions o, ExportRecord... records) throws IOException {
    StringWriter out = new StringWriter();
    try (EventWriter w = f.open(out, o)) {
      for (ExportRecord r : records) {
        w.write(r);
      }
      assertEquals(records.length, w.count());
    }
    return out.toString();
  }

  private static List<String> lines(String s) {
    assertTrue(s.isEmpty() || s.endsWith("\n"), "output ends with a line break");
    return s.isEmpty() ? List.of() : List.of(s.split("\n", -1)).subList(0, s.split("\n", -1).length - 1);
  }

  private static Map<String, String> fields(List<String> columns, String line) {
    String[] f = line.split("\t", -1);
    assertEquals(columns.size(), f.length, "fields in: " + line);
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < f.length; i++) {
      m.put(columns.get(i), f[i]);
    }
    return m;
  }

  // ------------------------------------------------------------------ GDELT

  @Test
  void gdeltHas61ColumnsAndNoHeaderUnlessAsked() throws IOException {
    assertEquals(61, GdeltWriter.COLUMNS.size());
    assertEquals(61, EventFormat.GDELT.columns().size());
    assertFalse(EventFormat.GDELT.headerByDefault());
    List<String> plain = lines(write(EventFormat.GDELT, ExportOptions.defaults(), seed(THREE)));
    assertEquals(1, plain.size());
    List<String> withHeader = lines(write(EventFormat.GDELT, ExportOptions.defaults().withHeader(true), seed(THREE)));
    assertEquals(2, withHeader.size());
    assertEquals(String.join("\t", GdeltWriter.COLUMNS), withHeader.get(0));
    assertEquals(plain.get(0), withHeader.get(1));
    assertEquals(List.of(String.join("\t", GdeltWriter.COLUMNS)),
        lines(write(EventFormat.GDELT, ExportOptions.defaults().withHeader(true))), "an empty export keeps its header");
  }

  @Test
  void gdeltRowOfTheSeedEvent() throws IOException {
    Map<String, String> g = fields(GdeltWriter.COLUMNS, lines(write(EventFormat.GDELT, ExportOptions.defaults(),
        seed(THREE))).get(0));
    long id = Long.parseLong(g.get("GLOBALEVENTID"));
    assertEquals(GdeltWriter.globalEventId(E.eventId()), id);
    assertTrue(id >= 0 && id < (1L << 53));
    assertEquals("20210516", g.get("SQLDATE"));
    assertEquals("202105", g.get("MonthYear"));
    assertEquals("2021", g.get("Year"));
    assertEquals("2021.3726", g.get("FractionDate"));
    assertEquals("PAKGOV", g.get("Actor1Code"));
    assertEquals("PAKISTANI GOVERNMENT", g.get("Actor1Name"));
    assertEquals("PAK", g.get("Actor1CountryCode"));
    assertEquals("", g.get("Actor1KnownGroupCode"));
    assertEquals("GOV", g.get("Actor1Type1Code"));
    assertEquals("", g.get("Actor1Type2Code"));
    assertEquals("USAGOV", g.get("Actor2Code"));
    assertEquals("UNITED STATES GOVERNMENT", g.get("Actor2Name"));
    assertEquals("USA", g.get("Actor2CountryCode"));
    assertEquals("GOV", g.get("Actor2Type1Code"));
    assertEquals("1", g.get("IsRootEvent"));
    assertEquals("041", g.get("EventCode"));
    assertEquals("041", g.get("EventBaseCode"));
    assertEquals("04", g.get("EventRootCode"));
    assertEquals("1", g.get("QuadClass"));
    assertEquals("1.0", g.get("GoldsteinScale"));
    assertEquals("3", g.get("NumMentions"));
    assertEquals("2", g.get("NumSources"));
    assertEquals("3", g.get("NumArticles"));
    assertEquals("", g.get("AvgTone"));
    assertEquals("0", g.get("Actor1Geo_Type"));
    assertEquals("", g.get("Actor1Geo_FullName"));
    assertEquals("0", g.get("Actor2Geo_Type"));
    assertEquals("4", g.get("ActionGeo_Type"));
    assertEquals("Islamabad, Pakistan", g.get("ActionGeo_FullName"));
    assertEquals("PK", g.get("ActionGeo_CountryCode"));
    assertEquals("33.69", g.get("ActionGeo_Lat"));
    assertEquals("73.06", g.get("ActionGeo_Long"));
    assertEquals("", g.get("ActionGeo_FeatureID"));
    assertEquals("20210517093005", g.get("DATEADDED"));
    assertEquals("https://news.example/pk-us", g.get("SOURCEURL"));
  }

  @Test
  void gdeltCodesKeepLeadingZerosAndSplitActorsLikeGdelt() throws IOException {
    CodedArticle a = CodedArticleBuilder.article("d2", D, "Talks continued.", "The UN appealed to rebels.")
        .actor("A1", "United Nations Human Rights Council", "IGOUNOHRI", "IGO", "UN")
        .actor("A2", "rebels", "REB", "GROUP", "rebels")
        .event(1, "appealed", "UN", "rebels", "0211").goldstein(3.4).date(null, null, null).add()
        .build();
    Map<String, String> g = fields(GdeltWriter.COLUMNS, lines(write(EventFormat.GDELT, ExportOptions.defaults(),
        ExportRecord.of(a.events().get(0), ArticleInfo.of("d2"), null))).get(0));
    assertEquals("0211", g.get("EventCode"));
    assertEquals("021", g.get("EventBaseCode"));
    assertEquals("02", g.get("EventRootCode"));
    assertEquals("3.4", g.get("GoldsteinScale"));
    assertEquals("IGOUNOHRI", g.get("Actor1Code"));
    assertEquals("", g.get("Actor1CountryCode"));
    assertEquals("UNO", g.get("Actor1KnownGroupCode"));
    assertEquals("IGO", g.get("Actor1Type1Code"));
    assertEquals("HRI", g.get("Actor1Type2Code"));
    assertEquals("REB", g.get("Actor2Code"));
    assertEquals("", g.get("Actor2CountryCode"));
    assertEquals("REB", g.get("Actor2Type1Code"));
    assertEquals("0", g.get("IsRootEvent"), "second sentence");
    assertEquals("", g.get("SQLDATE"), "undated");
    assertEquals("1", g.get("NumMentions"));
    assertEquals("1", g.get("NumSources"));
    assertEquals("1", g.get("NumArticles"));
    assertEquals("d2", g.get("SOURCEURL"), "no URL: the document id");
    assertEquals("", g.get("DATEADDED"));
    assertEquals("0", g.get("ActionGeo_Type"));
  }

  @Test
  void gdeltPlacesAtCountryLevelAndInTheUs() throws IOException {
    CodedArticle a = CodedArticleBuilder.article("d3", D, "Iran warned Israel in Iran.", "Protesters marched in Boston.")
        .actor("A1", "Iran", "IRN", "COUNTRY", "Iran", "Iran")
        .actor("A2", "Israel", "ISR", "COUNTRY", "Israel")
        .actor("A3", "protesters", "USACVL", "GROUP", "Protesters")
        .event(0, "warned", "Iran", "Israel", "130").at("Iran", "Iran", "IRN", null, null).add()
        .event(1, "marched", "Protesters", null, "141").at("Boston", "Boston", "USA", 42.36, -71.06).add()
        .build();
    String out = write(EventFormat.GDELT, ExportOptions.defaults(),
        ExportRecord.of(a.events().get(0), ArticleInfo.of("d3"), null), ExportRecord.of(a.events().get(1), ArticleInfo.of("d3"), null));
    Map<String, String> country = fields(GdeltWriter.COLUMNS, lines(out).get(0));
    assertEquals("1", country.get("ActionGeo_Type"));
    assertEquals("Iran", country.get("ActionGeo_FullName"));
    assertEquals("IR", country.get("ActionGeo_CountryCode"));
    assertEquals("IR", country.get("ActionGeo_FeatureID"));
    assertEquals("", country.get("ActionGeo_Lat"));
    Map<String, String> us = fields(GdeltWriter.COLUMNS, lines(out).get(1));
    assertEquals("3", us.get("ActionGeo_Type"));
    assertEquals("Boston, United States", us.get("ActionGeo_FullName"));
    assertEquals("US", us.get("ActionGeo_CountryCode"));
    assertEquals("-71.06", us.get("ActionGeo_Long"));
    assertEquals("", us.get("Actor2Code"), "no target");
    assertEquals("", us.get("Actor2Name"));
    assertEquals("3", us.get("QuadClass"), "GDELT puts protest (14) in verbal conflict");
  }

  @Test
  void tabsAndLineBreaksInTextFieldsNeverBreakARow() throws IOException {
    CodedArticle a = CodedArticleBuilder.article("d4", D, "Alpha\tcalled Beta.")
        .actor("A1", "Alpha\nParty", "PAKPTY", "ORGANIZATION", "Alpha")
        .actor("A2", "Beta", "IND", "COUNTRY", "Beta")
        .event(0, "called", "Alpha", "Beta", "041").add()
        .build();
    ExportRecord r = new ExportRecord(a.events().get(0),
        new ArticleInfo("d4", D, "T\r\nitle", "https://x.example/a\tb", "Da\nwn", null), "Alpha\tcalled\nBeta.",
        new Coverage("c-1", 1, 1, 1, List.of()));
    for (EventFormat f : List.of(EventFormat.GDELT, EventFormat.ICEWS, EventFormat.PHOENIX)) {
      List<String> l = lines(write(f, ExportOptions.defaults().withHeader(false), r));
      assertEquals(1, l.size(), f + " wrote one line");
      fields(f.columns(), l.get(0));
    }
    Map<String, String> g = fields(GdeltWriter.COLUMNS, lines(write(EventFormat.GDELT, ExportOptions.defaults(), r)).get(0));
    assertEquals("ALPHA PARTY", g.get("Actor1Name"));
    assertEquals("https://x.example/a b", g.get("SOURCEURL"));
    Map<String, String> i = fields(IcewsWriter.COLUMNS, lines(write(EventFormat.ICEWS, ExportOptions.defaults().withHeader(false), r)).get(0));
    assertEquals("Da wn", i.get("Publisher"));
    List<String> json = lines(write(EventFormat.PLOVER, ExportOptions.defaults(), r));
    assertEquals(1, json.size());
    assertEquals("Alpha\tcalled\nBeta.", new ObjectMapper().readTree(json.get(0)).get("text").textValue(),
        "JSON keeps the text and escapes it");
    assertEquals("a  b", Fields.clean("a\r\nb"));
    assertEquals("", Fields.clean(null));
    assertEquals("plain", Fields.clean("plain"));
  }

  // ------------------------------------------------------------------ ICEWS

  @Test
  void icewsHas20ColumnsAHeaderAndTheSeedRow() throws IOException {
    assertEquals(20, IcewsWriter.COLUMNS.size());
    Map<String, String> names = Map.of("041", "Discuss by telephone");
    List<String> l = lines(write(EventFormat.ICEWS, ExportOptions.defaults().withCameoNames(names::get), seed(THREE)));
    assertEquals(2, l.size());
    assertEquals(String.join("\t", IcewsWriter.COLUMNS), l.get(0));
    Map<String, String> i = fields(IcewsWriter.COLUMNS, l.get(1));
    assertEquals(Long.toString(GdeltWriter.globalEventId(E.eventId())), i.get("Event ID"));
    assertEquals("2021-05-16", i.get("Event Date"));
    assertEquals("Pakistani government", i.get("Source Name"));
    assertEquals("Government", i.get("Source Sectors"));
    assertEquals("Pakistan", i.get("Source Country"));
    assertEquals("Discuss by telephone", i.get("Event Text"));
    assertEquals("041", i.get("CAMEO Code"));
    assertEquals("1.0", i.get("Intensity"));
    assertEquals("United States government", i.get("Target Name"));
    assertEquals("United States", i.get("Target Country"));
    assertEquals("seed-1", i.get("Story ID"));
    assertEquals("1", i.get("Sentence Number"));
    assertEquals("Dawn", i.get("Publisher"));
    assertEquals("Islamabad", i.get("City"));
    assertEquals("", i.get("Province"));
    assertEquals("Pakistan", i.get("Country"));
    assertEquals("33.69", i.get("Latitude"));
    assertEquals("73.06", i.get("Longitude"));
    assertEquals(1, lines(write(EventFormat.ICEWS, ExportOptions.defaults().withHeader(false), seed(THREE))).size());
  }

  // ------------------------------------------------------------------ Phoenix

  @Test
  void phoenixHas26ColumnsAndListsEveryReport() throws IOException {
    assertEquals(26, PhoenixWriter.COLUMNS.size());
    Coverage cluster = new Coverage("c-1", 2, 2, 2, List.of(
        new Report(E.eventId(), "seed-1", 0, "https://news.example/pk-us", "Dawn"),
        new Report("e-other", "other-7", 2, "https://wire.example/x", "Reuters")));
    List<String> l = lines(write(EventFormat.PHOENIX, ExportOptions.defaults(), seed(cluster)));
    assertEquals(1, l.size(), "no header by default");
    Map<String, String> p = fields(PhoenixWriter.COLUMNS, l.get(0));
    assertEquals("20210516", p.get("Date"));
    assertEquals("2021", p.get("Year"));
    assertEquals("05", p.get("Month"));
    assertEquals("16", p.get("Day"));
    assertEquals("PAKGOV", p.get("SourceActorFull"));
    assertEquals("PAK", p.get("SourceActorEntity"));
    assertEquals("GOV", p.get("SourceActorRole"));
    assertEquals("", p.get("SourceActorAttribute"));
    assertEquals("USA", p.get("TargetActorEntity"));
    assertEquals("041", p.get("EventCode"));
    assertEquals("04", p.get("EventRootCode"));
    assertEquals("1", p.get("QuadClass"));
    assertEquals("1.0", p.get("GoldsteinScore"));
    assertEquals("33.69", p.get("Lat"));
    assertEquals("Islamabad", p.get("LocationName"));
    assertEquals("PAK", p.get("CountryCode"));
    assertEquals("seed-1-1;other-7-3", p.get("SentenceID"));
    assertEquals("https://news.example/pk-us;https://wire.example/x", p.get("URLs"));
    assertEquals("Dawn;Reuters", p.get("NewsSources"));
    Map<String, String> single = fields(PhoenixWriter.COLUMNS, lines(write(EventFormat.PHOENIX, ExportOptions.defaults(),
        seed(Coverage.single()))).get(0));
    assertEquals("seed-1-1", single.get("SentenceID"), "an unclustered row lists its own report");
  }

  @Test
  void phoenixQuadClassAndActorSplit() throws IOException {
    assertEquals(0, PhoenixWriter.quadClass(1));
    assertEquals(0, PhoenixWriter.quadClass(2));
    assertEquals(1, PhoenixWriter.quadClass(4));
    assertEquals(2, PhoenixWriter.quadClass(8));
    assertEquals(3, PhoenixWriter.quadClass(9));
    assertEquals(3, PhoenixWriter.quadClass(16));
    assertEquals(4, PhoenixWriter.quadClass(14));
    assertEquals(4, PhoenixWriter.quadClass(20));
    assertThrows(IllegalArgumentException.class, () -> PhoenixWriter.quadClass(21));
    CodedArticle a = CodedArticleBuilder.article("d5", D, "The UN rights council criticised rebels.")
        .actor("A1", "UN Human Rights Council", "IGOUNOHRI", "IGO", "UN rights council")
        .actor("A2", "rebels", "REB", "GROUP", "rebels")
        .event(0, "criticised", "UN rights council", "rebels", "111").add()
        .build();
    Map<String, String> p = fields(PhoenixWriter.COLUMNS, lines(write(EventFormat.PHOENIX, ExportOptions.defaults(),
        ExportRecord.of(a.events().get(0), ArticleInfo.of("d5"), null))).get(0));
    assertEquals("IGO", p.get("SourceActorEntity"));
    assertEquals("", p.get("SourceActorRole"));
    assertEquals("UNO;HRI", p.get("SourceActorAttribute"));
    assertEquals("", p.get("TargetActorEntity"));
    assertEquals("REB", p.get("TargetActorRole"));
    assertEquals("3", p.get("QuadClass"));
    assertEquals("", p.get("URLs"));
  }

  // ------------------------------------------------------------------ PLOVER

  @Test
  void ploverWritesOneJsonRecordPerLine() throws IOException {
    List<String> l = lines(write(EventFormat.PLOVER, ExportOptions.defaults().withHeader(true), seed(THREE), seed(THREE)));
    assertEquals(2, l.size(), "JSON Lines: no header");
    JsonNode o = new ObjectMapper().readTree(l.get(0));
    assertEquals(E.eventId(), o.get("id").textValue());
    assertEquals("2021-05-16", o.get("date").textValue());
    assertEquals("CONSULT", o.get("event_type").textValue());
    assertEquals("CONSULT", o.get("event").get(0).textValue());
    assertEquals("phone", o.get("mode").get(0).textValue());
    assertEquals(0, o.get("context").size());
    JsonNode actor = o.get("actor").get(0);
    assertEquals("PAK", actor.get("code").textValue());
    assertEquals("PAK", actor.get("country").textValue());
    assertEquals("Pakistan", actor.get("country_name").textValue());
    assertEquals("GOV", actor.get("sector").textValue());
    assertEquals("Pakistani government", actor.get("entity_text").textValue());
    assertEquals("PAKGOV", actor.get("cameo_code").textValue());
    assertEquals("USA", o.get("recipient").get(0).get("code").textValue());
    assertEquals("called", o.get("event_text").get(0).textValue());
    assertEquals(1, o.get("quad_code").intValue());
    assertEquals("Islamabad", o.get("event_loc").get("resolved_place").textValue());
    assertEquals("PAK", o.get("event_loc").get("country_code").textValue());
    assertEquals(33.69, o.get("event_loc").get("lat").doubleValue());
    assertEquals("The Pakistani government called Washington from Islamabad on Sunday.", o.get("text").textValue());
    assertEquals(1, o.get("text_info").get("sequence").intValue());
    assertEquals("https://news.example/pk-us", o.get("cite_info").get("url").textValue());
    assertEquals("Dawn", o.get("cite_info").get("publication").textValue());
    assertEquals("dyad " + CodedArticleBuilder.CODER_VERSION, o.get("coder").textValue());
    assertEquals("2021-05-17", o.get("coded_date").textValue());
    assertEquals("09:30:05Z", o.get("coded_time").textValue());
    assertEquals("c-0123456789abcdef", o.get("link").textValue());
    assertEquals("seed-1", o.get("story_id").textValue());
    assertEquals("041", o.get("cameo_code").textValue());
    assertEquals(1.0, o.get("goldstein").doubleValue());
    assertEquals(3, o.get("num_mentions").intValue());
    assertEquals(2, o.get("num_sources").intValue());
    assertEquals(3, o.get("num_articles").intValue());
  }

  @Test
  void ploverActorsWithoutCountryAndRenamedSectors() throws IOException {
    CodedArticle a = CodedArticleBuilder.article("d6", D, "Indian journalists criticised the UN.")
        .actor("A1", "Indian journalists", "INDMEDHLH", "GROUP", "Indian journalists")
        .actor("A2", "United Nations", "IGOUNO", "IGO", "UN")
        .event(0, "criticised", "Indian journalists", "UN", "111").add()
        .build();
    JsonNode o = new ObjectMapper().readTree(lines(write(EventFormat.PLOVER, ExportOptions.defaults(),
        ExportRecord.of(a.events().get(0), ArticleInfo.of("d6"), null))).get(0));
    assertEquals("JRN", o.get("actor").get(0).get("sector").textValue());
    assertEquals("MED", o.get("actor").get(0).get("other_sector_codes").get(0).textValue());
    JsonNode un = o.get("recipient").get(0);
    assertEquals("IGO", un.get("code").textValue());
    assertTrue(un.get("country").isNull());
    assertTrue(un.get("sector").isNull());
    assertTrue(o.get("event_loc").isNull());
    assertTrue(o.get("link").isNull());
    assertEquals(3, o.get("quad_code").intValue(), "ACCUSE is verbal conflict");
    assertEquals(4, PloverWriter.quadCode(PloverType.PROTEST));
    assertEquals(3, PloverWriter.quadCode(PloverType.SANCTION));
    assertEquals(2, PloverWriter.quadCode(PloverType.RETREAT));
  }

  // ------------------------------------------------------------------ shared

  @Test
  void numericIdsAreStableDistinctAnd53Bits() {
    assertEquals(Fields.numericId("e-1"), Fields.numericId("e-1"));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      long id = Fields.numericId("e-" + i);
      assertTrue(id >= 0 && id < (1L << 53), Long.toString(id));
      ids.add(id);
    }
    assertEquals(1000, ids.stream().distinct().count());
    assertNotEquals(Fields.numericId("e-1"), Fields.numericId("e-2"));
  }

  @Test
  void formatsParseByName() {
    assertEquals(EventFormat.GDELT, EventFormat.parse(" gdelt "));
    assertEquals(EventFormat.PLOVER, EventFormat.parse("PLOVER"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventFormat.parse("csv"));
    assertTrue(e.getMessage().contains("csv"));
  }

  @Test
  void recordsCheckTheirDocument() {
    assertThrows(IllegalArgumentException.class, () -> ExportRecord.of(E, ArticleInfo.of("other"), null));
    assertThrows(IllegalArgumentException.class, () -> new Coverage(null, 0, 1, 1, List.of()));
  }
}
