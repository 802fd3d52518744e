package org.dyad.ingest;

import static org.dyad.ingest.Fixtures.all;
import static org.dyad.ingest.Fixtures.assertMentions;
import static org.dyad.ingest.Fixtures.failed;
import static org.dyad.ingest.Fixtures.ok;
import static org.dyad.ingest.Fixtures.only;
import static org.dyad.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private final ArticleReader reader = ArticleReader.create();
  private final IngestOptions opts = IngestOptions.defaults();

  @Test
  void gzippedTextUsesTheInnerNameForFormatAndDate() {
    Path p = path("gz/protest-2021-05-20.txt.gz");
    Ingested r = only(reader.read(p, opts));
    Article a = ok(r);
    assertEquals("Thousands protested in the capital on Thursday against fuel prices.\n", a.text());
    assertEquals(LocalDate.of(2021, 5, 20), a.date());
    assertEquals(p.toString(), r.origin());
  }

  @Test
  void gzippedJsonLines() {
    Path p = path("gz/records.jsonl.gz");
    List<Ingested> r = all(reader.read(p, opts));
    assertEquals(List.of("g1", "g2"), r.stream().map(x -> ok(x).id()).toList());
    assertEquals(p + ":2", r.get(1).origin());
  }

  @Test
  void corruptGzip() {
    Ingested.Failed f = failed(only(reader.read(path("gz/corrupt.txt.gz"), opts)), ErrorKinds.MALFORMED);
    assertMentions(f, "gzip");
    assertEquals("corrupt.txt.gz", f.docId());
  }

  @Test
  void folderIsWalkedInSortedOrderSkippingHiddenFilesAndSidecars(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b-2021-05-02.txt"), "Second file in order.");
    Files.writeString(dir.resolve("a.txt"), "First file in order.");
    Files.writeString(dir.resolve("a.meta.json"), "{\"id\":\"first\",\"date\":\"2021-05-01\"}");
    Files.writeString(dir.resolve(".hidden.txt"), "Must not be read.");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/config.txt"), "Must not be read either.");
    Path sub = Files.createDirectories(dir.resolve("c-sub"));
    Files.copy(path("jsonl/articles.jsonl"), sub.resolve("z.jsonl"));
    Files.copy(path("html/article.html"), sub.resolve("m.html"));
    Files.copy(path("gz/protest-2021-05-20.txt.gz"), sub.resolve("n-2021-05-20.txt.gz"));
    Files.write(dir.resolve("d.bin"), new byte[] {1, 0, 2, 0});
    Files.writeString(dir.resolve("e.txt"), "");

    List<Ingested> r = all(reader.read(dir, opts.withGivenId("ignored-for-folders")));
    List<String> origins = r.stream().map(x -> dir.relativize(Path.of(x.origin().replaceAll(":\\d+$", ""))).toString()).toList();
    assertEquals("a.txt", origins.get(0));
    assertEquals("first", ok(r.get(0)).id());
    assertEquals(LocalDate.of(2021, 5, 1), ok(r.get(0)).date());
    assertEquals("b-2021-05-02.txt", origins.get(1));
    assertTrue(ok(r.get(1)).id().startsWith("a-"));
    assertEquals(Path.of("c-sub", "m.html").toString(), origins.get(2));
    assertEquals(Path.of("c-sub", "n-2021-05-20.txt.gz").toString(), origins.get(3));
    for (int i = 4; i < 13; i++) {
      assertEquals(Path.of("c-sub", "z.jsonl").toString(), origins.get(i));
    }
    assertEquals("d.bin", origins.get(13));
    failed(r.get(13), ErrorKinds.BINARY);
    assertEquals("e.txt", origins.get(14));
    failed(r.get(14), ErrorKinds.EMPTY);
    assertEquals(15, r.size());
    assertTrue(r.stream().noneMatch(x -> x.origin().contains("hidden") || x.origin().contains(".git")));
  }

  @Test
  void folderIsPulledLazily(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 3; i++) {
      Files.writeString(dir.resolve("f" + i + ".txt"), "Text " + i);
    }
    Path sub = Files.createDirectories(dir.resolve("later"));
    try (Stream<Ingested> s = reader.read(dir, opts.withRequireDate(false))) {
      Iterator<Ingested> it = s.iterator();
      assertEquals("Text 0", ok(it.next()).text());
      // files are opened, and folders listed, only when the walk reaches them: a file that
      // vanished is passed over, one written into a folder not yet reached is read
      Files.delete(dir.resolve("f1.txt"));
      Files.writeString(sub.resolve("g.txt"), "Late file");
      assertEquals("Text 2", ok(it.next()).text());
      assertEquals("Late file", ok(it.next()).text());
      assertTrue(!it.hasNext());
    }
  }

  @Test
  void namedPipeIsReadOnceAndSniffed(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.assumeTrue(false, "mkfifo is not available");
      return;
    }
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    String jsonl = "{\"id\":\"p1\",\"text\":\"From a pipe.\",\"date\":\"2021-05-17\"}\n";
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, jsonl);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.start();
    Article a = ok(only(reader.read(fifo, opts)));
    assertEquals("p1", a.id());
    writer.join(5000);
  }

  @Test
  void missingPath() {
    Ingested.Failed f = failed(only(reader.read(Path.of("no/such/file.txt"), opts)), ErrorKinds.IO);
    assertMentions(f, "no such file");
    assertEquals("file.txt", f.docId());
  }

  @Test
  void gzippedStreamByName() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write("<html><body><article><p>Troops left the city.</p></article></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    Article a = ok(only(reader.read(new ByteArrayInputStream(b.toByteArray()), "upload/page.html.gz",
        opts.withDefaultDate(LocalDate.of(2021, 1, 1)))));
    assertEquals("Troops left the city.", a.text());
  }

  @Test
  void unknownExtensionIsSniffedAsText(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("notes-2021-05-17.md");
    Files.writeString(p, "# Notes\nThe army withdrew.");
    assertEquals("# Notes\nThe army withdrew.", ok(only(reader.read(p, opts))).text());
  }

  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> opts.withMaxChars(0));
    assertThrows(IllegalArgumentException.class, () -> opts.withGivenId(" "));
    assertEquals(3_000_003L, opts.maxTextBytes());
    assertEquals(8_000_000L, opts.maxInputBytes());
    assertTrue(opts.withMaxChars(Long.MAX_VALUE).maxInputBytes() > 0);
  }
}
