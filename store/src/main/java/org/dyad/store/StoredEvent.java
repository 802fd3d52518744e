package org.dyad.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Event;

/**
 * An event with the metadata of its article and the counts of its cluster, as
 * {@link EventClusters#forEachEvent} streams them for exports. Immutable.
 *
 * @param articleDate the article's publication date
 * @param title the article's title, null when unknown
 * @param url the article's URL, null when unknown
 * @param source the article's source field (e.g. the outlet), null when unknown
 * @param codedAt when the article was stored, UTC
 * @param sentenceText the event's sentence, null when unknown
 * @param clusterId the event's cluster (null only when the event is not clustered)
 * @param mentions the cluster's reports (1 without a cluster)
 * @param articles the cluster's distinct articles (1 without a cluster)
 * @param sources the cluster's distinct outlets (1 without a cluster)
 * @param reports every report of the cluster in rank order when one row per cluster was asked
 *     for; otherwise empty
 */
public record StoredEvent(
    Event event,
    LocalDate articleDate,
    String title,
    String url,
    String source,
    LocalDateTime codedAt,
    String sentenceText,
    String clusterId,
    int mentions,
    int articles,
    int sources,
    List<ClusterMember> reports) {
  public StoredEvent {
    Objects.requireNonNull(event, "event");
    reports = List.copyOf(reports);
  }
}
