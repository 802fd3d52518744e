package org.dyad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What one run of the job did.
 *
 * @param master the Spark master it ran on
 * @param documents input documents, coded or not
 * @param coded documents coded without error
 * @param failed documents with at least one error (unreadable, or refused by the pipeline)
 * @param seconds wall time from reading the input to the last table written, pipeline loading included
 * @param pipelineLoads pipelines this JVM made during the run (in local mode: all of them), or -1 when unknown
 * @param pipelineLoadSeconds time this JVM spent making them
 */
public record JobSummary(String master, long documents, long coded, long failed, long events, long actors, long quotes,
    double seconds, int pipelineLoads, double pipelineLoadSeconds) {

  /** Documents per second over the whole run. */
  public double documentsPerSecond() {
    return seconds <= 0 ? 0 : documents / seconds;
  }

  public String toJson() {
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("master", master);
    n.put("documents", documents);
    n.put("coded", coded);
    n.put("failed", failed);
    n.put("events", events);
    n.put("actors", actors);
    n.put("quotes", quotes);
    n.put("seconds", seconds);
    n.put("documents_per_second", documentsPerSecond());
    n.put("pipeline_loads", pipelineLoads);
    n.put("pipeline_load_seconds", pipelineLoadSeconds);
    return n.toString();
  }

  /** Reads what {@link #toJson()} wrote. */
  public static JobSummary fromJson(String json) {
    try {
      var n = new ObjectMapper().readTree(json);
      return new JobSummary(n.path("master").asText(), n.path("documents").asLong(), n.path("coded").asLong(),
          n.path("failed").asLong(), n.path("events").asLong(), n.path("actors").asLong(), n.path("quotes").asLong(),
          n.path("seconds").asDouble(), n.path("pipeline_loads").asInt(-1), n.path("pipeline_load_seconds").asDouble());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a job summary: " + e.getOriginalMessage(), e);
    }
  }

  /** One line for people. */
  public String describe() {
    return String.format(Locale.ROOT, "%s (%d coded, %d failed): %s, %s, %s in %.1f s (%.2f documents/s) on %s",
        count(documents, "document"), coded, failed, count(events, "event"), count(actors, "actor"), count(quotes, "quote"),
        seconds, documentsPerSecond(), master);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
