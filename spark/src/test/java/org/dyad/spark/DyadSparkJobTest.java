package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.formats.DyadJson;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.Ingested;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.pipeline.DyadPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode over the real resolver and coder, with hand-made annotations instead of
 * CoreNLP (see {@link FixtureAnnotator}): inputs of every kind, errors, the tables, the
 * single-machine equality and the one pipeline per JVM.
 */
@Tag("spark")
class DyadSparkJobTest {
  private static SparkSession spark;
  private static final PipelineFactory FIXTURE = new FixturePipelineFactory();

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkTestSupport.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static String line(String id, String text, String date) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    if (id != null) {
      m.put("id", id);
    }
    m.put("text", text);
    if (date != null) {
      m.put("date", date);
    }
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private SparkJobOptions options(Path input, String out) {
    return SparkJobOptions.of(input.toString(), tmp.resolve(out).toString()).withPipeline(FIXTURE).withPartitions(3);
  }

  private List<Row> table(String out, String name) {
    return spark.read().parquet(tmp.resolve(out).resolve(name).toString()).collectAsList();
  }

  /** What dyad code does on one machine: the same reader, the same pipeline, one article at a time. */
  private static List<CodedArticle> singleMachine(Path input, IngestOptions o) {
    DyadPipeline p = PipelineHolder.get(FIXTURE);
    List<CodedArticle> out = new ArrayList<>();
    try (Stream<Ingested> s = ArticleReader.create().read(input, o)) {
      s.forEach(in -> out.add(in instanceof Ingested.Ok ok ? p.code(ok.article()) : Coding.failed(((Ingested.Failed) in).error())));
    }
    return out;
  }

  private static Set<String> eventKeys(List<CodedArticle> articles) {
    Set<String> keys = new TreeSet<>();
    for (CodedArticle a : articles) {
      for (Event e : a.events()) {
        keys.add(String.join("|", e.eventId(), e.docId(), String.valueOf(e.sentence()), String.valueOf(e.date()),
            e.source().code().value(), e.target() == null ? "-" : e.target().code().value(), e.cameo().value(),
            e.provenance().trigger().start() + "-" + e.provenance().trigger().end()));
      }
    }
    return keys;
  }

  private static Set<String> eventKeys(List<Row> rows, boolean fromParquet) {
    Set<String> keys = new TreeSet<>();
    for (Row r : rows) {
      Object target = r.getAs("target_code");
      keys.add(String.join("|", r.<String>getAs("event_id"), r.<String>getAs("doc_id"), String.valueOf(r.<Integer>getAs("sentence")),
          String.valueOf(localDate(r.getAs("date"))), r.<String>getAs("source_code"), target == null ? "-" : target.toString(),
          r.<String>getAs("cameo_code"), r.<Integer>getAs("trigger_start") + "-" + r.<Integer>getAs("trigger_end")));
    }
    return keys;
  }

  private static LocalDate localDate(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
  }

  @Test
  void jsonLinesWithABadLineGiveErrorRowsAndTheSameEventsAsOneMachine() throws Exception {
    Path in = tmp.resolve("articles.jsonl");
    Files.write(in, List.of(
        line("taliban-1", FixtureAnnotator.TALIBAN.text(), "2021-05-17"),
        "{\"id\": \"broken\", \"text\": ",
        "",
        line(null, FixtureAnnotator.PAKISTAN.text(), "2022-11-15"),
        line("weather", FixtureAnnotator.WEATHER.text(), null),
        line("unknown", "Nobody annotated this text.", "2020-01-01")), StandardCharsets.UTF_8);

    JobSummary s = DyadSparkJob.run(spark, options(in, "out"));

    assertEquals(5, s.documents(), s::describe);
    assertEquals(2, s.coded(), s::describe);
    assertEquals(3, s.failed(), s::describe);
    assertEquals(3, s.events(), s::describe);

    List<CodedArticle> expected = singleMachine(in, IngestOptions.defaults().withRequireDate(true));
    assertEquals(eventKeys(expected), eventKeys(table("out", "events"), true));
    assertEquals(3, eventKeys(expected).size());

    Map<String, String> errors = new HashMap<>();
    for (Row r : table("out", "errors")) {
      errors.put(r.getAs("doc_id"), r.getAs("kind") + ": " + r.getAs("message"));
      assertTrue(r.<String>getAs("origin").contains("articles.jsonl:"), () -> r.getAs("origin"));
    }
    assertEquals(Set.of("articles.jsonl:2", "weather", "unknown"), errors.keySet(), errors::toString);
    assertTrue(errors.get("articles.jsonl:2").startsWith("MALFORMED: line 2 is not valid JSON"), errors::toString);
    assertTrue(errors.get("weather").startsWith("DATE:"), errors::toString);
    assertTrue(errors.get("unknown").startsWith("ANNOTATION:"), errors::toString);

    // every document has an article row whose Dyad JSON is what one machine writes
    Map<String, String> json = new HashMap<>();
    for (Row r : table("out", "articles")) {
      json.put(r.getAs("doc_id"), r.getAs("dyad_json"));
    }
    assertEquals(5, json.size());
    for (CodedArticle a : expected) {
      assertEquals(DyadJson.standard().toJsonString(a, false), json.get(a.docId()), a.docId());
    }
  }

