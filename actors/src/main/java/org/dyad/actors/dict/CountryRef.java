package org.dyad.actors.dict;

import java.util.Objects;

/**
 * A phrase that names a country in the given {@link CountryForm}.
 *
 * @param country the country named
 * @param form name, adjective/demonym, or metonym for its government
 */
public record CountryRef(Country country, CountryForm form) implements DictionaryEntry {
  public CountryRef {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(form, "form");
  }
}
