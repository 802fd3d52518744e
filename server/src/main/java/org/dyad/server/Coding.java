package org.dyad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/**
 * Codes posted articles with the server's {@link ArticleCoder}: checks the input (400/413 with a
 * message), and lets at most {@link ServerConfig#codingThreads()} articles be coded at once
 * (others wait, then get 503). Thread-safe.
 */
final class Coding {
  /** What a client posts: the text and its metadata, as given (unchecked). */
  record Request(String text, String date, String id, String title, String url, String source) {}

  private final ArticleCoder coder;
  private final ServerConfig config;
  private final Semaphore slots;

  Coding(ArticleCoder coder, ServerConfig config) {
    this.coder = coder;
    this.config = config;
    this.slots = new Semaphore(config.codingThreads(), true);
  }

  /** The checked article of a request. */
  Article article(Request r) {
    if (r.text() == null || r.text().isBlank()) {
      throw ApiException.badRequest("text is required: the article's text, not empty");
    }
    if (r.text().length() > config.maxArticleChars()) {
      throw new ApiException(413, "the article has " + r.text().length() + " characters; this server codes at most "
          + config.maxArticleChars());
    }
    if (r.date() == null || r.date().isBlank()) {
      throw ApiException.badRequest("date is required: the article's publication date as YYYY-MM-DD (events are dated from it)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(r.date().trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("date must be a date as YYYY-MM-DD, got '" + r.date() + "'");
    }
    String id = r.id() == null || r.id().isBlank() ? Article.contentId(r.text()) : r.id().trim();
    if (id.length() > 200 || id.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest("id must be at most 200 characters without control characters");
    }
    return new Article(id, r.text(), date, blankToNull(r.title()), blankToNull(r.url()), blankToNull(r.source()));
  }

  CodedArticle code(Request r) {
    Article a = article(r);
    if (coder == null) {
      throw new ApiException(503, "coding is off: this server was started without the coding pipeline");
    }
    boolean got;
    try {
      got = slots.tryAcquire(config.codingWaitMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is shutting down");
    }
    if (!got) {
      throw new ApiException(503, "all coders are busy; try again in a moment");
    }
    try {
      return coder.code(a);
    } finally {
      slots.release();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
