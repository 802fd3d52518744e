package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polling feeds: conditional HTTP requests, unchanged files, feed-level failures apart from item failures. */
class FeedPollerTest {
  @TempDir
  Path tmp;

  static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
      + "<item><title>One</title><link>https://news.example.org/1</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>"
      + "<description>France accused Germany.</description></item>"
      + "<item><title>Two</title><link>https://news.example.org/2</link><description>Kenya praised Uganda.</description></item>"
      + "</channel></rss>";

  @Test
  void conditionalRequestsOverHttp() throws IOException {
    AtomicReference<String> seenIfNoneMatch = new AtomicReference<>();
    AtomicReference<String> seenIfModifiedSince = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed", ex -> {
      seenIfNoneMatch.set(ex.getRequestHeaders().getFirst("If-None-Match"));
      seenIfModifiedSince.set(ex.getRequestHeaders().getFirst("If-Modified-Since"));
      if ("\"v1\"".equals(seenIfNoneMatch.get())) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      byte[] b = FEED.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("ETag", "\"v1\"");
      ex.getResponseHeaders().add("Last-Modified", "Tue, 05 Mar 2024 08:00:00 GMT");
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.createContext("/down", ex -> {
      ex.sendResponseHeaders(503, -1);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
      FeedPoller poller = FeedPoller.create(Duration.ofSeconds(5), Duration.ofSeconds(5));
      FeedPoll first = poller.poll(url, IngestOptions.defaults(), null, null);
      assertTrue(first.ok());
      assertFalse(first.notModified());
      assertEquals("\"v1\"", first.etag());
      assertEquals("Tue, 05 Mar 2024 08:00:00 GMT", first.lastModified());
      assertEquals(2, first.items().size());
      assertTrue(first.items().get(0).isOk());
      assertEquals(ErrorKinds.DATE, ((Ingested.Failed) first.items().get(1)).error().kind(), "no date, no default");
      assertNull(seenIfNoneMatch.get());

      FeedPoll second = poller.poll(url, IngestOptions.defaults(), first.etag(), first.lastModified());
      assertTrue(second.notModified());
      assertEquals(List.of(), second.items());
      assertEquals("\"v1\"", second.etag(), "validators are kept across a 304");
      assertEquals("Tue, 05 Mar 2024 08:00:00 GMT", seenIfModifiedSince.get());

      FeedPoll down = poller.poll(url.replace("/feed", "/down"), IngestOptions.defaults(), null, null);
      assertFalse(down.ok());
      assertEquals(ErrorKinds.FETCH, down.error().kind());
      assertTrue(down.error().message().contains("503"), down.error().message());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void filesAreComparedByModificationTimeAndBrokenFeedsFailAsAWhole() throws IOException {
    Path f = tmp.resolve("feed.rss");
    Files.writeString(f, FEED);
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-03-05T08:00:00Z")));
    FeedPoller poller = FeedPoller.create();
    IngestOptions o = IngestOptions.defaults().withDefaultDate(java.time.LocalDate.of(2024, 3, 6));
    FeedPoll first = poller.poll(f.toString(), o, null, null);
    assertEquals(2, first.items().size());
    assertTrue(first.items().get(1).isOk(), "the default date dates the undated item");
    assertTrue(poller.poll(f.toUri().toString(), o, null, first.lastModified()).notModified());
    Files.writeString(f, FEED.replace("France", "Spain"));
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-03-05T09:00:00Z")));
    FeedPoll changed = poller.poll(f.toString(), o, null, first.lastModified());
    assertFalse(changed.notModified());
    assertEquals(2, changed.items().size());

    Files.writeString(f, "<rss><channel><item><title>open");
    FeedPoll broken = poller.poll(f.toString(), o, null, null);
    assertFalse(broken.ok());
    assertEquals(ErrorKinds.MALFORMED, broken.error().kind());
    assertEquals(f.toString(), broken.error().docId());
    FeedPoll missing = poller.poll(tmp.resolve("nope.rss").toString(), o, null, null);
    assertEquals(ErrorKinds.IO, missing.error().kind());
    Files.writeString(f, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");
    FeedPoll empty = poller.poll(f.toString(), o, null, null);
    assertTrue(empty.ok(), "a feed without items is not an error");
    assertEquals(List.of(), empty.items());
  }
}
