package org.dyad.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.store.DyadCount;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.TimelinePoint;

/**
 * What the handlers share: the store, the coder, the configuration and a bounded cache of query
 * answers. The cache holds event pages, counts, dyads and timelines keyed by the exact query;
 * every write through the server empties it (no other process can write the store while the
 * server holds it open), so answers are never stale. Thread-safe.
 */
final class ServerState {
  /** One page of events and the number of events matching the filters. */
  record EventPage(List<Event> events, long total) {}

  private record Key(String kind, Object query, String extra) {}

  private final DyadStore store;
  private final ServerConfig config;
  private final ArticleCoder coder;
  private final Coding coding;
  private final int cacheSize;
  private final Map<Key, Object> cache;
  private final ConcurrentHashMap<Key, CompletableFuture<Object>> inflight = new ConcurrentHashMap<>();
  /** Bumped by every write; an answer computed across a write is not cached. */
  private final AtomicLong generation = new AtomicLong();
  /** Queries (of the store or the in-memory index) running at once; more only share the same CPUs. */
  static final int QUERY_SLOTS = Math.max(2, Runtime.getRuntime().availableProcessors());
  private final Semaphore querySlots = new Semaphore(QUERY_SLOTS, true);
  private final EventAnswers answers;

  ServerState(DyadStore store, ServerConfig config, ArticleCoder coder, int cacheSize) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.coder = coder;
    this.coding = new Coding(coder, config);
    this.cacheSize = cacheSize;
    this.answers = new EventAnswers(store, config.eventIndex());
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
        return size() > ServerState.this.cacheSize;
      }
    };
  }

  DyadStore store() {
    return store;
  }

  ServerConfig config() {
    return config;
  }

  ArticleCoder coder() {
    return coder;
  }

  Coding coding() {
    return coding;
  }

  /** The stored article {@code docId}; an {@link ApiException} 404 when the store has none. */
  CodedArticle article(String docId) {
    return store.article(docId).orElseThrow(() -> ApiException.notFound("no article with id '" + docId + "' in the store"));
  }

  /**
   * A page of events and the total, read in one store call (one snapshot; the store keeps the
   * counts of filters until the next write, so the pages of one filter count it once).
   */
  EventPage eventPage(EventQuery q) {
    EventPage fromIndex = answers.events(q);
    if (fromIndex != null) {
      return fromIndex;
    }
    return cached("events", q, "", () -> {
      DyadStore.EventPage p = store.eventPage(q);
      return new EventPage(p.events(), p.total());
    });
  }

  /**
   * The JSON answer to an event query from the in-memory index, or null when the index is off,
   * still building or behind the store (then {@link #eventPage} asks the store). Cached, and it takes
   * a query slot like a store query: on a few cores, letting every request compute at once makes every
   * answer slow (measured with wrk: p99 0.76 s without the slot, 0.11 s with it).
   */
  byte[] eventsJson(EventQuery q) {
    if (!answers.ready()) {
      return null;
    }
    return cached("events-json", q, "", () -> answers.answer(q));
  }

  EventAnswers answers() {
    return answers;
  }

  List<DyadCount> dyads(EventQuery q, String period) {
    return cached("dyads", q, period, () -> store.dyads(q, period));
  }

  List<TimelinePoint> timeline(EventQuery q, String period) {
    return cached("timeline", q.filtersOnly(), period, () -> store.timeline(q, period));
  }

  /**
   * The cached answer, or computes it. Concurrent requests for the same missing answer wait for
   * one computation instead of each running the query; at most {@link #QUERY_SLOTS} queries (of
   * the store or the in-memory index) run at once, the others queue in arrival order, so that a
   * burst of requests does not make every query slow by sharing the CPU between all of them.
   */
  @SuppressWarnings("unchecked")
  private <T> T cached(String kind, Object query, String extra, Supplier<T> compute) {
    if (cacheSize == 0) {
      return throttled(compute);
    }
    Key k = new Key(kind, query, extra);
    synchronized (cache) {
      Object v = cache.get(k);
      if (v != null) {
        return (T) v;
      }
    }
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> running = inflight.putIfAbsent(k, mine);
    if (running != null) {
      try {
        return (T) running.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw e;
      }
    }
    long gen = generation.get();
    try {
      T v = throttled(compute);
      synchronized (cache) {
        if (generation.get() == gen) {
          cache.put(k, v);
        }
      }
      mine.complete(v);
      return v;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inflight.remove(k, mine);
    }
  }

  private <T> T throttled(Supplier<T> compute) {
    try {
      querySlots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is shutting down");
    }
    try {
      return compute.get();
    } finally {
      querySlots.release();
    }
  }

  /** Stores articles (replacing their documents) and empties the cache. */
  void put(Collection<CodedArticle> articles) {
    try {
      store.putAll(articles);
    } finally {
      clearCache();
    }
  }

  boolean delete(String docId) {
    try {
      return store.delete(docId);
    } finally {
      clearCache();
    }
  }

  private void clearCache() {
    synchronized (cache) {
      generation.incrementAndGet();
      cache.clear();
    }
    answers.storeChanged();
  }

  /**
   * Checks that writes are on and that the request carries the token: header
   * {@code Authorization: Bearer TOKEN} or {@code X-Dyad-Token}, or (for HTML forms)
   * {@code formToken}. Throws 403 with a message otherwise.
   */
  void requireToken(Context ctx, String formToken) {
    if (!config.writesEnabled()) {
      throw new ApiException(403, "writes are off: this server was started without a token "
          + "(start it with --token or DYAD_TOKEN to allow storing and importing)");
    }
    String given = formToken;
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).trim();
    } else if (ctx.header("X-Dyad-Token") != null) {
      given = ctx.header("X-Dyad-Token").trim();
    }
    if (given == null || given.isEmpty()) {
      throw new ApiException(403, "this write needs the server's token: send 'Authorization: Bearer TOKEN'");
    }
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(403, "the token is wrong");
    }
  }
}
