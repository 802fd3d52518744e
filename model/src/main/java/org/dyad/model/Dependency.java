package org.dyad.model;

import java.util.Objects;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++).
 *
 * @param governor index of the head token in the sentence, or -1 for the root
 * @param relation the relation with its case marker when enhanced, e.g. {@code obl:to}
 * @param dependent index of the dependent token
 */
public record Dependency(int governor, String relation, int dependent) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its enhancement, {@code obl:to} → {@code obl}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The case marker of an enhanced relation, {@code obl:to} → {@code to}; "" when none. */
  public String marker() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
