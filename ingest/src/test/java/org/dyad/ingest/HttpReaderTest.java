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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpReaderTest {
  private static HttpServer server;
  private static ExecutorService pool;
  private static String base;

  private final ArticleReader reader = ArticleReader.create(Duration.ofSeconds(5), Duration.ofSeconds(10));
  private final IngestOptions opts = IngestOptions.defaults();

  private static final String CYRILLIC_PAGE =
      "<html><head><title>Переговоры</title><meta name=\"date\" content=\"2021-05-17\"></head>"
          + "<body><nav>Меню</nav><article><p>Министры встретились в Москве в понедельник.</p>"
          + "<p>Переговоры продолжатся завтра.</p></article></body></html>";

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    byte[] feed = Files.readAllBytes(path("feed/world.rss"));
    server.createContext("/news/2021/05/17/story", ex -> send(ex, 200, "text/html; charset=windows-1251",
        CYRILLIC_PAGE.getBytes(Charset.forName("windows-1251"))));
    server.createContext("/wrong", ex -> send(ex, 200, "text/html; charset=utf-8",
        Files.readAllBytes(path("html/latin1-undeclared.html"))));
    server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", feed));
    server.createContext("/plain.xml", ex -> send(ex, 200, "application/xml", feed));
    server.createContext("/records", ex -> send(ex, 200, "application/x-ndjson",
        Files.readAllBytes(path("jsonl/articles.jsonl"))));
    server.createContext("/text", ex -> send(ex, 200, "text/plain; charset=utf-8",
        "Police arrested two men on Monday.".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/missing", ex -> send(ex, 404, "text/plain", "no".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/big", ex -> send(ex, 200, "text/html", new byte[100_000]));
    server.createContext("/chunked", ex -> {
      try (ex) {
        ex.getResponseHeaders().add("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        byte[] chunk = "<p>filler text</p>\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) {
          out.write(chunk);
          out.flush();
        }
      } catch (IOException e) {
        // the client hung up after its cap, as it should
      }
    });
    server.createContext("/gzip", ex -> {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
        gz.write(Files.readAllBytes(path("html/article.html")));
      }
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      send(ex, 200, "text/html; charset=utf-8", b.toByteArray());
    });
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/moved", ex -> {
      ex.getResponseHeaders().add("Location", "/feed");
      send(ex, 302, "text/plain", new byte[0]);
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) {
    try (ex) {
      ex.getResponseHeaders().add("Content-Type", type);
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        ex.getResponseBody().write(body);
      }
    } catch (IOException e) {
      // the client may hang up early (size cap, timeout)
    }
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  @Test
  void htmlPageWithTheCharsetFromTheHeader() {
    URI u = uri("/news/2021/05/17/story");
    Ingested r = only(reader.read(u, opts));
    Article a = ok(r);
    assertEquals("Министры встретились в Москве в понедельник.\nПереговоры продолжатся завтра.", a.text());
    assertEquals("Переговоры", a.title());
    assertEquals(u.toString(), a.url());
    assertEquals(Html.urlId(u.toString()), a.id());
    assertEquals(LocalDate.of(2021, 5, 17), a.date());
    assertEquals(u.toString(), r.origin());
  }

  @Test
  void wrongCharsetInTheHeader() {
    assertMentions(failed(only(reader.read(uri("/wrong"), opts)), ErrorKinds.ENCODING), "HTTP header", "UTF-8");
  }

  @Test
  void feedByContentTypeBySniffingAndAfterARedirect() {
    FeedTest.assertWorldFeed(all(reader.read(uri("/feed"), opts)), uri("/feed").toString());
    FeedTest.assertWorldFeed(all(reader.read(uri("/plain.xml"), opts)), uri("/plain.xml").toString());
    FeedTest.assertWorldFeed(all(reader.read(uri("/moved"), opts)), uri("/moved").toString());
    List<FeedItem> items = reader.items(uri("/feed"), opts);
    assertEquals(4, items.size());
    assertEquals(Html.urlId("https://news.example.org/2021/05/17/envoys-doha"), items.get(0).id());
  }

  @Test
  void jsonLinesAndTextByContentType() {
    List<Ingested> r = all(reader.read(uri("/records"), opts));
    assertEquals(9, r.size());
    assertEquals("j1", ok(r.get(0)).id());
    assertEquals(base + "/records:1", r.get(0).origin());
    Article t = ok(only(reader.read(uri("/text"), opts.withDefaultDate(LocalDate.of(2021, 5, 17)))));
    assertEquals("Police arrested two men on Monday.", t.text());
  }

  @Test
  void gzipEncodedAnswer() {
    Article a = ok(only(reader.read(uri("/gzip"), opts)));
    assertEquals("Ministers agree on river treaty", a.title());
    assertEquals(Html.urlId("https://news.example.org/2021/05/17/river-treaty"), a.id());
  }

  @Test
  void httpErrorsAndLimits() {
    Ingested.Failed notFound = failed(only(reader.read(uri("/missing"), opts)), ErrorKinds.FETCH);
    assertMentions(notFound, "HTTP 404");
    assertEquals(base + "/missing", notFound.docId());
    IngestOptions small = opts.withMaxChars(1000);
    assertMentions(failed(only(reader.read(uri("/big"), small)), ErrorKinds.TOO_LARGE), "97.7 KB", "8 x maxChars");
    assertMentions(failed(only(reader.read(uri("/chunked"), small)), ErrorKinds.TOO_LARGE), "larger than");
    assertMentions(failed(only(reader.read(URI.create("ftp://example.org/x"), opts)), ErrorKinds.FETCH), "http");
    DyadException e = assertThrows(DyadException.class, () -> reader.items(uri("/missing"), opts));
    assertEquals(ErrorKinds.FETCH, e.error().kind());
  }

  @Test
  void timeoutAndRefusedConnection() throws IOException {
    ArticleReader impatient = ArticleReader.create(Duration.ofMillis(500), Duration.ofMillis(500));
    long t0 = System.nanoTime();
    failed(only(impatient.read(uri("/slow"), opts)), ErrorKinds.FETCH);
    assertTrue(System.nanoTime() - t0 < 2_900_000_000L, "did not wait for the slow server");
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    assertMentions(failed(only(impatient.read(URI.create("http://127.0.0.1:" + closedPort + "/"), opts)),
        ErrorKinds.FETCH), "cannot connect");
  }
}
