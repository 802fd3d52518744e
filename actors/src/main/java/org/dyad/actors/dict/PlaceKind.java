package org.dyad.actors.dict;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
  /** A national capital or seat of government. */
  CAPITAL,
  /** Any other populated place. */
  CITY,
  /** A province, state, district, region or territory. */
  REGION
}