  @Test
  void actorsAndQuotesTablesHoldWhatDyadJsonHolds() throws Exception {
    Path in = tmp.resolve("two.jsonl");
    Files.write(in, List.of(line("p1", FixtureAnnotator.PAKISTAN.text(), "2022-11-15"),
        line("t1", FixtureAnnotator.TALIBAN.text(), "2021-05-17")), StandardCharsets.UTF_8);
    DyadSparkJob.run(spark, options(in, "out"));
    List<CodedArticle> expected = singleMachine(in, IngestOptions.defaults());
    Set<String> want = new TreeSet<>();
    for (CodedArticle a : expected) {
      for (var actor : a.actors()) {
        want.add(a.docId() + "|" + actor.id() + "|" + actor.name() + "|" + actor.code().value() + "|" + actor.type() + "|"
            + actor.mentions().size());
      }
    }
    Set<String> got = new TreeSet<>();
    for (Row r : table("out", "actors")) {
      got.add(r.getAs("doc_id") + "|" + r.getAs("actor_id") + "|" + r.getAs("name") + "|" + r.getAs("code") + "|"
          + r.getAs("type") + "|" + r.getList(r.fieldIndex("mentions")).size());
    }
    assertFalse(want.isEmpty());
    assertEquals(want, got);
    Row pak = table("out", "events").stream().filter(r -> "111".equals(r.getAs("cameo_code"))).findFirst().orElseThrow();
    assertEquals("PAK", pak.getAs("source_country"));
    assertEquals("IND", pak.getAs("target_code"));
    assertEquals(LocalDate.of(2022, 11, 15), localDate(pak.getAs("date")));
    assertEquals(0, table("out", "quotes").size());
  }

