package org.dyad.server;

import java.util.Objects;

/**
 * How a {@link DyadServer} listens and what it allows.
 *
 * @param host interface to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
 * @param port TCP port, 0 for any free port
 * @param token the write token; null or blank turns every write (storing, importing, deleting) off
 * @param maxBodyBytes largest request body accepted; larger bodies get 413
 * @param maxArticleChars longest article text {@code POST /api/code} accepts; longer gets 413
 * @param codingThreads articles coded at the same time; further requests wait up to
 *     {@code codingWaitMillis}, then get 503
 * @param codingWaitMillis how long a coding request waits for a free coder
 * @param eventIndex keep an in-memory index of the store's events to answer event queries (600
 *     bytes an event budgeted, 460 MB measured at a million events: {@code EventAnswers.BYTES_PER_EVENT});
 *     false answers every query from the store
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int maxArticleChars, int codingThreads,
    long codingWaitMillis, boolean eventIndex) {
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 200_000;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0,65535], got " + port);
    }
    token = token == null || token.isBlank() ? null : token.trim();
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
    }
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive, got " + maxArticleChars);
    }
    if (codingThreads < 1) {
      throw new IllegalArgumentException("codingThreads must be positive, got " + codingThreads);
    }
    if (codingWaitMillis < 0) {
      throw new IllegalArgumentException("codingWaitMillis must not be negative, got " + codingWaitMillis);
    }
  }

  /**
   * Loopback on {@code port}, no token (read-only), 2 MB bodies, 200,000-character articles, 2
   * coders, 60 s wait, event index on.
   */
  public static ServerConfig defaults(int port) {
    return new ServerConfig("127.0.0.1", port, null, DEFAULT_MAX_BODY, DEFAULT_MAX_ARTICLE_CHARS, 2, 60_000, true);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, token, maxBodyBytes, maxArticleChars, codingThreads, codingWaitMillis, eventIndex);
  }

  public ServerConfig withToken(String t) {
    return new ServerConfig(host, port, t, maxBodyBytes, maxArticleChars, codingThreads, codingWaitMillis, eventIndex);
  }

  public ServerConfig withMaxBodyBytes(long n) {
    return new ServerConfig(host, port, token, n, maxArticleChars, codingThreads, codingWaitMillis, eventIndex);
  }

  public ServerConfig withMaxArticleChars(int n) {
    return new ServerConfig(host, port, token, maxBodyBytes, n, codingThreads, codingWaitMillis, eventIndex);
  }

  public ServerConfig withCoding(int threads, long waitMillis) {
    return new ServerConfig(host, port, token, maxBodyBytes, maxArticleChars, threads, waitMillis, eventIndex);
  }

  public ServerConfig withEventIndex(boolean on) {
    return new ServerConfig(host, port, token, maxBodyBytes, maxArticleChars, codingThreads, codingWaitMillis, on);
  }

  /** True when writes are allowed (with the token). */
  public boolean writesEnabled() {
    return token != null;
  }
}
