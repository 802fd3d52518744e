package org.dyad.formats.export;

import java.util.List;
import java.util.Objects;

/**
 * How widely an event was reported: the counts of its cluster of reports (GDELT's NumMentions,
 * NumSources, NumArticles) and, when a row stands for a whole cluster, every report. Immutable.
 *
 * @param clusterId null when the event is not clustered
 * @param mentions reports of the event (event rows), at least 1
 * @param sources distinct outlets, at least 1
 * @param articles distinct articles, at least 1
 * @param reports every report of the cluster when the row stands for the cluster, else empty
 */
public record Coverage(String clusterId, int mentions, int sources, int articles, List<Report> reports) {
  public Coverage {
    if (mentions < 1 || sources < 1 || articles < 1) {
      throw new IllegalArgumentException("coverage counts must be at least 1, got mentions " + mentions + ", sources "
          + sources + ", articles " + articles);
    }
    reports = List.copyOf(Objects.requireNonNull(reports, "reports"));
  }

  /** One report in one article from one source: GDELT's 1/1/1 of an unclustered event. */
  public static Coverage single() {
    return new Coverage(null, 1, 1, 1, List.of());
  }
}
