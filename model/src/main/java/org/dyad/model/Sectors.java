package org.dyad.model;

import java.util.Map;

/**
 * The CAMEO sector (role) codes Dyad uses, with their meaning.
 *
 * <p>Codes from the CAMEO actor codebook, chapter 3 (domestic and international roles).
 */
public final class Sectors {
  private Sectors() {}

  /** Sector code → short description. */
  public static final Map<String, String> ALL = Map.ofEntries(
      Map.entry("GOV", "government"),
      Map.entry("MIL", "military"),
      Map.entry("JUD", "judiciary"),
      Map.entry("LEG", "legislature"),
      Map.entry("COP", "police"),
      Map.entry("SPY", "state intelligence"),
      Map.entry("OPP", "political opposition"),
      Map.entry("PTY", "political party"),
      Map.entry("ELI", "elites"),
      Map.entry("REB", "rebels"),
      Map.entry("INS", "insurgents"),
      Map.entry("SEP", "separatists"),
      Map.entry("BUS", "business"),
      Map.entry("MED", "media"),
      Map.entry("CVL", "civilians"),
      Map.entry("EDU", "education"),
      Map.entry("HLH", "health"),
      Map.entry("LAB", "labour"),
      Map.entry("AGR", "agriculture"),
      Map.entry("REF", "refugees"),
      Map.entry("CRM", "criminals"),
      Map.entry("REL", "religious"),
      Map.entry("HRI", "human rights"),
      Map.entry("ENV", "environmental"),
      Map.entry("ACT", "activists"),
      Map.entry("MOD", "moderate"),
      Map.entry("RAD", "radical"),
      Map.entry("UAF", "unidentified armed forces"),
      Map.entry("TER", "terrorist"),
      Map.entry("DEV", "development"),
      Map.entry("SET", "settlers"),
      Map.entry("MNC", "multinational corporation"),
      Map.entry("IGO", "intergovernmental organisation"),
      Map.entry("NGO", "non-governmental organisation"),
      Map.entry("NGM", "non-governmental movement"),
      Map.entry("IMG", "international militarised group"),
      Map.entry("UIS", "unidentified state actor"));

  /** True for a known sector code. {@code IGO}, {@code NGO}, {@code IMG}, {@code MNC}, {@code UIS} count as prefixes, not sectors. */
  public static boolean isSector(String code) {
    return ALL.containsKey(code) && !ActorCode.INTERNATIONAL.contains(code);
  }
}