  @Test
  void aFolderOfTextFilesIsReadByDyadsRules() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("news"));
    Files.writeString(dir.resolve("taliban.txt"), FixtureAnnotator.TALIBAN.text());
    Files.writeString(dir.resolve("taliban.meta.json"), "{\"id\": \"tal\", \"date\": \"2021-05-17\", \"title\": \"Attack\"}");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/pakistan-2022-11-15.txt"), FixtureAnnotator.PAKISTAN.text());
    Files.writeString(dir.resolve("undated.txt"), FixtureAnnotator.WEATHER.text());
    Files.writeString(dir.resolve(".hidden.txt"), "not read");

    JobSummary s = DyadSparkJob.run(spark, options(dir, "out").withFormat(InputFormat.TEXT));

    assertEquals(3, s.documents(), s::describe);
    List<CodedArticle> expected = singleMachine(dir, IngestOptions.defaults().withRequireDate(true));
    assertEquals(eventKeys(expected), eventKeys(table("out", "events"), true));
    Map<String, Row> articles = new HashMap<>();
    for (Row r : table("out", "articles")) {
      articles.put(r.getAs("doc_id"), r);
    }
    Set<String> ids = expected.stream().map(CodedArticle::docId).collect(Collectors.toSet());
    assertEquals(ids, articles.keySet());
    assertEquals("Attack", articles.get("tal").getAs("title"));
    assertEquals(LocalDate.of(2021, 5, 17), localDate(articles.get("tal").getAs("date")));
    assertTrue(articles.get("tal").<String>getAs("origin").endsWith("taliban.txt"));
    String undatedId = expected.stream().filter(a -> !a.errors().isEmpty()).findFirst().orElseThrow().docId();
    Row err = table("out", "errors").get(0);
    assertEquals(undatedId, err.getAs("doc_id"));
    assertEquals("DATE", err.getAs("kind"));
  }

  @Test
  void anyHadoopFileSystemGivesWhatTheLocalDiskGives() throws Exception {
    OtherSchemeFileSystem.register(spark.sparkContext().hadoopConfiguration());
    Path dir = Files.createDirectories(tmp.resolve("remote"));
    Files.writeString(dir.resolve("taliban.txt"), FixtureAnnotator.TALIBAN.text());
    Files.writeString(dir.resolve("taliban.meta.json"), "{\"id\": \"tal\", \"date\": \"2021-05-17\"}");
    Files.writeString(dir.resolve("pakistan-2022-11-15.txt"), FixtureAnnotator.PAKISTAN.text());
    Files.write(dir.resolve("more.jsonl"), List.of(line("w", FixtureAnnotator.WEATHER.text(), "2020-02-02"), "[1]"),
        StandardCharsets.UTF_8);

    JobSummary remote = DyadSparkJob.run(spark, SparkJobOptions.of(OtherSchemeFileSystem.uri(dir),
        OtherSchemeFileSystem.uri(tmp.resolve("remote-out"))).withPipeline(FIXTURE));
    JobSummary local = DyadSparkJob.run(spark, options(dir, "local-out"));

    assertEquals(4, remote.documents(), remote::describe);
    assertEquals(local.events(), remote.events());
    assertEquals(eventKeys(table("local-out", "events"), true), eventKeys(table("remote-out", "events"), true));
    Set<String> ids = new TreeSet<>();
    for (Row r : table("remote-out", "articles")) {
      ids.add(r.getAs("doc_id"));
      assertTrue(r.<String>getAs("origin").startsWith(OtherSchemeFileSystem.SCHEME + ":"), () -> r.getAs("origin"));
    }
    assertEquals(Set.of("tal", "w", "more.jsonl:2", org.dyad.model.Article.contentId(FixtureAnnotator.PAKISTAN.text())), ids);
  }

  @Test
  void parquetInputWithDatesAndAnEmptyText() throws Exception {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.DateType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("extra", DataTypes.IntegerType, true)));
    List<Row> rows = List.of(
        RowFactory.create("t", FixtureAnnotator.TALIBAN.text(), Date.valueOf("2021-05-17"), "Attack", 1),
        RowFactory.create(null, FixtureAnnotator.PAKISTAN.text(), Date.valueOf("2022-11-15"), null, 2),
        RowFactory.create("empty", " ", Date.valueOf("2022-11-15"), null, 3));
    Path pq = tmp.resolve("articles.parquet");
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    df.coalesce(1).write().parquet(pq.toString());

    JobSummary s = DyadSparkJob.run(spark, options(pq, "out"));

    assertEquals(3, s.documents(), s::describe);
    assertEquals(1, s.failed(), s::describe);
    assertEquals(3, s.events(), s::describe);
    Row err = table("out", "errors").get(0);
    assertEquals("empty", err.getAs("doc_id"));
    assertEquals("EMPTY", err.getAs("kind"));
    Set<String> ids = table("out", "articles").stream().map(r -> r.<String>getAs("doc_id")).collect(Collectors.toSet());
    assertEquals(Set.of("t", "empty", org.dyad.model.Article.contentId(FixtureAnnotator.PAKISTAN.text())), ids);
  }

  @Test
  void thePipelineIsMadeOncePerJvmNotPerTaskOrRecord() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add(line("doc-" + i, i % 2 == 0 ? FixtureAnnotator.TALIBAN.text() : FixtureAnnotator.PAKISTAN.text(), "2021-05-17"));
    }
    Path in = tmp.resolve("many.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    int calls = FixtureAnnotator.CALLS.get();

    JobSummary s = DyadSparkJob.run(spark, options(in, "out").withPartitions(6));
    DyadSparkJob.run(spark, options(in, "again").withPartitions(4));

    assertEquals(12, s.coded(), s::describe);
    assertEquals(18, s.events(), s::describe);
    assertEquals(24, FixtureAnnotator.CALLS.get() - calls, "each article is annotated once per run");
    assertEquals(1, FixturePipelineFactory.CREATED.get(), "one pipeline for every task and run in this JVM");
    assertTrue(s.pipelineLoads() <= 1, s::describe);
  }

  @Test
  void anExistingOutputIsReplacedOnlyWhenAsked() throws Exception {
    Path in = tmp.resolve("one.jsonl");
    Files.write(in, List.of(line("t", FixtureAnnotator.TALIBAN.text(), "2021-05-17")), StandardCharsets.UTF_8);
    DyadSparkJob.run(spark, options(in, "out"));
    SparkJobOptions.UsageException e = assertThrows(SparkJobOptions.UsageException.class,
        () -> DyadSparkJob.run(spark, options(in, "out")));
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
    JobSummary s = DyadSparkJob.run(spark, options(in, "out").withOverwrite(true));
    assertEquals(1, s.events());
    assertEquals(1, table("out", "events").size());
  }

  @Test
  void missingInputAndFormatMismatchAreUsageErrors() {
    SparkJobOptions.UsageException missing = assertThrows(SparkJobOptions.UsageException.class,
        () -> DyadSparkJob.run(spark, options(tmp.resolve("nothing.jsonl"), "out")));
    assertTrue(missing.getMessage().contains("no such file or folder"), missing.getMessage());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = DyadSparkJob.run(new String[] {"--master", "local[1]", "--input", tmp.resolve("a.txt").toString(),
        "--output", tmp.resolve("o").toString(), "--format", "jsonl"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code, err::toString);
  }
}
