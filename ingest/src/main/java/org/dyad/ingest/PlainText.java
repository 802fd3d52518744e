package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.dyad.model.Article;

/**
 * Plain-text articles: strict UTF-8 (or the transport's charset), a leading BOM removed.
 *
 * <p>Checks, in order: size (from the file size before reading, else by reading at most
 * {@link IngestOptions#maxTextBytes()}), empty, binary, encoding, whitespace-only, length. Id:
 * {@code --id}, else the sidecar's, else {@link Article#contentId}. Date: {@code --date}, else
 * the sidecar's, else one in the file name. Stateless.
 */
final class PlainText {
  private PlainText() {}

  static final String NO_DATE = "no publication date: pass --date YYYY-MM-DD or a .meta.json sidecar";

  static Ingested read(Source src, IngestOptions o) {
    String origin = src.origin();
    Sidecar side = null;
    if (src.file() != null) {
      try {
        side = Sidecar.find(src.file());
      } catch (Sidecar.Bad e) {
        return Ingested.failed(idOr(o.givenId(), null, src.label()), e.kind, e.getMessage(), origin);
      }
    }
    String docId = idOr(o.givenId(), side, src.label());
    if (src.size() == 0) {
      return Ingested.failed(docId, ErrorKinds.EMPTY, "the file is empty", origin);
    }
    if (src.size() > o.maxTextBytes()) {
      return Ingested.failed(docId, ErrorKinds.TOO_LARGE, tooLarge(src.size(), o), origin);
    }
    Bytes.Bounded bd;
    try (InputStream in = src.open()) {
      bd = Bytes.readBounded(in, o.maxTextBytes());
    } catch (IOException e) {
      return Readers.ioFailure(docId, src, e);
    }
    if (bd.overflow()) {
      return Ingested.failed(docId, ErrorKinds.TOO_LARGE, tooLarge(-1, o), origin);
    }
    byte[] b = bd.bytes();
    Bytes.Bom bom = Bytes.bom(b, b.length);
    int start = bom == null ? 0 : bom.length();
    if (b.length - start == 0) {
      return Ingested.failed(docId, ErrorKinds.EMPTY, b.length == 0 ? "the input is empty" : "the input holds only a byte-order mark", origin);
    }
    Charset cs = bom != null ? bom.charset() : charsetOf(src);
    if (cs == null) {
      return Ingested.failed(docId, ErrorKinds.ENCODING,
          "unknown charset '" + src.headerCharset() + "' in the content type", origin);
    }
    boolean wide = cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
    if (!wide) {
      String why = Bytes.binaryReason(b, start, b.length);
      if (why != null) {
        return Ingested.failed(docId, ErrorKinds.BINARY,
            "this looks like a binary file, not text (" + why + "); Dyad reads UTF-8 text, JSON lines, JSON, HTML and RSS/Atom",
            origin);
      }
    }
    String text;
    try {
      text = Bytes.decodeStrict(b, start, b.length, cs, start);
    } catch (Bytes.BadBytes e) {
      String hint = cs.equals(StandardCharsets.UTF_8)
          ? ": the text is not UTF-8 (perhaps Latin-1 or windows-1252); convert it to UTF-8, e.g. iconv -f windows-1252 -t utf-8"
          : "";
      return Ingested.failed(docId, ErrorKinds.ENCODING,
          "invalid " + cs.name() + " at byte offset " + e.offset + " (" + e.bytesHex + ")" + hint, origin);
    }
    if (text.isBlank()) {
      return Ingested.failed(docId, ErrorKinds.EMPTY, "the text is only whitespace", origin);
    }
    if (text.length() > o.maxChars()) {
      return Ingested.failed(docId, ErrorKinds.TOO_LARGE,
          "the text has " + text.length() + " characters, more than the limit of " + o.maxChars()
              + " (maxChars); split it or raise the limit", origin);
    }
    String id = o.givenId() != null ? o.givenId() : side != null && side.id() != null ? side.id() : Article.contentId(text);
    LocalDate date = o.defaultDate();
    if (date == null && side != null) {
      date = side.date();
    }
    if (date == null && src.file() != null) {
      date = Dates.inFileName(src.file().getFileName().toString());
    }
    if (date == null && o.requireDate()) {
      return Ingested.failed(id, ErrorKinds.DATE, NO_DATE, origin);
    }
    Article a = new Article(id, text, date,
        side == null ? null : side.title(),
        side == null ? src.url() : side.url() != null ? side.url() : src.url(),
        side == null ? null : side.source());
    return new Ingested.Ok(a, origin);
  }

  private static Charset charsetOf(Source src) {
    String name = src.headerCharset();
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String idOr(String givenId, Sidecar side, String label) {
    if (givenId != null) {
      return givenId;
    }
    if (side != null && side.id() != null) {
      return side.id();
    }
    return label;
  }

  static String tooLarge(long size, IngestOptions o) {
    String what = size >= 0 ? "the input is " + Bytes.size(size) : "the input is more than " + Bytes.size(o.maxTextBytes());
    return String.format(Locale.ROOT,
        "%s, too large for an article of at most %d characters (maxChars): split it or raise the limit",
        what, o.maxChars());
  }
}
