package org.dyad.actors.dict;

import java.util.List;
import java.util.Objects;

/**
 * One place of a {@link Gazetteer}.
 *
 * @param name the usual English (or GeoNames) name
 * @param aliases other names and spellings
 * @param iso3 the CAMEO country code of the country the place is in (see {@link Country#iso3()})
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 * @param kind capital, city or region
 * @param population approximate population, 0 when unknown
 */
public record GazetteerEntry(String name, List<String> aliases, String iso3, double lat, double lon, PlaceKind kind, long population) {
  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    if (name.isBlank()) {
      throw new IllegalArgumentException("empty place name");
    }
    if (!iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("iso3 must be three capital letters: '" + iso3 + "'");
    }
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
    if (population < 0) {
      throw new IllegalArgumentException("negative population " + population);
    }
  }
}
