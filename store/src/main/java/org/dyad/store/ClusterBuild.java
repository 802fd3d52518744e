package org.dyad.store;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the last cluster build used and produced. Immutable.
 *
 * @param rules the rules the clusters were built with
 * @param events the event rows clustered
 * @param clusters the clusters made
 * @param builtAt when, in UTC
 */
public record ClusterBuild(ClusterRules rules, long events, long clusters, LocalDateTime builtAt) {
  public ClusterBuild {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(builtAt, "builtAt");
  }
}
