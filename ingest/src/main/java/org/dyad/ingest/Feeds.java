package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.dyad.model.DocumentError;
import org.dyad.model.DyadException;

/**
 * RSS and Atom feeds (Rome): each item becomes an article with its title, link, published (else
 * updated) date and the text of its {@code content:encoded} or description. Id: from the item
 * link ({@link Html#urlId}), else its guid (the same hash for a URL guid, else {@code "g-"} +
 * 16 hex digits of its SHA-256), else {@link Article#contentId}. A feed that does not parse
 * becomes one failure naming the parser's error. Dates of items are taken in UTC. Stateless.
 */
final class Feeds {
  private Feeds() {}

  /** A parsed feed, or the failure that stops it. */
  private record Parsed(SyndFeed feed, Ingested.Failed failure) {}

  private static Parsed parse(Source src, IngestOptions o) {
    String docId = src.label();
    byte[] b;
    try {
      Bytes.Bounded bd = Html.readMarkup(src, o);
      if (bd == null) {
        return new Parsed(null, (Ingested.Failed) Ingested.failed(docId, ErrorKinds.TOO_LARGE, Html.markupTooLarge(src.size(), o), src.origin()));
      }
      b = bd.bytes();
    } catch (IOException e) {
      return new Parsed(null, (Ingested.Failed) Readers.ioFailure(docId, src, e));
    }
    if (b.length == 0) {
      return failed(src, ErrorKinds.EMPTY, "the feed is empty");
    }
    if (Bytes.bom(b, b.length) == null) {
      String why = Bytes.binaryReason(b, 0, b.length);
      if (why != null) {
        return failed(src, ErrorKinds.BINARY, "this is not a feed but binary data (" + why + ")");
      }
    }
    Charsets.Decoded dec;
    try {
      dec = Charsets.decode(b, src.headerCharset(), false);
    } catch (Charsets.UnknownCharset e) {
      return failed(src, ErrorKinds.ENCODING, e.getMessage());
    }
    String wrong = dec.wrongCharsetReason(dec.text());
    if (wrong != null) {
      return failed(src, ErrorKinds.ENCODING, wrong);
    }
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try {
      return new Parsed(input.build(new StringReader(dec.text())), null);
    } catch (ParsingFeedException e) {
      String at = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
      return failed(src, ErrorKinds.MALFORMED, "invalid feed XML" + at + ": " + cause(e));
    } catch (FeedException | IllegalArgumentException e) {
      return failed(src, ErrorKinds.MALFORMED, "not an RSS or Atom feed: " + cause(e));
    }
  }

  private static String cause(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() != null ? t.getMessage() : e.getMessage();
    return m == null ? e.toString() : m;
  }

  private static Parsed failed(Source src, String kind, String message) {
    return new Parsed(null, new Ingested.Failed(new DocumentError(src.label(), kind, message), src.origin()));
  }

  /** The articles of a feed, one result per item (or one failure for a bad feed). */
  static Stream<Ingested> read(Source src, IngestOptions o) {
    return Lazy.stream(() -> {
      Parsed p = parse(src, o);
      if (p.failure() != null) {
        return Stream.of(p.failure());
      }
      List<SyndEntry> entries = p.feed().getEntries();
      if (entries.isEmpty()) {
        return Stream.of(Ingested.failed(src.label(), ErrorKinds.EMPTY, "the feed has no items", src.origin()));
      }
      List<Ingested> out = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        out.add(item(p.feed(), entries.get(i), i + 1, src, o));
      }
      return out.stream();
    }, src);
  }

  /** The items of a feed, for watching; throws with the feed's failure when it does not parse. */
  static List<FeedItem> items(Source src, IngestOptions o) {
    Parsed p = parse(src, o);
    if (p.failure() != null) {
      throw new DyadException(p.failure().error());
    }
    List<FeedItem> out = new ArrayList<>();
    for (SyndEntry e : p.feed().getEntries()) {
      String link = link(e);
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      out.add(new FeedItem(id(e, link, text(e)), link, title(e), when == null ? null : when.toInstant()));
    }
    return List.copyOf(out);
  }

  private static Ingested item(SyndFeed feed, SyndEntry e, int n, Source src, IngestOptions o) {
    String origin = src.origin() + "#item-" + n;
    String link = link(e);
    String text = text(e);
    String id = id(e, link, text);
    if (text.isBlank()) {
      return Ingested.failed(id, ErrorKinds.EMPTY,
          "feed item " + n + " has no description or content" + (link != null ? "; read its link instead: " + link : ""),
          origin);
    }
    if (text.length() > o.maxChars()) {
      return Ingested.failed(id, ErrorKinds.TOO_LARGE,
          "feed item " + n + " has " + text.length() + " characters, more than the limit of " + o.maxChars() + " (maxChars)",
          origin);
    }
    Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    LocalDate date = when != null ? LocalDate.ofInstant(when.toInstant(), ZoneOffset.UTC) : o.defaultDate();
    if (date == null && o.requireDate()) {
      return Ingested.failed(id, ErrorKinds.DATE,
          "feed item " + n + " has no published or updated date: pass --date YYYY-MM-DD", origin);
    }
    String source = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().trim();
    return new Ingested.Ok(new Article(id, text, date, title(e), link, source), origin);
  }

  private static String link(SyndEntry e) {
    String l = e.getLink();
    if ((l == null || l.isBlank()) && e.getLinks() != null) {
      for (SyndLink sl : e.getLinks()) {
        if (sl.getHref() != null && !sl.getHref().isBlank() && (sl.getRel() == null || sl.getRel().equals("alternate"))) {
          l = sl.getHref();
          break;
        }
      }
    }
    return l == null || l.isBlank() ? null : l.trim();
  }

  private static String title(SyndEntry e) {
    String t = e.getTitle();
    if (t == null || t.isBlank()) {
      return null;
    }
    return t.indexOf('<') >= 0 || t.indexOf('&') >= 0 ? org.jsoup.Jsoup.parse(t).text() : t.trim();
  }

  private static String id(SyndEntry e, String link, String text) {
    if (link != null) {
      return Html.urlId(link);
    }
    String guid = e.getUri();
    if (guid != null && !guid.isBlank()) {
      String g = guid.trim();
      String lower = g.toLowerCase(Locale.ROOT);
      return lower.startsWith("http://") || lower.startsWith("https://")
          ? Html.urlId(g)
          : "g-" + Article.sha256Hex(g).substring(0, 16);
    }
    return Article.contentId(text);
  }

  private static String text(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    if (e.getContents() != null) {
      for (SyndContent c : e.getContents()) {
        append(sb, c);
      }
    }
    if (sb.toString().isBlank() && e.getDescription() != null) {
      sb.setLength(0);
      append(sb, e.getDescription());
    }
    return sb.toString().trim();
  }

  private static void append(StringBuilder sb, SyndContent c) {
    if (c == null || c.getValue() == null || c.getValue().isBlank()) {
      return;
    }
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    String t = type.equals("text") || type.equals("text/plain") ? c.getValue().trim() : HtmlExtractor.fragmentText(c.getValue());
    if (!t.isBlank()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(t);
    }
  }

  /** Whether the head of a document looks like an RSS, Atom or RDF feed. */
  static boolean looksLikeFeed(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf") || h.contains("<channel");
  }
}
