package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} over one folder holding every input format, good and broken (fixtures
 * written here): each good document is stored with the right id, title, date and text; each
 * broken one (truncated HTML, invalid feed XML, wrong charset, binary, corrupt gzip, bad JSON
 * line, missing date) is reported with its reason and skipped, and the run goes on.
 */
class IngestFormatsTest {
  static final String STORY = "France accused Germany over the border dispute. Russia threatened Ukraine on Friday. "
      + "Kenya praised Uganda at the summit.";

  @TempDir
  Path tmp;

  Path dir;

  @BeforeEach
  void fixtures() throws IOException {
    dir = tmp.resolve("in");
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("page.html"), """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Border row | Test News</title>
        <meta property="og:title" content="Border row deepens">
        <link rel="canonical" href="https://news.example.org/2024/03/border-row">
        <meta property="article:published_time" content="2024-03-05T07:00:00Z"></head>
        <body><header><nav><a href="/">Home</a> <a href="/world">World news</a></nav></header>
        <div class="cookie-consent">We use cookies. Accept all cookies to continue reading.</div>
        <article><h1>Border row deepens</h1>
        <p>France accused Germany over the border dispute.</p>
        <div class="share">Share on social media</div>
        <p>Russia threatened Ukraine on Friday.</p></article>
        <aside class="related"><ul><li>Brazil praised Argentina in 1999</li></ul></aside>
        <footer>Copyright Test News. All rights reserved.</footer></body></html>
        """);
    Files.writeString(dir.resolve("dateline.html"), """
        <html><head><title>Talks fail</title><link rel="canonical" href="https://news.example.org/2024/talks"></head><body>
        <main><p>GENEVA, March 3 (Test Wire) - Kenya praised Uganda at the summit.</p>
        <p>Egypt criticized Israel in a statement.</p></main></body></html>
        """);
    String page = Files.readString(dir.resolve("page.html"));
    Files.writeString(dir.resolve("truncated.html"), page.substring(0, page.indexOf("<body")));
    Files.writeString(dir.resolve("feed.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Test Wire</title><link>https://news.example.org/</link><description>x</description>
        <item><title>Item one</title><link>https://news.example.org/2024/item-1</link>
        <pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>Japan met China in Tokyo.</description></item>
        <item><title>Empty item</title><link>https://news.example.org/2024/item-2</link>
        <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
        </channel></rss>
        """);
    Files.writeString(dir.resolve("updates.atom"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:test:atom</id>
        <updated>2024-03-06T10:00:00Z</updated>
        <entry><title>Atom entry</title><id>urn:test:atom:1</id><link href="https://news.example.org/2024/atom-1"/>
        <published>2024-03-06T10:00:00Z</published><updated>2024-03-06T10:00:00Z</updated>
        <content type="html">&lt;p&gt;Brazil welcomed Argentina at the summit.&lt;/p&gt;</content></entry></feed>
        """);
    Files.writeString(dir.resolve("invalid.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Broken</title>
        <item><title>Unclosed item<link>https://news.example.org/broken</link></item></channel>
        """);
    Files.write(dir.resolve("wrong-charset.rss"), ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Actualités</title><item><title>Réunion à Genève</title><link>https://news.example.org/fr/1</link>"
        + "<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>Les délégués ont quitté la réunion à Genève après "
        + "l'échec des négociations élémentaires.</description></item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"j1\", \"text\": \"" + STORY + "\", \"date\": \"2024-03-01\"}\n"
        + "{\"id\": \"j2\", \"text\": \"Iran condemned Turkey.\", \"date\": \"2024-03-02\"\n"
        + "{\"id\": \"j3\", \"text\": \"Canada thanked Mexico.\", \"date\": \"2024-02-30\"}\n"
        + "{\"id\": \"j4\", \"text\": \"Nigeria urged Ghana on Tuesday.\", \"date\": \"2024-03-04\", \"title\": \"Urged\"}\n");
    Files.writeString(dir.resolve("one.json"), "{\"id\": \"single\", \"text\": \"India met Pakistan.\", \"date\": \"2024-01-09\"}");
    Files.writeString(dir.resolve("texts/a.txt"), STORY);
    Files.writeString(dir.resolve("texts/a.meta.json"), "{\"id\": \"text-a\", \"date\": \"2024-03-07\", \"source\": \"Wire\"}");
    Files.writeString(dir.resolve("texts/b-2024-02-02.txt"), "Egypt blamed Israel.");
    Files.write(dir.resolve("texts/latin1.txt"), "Le ministre a déclaré à Genève.".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("texts/blob.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Files.writeString(dir.resolve("texts/undated.txt"), "Kenya praised Uganda.");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("texts/c.txt.gz")))) {
      o.write("Japan welcomed China.".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("texts/c.meta.json"), "{\"id\": \"gz-c\", \"date\": \"2024-03-08\"}");
    byte[] gz = HostileCorpus.gzip("{\"id\": \"z\", \"text\": \"x\", \"date\": \"2024-01-01\"}\n".repeat(50).getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("texts/corrupt.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
  }

  @Test
  void everyFormatIsReadAndEveryBrokenDocumentReportedWithoutStoppingTheRun() throws Exception {
    Path store = tmp.resolve("s.duckdb");
    Path failures = tmp.resolve("failures.jsonl");
    FakeDyad.Result r = FakeDyad.run("ingest", dir.toString(), "--store", store.toString(), "--failures", failures.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exitCode(), r.err());

    Map<String, String> failed = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(failures)) {
      JsonNode n = json.readTree(line);
      failed.put(dir.relativize(Path.of(n.get("origin").asText().replaceAll("(#item-\\d+|:\\d+)$", ""))) + suffix(n),
          n.get("kind").asText() + ": " + n.get("message").asText());
    }
    Map<String, String> kinds = new TreeMap<>();
    failed.forEach((k, v) -> kinds.put(k, v.substring(0, v.indexOf(':'))));
    assertEquals(Map.of(
        "truncated.html", "EMPTY",
        "feed.rss#item-2", "EMPTY",
        "invalid.xml", "MALFORMED",
        "wrong-charset.rss", "ENCODING",
        "articles.jsonl:2", "MALFORMED",
        "articles.jsonl:3", "DATE",
        "texts/latin1.txt", "ENCODING",
        "texts/blob.bin", "BINARY",
        "texts/undated.txt", "DATE",
        "texts/corrupt.jsonl.gz", "MALFORMED"), kinds, failed.toString());
    assertTrue(failed.get("invalid.xml").contains("line"), failed.get("invalid.xml"));
    assertTrue(failed.get("wrong-charset.rss").contains("UTF-8"), failed.get("wrong-charset.rss"));
    for (String k : failed.keySet()) {
      assertTrue(r.err().contains(dir.resolve(k.replaceAll("(#item-\\d+|:\\d+)$", "")).toString()), "on stderr: " + k);
    }

    try (DyadStore s = DyadStore.open(store)) {
      CodedArticle page = s.article(urlId("https://news.example.org/2024/03/border-row")).orElseThrow();
      assertEquals("Border row deepens", page.article().title());
      assertEquals(LocalDate.of(2024, 3, 5), page.article().date());
      assertEquals("France accused Germany over the border dispute.\nRussia threatened Ukraine on Friday.", page.article().text());
      assertFalse(page.events().isEmpty());

      CodedArticle dateline = s.article(urlId("https://news.example.org/2024/talks")).orElseThrow();
      assertEquals(LocalDate.of(2024, 3, 3), dateline.article().date());
      assertEquals("Talks fail", dateline.article().title());

      CodedArticle item = s.article(urlId("https://news.example.org/2024/item-1")).orElseThrow();
      assertEquals("Japan met China in Tokyo.", item.article().text());
      assertEquals("Test Wire", item.article().source());
      CodedArticle atom = s.article(urlId("https://news.example.org/2024/atom-1")).orElseThrow();
      assertEquals(LocalDate.of(2024, 3, 6), atom.article().date());
      assertEquals("Brazil welcomed Argentina at the summit.", atom.article().text());

      assertEquals(STORY, s.article("j1").orElseThrow().article().text());
      assertEquals("Urged", s.article("j4").orElseThrow().article().title());
      assertEquals(LocalDate.of(2024, 1, 9), s.article("single").orElseThrow().article().date());
      assertEquals("Wire", s.article("text-a").orElseThrow().article().source());
      assertEquals(LocalDate.of(2024, 2, 2), s.article(Article.contentId("Egypt blamed Israel.")).orElseThrow().article().date());
      assertEquals("Japan welcomed China.", s.article("gz-c").orElseThrow().article().text());
      assertEquals(10, s.countArticles(), s.docIds().toString());
      assertEquals(10, s.countErrors());
    }
  }

  @Test
  void urlsAreFetchedAndStoredUnderTheirCanonicalUrl() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] page = Files.readAllBytes(dir.resolve("page.html"));
    server.createContext("/story", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, page.length);
      ex.getResponseBody().write(page);
      ex.close();
    });
    server.createContext("/gone", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Path store = tmp.resolve("u.duckdb");
      FakeDyad.Result r = FakeDyad.run("ingest", base + "/gone", base + "/story", "--store", store.toString());
      assertEquals(ExitCodes.SOME_FAILED, r.exitCode(), r.err());
      assertTrue(r.err().contains("dyad: skipped " + base + "/gone: FETCH: the server answered HTTP 404 (not found)"), r.err());
      try (DyadStore s = DyadStore.open(store)) {
        assertEquals(java.util.List.of(urlId("https://news.example.org/2024/03/border-row")), s.docIds());
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, FakeDyad.run("ingest", "x", "--date", "2024-02-30").exitCode());
    assertEquals(ExitCodes.USAGE, FakeDyad.run("ingest", "-", "-").exitCode());
    assertEquals(ExitCodes.USAGE, FakeDyad.run("ingest").exitCode());
  }

  private static String suffix(JsonNode n) {
    String o = n.get("origin").asText();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(#item-\\d+|:\\d+)$").matcher(o);
    return m.find() ? m.group(1) : "";
  }

  static String urlId(String url) {
    return HostileCorpus.urlId(url);
  }
}
