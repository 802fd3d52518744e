package org.dyad.model;

import java.util.Locale;

/**
 * The sixteen PLOVER event types (current POLECAT names).
 */
public enum PloverType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
  ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

  /** Parses a current or an older PLOVER name (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT ...). */
  public static PloverType parse(String name) {
    String n = name.trim().toUpperCase(Locale.ROOT);
    switch (n) {
      case "DEMAND":
        return REQUEST;
      case "DISAPPROVE":
      case "INVESTIGATE":
        return ACCUSE;
      case "FIGHT":
        return ASSAULT;
      case "YIELD":
        return CONCEDE;
      case "ENGAGE":
        return COOPERATE;
      default:
        return PloverType.valueOf(n);
    }
  }
}
