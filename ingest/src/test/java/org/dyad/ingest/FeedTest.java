package org.dyad.ingest;

import static org.dyad.ingest.Fixtures.all;
import static org.dyad.ingest.Fixtures.assertMentions;
import static org.dyad.ingest.Fixtures.failed;
import static org.dyad.ingest.Fixtures.ok;
import static org.dyad.ingest.Fixtures.only;
import static org.dyad.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.DyadException;
import org.junit.jupiter.api.Test;

class FeedTest {
  private final ArticleReader reader = ArticleReader.create();
  private final IngestOptions opts = IngestOptions.defaults();

  static void assertWorldFeed(List<Ingested> r, String origin) {
    assertEquals(4, r.size(), r::toString);
    Article envoys = ok(r.get(0));
    assertEquals(Html.urlId("https://news.example.org/2021/05/17/envoys-doha"), envoys.id());
    assertEquals("Envoys from both sides met in Doha on Monday.\nThey agreed to meet again next week.", envoys.text());
    assertEquals("Envoys meet in Doha", envoys.title());
    assertEquals("https://news.example.org/2021/05/17/envoys-doha", envoys.url());
    assertEquals(LocalDate.of(2021, 5, 17), envoys.date());
    assertEquals("Example World News", envoys.source());
    assertEquals(origin + "#item-1", r.get(0).origin());

    Article strike = ok(r.get(1));
    assertTrue(strike.id().matches("g-[0-9a-f]{16}"), strike.id());
    assertEquals("Dock workers went on strike on Tuesday.", strike.text());
    assertEquals("Port strike & talks", strike.title());
    assertEquals(LocalDate.of(2021, 5, 18), strike.date());

    assertMentions(failed(r.get(2), ErrorKinds.DATE), "item 3", "no published or updated date");
    Ingested.Failed empty = failed(r.get(3), ErrorKinds.EMPTY);
    assertMentions(empty, "item 4", "https://news.example.org/2021/05/20/headline-only");
    assertEquals(Html.urlId("https://news.example.org/2021/05/20/headline-only"), empty.docId());
  }

  @Test
  void rssItemsBecomeArticles() {
    Path p = path("feed/world.rss");
    assertWorldFeed(all(reader.read(p, opts)), p.toString());
    List<Ingested> withDate = all(reader.read(p, opts.withDefaultDate(LocalDate.of(2021, 5, 19))));
    assertEquals(LocalDate.of(2021, 5, 19), ok(withDate.get(2)).date());
  }

  @Test
  void feedWithoutExtensionIsSniffed() {
    Path p = path("feed/sniffed-feed");
    assertWorldFeed(all(reader.read(p, opts)), p.toString());
  }

  @Test
  void atomEntries() {
    List<Ingested> r = all(reader.read(path("feed/updates.atom"), opts));
    assertEquals(2, r.size());
    Article a = ok(r.get(0));
    assertEquals("Ceasefire holds", a.title());
    assertEquals("The ceasefire held for a second day, monitors said.", a.text());
    assertEquals(LocalDate.of(2021, 6, 1), a.date());
    assertEquals(Html.urlId("https://updates.example.net/ceasefire-holds"), a.id());
    Article b = ok(r.get(1));
    assertEquals("Heavy rains delayed the wheat harvest in the north.", b.text());
    assertEquals(LocalDate.of(2021, 6, 2), b.date());
    assertEquals("g-" + Article.sha256Hex("urn:example:2").substring(0, 16), b.id());
    assertNull(b.url());
  }

  @Test
  void invalidXmlIsOneFailureNamingTheParserError() {
    Ingested.Failed f = failed(only(reader.read(path("feed/broken.xml"), opts)), ErrorKinds.MALFORMED);
    assertMentions(f, "invalid feed XML", "line ");
    assertEquals("broken.xml", f.docId());
    assertTrue(f.error().message().length() > "invalid feed XML at line 1".length(), f.error().message());
  }

  @Test
  void xmlThatIsNotAFeed() {
    assertMentions(failed(only(reader.read(path("feed/notafeed.xml"), opts)), ErrorKinds.MALFORMED), "not an RSS or Atom feed");
  }

  @Test
  void wrongCharsetFeed() {
    Ingested.Failed f = failed(only(reader.read(path("feed/wrong-charset.rss"), opts)), ErrorKinds.ENCODING);
    assertMentions(f, "UTF-8", "XML declaration");
  }

  @Test
  void charsetFromTheXmlDeclaration() {
    List<Ingested> r = all(reader.read(path("feed/latin1.rss"), opts));
    assertEquals(2, r.size());
    Article a = ok(r.get(0));
    assertEquals("Réunion 0 à Genève", a.title());
    assertEquals("Les délégués ont quitté la réunion.", a.text());
    assertEquals("Actualités", a.source());
  }

  @Test
  void itemsForWatching() {
    Path p = path("feed/world.rss");
    List<FeedItem> items = reader.items(p, opts);
    assertEquals(4, items.size());
    List<Ingested> read = all(reader.read(p, opts));
    for (int i = 0; i < items.size(); i++) {
      assertEquals(read.get(i).docId(), items.get(i).id(), "item " + (i + 1));
    }
    assertEquals(Instant.parse("2021-05-17T08:00:00Z"), items.get(0).published());
    assertEquals("https://news.example.org/2021/05/17/envoys-doha", items.get(0).url());
    assertEquals("Port strike & talks", items.get(1).title());
    assertNull(items.get(1).url());
    assertNull(items.get(2).published());
    DyadException e = assertThrows(DyadException.class, () -> reader.items(path("feed/broken.xml"), opts));
    assertEquals(ErrorKinds.MALFORMED, e.error().kind());
    DyadException missing = assertThrows(DyadException.class, () -> reader.items(p.resolveSibling("nope.rss"), opts));
    assertEquals(ErrorKinds.IO, missing.error().kind());
  }
}
