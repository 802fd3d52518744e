package org.dyad.ingest;

import static org.dyad.ingest.Fixtures.all;
import static org.dyad.ingest.Fixtures.assertMentions;
import static org.dyad.ingest.Fixtures.failed;
import static org.dyad.ingest.Fixtures.ok;
import static org.dyad.ingest.Fixtures.only;
import static org.dyad.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRecordsTest {
  private final ArticleReader reader = ArticleReader.create();
  private final IngestOptions opts = IngestOptions.defaults();

  @Test
  void badLinesFailAndTheOthersAreStillRead() {
    Path p = path("jsonl/articles.jsonl");
    List<Ingested> r = all(reader.read(p, opts));
    assertEquals(9, r.size(), r::toString);

    Article j1 = ok(r.get(0));
    assertEquals("j1", j1.id());
    assertEquals(LocalDate.of(2021, 5, 17), j1.date());
    assertEquals("Visit", j1.title());
    assertEquals("https://news.example.org/j1", j1.url());
    assertEquals("Wire", j1.source());
    assertEquals(p + ":1", r.get(0).origin());

    assertEquals(LocalDate.of(2021, 5, 18), ok(r.get(1)).date());

    Ingested.Failed bad = failed(r.get(2), ErrorKinds.MALFORMED);
    assertEquals("articles.jsonl:3", bad.docId());
    assertEquals(p + ":3", bad.origin());
    assertMentions(bad, "line 3", "not valid JSON");

    Article noId = ok(r.get(3));
    assertEquals(Article.contentId(noId.text()), noId.id());

    Ingested.Failed impossible = failed(r.get(4), ErrorKinds.DATE);
    assertEquals("j5", impossible.docId());
    assertMentions(impossible, "line 5", "2021-02-30", "not a real date");

    Ingested.Failed noText = failed(r.get(5), ErrorKinds.MALFORMED);
    assertEquals("j6", noText.docId());
    assertMentions(noText, "line 6", "\"text\"");

    assertMentions(failed(r.get(6), ErrorKinds.DATE), "line 8", "17/05/2021", "not an ISO date");
    assertMentions(failed(r.get(7), ErrorKinds.DATE), "line 9", "no field \"date\"", "--date");
    assertEquals("j10", ok(r.get(8)).id());
    assertEquals(p + ":10", r.get(8).origin());
  }

  @Test
  void defaultDateFillsMissingDatesButNotBadOnes() {
    List<Ingested> r = all(reader.read(path("jsonl/articles.jsonl"), opts.withDefaultDate(LocalDate.of(2021, 1, 1))));
    Ingested line9 = r.stream().filter(x -> x.origin().endsWith(":9")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2021, 1, 1), ok(line9).date());
    Ingested line5 = r.stream().filter(x -> x.origin().endsWith(":5")).findFirst().orElseThrow();
    failed(line5, ErrorKinds.DATE);
    Ingested line2 = r.stream().filter(x -> x.origin().endsWith(":2")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 18), ok(line2).date());
  }

  @Test
  void linesAreStreamedLazily() {
    byte[] line = "{\"id\":null,\"text\":\"Troops moved north on Monday.\",\"date\":\"2021-05-17\"}\n".getBytes(StandardCharsets.UTF_8);
    Fixtures.Counting in = new Fixtures.Counting(new Fixtures.Endless(line));
    List<Ingested> first;
    try (Stream<Ingested> s = reader.read(in, "endless.jsonl", opts)) {
      first = s.limit(3).toList();
    }
    assertEquals(3, first.size());
    first.forEach(Fixtures::ok);
    assertTrue(in.count < 256 * 1024, "read " + in.count + " bytes for three records");
  }

  @Test
  void overlongLineIsRefusedAndTheNextIsRead(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("long.jsonl");
    String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\",\"date\":\"2021-05-17\"}";
    String small = "{\"id\":\"small\",\"text\":\"Short.\",\"date\":\"2021-05-17\"}";
    Files.writeString(p, small + "\n" + big + "\n" + small + "\n");
    List<Ingested> r = all(reader.read(p, opts.withMaxChars(100)));
    assertEquals(3, r.size());
    ok(r.get(0));
    Ingested.Failed f = failed(r.get(1), ErrorKinds.TOO_LARGE);
    assertEquals("long.jsonl:2", f.docId());
    assertMentions(f, "line 2");
    ok(r.get(2));
    // within the byte cap but above maxChars
    String mid = "{\"id\":\"mid\",\"text\":\"" + "y".repeat(300) + "\",\"date\":\"2021-05-17\"}";
    Files.writeString(p, mid + "\n");
    Ingested.Failed g = failed(only(reader.read(p, opts.withMaxChars(100))), ErrorKinds.TOO_LARGE);
    assertEquals("mid", g.docId());
    assertMentions(g, "300 characters");
  }

  @Test
  void invalidUtf8OnALineNamesTheOffset(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("{\"id\":\"u1\",\"text\":\"Fine.\",\"date\":\"2021-05-17\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\":\"u2\",\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
    b.write(0xE9);
    b.write("\",\"date\":\"2021-05-17\"}\n".getBytes(StandardCharsets.UTF_8));
    b.write("{\"id\":\"u3\",\"text\":\"Also fine.\",\"date\":\"2021-05-17\"}\n".getBytes(StandardCharsets.UTF_8));
    Path p = dir.resolve("latin.jsonl");
    Files.write(p, b.toByteArray());
    List<Ingested> r = all(reader.read(p, opts));
    assertEquals(3, r.size());
    int offset = "{\"id\":\"u1\",\"text\":\"Fine.\",\"date\":\"2021-05-17\"}\n{\"id\":\"u2\",\"text\":\"Caf".length();
    assertMentions(failed(r.get(1), ErrorKinds.ENCODING), "line 2", "byte offset " + offset, "0xE9");
    assertEquals("u3", ok(r.get(2)).id());
  }

  @Test
  void emptyJsonLinesFile(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("none.ndjson");
    Files.writeString(p, "\n\n   \n");
    assertMentions(failed(only(reader.read(p, opts)), ErrorKinds.EMPTY), "no JSON records");
  }

  @Test
  void oneObjectFile() {
    Ingested r = only(reader.read(path("json/one.json"), opts));
    Article a = ok(r);
    assertEquals("one", a.id());
    assertEquals("Sanctions talks", a.title());
    assertEquals(LocalDate.of(2021, 6, 1), a.date());
    assertEquals("given", ok(only(reader.read(path("json/one.json"), opts.withGivenId("given")))).id());
  }

  @Test
  void arrayFileWithABadElement() {
    List<Ingested> r = all(reader.read(path("json/array.json"), opts));
    assertEquals(3, r.size());
    assertEquals("a1", ok(r.get(0)).id());
    Ingested.Failed f = failed(r.get(1), ErrorKinds.MALFORMED);
    assertMentions(f, "record 2", "line 7", "not a JSON object but a string");
    assertEquals("array.json:7", f.docId());
    assertEquals("a3", ok(r.get(2)).id());
  }

  @Test
  void brokenJsonStopsWithOneClearError() {
    List<Ingested> r = all(reader.read(path("json/broken.json"), opts));
    assertEquals(2, r.size(), r::toString);
    assertEquals("b1", ok(r.get(0)).id());
    assertMentions(failed(r.get(1), ErrorKinds.MALFORMED), "invalid JSON", "line 3", "stopped in record 2");
  }

  @Test
  void jsonFromAStreamAndEmptyArray() {
    String json = "[]";
    assertMentions(failed(only(reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json", opts)),
        ErrorKinds.EMPTY), "array is empty");
    assertMentions(failed(only(reader.read(new ByteArrayInputStream("42".getBytes(StandardCharsets.UTF_8)), "x.json", opts)),
        ErrorKinds.MALFORMED), "expected a JSON object");
  }
}
