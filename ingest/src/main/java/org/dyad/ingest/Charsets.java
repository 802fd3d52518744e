package org.dyad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of markup (HTML, XML feeds) and decodes it.
 *
 * <p>Order: a byte-order mark, then the HTTP header's charset, then the document's own
 * declaration ({@code <meta charset>}, {@code <meta http-equiv>} or the XML prolog), else UTF-8
 * (HTML that is not valid UTF-8 and declares nothing falls back to windows-1252, as browsers do).
 * Stateless.
 */
final class Charsets {
  private Charsets() {}

  /** Bytes of the head searched for a declaration. */
  static final int DECLARATION_WINDOW = 4096;

  /** Share of replacement characters above which a declared charset counts as wrong. */
  static final double MAX_REPLACEMENT_SHARE = 0.01;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:+\\-]+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  /** A declared charset that is unknown. */
  static final class UnknownCharset extends Exception {
    UnknownCharset(String name, String declaredBy) {
      super("unknown charset '" + name + "' declared by the " + declaredBy);
    }
  }

  /**
   * Decoded markup.
   *
   * @param declaredBy what named the charset ("byte-order mark", "HTTP header", "meta charset",
   *     "XML declaration"), or null when nothing did
   */
  record Decoded(String text, Charset charset, String declaredBy) {
    /** An error message when more than 1% of {@code sample} are replacement chars, else null. */
    String wrongCharsetReason(CharSequence sample) {
      long bad = Bytes.replacements(sample);
      if (sample.length() == 0 || bad <= sample.length() * MAX_REPLACEMENT_SHARE) {
        return null;
      }
      String by = declaredBy == null ? "assumed" : "declared by the " + declaredBy;
      return String.format(
          Locale.ROOT,
          "%d of %d characters (%.1f%%) do not decode as %s (%s): the declared charset is wrong for these bytes",
          bad, sample.length(), 100.0 * bad / sample.length(), charset.name(), by);
    }
  }

  /** The charset parameter of a Content-Type header value, or null. */
  static String fromContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Decodes markup.
   *
   * @param headerCharset the charset named by the transport (HTTP header), or null
   * @param html true for HTML, false for XML
   */
  static Decoded decode(byte[] b, String headerCharset, boolean html) throws UnknownCharset {
    Bytes.Bom bom = Bytes.bom(b, b.length);
    if (bom != null) {
      return new Decoded(Bytes.decodeLenient(b, bom.length(), b.length, bom.charset()), bom.charset(), "byte-order mark");
    }
    String name = null;
    String by = null;
    if (headerCharset != null && !headerCharset.isBlank()) {
      name = headerCharset.trim();
      by = "HTTP header";
    } else {
      String head = new String(b, 0, Math.min(b.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
      Matcher xml = XML_ENCODING.matcher(head);
      if (xml.find()) {
        name = xml.group(1);
        by = "XML declaration";
      } else if (html) {
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
          name = meta.group(1);
          by = "meta charset";
        }
      }
    }
    if (name != null) {
      Charset cs = lookup(name, html, by);
      return new Decoded(Bytes.decodeLenient(b, 0, b.length, cs), cs, by);
    }
    try {
      return new Decoded(Bytes.decodeStrict(b, 0, b.length, StandardCharsets.UTF_8, 0), StandardCharsets.UTF_8, null);
    } catch (Bytes.BadBytes e) {
      Charset cs = html ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
      return new Decoded(Bytes.decodeLenient(b, 0, b.length, cs), cs, null);
    }
  }

  private static Charset lookup(String name, boolean html, String by) throws UnknownCharset {
    Charset cs;
    try {
      cs = Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new UnknownCharset(name, by);
    }
    if (html && !"byte-order mark".equals(by)) {
      // As browsers do: Latin-1 and ASCII labels mean windows-1252; a UTF-16 label found in
      // ASCII-readable bytes cannot be right and means UTF-8.
      String n = cs.name();
      if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
        return Charset.forName("windows-1252");
      }
      if (n.startsWith("UTF-16") && "meta charset".equals(by)) {
        return StandardCharsets.UTF_8;
      }
    }
    return cs;
  }
}
