package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.formats.export.GdeltWriter;
import org.dyad.formats.export.IcewsWriter;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.dyad.testkit.CodedArticleBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad export} and {@code dyad clusters} on a small store built by hand (no CoreNLP). */
class ExportCommandTest {
  private static final LocalDate D = LocalDate.of(2021, 5, 16);

  @TempDir
  Path dir;
  Path store;

  private static CodedArticle call(String docId, LocalDate date, String source) {
    return CodedArticleBuilder.article(docId, date, "The Pakistani government called Washington.")
        .meta("Call", "https://" + source + ".example/" + docId, source)
        .actor("A1", "Pakistani government", "PAKGOV", "ORGANIZATION", "Pakistani government")
        .actor("A2", "United States government", "USAGOV", "ORGANIZATION", "Washington")
        .event(0, "called", "Pakistani government", "Washington", "041").goldstein(1).add()
        .build();
  }

  @BeforeEach
  void fill() {
    store = dir.resolve("store.duckdb");
    try (DyadStore s = DyadStore.open(store)) {
      s.putAll(List.of(call("a", D, "dawn"), call("b", D.plusDays(1), "reuters"), call("c", D.plusDays(2), "ap"),
          call("d", D.plusDays(10), "dawn")));
    }
  }

  private int run(String... args) {
    return Main.commandLine().execute(args);
  }

  private String stdout(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(ExitCodes.OK, run(args));
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exportsGdeltToAFileWithClusterCounts() throws Exception {
    Path out = dir.resolve("out/events.tsv");
    assertEquals(ExitCodes.OK, run("export", "--store", store.toString(), "--format", "gdelt", "--output", out.toString()));
    List<String> lines = Files.readAllLines(out);
    assertEquals(4, lines.size());
    String[] first = lines.get(0).split("\t", -1);
    assertEquals(61, first.length);
    assertEquals("20210516", first[GdeltWriter.COLUMNS.indexOf("SQLDATE")]);
    assertEquals("041", first[GdeltWriter.COLUMNS.indexOf("EventCode")]);
    assertEquals("3", first[GdeltWriter.COLUMNS.indexOf("NumMentions")]);
    assertEquals("3", first[GdeltWriter.COLUMNS.indexOf("NumSources")]);
    assertEquals("1", lines.get(3).split("\t", -1)[GdeltWriter.COLUMNS.indexOf("NumMentions")]);

    Path perCluster = dir.resolve("clusters.tsv");
    assertEquals(ExitCodes.OK, run("export", "--store", store.toString(), "--format", "gdelt", "--per-cluster",
        "--header", "-o", perCluster.toString()));
    List<String> rows = Files.readAllLines(perCluster);
    assertEquals(String.join("\t", GdeltWriter.COLUMNS), rows.get(0));
    assertEquals(3, rows.size(), "header and two events");
    assertEquals("https://dawn.example/a", rows.get(1).split("\t", -1)[60]);
  }

  @Test
  void exportsIcewsPhoenixAndPloverWithFilters() throws Exception {
    Path icews = dir.resolve("icews.tab");
    assertEquals(ExitCodes.OK, run("export", "--store", store.toString(), "--format", "icews", "--from", "2021-05-17",
        "-o", icews.toString()));
    List<String> lines = Files.readAllLines(icews);
    assertEquals(String.join("\t", IcewsWriter.COLUMNS), lines.get(0));
    assertEquals(4, lines.size(), "header and the three events from the 17th");
    String[] row = lines.get(1).split("\t", -1);
    assertEquals("Discuss by telephone", row[IcewsWriter.COLUMNS.indexOf("Event Text")]);
    assertEquals("reuters", row[IcewsWriter.COLUMNS.indexOf("Publisher")]);

    String phoenix = stdout("export", "--store", store.toString(), "--format", "phoenix", "--per-cluster", "--to", "2021-05-20");
    List<String> p = phoenix.lines().toList();
    assertEquals(1, p.size());
    assertEquals(26, p.get(0).split("\t", -1).length);
    assertTrue(p.get(0).endsWith("dawn;reuters;ap"), p.get(0));

    String plover = stdout("export", "--store", store.toString(), "--format", "plover", "--source", "PAK");
    List<String> json = plover.lines().toList();
    assertEquals(4, json.size());
    JsonNode o = new ObjectMapper().readTree(json.get(0));
    assertEquals("CONSULT", o.get("event_type").textValue());
    assertEquals(3, o.get("num_sources").intValue());
  }

  @Test
  void exportsParquetByMonth() throws Exception {
    Path out = dir.resolve("parquet");
    assertEquals(ExitCodes.OK, run("export", "--store", store.toString(), "--format", "parquet", "-o", out.toString()));
    try (Stream<Path> files = Files.walk(out)) {
      assertTrue(files.anyMatch(f -> f.toString().contains("year=2021") && f.toString().contains("month=5")
          && f.toString().endsWith(".parquet")));
    }
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("export", "--store", store.toString(), "--format", "csv"));
    assertEquals(ExitCodes.USAGE, run("export", "--store", store.toString(), "--format", "parquet"));
    assertEquals(ExitCodes.USAGE, run("export", "--store", store.toString(), "--format", "gdelt", "--root", "4"));
    assertEquals(ExitCodes.USAGE, run("clusters", "list", "--store", store.toString(), "--sort", "size"));
    assertEquals(ExitCodes.USAGE, run("clusters", "rebuild", "--store", store.toString(), "--window", "-1"));
    assertEquals(ExitCodes.USAGE, run("clusters", "show", "--store", store.toString(), "c-nothing"));
  }

  @Test
  void clustersRebuildListAndShow() throws Exception {
    String built = stdout("clusters", "rebuild", "--store", store.toString(), "--window", "10");
    assertTrue(built.contains("Built 1 clusters from 4 events (window 10 days)"), built);
    String list = stdout("clusters", "list", "--store", store.toString(), "--format", "jsonl");
    JsonNode c = new ObjectMapper().readTree(list.lines().findFirst().orElseThrow());
    assertEquals(4, c.get("mentions").intValue());
    assertEquals(3, c.get("sources").intValue());
    stdout("clusters", "rebuild", "--store", store.toString(), "--window", "2");
    String table = stdout("clusters", "list", "--store", store.toString(), "--sort", "-mentions");
    assertTrue(table.contains("2 of 2 clusters"), table);
    String id = table.lines().skip(1).findFirst().orElseThrow().split(" ")[0];
    String show = stdout("clusters", "show", "--store", store.toString(), id);
    assertTrue(show.contains("3 mentions in 3 articles from 3 sources"), show);
    assertEquals(4, show.lines().count());
  }
}
