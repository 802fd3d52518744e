package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.formats.DyadJson;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.Ingested;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.pipeline.DyadPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the Spark job: on the project's sample articles, local[2] writes the
 * events, actors and quotes that the single-machine pipeline codes, and the Dyad JSON of each
 * article is the same, with CoreNLP loaded once in this JVM.
 */
@Tag("spark")
@Tag("corenlp")
class SampleArticlesSparkTest {
  @TempDir
  Path tmp;

  static Path samples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no samples folder above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("samples");
  }

  @Test
  void localTwoCodesTheSamplesAsOneMachineDoes() throws Exception {
    PipelineFactory factory = new DefaultPipelineFactory();
    DyadPipeline pipeline = PipelineHolder.get(factory);
    int loads = PipelineHolder.loads();
    List<CodedArticle> expected = new ArrayList<>();
    try (Stream<Ingested> in = ArticleReader.create().read(samples(), IngestOptions.defaults())) {
      in.forEach(i -> expected.add(pipeline.code(((Ingested.Ok) i).article())));
    }
    assertEquals(3, expected.size());

    SparkSession spark = SparkTestSupport.start();
    JobSummary s;
    Map<String, List<Row>> tables = new HashMap<>();
    try {
      s = DyadSparkJob.run(spark, SparkJobOptions.of(samples().toString(), tmp.resolve("out").toString()).withPartitions(3));
      for (String t : OutputTables.NAMES) {
        tables.put(t, spark.read().parquet(tmp.resolve("out").resolve(t).toString()).collectAsList());
      }
    } finally {
      spark.stop();
    }

    assertEquals(3, s.documents(), s::describe);
    assertEquals(0, s.failed(), s::describe);
    assertEquals(loads, PipelineHolder.loads(), "the job used this JVM's pipeline instead of loading another");
    assertEquals(0, s.pipelineLoads(), s::describe);
    assertTrue(tables.get("errors").isEmpty(), () -> tables.get("errors").toString());

    Set<String> events = new TreeSet<>();
    Set<String> actors = new TreeSet<>();
    Set<String> quotes = new TreeSet<>();
    Map<String, String> json = new HashMap<>();
    for (CodedArticle a : expected) {
      for (Event e : a.events()) {
        events.add(String.join("|", e.eventId(), e.docId(), String.valueOf(e.date()), e.source().code().value(),
            e.target() == null ? "-" : e.target().code().value(), e.cameo().value(), e.provenance().ruleId()));
      }
      for (Actor x : a.actors()) {
        actors.add(String.join("|", a.docId(), x.id(), x.name(), x.code().value()));
      }
      for (Quote q : a.quotes()) {
        quotes.add(String.join("|", a.docId(), String.valueOf(q.start()), String.valueOf(q.speakerActorId()), q.rule()));
      }
      json.put(a.docId(), DyadJson.standard().toJsonString(a, false));
    }
    assertFalse(events.isEmpty(), "the samples have events");

    Set<String> gotEvents = new TreeSet<>();
    for (Row r : tables.get("events")) {
      gotEvents.add(String.join("|", r.<String>getAs("event_id"), r.getAs("doc_id"), String.valueOf(r.<Object>getAs("date")),
          r.getAs("source_code"), r.getAs("target_code") == null ? "-" : r.getAs("target_code"), r.getAs("cameo_code"),
          r.getAs("rule")));
    }
    Set<String> gotActors = new TreeSet<>();
    for (Row r : tables.get("actors")) {
      gotActors.add(String.join("|", r.<String>getAs("doc_id"), r.getAs("actor_id"), r.getAs("name"), r.getAs("code")));
    }
    Set<String> gotQuotes = new TreeSet<>();
    for (Row r : tables.get("quotes")) {
      gotQuotes.add(String.join("|", r.<String>getAs("doc_id"), String.valueOf(r.<Integer>getAs("start")),
          String.valueOf(r.<String>getAs("speaker_actor_id")), r.getAs("rule")));
    }
    assertEquals(events, gotEvents);
    assertEquals(actors, gotActors);
    assertEquals(quotes, gotQuotes);
    Map<String, String> gotJson = new HashMap<>();
    for (Row r : tables.get("articles")) {
      gotJson.put(r.getAs("doc_id"), r.getAs("dyad_json"));
    }
    assertEquals(json, gotJson);
  }
}
