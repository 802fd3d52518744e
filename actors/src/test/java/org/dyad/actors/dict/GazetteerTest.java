package org.dyad.actors.dict;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir Path dir;

  private final Gazetteer g = Gazetteer.loadDefault();

  private static Path fixture() throws URISyntaxException {
    return Path.of(GazetteerTest.class.getResource("cities-fixture.txt").toURI());
  }

  @Test
  void builtInHasEveryCapitalAndKnownCountries() {
    assertSame(g, Gazetteer.loadDefault());
    assertTrue(g.size() >= 650, "places " + g.size());
    assertEquals("gazetteer=2026.11.29-1", g.version());
    ActorDictionary d = ActorDictionary.loadDefault();
    for (Country c : d.countries()) {
      GazetteerEntry cap = g.lookup(c.capital()).stream()
          .filter(e -> e.iso3().equals(c.iso3()) && e.kind() == PlaceKind.CAPITAL)
          .findFirst().orElseThrow(() -> new AssertionError("no capital " + c.capital() + " for " + c.iso3()));
      assertEquals(c.capitalLat(), cap.lat(), 1e-9, c.iso3());
      assertEquals(c.capitalLon(), cap.lon(), 1e-9, c.iso3());
    }
    for (GazetteerEntry e : g.entries()) {
      assertTrue(d.country(e.iso3()).isPresent(), e.toString());
    }
    long regions = g.entries().stream().filter(e -> e.kind() == PlaceKind.REGION).count();
    long cities = g.entries().stream().filter(e -> e.kind() == PlaceKind.CITY).count();
    assertTrue(regions > 100 && cities > 300, regions + " regions, " + cities + " cities");
  }

  @Test
  void lookupFoldsCaseAccentsAndHyphens() {
    List<GazetteerEntry> hyd = g.lookup("Hyderabad");
    assertEquals(2, hyd.size());
    assertEquals("IND", hyd.get(0).iso3(), "the more populous first");
    assertEquals("PAK", hyd.get(1).iso3());
    assertEquals("UKR", g.lookup("kiev").get(0).iso3());
    assertEquals("Kyiv", g.lookup("KYIV").get(0).name());
    assertEquals("Zurich", g.lookup("Zürich").get(0).name());
    assertEquals("Zurich", g.lookup("zurich").get(0).name());
    assertEquals("HTI", g.lookup("Port au Prince").get(0).iso3());
    assertEquals("PAK", g.lookup("Khyber  Pakhtunkhwa").get(0).iso3());
    assertEquals(PlaceKind.REGION, g.lookup("Khyber Pakhtunkhwa").get(0).kind());
    assertEquals(PlaceKind.CAPITAL, g.lookup("Islamabad").get(0).kind());
    assertEquals(2, g.lookup("Punjab").size());
    assertTrue(g.lookup("Atlantis").isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> g.lookup("Karachi").clear());
  }

  @Test
  void importsGeoNames() throws Exception {
    Gazetteer geo = Gazetteer.importGeoNames(fixture());
    assertEquals(6, geo.size(), "San Juan (PR) is not a country of countries.tsv and is skipped");
    assertEquals("geonames=cities-fixture.txt", geo.version());
    GazetteerEntry khi = geo.lookup("Karachi").get(0);
    assertEquals("PAK", khi.iso3());
    assertEquals(PlaceKind.CITY, khi.kind());
    assertEquals(24.8608, khi.lat(), 1e-9);
    assertEquals(67.0104, khi.lon(), 1e-9);
    assertEquals(11624219, khi.population());
    assertEquals(List.of("Karatschi", "Karaçi"), khi.aliases(), "non-Latin names and codes like KHI are left out");
    GazetteerEntry kyiv = geo.lookup("Kiew").get(0);
    assertEquals("Kyiv", kyiv.name());
    assertEquals(PlaceKind.CAPITAL, kyiv.kind());
    assertEquals("UKR", kyiv.iso3());
    assertEquals("CHE", geo.lookup("Zurigo").get(0).iso3());
    assertEquals("Zürich", geo.lookup("Zurich").get(0).name());
    assertTrue(geo.lookup("San Juan").isEmpty());
    assertTrue(geo.lookup("KHI").isEmpty());
    assertTrue(geo.lookup("Chaman").get(0).aliases().isEmpty());
  }

  @Test
  void mergeKeepsOwnEntriesAndAddsNewOnes() throws Exception {
    Gazetteer geo = Gazetteer.importGeoNames(fixture());
    Gazetteer merged = g.merge(geo);
    assertEquals("gazetteer=2026.11.29-1+geonames=cities-fixture.txt", merged.version());
    // Karachi, Islamabad, Zurich, Kyiv, Hyderabad (IND), Chaman are all in the built-in file
    assertEquals(g.size(), merged.size());
    assertEquals(1, merged.lookup("Kyiv").size());
    assertEquals("Kyiv", merged.lookup("Kyiv").get(0).name());
    // the built-in entries of the same place win, but the imported-only aliases are not lost
    // when the place is new: build a gazetteer without Chaman and merge the import into it
    Gazetteer small = Gazetteer.of(List.of(new GazetteerEntry("Karachi", List.of(), "PAK", 24.86, 67.01, PlaceKind.CITY, 1)), "test=1");
    Gazetteer m2 = small.merge(geo);
    assertEquals(6, m2.size());
    assertEquals(1, m2.lookup("Karachi").get(0).population(), "own entry kept");
    assertEquals(88568, m2.lookup("Chaman").get(0).population());
    assertEquals("test=1+geonames=cities-fixture.txt", m2.version());
    // same name in another country, or far away, is another place
    Gazetteer far = Gazetteer.of(List.of(new GazetteerEntry("Hyderabad", List.of(), "IND", 10, 70, PlaceKind.CITY, 5)), "far=1");
    assertEquals(2, far.merge(geo).lookup("Hyderabad").size());
  }

  @Test
  void malformedGeoNames() throws IOException {
    Path f = dir.resolve("bad.txt");
    String good = Files.readAllLines(fixture0(), StandardCharsets.UTF_8).get(0);
    Files.writeString(f, good + "\n" + good.replace("\t24.8608\t", "\t124.8608\t") + "\n", StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class, () -> Gazetteer.importGeoNames(f));
    assertEquals("bad.txt:2: latitude 124.8608 is outside -90.0..90.0", e.getMessage());
    Files.writeString(f, "1\tKarachi\tKarachi\n", StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> Gazetteer.importGeoNames(f));
    assertEquals("bad.txt:1: expected 19 tab-separated GeoNames columns but found 3", e.getMessage());
    Files.writeString(f, good.replace("\t67.0104\t", "\teast\t"), StandardCharsets.UTF_8);
    e = assertThrows(DictionaryException.class, () -> Gazetteer.importGeoNames(f));
    assertEquals("bad.txt:1: longitude is not a number: 'east'", e.getMessage());
    e = assertThrows(DictionaryException.class, () -> Gazetteer.importGeoNames(dir.resolve("missing.txt")));
    assertEquals("missing.txt", e.file());
  }

  private static Path fixture0() {
    try {
      return fixture();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void usersOwnFileAndItsErrors() throws IOException {
    String head = "# my places\n#version\tmine-1\nname\taliases\tiso3\tlat\tlon\tkind\tpopulation\n";
    Path f = dir.resolve("places.tsv");
    Files.writeString(f, head + "Chaman\tQila Chaman\tPAK\t30.92\t66.45\tCITY\t\n", StandardCharsets.UTF_8);
    Gazetteer mine = Gazetteer.load(f);
    assertEquals("gazetteer=mine-1", mine.version());
    assertEquals(0, mine.lookup("qila chaman").get(0).population());
    assertError(f, head + "Chaman\t\tPAK\t30.92\t66.45\tTOWN\t\n", "places.tsv:4: unknown kind 'TOWN' (CAPITAL, CITY or REGION)");
    assertError(f, head + "Chaman\t\tPAK\t30.92\t266.45\tCITY\t\n", "places.tsv:4: lon 266.45 is outside -180.0..180.0");
    assertError(f, head + "Chaman\t\tPak\t30.92\t66.45\tCITY\t\n", "places.tsv:4: iso3 must be three capital letters: 'Pak'");
    assertError(f, head + "Chaman\t\tPAK\t30.92\t66.45\tCITY\tmany\n", "places.tsv:4: population is not a whole number: 'many'");
    assertError(f, head + "Chaman\t\tPAK\t30.92\t66.45\tCITY\t-5\n", "places.tsv:4: negative population -5");
    assertError(f, head + "Chaman\t\tPAK\t30.92\t66.45\tCITY\t1\nQila Chaman\tChaman\tPAK\t30.9\t66.4\tCITY\t1\n",
        "places.tsv:5: duplicate place name 'Chaman' in PAK: already at line 4");
    assertError(f, head.replace("#version\tmine-1", "#version mine-1"), "places.tsv:2: second line must be '#version<TAB>VERSION'");
    // the same name in two countries is fine
    Files.writeString(f, head + "Hyderabad\t\tPAK\t25.4\t68.4\tCITY\t1\nHyderabad\t\tIND\t17.4\t78.5\tCITY\t2\n", StandardCharsets.UTF_8);
    assertEquals(2, Gazetteer.load(f).lookup("hyderabad").size());
  }

  private static void assertError(Path f, String text, String message) throws IOException {
    Files.writeString(f, text, StandardCharsets.UTF_8);
    DictionaryException e = assertThrows(DictionaryException.class, () -> Gazetteer.load(f));
    assertEquals(message, e.getMessage());
  }

  @Test
  void foldIsStable() {
    assertEquals("port au prince", Gazetteer.fold(" Port-au-Prince "));
    assertEquals("zurich", Gazetteer.fold("ZÜRICH"));
    assertEquals("nuku'alofa", Gazetteer.fold("Nuku\u2019alofa"));
    assertEquals("sao tome", Gazetteer.fold("São  Tomé"));
  }
}
