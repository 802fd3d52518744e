package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.dyad.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML articles: bounded read, charset (BOM, HTTP header, meta charset), jsoup's lenient parse,
 * {@link HtmlExtractor main-text extraction}. Id: {@code --id}, else from the canonical URL (or
 * the fetched URL) as {@link #urlId}, else {@link Article#contentId}. Date: the page's own (meta
 * tags, {@code <time>}, JSON-LD, a dateline), else {@code --date}. Stateless.
 */
final class Html {
  private Html() {}

  /** {@code "u-"} + the first 16 hex digits of the SHA-256 of the URL. */
  static String urlId(String url) {
    return "u-" + Article.sha256Hex(url.trim()).substring(0, 16);
  }

  static Ingested read(Source src, IngestOptions o) {
    String docId = o.givenId() != null ? o.givenId() : src.label();
    byte[] b;
    try {
      Bytes.Bounded bd = readMarkup(src, o);
      if (bd == null) {
        return Ingested.failed(docId, ErrorKinds.TOO_LARGE, markupTooLarge(src.size(), o), src.origin());
      }
      b = bd.bytes();
    } catch (IOException e) {
      return Readers.ioFailure(docId, src, e);
    }
    if (b.length == 0) {
      return Ingested.failed(docId, ErrorKinds.EMPTY, "the page is empty", src.origin());
    }
    if (Bytes.bom(b, b.length) == null) {
      String why = Bytes.binaryReason(b, 0, b.length);
      if (why != null) {
        return Ingested.failed(docId, ErrorKinds.BINARY, "this is not HTML but binary data (" + why + ")", src.origin());
      }
    }
    Charsets.Decoded dec;
    try {
      dec = Charsets.decode(b, src.headerCharset(), true);
    } catch (Charsets.UnknownCharset e) {
      return Ingested.failed(docId, ErrorKinds.ENCODING, e.getMessage(), src.origin());
    }
    String base = src.url() != null ? src.url() : src.file() != null ? src.file().toUri().toString() : "";
    Document doc = Jsoup.parse(dec.text(), base);
    HtmlExtractor.Extracted x = HtmlExtractor.extract(doc);
    String wrong = dec.wrongCharsetReason(x.title() == null ? x.text() : x.title() + "\n" + x.text());
    if (wrong != null) {
      return Ingested.failed(docId, ErrorKinds.ENCODING, wrong, src.origin());
    }
    if (x.text().isBlank()) {
      return Ingested.failed(docId, ErrorKinds.EMPTY,
          "no article text found in " + Bytes.size(b.length) + " of HTML"
              + (x.title() != null ? " titled '" + x.title() + "'" : "")
              + ": the page may be truncated, a stub, or built by JavaScript",
          src.origin());
    }
    if (x.text().length() > o.maxChars()) {
      return Ingested.failed(docId, ErrorKinds.TOO_LARGE,
          "the article text has " + x.text().length() + " characters, more than the limit of " + o.maxChars() + " (maxChars)",
          src.origin());
    }
    String url = x.url() != null ? x.url() : src.url();
    String id = o.givenId() != null ? o.givenId() : url != null ? urlId(url) : Article.contentId(x.text());
    LocalDate date = x.date();
    if (date == null) {
      Integer year = Dates.yearInUrl(url);
      if (year == null && o.defaultDate() != null) {
        year = o.defaultDate().getYear();
      }
      date = Dates.dateline(x.firstBlock(), year);
    }
    if (date == null) {
      date = o.defaultDate();
    }
    if (date == null && o.requireDate()) {
      return Ingested.failed(id, ErrorKinds.DATE,
          "no publication date in the page (no date meta tag, <time>, JSON-LD or dateline): pass --date YYYY-MM-DD",
          src.origin());
    }
    return new Ingested.Ok(new Article(id, x.text(), date, x.title(), url, x.site()), src.origin());
  }

  /**
   * Reads markup bytes, at most {@link IngestOptions#maxInputBytes()}; null when the document is
   * larger (known from its size before reading, or found while reading).
   */
  static Bytes.Bounded readMarkup(Source src, IngestOptions o) throws IOException {
    if (src.size() > o.maxInputBytes()) {
      return null;
    }
    try (InputStream in = src.open()) {
      Bytes.Bounded bd = Bytes.readBounded(in, o.maxInputBytes());
      return bd.overflow() ? null : bd;
    }
  }

  static String markupTooLarge(long size, IngestOptions o) {
    return (size >= 0 ? "the document is " + Bytes.size(size) : "the document is larger than " + Bytes.size(o.maxInputBytes()))
        + ", more than the limit of " + Bytes.size(o.maxInputBytes()) + " (8 x maxChars)";
  }
}
