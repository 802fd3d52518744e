package org.dyad.formats.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountriesTest {
  @Test
  void theDefaultTableKnowsTheCountriesOfCameo() {
    Countries c = Countries.loadDefault();
    assertTrue(c.size() > 200, "rows: " + c.size());
    assertTrue(c.version().matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+"), c.version());
    assertEquals(Optional.of("US"), c.fips("USA"));
    assertEquals(Optional.of("PK"), c.fips("PAK"));
    assertEquals(Optional.of("UK"), c.fips("GBR"));
    assertEquals(Optional.of("GM"), c.fips("DEU"));
    assertEquals(Optional.of("CG"), c.fips("COD"));
    assertEquals(Optional.of("CF"), c.fips("COG"));
    assertEquals(Optional.of("KV"), c.fips("KSV"));
    assertEquals(Optional.of("TT"), c.fips("TMP"));
    assertEquals(Optional.of("Pakistan"), c.name("PAK"));
    assertEquals(Optional.of("United States"), c.name("USA"));
    assertEquals(Optional.empty(), c.fips("IGO"));
    assertEquals(Optional.empty(), c.name(null));
  }

  @Test
  void malformedTablesAreRefusedWithTheirLine() {
    String ok = "#version\t1\niso3\tfips\tname\nPAK\tPK\tPakistan\n";
    assertEquals(1, Countries.load(new StringReader(ok), "t").size());
    assertMessage("t line 1", "iso3\tfips\tname\nPAK\tPK\tPakistan\n".replace("iso3", "iso"));
    assertMessage("no '#version'", "iso3\tfips\tname\nPAK\tPK\tPakistan\n");
    assertMessage("t line 4: country code PAK occurs twice", ok + "PAK\tPK\tPakistan\n");
    assertMessage("t line 3: FIPS code 'PKK'", "#version\t1\niso3\tfips\tname\nPAK\tPKK\tPakistan\n");
    assertMessage("t line 3: country code 'pak'", "#version\t1\niso3\tfips\tname\npak\tPK\tPakistan\n");
    assertMessage("t line 3: expected 3", "#version\t1\niso3\tfips\tname\nPAK\tPK\n");
    assertMessage("t line 3: the name of PAK is empty", "#version\t1\niso3\tfips\tname\nPAK\tPK\t \n");
    assertMessage("no rows", "#version\t1\niso3\tfips\tname\n");
  }

  private static void assertMessage(String expected, String table) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Countries.load(new StringReader(table), "t"));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
