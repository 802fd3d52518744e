package org.dyad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as ingested: its text and what is known about it.
 *
 * <p>The {@code id} is either given by the source or derived from the text ({@link #contentId}),
 * so that the same input always gets the same id. {@code date} is the publication date that
 * relative time expressions are anchored on; it may be null only before validation.
 */
public record Article(String id, String text, LocalDate date, String title, String url, String source) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** An article with a given id. */
  public static Article of(String id, String text, LocalDate date) {
    return new Article(id, text, date, null, null, null);
  }

  /** An article whose id is derived from its text ({@link #contentId}). */
  public static Article fromText(String text, LocalDate date) {
    return of(contentId(text), text, date);
  }

  public Article withDate(LocalDate newDate) {
    return new Article(id, text, newDate, title, url, source);
  }

  public Article withMeta(String newTitle, String newUrl, String newSource) {
    return new Article(id, text, date, newTitle, newUrl, newSource);
  }

  /** A stable id from the text: {@code "a-"} + the first 16 hex digits of its SHA-256. */
  public static String contentId(String text) {
    return "a-" + sha256Hex(text).substring(0, 16);
  }

  /** Hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
