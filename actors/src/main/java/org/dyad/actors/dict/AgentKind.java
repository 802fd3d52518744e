package org.dyad.actors.dict;

/** What sort of word an agent phrase is. */
public enum AgentKind {
  /** A person's office or title, e.g. "foreign minister", "army chief", "president". */
  TITLE,
  /** An institution that acts, e.g. "supreme court", "foreign office", "parliament". */
  ORG,
  /** A generic group or person noun, e.g. "government", "forces", "police", "rebels", "journalist". */
  AGENT,
  /** A form of address or rank before a name, e.g. "mr", "dr", "gen", "sheikh". */
  HONORIFIC
}
