package org.dyad.actors.dict;

/** How a text names a country: by a name, by an adjective/demonym, or by a seat of government standing for its government. */
public enum CountryForm {
  /** A name or alias of the country, e.g. "Pakistan", "United States", "U.S.". */
  NAME,
  /** An adjective or demonym, e.g. "Pakistani", "Americans". */
  ADJECTIVE,
  /** A capital or seat of government used for the government, e.g. "Islamabad", "White House", "Kremlin". */
  METONYM
}
