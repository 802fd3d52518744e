package org.dyad.ingest;

import static org.dyad.ingest.Fixtures.assertMentions;
import static org.dyad.ingest.Fixtures.failed;
import static org.dyad.ingest.Fixtures.ok;
import static org.dyad.ingest.Fixtures.only;
import static org.dyad.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {
  private final ArticleReader reader = ArticleReader.create();
  private final IngestOptions opts = IngestOptions.defaults();

  @Test
  void sidecarGivesIdDateAndMetadataAndTheBomIsRemoved() throws IOException {
    Path p = path("text/rahman-oslo.txt");
    Ingested r = only(reader.read(p, opts));
    Article a = ok(r);
    assertEquals("rahman-oslo-2021", a.id());
    assertEquals(LocalDate.of(2021, 5, 17), a.date());
    assertEquals("Rahman seeks trade ties with Norway", a.title());
    assertEquals("https://news.example.org/2021/05/17/rahman-oslo", a.url());
    assertEquals("The Daily Example", a.source());
    String expected = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).substring(1);
    assertEquals(expected, a.text());
    assertTrue(a.text().startsWith("Foreign Minister Amina Rahman"));
    assertEquals(p.toString(), r.origin());
  }

  @Test
  void dateFromFileNameAndIdFromContent() {
    Article a = ok(only(reader.read(path("text/ceasefire-2021-05-17.txt"), opts)));
    assertEquals(LocalDate.of(2021, 5, 17), a.date());
    assertEquals(Article.contentId(a.text()), a.id());
    assertTrue(a.id().startsWith("a-"));
  }

  @Test
  void givenIdAndDateWinOverTheSidecar() {
    IngestOptions o = opts.withGivenId("mine").withDefaultDate(LocalDate.of(2022, 1, 2));
    Article a = ok(only(reader.read(path("text/rahman-oslo.txt"), o)));
    assertEquals("mine", a.id());
    assertEquals(LocalDate.of(2022, 1, 2), a.date());
    assertEquals("The Daily Example", a.source());
  }

  @Test
  void missingDateIsAnErrorOnlyWhenRequired() {
    Ingested.Failed f = failed(only(reader.read(path("text/nodate.txt"), opts)), ErrorKinds.DATE);
    assertEquals("no publication date: pass --date YYYY-MM-DD or a .meta.json sidecar", f.error().message());
    assertTrue(f.docId().startsWith("a-"), f.docId());
    Article a = ok(only(reader.read(path("text/nodate.txt"), opts.withRequireDate(false))));
    assertNull(a.date());
  }

  @Test
  void emptyAndBlankFiles() {
    assertMentions(failed(only(reader.read(path("text/empty.txt"), opts)), ErrorKinds.EMPTY), "empty");
    Ingested.Failed blank = failed(only(reader.read(path("text/blank.txt"), opts)), ErrorKinds.EMPTY);
    assertMentions(blank, "whitespace");
    assertEquals("blank.txt", blank.docId());
  }

  @Test
  void latin1BytesAreAnEncodingErrorNamingTheOffset() {
    Ingested.Failed f = failed(only(reader.read(path("text/latin1.txt"), opts)), ErrorKinds.ENCODING);
    assertMentions(f, "byte offset 15", "0xE9", "UTF-8");
    assertEquals("latin1.txt", f.docId());
  }

  @Test
  void binaryJunkIsRefused() {
    Ingested.Failed f = failed(only(reader.read(path("text/junk.dat"), opts)), ErrorKinds.BINARY);
    assertMentions(f, "NUL byte at offset 7");
  }

  @Test
  void manyControlCharactersAreBinary(@TempDir Path dir) throws IOException {
    byte[] b = new byte[4000];
    Arrays.fill(b, (byte) 'x');
    for (int i = 0; i < b.length; i += 5) {
      b[i] = 0x01;
    }
    Path p = dir.resolve("ctl.txt");
    Files.write(p, b);
    assertMentions(failed(only(reader.read(p, opts)), ErrorKinds.BINARY), "control characters", "20%");
  }

  @Test
  void sidecarWithImpossibleDate() {
    Ingested.Failed f = failed(only(reader.read(path("text/impossible.txt"), opts)), ErrorKinds.DATE);
    assertMentions(f, "impossible.meta.json", "2021-02-30", "not a real date");
  }

  @Test
  void brokenSidecarIsMalformed() {
    Ingested.Failed f = failed(only(reader.read(path("text/brokenmeta.txt"), opts)), ErrorKinds.MALFORMED);
    assertMentions(f, "brokenmeta.meta.json", "invalid JSON", "line 2");
  }

  @Test
  void fiveMegabyteFileIsRefusedFromItsSize(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big-2021-05-17.txt");
    byte[] line = "The minister spoke to reporters about the treaty.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long n = 0; n < 5L * 1024 * 1024; n += line.length) {
        out.write(line);
      }
    }
    Ingested.Failed f = failed(only(reader.read(big, opts)), ErrorKinds.TOO_LARGE);
    assertMentions(f, "5.0 MB", "1000000 characters");
  }

  @Test
  void largeStreamsAreReadOnlyUpToTheLimit() {
    Fixtures.Counting in = new Fixtures.Counting(new Fixtures.Endless("Troops moved north. ".getBytes(StandardCharsets.UTF_8)));
    Ingested.Failed f = failed(only(reader.readStdin(in, opts.withDefaultDate(LocalDate.of(2021, 1, 1)))), ErrorKinds.TOO_LARGE);
    assertMentions(f, "more than");
    // at most maxTextBytes + 1 plus one read-ahead buffer
    assertTrue(in.count <= opts.maxTextBytes() + 1 + 128 * 1024, "read " + in.count + " bytes");
    Fixtures.Counting in2 = new Fixtures.Counting(new Fixtures.Endless("abc ".getBytes(StandardCharsets.UTF_8)));
    failed(only(reader.read(in2, "endless.txt", opts)), ErrorKinds.TOO_LARGE);
    assertTrue(in2.count <= opts.maxTextBytes() + 1 + 128 * 1024, "read " + in2.count + " bytes");
  }

  @Test
  void textLongerThanMaxCharsIsRefused(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("long-2021-05-17.txt");
    Files.writeString(p, "word ".repeat(400));
    IngestOptions small = opts.withMaxChars(1000);
    assertMentions(failed(only(reader.read(p, small)), ErrorKinds.TOO_LARGE), "2000 characters", "1000");
    assertEquals(2000, ok(only(reader.read(p, opts))).text().length());
  }

  @Test
  void utf16WithBomIsDecoded(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("wide-2021-05-17.txt");
    byte[] body = "Talks resumed in Genève.".getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    System.arraycopy(body, 0, b, 2, body.length);
    Files.write(p, b);
    assertEquals("Talks resumed in Genève.", ok(only(reader.read(p, opts))).text());
  }

  @Test
  void stdinTextAndJsonLines() {
    IngestOptions o = opts.withDefaultDate(LocalDate.of(2021, 5, 17)).withGivenId("stdin-1");
    Ingested r = only(reader.readStdin(new ByteArrayInputStream("Police arrested two men.\n".getBytes(StandardCharsets.UTF_8)), o));
    Article a = ok(r);
    assertEquals("stdin-1", a.id());
    assertEquals("<stdin>", r.origin());
    String jsonl = "\n  {\"id\":\"s1\",\"text\":\"One.\",\"date\":\"2021-05-01\"}\n{\"id\":\"s2\",\"text\":\"Two.\",\"date\":\"2021-05-02\"}\n";
    var all = Fixtures.all(reader.readStdin(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), opts));
    assertEquals(2, all.size());
    assertEquals("s1", ok(all.get(0)).id());
    assertEquals("<stdin>:2", all.get(0).origin());
    assertEquals("s2", ok(all.get(1)).id());
    assertFalse(all.get(1).origin().isEmpty());
    failed(only(reader.readStdin(new ByteArrayInputStream(new byte[0]), o)), ErrorKinds.EMPTY);
  }
}
