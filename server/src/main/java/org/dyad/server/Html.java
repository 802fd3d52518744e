package org.dyad.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place where text becomes HTML. Every piece of article text, actor name, code or
 * parameter that goes into a page passes through {@link #esc} (element content and quoted
 * attribute values alike), so markup in untrusted text is shown as text and never parsed.
 * Stateless and thread-safe.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes {@code & < > " '} (and drops NUL), so the result is safe as element content and
   * inside a double- or single-quoted attribute value. Null becomes the empty string.
   */
  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r;
      switch (c) {
        case '&': r = "&amp;"; break;
        case '<': r = "&lt;"; break;
        case '>': r = "&gt;"; break;
        case '"': r = "&quot;"; break;
        case '\'': r = "&#39;"; break;
        case '\0': r = ""; break;
        default: r = null;
      }
      if (r == null) {
        if (sb != null) {
          sb.append(c);
        }
      } else {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16);
          sb.append(s, 0, i);
        }
        sb.append(r);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** A URL query-string component (form encoding), for building links from untrusted values. */
  public static String url(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
