package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.dyad.model.Article;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyad watch} against a feed served on loopback that gains items between polls, with
 * restarts (each {@code --once} run is a new process state; one test kills a looping watcher):
 * only new items are coded, conditional requests save work, and failures are reported once.
 */
class WatchTest {
  @TempDir
  Path tmp;

  HttpServer server;
  final AtomicReference<String> feed = new AtomicReference<>();
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger notModified = new AtomicInteger();
  String url;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", this::feed);
    server.createContext("/broken.xml", ex -> send(ex, 200, "<rss><channel><item><title>never closed"));
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void feed(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    String body = feed.get();
    String etag = "\"" + Article.sha256Hex(body).substring(0, 12) + "\"";
    ex.getResponseHeaders().add("ETag", etag);
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
    send(ex, 200, body);
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }

  static String rss(String build, String... items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Loop Wire</title><link>https://news.example.org/</link><description>d</description><lastBuildDate>"
        + build + "</lastBuildDate>\n");
    for (String i : items) {
      sb.append(i).append('\n');
    }
    return sb.append("</channel></rss>\n").toString();
  }

  static String item(int n, String text) {
    return "<item><title>Item " + n + "</title><link>https://news.example.org/2024/watch-" + n + "</link>"
        + "<pubDate>Tue, 05 Mar 2024 0" + (n % 10) + ":00:00 GMT</pubDate>"
        + (text == null ? "" : "<description>" + text + "</description>") + "</item>";
  }

  static String id(int n) {
    return HostileCorpus.urlId("https://news.example.org/2024/watch-" + n);
  }

  @Test
  void onlyNewItemsAreCodedAcrossRestarts() {
    Path store = tmp.resolve("w.duckdb");
    feed.set(rss("1", item(1, "France accused Germany on Tuesday."), item(2, "Russia threatened Ukraine.")));
    FakeDyad.Result p1 = FakeDyad.run("watch", url, "--once", "--store", store.toString());
    assertEquals(ExitCodes.OK, p1.exitCode(), p1.err());
    assertTrue(p1.err().contains(url + ": 2 items, 2 new: 2 documents: 2 coded"), p1.err());

    FakeDyad.Result p2 = FakeDyad.run("watch", url, "--once", "--store", store.toString());
    assertEquals(ExitCodes.OK, p2.exitCode(), p2.err());
    assertTrue(p2.err().contains(url + ": not modified"), p2.err());
    assertEquals(1, notModified.get(), "the second poll was a conditional request answered 304");

    feed.set(rss("2", item(3, "Kenya praised Uganda."), item(4, null), item(1, "France accused Germany on Tuesday."),
        item(2, "Russia threatened Ukraine.")));
    FakeDyad.Result p3 = FakeDyad.run("watch", url, "--once", "--store", store.toString());
    assertEquals(ExitCodes.SOME_FAILED, p3.exitCode(), p3.err());
    assertTrue(p3.err().contains(url + ": 4 items, 2 new: 2 documents: 1 coded"), p3.err());
    assertTrue(p3.err().contains("1 failed"), p3.err());
    assertTrue(p3.err().contains("EMPTY: feed item 2 has no description"), p3.err());

    // the feed changes again (new build date) but has no new item: nothing is coded or reported again
    feed.set(rss("3", item(3, "Kenya praised Uganda."), item(4, null), item(1, "France accused Germany on Tuesday."),
        item(2, "Russia threatened Ukraine.")));
    FakeDyad.Result p4 = FakeDyad.run("watch", url, "--once", "--store", store.toString());
    assertEquals(ExitCodes.OK, p4.exitCode(), p4.err());
    assertTrue(p4.err().contains(url + ": 4 items, 0 new"), p4.err());
    assertFalse(p4.err().contains("skipped"), p4.err());

    try (DyadStore s = DyadStore.open(store)) {
      assertEquals(List.of(id(1), id(2), id(3)), s.docIds().stream().sorted(java.util.Comparator.comparing(
          d -> List.of(id(1), id(2), id(3)).indexOf(d))).toList());
      assertEquals(1, s.countErrors());
      assertTrue(s.isFeedItemSeen(url, id(4)));
      DyadStore.FeedState st = s.feedState(url).orElseThrow();
      assertTrue(st.etag().startsWith("\""), st.toString());
      assertTrue(st.status().startsWith("4 items, 0 new"), st.toString());
      assertTrue(s.countEvents() >= 3);
    }
    assertEquals(4, requests.get());
  }

  @Test
  void aBrokenFeedIsReportedAndTriedAgain() {
    Path store = tmp.resolve("b.duckdb");
    String broken = url.replace("feed.xml", "broken.xml");
    String missing = url.replace("feed.xml", "missing.xml");
    feed.set(rss("1", item(1, "Japan met China.")));
    FakeDyad.Result r = FakeDyad.run("watch", broken, missing, url, "--once", "--store", store.toString());
    assertEquals(ExitCodes.SOME_FAILED, r.exitCode(), r.err());
    assertTrue(r.err().contains(broken + ": MALFORMED: invalid feed XML"), r.err());
    assertTrue(r.err().contains(missing + ": FETCH: the server answered HTTP 404"), r.err());
    assertTrue(r.err().contains(url + ": 1 items, 1 new"), r.err());
    try (DyadStore s = DyadStore.open(store)) {
      assertEquals(List.of(id(1)), s.docIds());
      assertEquals("failed: MALFORMED", s.feedState(broken).orElseThrow().status());
    }
  }

  @Test
  void aLoopingWatcherPicksUpNewItemsAndAKilledOneResumes() throws Exception {
    Path store = tmp.resolve("loop.duckdb");
    feed.set(rss("1", item(1, "France accused Germany on Tuesday.")));
    FakeDyad.Spawned child = FakeDyad.spawn("512m", "watch", url, "--every", "1s", "--store", store.toString());
    Process p = child.process();
    BlockingQueue<String> lines = child.lines();
    List<String> all = child.all();
    try {
      await(lines, url + ": 1 items, 1 new", all);
      await(lines, url + ": not modified", all);
      feed.set(rss("2", item(2, "Kenya praised Uganda."), item(1, "France accused Germany on Tuesday.")));
      await(lines, url + ": 2 items, 1 new: 1 documents: 1 coded", all);
    } finally {
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    feed.set(rss("3", item(3, "Brazil welcomed Argentina."), item(2, "Kenya praised Uganda."),
        item(1, "France accused Germany on Tuesday.")));
    FakeDyad.Result after = FakeDyad.run("watch", url, "--once", "--store", store.toString());
    assertTrue(after.err().contains(url + ": 3 items, 1 new: 1 documents: 1 coded"), after.err());
    try (DyadStore s = DyadStore.open(store)) {
      assertEquals(3, s.countArticles());
    }
  }

  private static void await(BlockingQueue<String> lines, String want, List<String> all) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String l = lines.poll(500, TimeUnit.MILLISECONDS);
      if (l != null && l.contains(want)) {
        return;
      }
    }
    throw new AssertionError("no line with '" + want + "' in " + all);
  }

  @Test
  void pollIntervalsParse() {
    assertEquals(Duration.ofMinutes(15), WatchCommand.Every.parse("15m"));
    assertEquals(Duration.ofMinutes(90), WatchCommand.Every.parse("1h30m"));
    assertEquals(Duration.ofSeconds(90), WatchCommand.Every.parse("90s"));
    assertEquals(Duration.ofDays(1), WatchCommand.Every.parse("1d"));
    assertEquals(Duration.ofMinutes(15), WatchCommand.Every.parse("PT15M"));
    assertEquals(Duration.ofMillis(1500), WatchCommand.Every.parse("1s500ms"));
    for (String bad : List.of("15", "", "0s", "500ms", "abc", "5x", "m15", "P1X")) {
      assertThrows(CommandLine.TypeConversionException.class, () -> WatchCommand.Every.parse(bad), bad);
    }
    FakeDyad.Result r = FakeDyad.run("watch", url, "--every", "soon", "--once");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains("not a duration"), r.err());
  }
}
