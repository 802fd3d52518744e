package org.dyad.actors.dict;

import java.util.List;
import java.util.Objects;

/**
 * A country (or a territory CAMEO codes as one) from {@code countries.tsv}.
 *
 * @param iso3 the CAMEO country code; ISO 3166 alpha-3 except where CAMEO differs (Kosovo
 *     {@code KSV}, Timor-Leste {@code TMP})
 * @param name the common English name
 * @param aliases other names, including exact-case acronyms ("US", "DPRK")
 * @param adjectives adjectives and demonyms ("Pakistani", "Pakistanis")
 * @param capital the capital, or the seat of government where news uses that (La Paz, Ramallah)
 * @param capitalLat latitude of the capital in degrees, -90..90
 * @param capitalLon longitude of the capital in degrees, -180..180
 * @param metonyms capital and seat-of-government names used for the government ("Kremlin")
 * @param iso2 the ISO 3166 alpha-2 code (Kosovo: {@code XK}), used to map GeoNames country codes
 */
public record Country(
    String iso3,
    String name,
    List<String> aliases,
    List<String> adjectives,
    String capital,
    double capitalLat,
    double capitalLon,
    List<String> metonyms,
    String iso2) {
  public Country {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(capital, "capital");
    Objects.requireNonNull(iso2, "iso2");
    aliases = List.copyOf(aliases);
    adjectives = List.copyOf(adjectives);
    metonyms = List.copyOf(metonyms);
    if (!iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("iso3 must be three capital letters: '" + iso3 + "'");
    }
    if (!iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("iso2 must be two capital letters: '" + iso2 + "'");
    }
    if (!(capitalLat >= -90 && capitalLat <= 90) || !(capitalLon >= -180 && capitalLon <= 180)) {
      throw new IllegalArgumentException("capital coordinates out of range: " + capitalLat + "," + capitalLon);
    }
  }
}
