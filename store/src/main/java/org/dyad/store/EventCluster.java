package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event as reported by one or more articles: a cluster of event reports (see
 * {@link EventClusters}). Its code, dyad, Goldstein value and quad class are those of its root,
 * the first report (earliest date, then document and position). Immutable.
 *
 * @param clusterId {@code c-} and 16 hex digits, derived from the root's event id
 * @param targetCode null when the events have no target
 * @param family the three-digit CAMEO parent the reports share, or the root when none names one
 * @param firstDate the earliest report's event date; null only for an undated single report
 * @param mentions the number of reports (event rows), several per article when it repeats itself
 * @param articles the number of distinct articles
 * @param sources the number of distinct outlets (article source, else URL host, else the article)
 * @param reciprocal true when some reports have the reversed dyad (symmetric codes only)
 */
public record EventCluster(
    String clusterId,
    String sourceCode,
    String targetCode,
    String cameoCode,
    String cameoRoot,
    String family,
    int quadClass,
    double goldstein,
    LocalDate firstDate,
    LocalDate lastDate,
    int mentions,
    int articles,
    int sources,
    String rootEventId,
    boolean reciprocal) {
  public EventCluster {
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(sourceCode, "sourceCode");
    Objects.requireNonNull(cameoCode, "cameoCode");
    Objects.requireNonNull(rootEventId, "rootEventId");
  }
}
