package org.dyad.actors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.actors.dict.Agent;
import org.dyad.actors.dict.AgentKind;
import org.dyad.actors.dict.CountryRef;
import org.dyad.actors.dict.DictionaryEntry;
import org.dyad.actors.dict.Group;
import org.dyad.actors.dict.Igo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchActorsTest {
  static final String ACTORS = String.join("\n",
      "<!-- a test actor dictionary",
      "     over two lines -->",
      "PAKISTAN_  [PAK]  # the country",
      "+PAKISTANI_",
      "+ISLAMABAD",
      "",
      "NAWAZ_SHARIF_  # CountryInfo.txt",
      "\t[PAKELI 490101-900101]",
      "\t[PAKGOV 900101-930718]",
      "\t[PAKELI 930719-970216]",
      "\t[PAKGOV >970217]",
      "AL-QAEDA [IMGMOSALQ]",
      "AL QAIDA",
      "UNITED_NATIONS [IGOUNO]",
      "AMNESTY_INTERNATIONAL [NGM]",
      "BOROMIR [---]",
      "GONDOR_CITY",
      "MINAS_TIRITH",
      "\t[GON]",
      "BAD_DATE",
      "\t[XYZGOV 991399-000101]",
      "US [USA]",
      "ITHILEN_TELEVISION [ITHTV]");
  static final String AGENTS = String.join("\n",
      "!MINST! = MINISTER, MINISTERS, MINISTRY",
      "FOREIGN_MINISTER [~GOVFRM] # jap",
      "POLICE {} [~COP]",
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
      "HUMAN_RIGHTS_BODY [NGO~]",
      "GOLDEN_GOOSE [~GGS]",
      "DEFENCE_!MINST! [~MIL]",
      "NO_CODE_HERE");

  static PetrarchActors actors() {
    return PetrarchActors.parse(PetrarchLines.parse("test.actors", ACTORS));
  }

  static PetrarchAgents agents() {
    return PetrarchAgents.parse(PetrarchLines.parse("test.agents", AGENTS));
  }

  @Test
  void readsRecordsSynonymsAndDateRestrictions() {
    PetrarchActors a = actors();
    PetrarchActor pak = a.actors().get(0);
    assertEquals(List.of("PAKISTAN", "PAKISTANI", "ISLAMABAD"), pak.phrases());
    assertEquals("test.actors", pak.file());
    assertEquals(3, pak.line());
    PetrarchActor sharif = a.actors().get(1);
    assertEquals(4, sharif.codes().size());
    assertTrue(sharif.isDated());
    assertEquals("PAKELI", sharif.codeAt(LocalDate.of(1989, 5, 1)).orElseThrow());
    assertEquals("PAKELI", sharif.codeAt(LocalDate.of(1990, 1, 1)).orElseThrow(), "limits are inclusive; the first wins");
    assertEquals("PAKGOV", sharif.codeAt(LocalDate.of(1990, 1, 2)).orElseThrow());
    assertEquals("PAKGOV", sharif.codeAt(LocalDate.of(1993, 7, 18)).orElseThrow(), "limits are inclusive");
    assertEquals("PAKELI", sharif.codeAt(LocalDate.of(1995, 1, 1)).orElseThrow());
    assertEquals("PAKGOV", sharif.codeAt(LocalDate.of(2014, 1, 1)).orElseThrow());
    assertTrue(sharif.codeAt(LocalDate.of(1940, 1, 1)).isEmpty(), "no default code before the first restriction");
    // a code-less primary line shares the codes that follow it
    PetrarchActor gondor = a.actors().stream().filter(x -> x.phrases().contains("GONDOR CITY")).findFirst().orElseThrow();
    assertEquals(List.of("GONDOR CITY", "MINAS TIRITH"), gondor.phrases());
    assertEquals("GON", gondor.codeAt(LocalDate.of(2000, 1, 1)).orElseThrow());
    // a bad date is reported with file and line, and the restriction skipped
    assertEquals(1, a.problems().size(), a.problems().toString());
    assertTrue(a.problems().get(0).startsWith("test.actors:21:"), a.problems().get(0));
  }

  @Test
  void twoDigitYearsFollowTabari() {
    assertEquals(LocalDate.of(2030, 1, 1), DatedCode.date("300101"));
    assertEquals(LocalDate.of(1931, 1, 1), DatedCode.date("310101"));
    assertEquals(LocalDate.of(1927, 1, 1), DatedCode.date("19270101"));
    DatedCode lt = DatedCode.parse("USAGOV <090120");
    assertTrue(lt.covers(LocalDate.of(2009, 1, 20)));
    assertFalse(lt.covers(LocalDate.of(2009, 1, 21)));
    DatedCode gt = DatedCode.parse("usagov > 090120");
    assertEquals("USAGOV", gt.code());
    assertTrue(gt.covers(LocalDate.of(2020, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> DatedCode.parse("USAGOV 090120-080101"));
    assertThrows(IllegalArgumentException.class, () -> DatedCode.date("0901"));
  }

  @Test
  void agentsExpandMarkersAndPlurals() {
    PetrarchAgents g = agents();
    assertEquals(List.of("FOREIGN_MINISTER", "FOREIGN_MINISTERS"), g.agents().get(0).forms());
    assertEquals("GOVFRM", g.agents().get(0).code());
    assertEquals(List.of("POLICE"), g.agents().get(1).forms(), "{} means no plural");
    assertEquals(List.of("ATTORNEY_GENERAL", "ATTORNEYS_GENERAL"), g.agents().get(2).forms());
    assertTrue(g.agents().get(3).prefix());
    assertEquals(List.of("DEFENCE_MINISTER", "DEFENCE_MINISTERS", "DEFENCE_MINISTRY"), g.agents().get(5).forms());
    assertEquals(1, g.problems().size());
    assertTrue(g.problems().get(0).contains("test.agents:8"), g.problems().toString());
  }

  @Test
  void importChoosesTheCodeValidOnTheDate() {
    ActorDictionary in1992 = actors().dictionary(LocalDate.of(1992, 6, 1), agents());
    ActorDictionary in1995 = actors().dictionary(LocalDate.of(1995, 6, 1), agents());
    assertEquals("PAKGOV", group(in1992, "Nawaz Sharif"));
    assertEquals("PAKELI", group(in1995, "Nawaz Sharif"));
    assertEquals("IMGMOSALQ", assertInstanceOf(Igo.class, in1992.lookup("al-Qaeda").orElseThrow()).code().value(),
        "an international prefix makes an international actor");
  }

  private static String group(ActorDictionary d, String phrase) {
    DictionaryEntry e = d.lookup(phrase).orElseThrow(() -> new AssertionError(phrase + " not in the import"));
    return assertInstanceOf(Group.class, e).code().value();
  }

  @Test
  void importWritesCountriesAgentsAndCountsWhatItLeavesOut() {
    PetrarchActors.DyadImport imp = actors().toDyad(LocalDate.of(2000, 1, 1), agents());
    ActorDictionary d = imp.dictionary();
    CountryRef pak = assertInstanceOf(CountryRef.class, d.lookup("Pakistani").orElseThrow());
    assertEquals("PAK", pak.country().iso3());
    assertEquals("PK", pak.country().iso2(), "Dyad's metadata for a country it knows");
    assertTrue(d.lookup("Islamabad").isPresent());
    // a code Dyad does not know becomes a country of its own
    assertEquals("GON", assertInstanceOf(CountryRef.class, d.lookup("Minas Tirith").orElseThrow()).country().iso3());
    // short acronyms keep their capitals: "us" the pronoun is not the USA
    assertTrue(d.lookup("US").isPresent());
    assertTrue(d.lookup("us").isEmpty());
    // agents: Dyad sectors only, kinds from Dyad's own dictionary
    Agent fm = assertInstanceOf(Agent.class, d.lookup("foreign ministers").orElseThrow());
    assertEquals(List.of("GOV"), fm.sectors());
    assertEquals(AgentKind.TITLE, fm.kind());
    assertEquals(List.of("COP"), assertInstanceOf(Agent.class, d.lookup("police").orElseThrow()).sectors());
    assertTrue(d.lookup("golden goose").isEmpty());
    assertTrue(d.lookup("human rights body").isEmpty());
    var skipped = imp.report().skipped();
    assertEquals(1, skipped.get("records whose code starts with a sector (no country)"));
    assertEquals(1, skipped.get("records with a null code (---)"));
    assertEquals(1, skipped.get("records whose code is not made of three-letter blocks"));
    assertEquals(1, skipped.get("agents with a prefix code (e.g. NGO~)"));
    assertEquals(1, skipped.get("agents with no sector Dyad knows"));
    assertEquals(1, skipped.get("agent code blocks Dyad does not know (dropped, the agent kept)"));
    assertTrue(imp.report().summary().contains("not imported"));
  }

  @Test
  void nearDuplicatePhrasesAreWrittenOnce(@TempDir Path dir) throws Exception {
    String text = "AL-QAEDA [IMGMOSALQ]\n+AL QAEDA\n+Al-Qaeda's\nGEN. SMITH [USAMIL]\n+GEN SMITH\n";
    PetrarchActors a = PetrarchActors.parse(PetrarchLines.parse("dups.actors", text));
    PetrarchActors.DyadImport imp = a.toDyad(LocalDate.of(2000, 1, 1), null);
    imp.write(dir);
    ActorDictionary d = ActorDictionary.load(dir);
    assertTrue(d.lookup("al Qaeda").isPresent());
    assertEquals(2, imp.report().skipped().get("phrases already taken by an earlier record"));
    assertTrue(Files.readString(dir.resolve("groups.tsv")).contains("#version\tpetrarch.20000101"));
  }
}
