package org.dyad.actors.dict;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.ActorCode;
import org.dyad.model.Sectors;
import org.junit.jupiter.api.Test;

/** The built-in dictionary files: they load, are large enough, and hold the facts others rely on. */
class DefaultDictionaryTest {
  private final ActorDictionary d = ActorDictionary.loadDefault();

  @Test
  void loadsOnceAndIsCached() {
    assertSame(d, ActorDictionary.loadDefault());
  }

  @Test
  void counts() {
    assertTrue(d.countries().size() >= 190, "countries " + d.countries().size());
    assertTrue(d.agents().size() >= 300, "agent rows " + d.agents().size());
    assertTrue(d.groups().size() >= 100, "groups " + d.groups().size());
    assertTrue(d.igos().size() >= 40, "igos " + d.igos().size());
    assertTrue(d.phraseCount() > 2500, "phrases " + d.phraseCount());
  }

  @Test
  void versionCombinesTheFourFiles() {
    assertEquals("countries=2026.11.29-2;agents=2026.11.29-2;groups=2026.11.29-2;igos=2026.11.29-1", d.version());
    assertEquals(List.of("countries.tsv", "agents.tsv", "groups.tsv", "igos.tsv"), List.copyOf(d.versions().keySet()));
  }

  @Test
  void countryFacts() {
    Country pak = d.country("PAK").orElseThrow();
    assertEquals("Pakistan", pak.name());
    assertEquals("PK", pak.iso2());
    assertEquals("Islamabad", pak.capital());
    assertEquals(33.7, pak.capitalLat(), 0.1);
    assertEquals(73.0, pak.capitalLon(), 0.1);
    assertTrue(pak.adjectives().contains("Pakistani"));
    assertEquals("KSV", d.countryByPhrase("Kosovo").orElseThrow().iso3());
    assertEquals("XK", d.country("KSV").orElseThrow().iso2());
    assertEquals("PSE", d.countryByPhrase("Palestinians").orElseThrow().iso3());
    assertEquals("TWN", d.countryByIso2("TW").orElseThrow().iso3());
    assertEquals("HKG", d.countryByPhrase("Hong Kong").orElseThrow().iso3());
    assertEquals("USA", d.countryByPhrase("White House").orElseThrow().iso3());
    assertEquals("RUS", d.countryByPhrase("Kremlin").orElseThrow().iso3());
    assertEquals("GBR", d.countryByPhrase("Downing Street").orElseThrow().iso3());
    assertEquals("ISR", d.countryByPhrase("Jerusalem").orElseThrow().iso3());
    assertEquals("PRK", d.countryByPhrase("DPRK").orElseThrow().iso3());
    assertEquals("GBR", d.countryByPhrase("U.K.").orElseThrow().iso3());
    assertEquals("AFG", d.countryByPhrase("afghani").orElseThrow().iso3());
    assertTrue(d.countryByPhrase("us").isEmpty());
    assertTrue(d.countryByPhrase("Taliban").isEmpty(), "a group is not a country");
    assertTrue(d.country("XXX").isEmpty());
  }

  @Test
  void everyCountryHasDistinctCodesAndACapital() {
    Set<String> iso2 = d.countries().stream().map(Country::iso2).collect(Collectors.toSet());
    assertEquals(d.countries().size(), iso2.size());
    for (Country c : d.countries()) {
      assertFalse(c.capital().isBlank(), c.iso3());
      assertTrue(d.countryByPhrase(c.name()).map(Country::iso3).orElse("").equals(c.iso3()), c.name());
    }
  }

  @Test
  void groupAndIgoCodesFollowCameo() {
    assertEquals(ActorCode.of("AFGREB"), group("Taliban").code());
    assertEquals(ActorCode.of("PAKREB"), group("TTP").code());
    assertEquals(ActorCode.of("PSEREBHMS"), group("Hamas").code());
    assertEquals(ActorCode.of("LBNREB"), group("Hezbollah").code());
    assertEquals(ActorCode.of("IMGMUSALQ"), group("al-Qaeda").code());
    assertEquals(ActorCode.of("IMGMUSISI"), group("Daesh").code());
    assertEquals(ActorCode.of("YEMREB"), group("Houthis").code());
    assertEquals(ActorCode.of("NGAREB"), group("Boko Haram").code());
    assertEquals(ActorCode.of("SOMREB"), group("al-Shabaab").code());
    assertEquals(ActorCode.of("COLREB"), group("FARC").code());
    assertEquals(ActorCode.of("TURREB"), group("PKK").code());
    assertEquals(ActorCode.of("IGOUNO"), igo("UN").code());
    assertEquals(ActorCode.of("IGOWSTNAT"), igo("NATO").code());
    assertEquals(ActorCode.of("IGOEUREEC"), igo("EU").code());
    assertEquals(ActorCode.of("NGOHLHIRC"), igo("Red Cross").code());
    assertEquals(ActorCode.of("NGOHRIAMN"), igo("Amnesty International").code());
    for (Group g : d.groups()) {
      String c = g.code().country();
      assertTrue(d.country(c).isPresent() || ActorCode.INTERNATIONAL.contains(c), g.toString());
    }
    for (Igo g : d.igos()) {
      assertTrue(ActorCode.INTERNATIONAL.contains(g.code().country()), g.toString());
    }
  }

  @Test
  void agentSectorsAreKnownAndHonorificsAreMilitaryOrNone() {
    for (Agent a : d.agents()) {
      a.sectors().forEach(s -> assertTrue(Sectors.isSector(s), a.toString()));
      if (a.kind() == AgentKind.HONORIFIC) {
        assertTrue(a.sectors().isEmpty() || a.sectors().equals(List.of("MIL")), a.toString());
      }
    }
    Agent fm = agent("foreign minister");
    assertEquals(List.of("GOV"), fm.sectors());
    assertEquals(AgentKind.TITLE, fm.kind());
    assertEquals(List.of("GOV", "MIL"), agent("defence minister").sectors());
    assertSame(agent("FO"), agent("foreign office"));
    assertTrue(d.lookup("fo").isEmpty(), "acronym FO matches only in capitals");
  }

  private Group group(String phrase) {
    return (Group) d.lookup(phrase).orElseThrow(() -> new AssertionError("no entry for " + phrase));
  }

  private Igo igo(String phrase) {
    return (Igo) d.lookup(phrase).orElseThrow(() -> new AssertionError("no entry for " + phrase));
  }

  private Agent agent(String phrase) {
    return (Agent) d.lookup(phrase).orElseThrow(() -> new AssertionError("no entry for " + phrase));
  }
}
