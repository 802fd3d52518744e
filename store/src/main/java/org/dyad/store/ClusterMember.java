package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report of a clustered event: the event row and where it was read. Immutable.
 *
 * @param rank position in the cluster, 0 for the root, in order of date, document and position
 * @param source the article's {@code source} field as stored (null when unknown)
 * @param url the article's URL (null when unknown)
 * @param outlet what the report counts for in the cluster's number of sources
 * @param reversed true when the report has the reversed dyad of the cluster's root
 */
public record ClusterMember(
    String clusterId,
    int rank,
    String eventId,
    String docId,
    int sentence,
    LocalDate date,
    String cameoCode,
    String source,
    String url,
    String outlet,
    boolean reversed) {
  public ClusterMember {
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(docId, "docId");
  }
}
