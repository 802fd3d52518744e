package org.dyad.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerConfig;
import org.dyad.store.DyadStore;

/**
 * Load test of the event API: builds (or reuses) a store of synthetic events, starts the server
 * on loopback, and drives {@code GET /api/events} with many concurrent clients for a fixed time,
 * each client sending its next request as soon as the last one is answered (closed loop, no
 * think time). Reports latency percentiles, throughput and errors (any status but 200, or a
 * failed request). Loopback only and bounded in time; not a unit test. {@code --serve PORT} only
 * serves the store on that port for warm-up + seconds, for an external load generator such as
 * wrk with {@code server/bench/events-mix.lua}; {@code --write-queries FILE} writes 100,000 queries
 * of the same mix for it.
 *
 * <pre>
 * java -Xmx6g -cp ... org.dyad.server.bench.LoadBench [--store FILE] [--events N] [--clients C]
 *     [--seconds S] [--warmup S] [--cache N] [--index true|false] [--serve PORT] [--write-queries FILE]
 * </pre>
 */
public final class LoadBench {
  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args, "--store", "--events", "--clients", "--seconds", "--warmup", "--cache", "--index",
        "--serve", "--write-queries");
    Path storePath = a.path("--store", Path.of(System.getProperty("java.io.tmpdir"), "dyad-bench.duckdb"));
    long events = a.number("--events", 1_000_000);
    int clients = a.integer("--clients", 200);
    int seconds = a.integer("--seconds", 60);
    int warmup = a.integer("--warmup", 10);
    int cache = a.integer("--cache", DyadServer.DEFAULT_CACHE);
    boolean index = a.bool("--index", true);
    int servePort = a.integer("--serve", -1);
    Path queriesFile = a.path("--write-queries", null);
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 600) {
      throw new IllegalArgumentException("clients must be in [1,1000] and seconds in [1,600]");
    }
    if (queriesFile != null) {
      writeQueries(queriesFile, 100_000);
      System.out.println("100000 queries of the mix written to " + queriesFile);
      return;
    }
    try (DyadStore store = DyadStore.open(storePath)) {
      long have = store.countEvents();
      if (have < events) {
        int articles = (int) ((events - have + SyntheticStore.EVENTS_PER_ARTICLE - 1) / SyntheticStore.EVENTS_PER_ARTICLE);
        System.out.printf(Locale.ROOT, "building: %d synthetic articles (%d events) into %s%n", articles,
            (long) articles * SyntheticStore.EVENTS_PER_ARTICLE, storePath);
        long t0 = System.nanoTime();
        SyntheticStore.fill(store, articles, have, n -> {
          if (n % 20000 == 0) {
            System.out.printf(Locale.ROOT, "  %d articles%n", n);
          }
        });
        System.out.printf(Locale.ROOT, "built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      }
      long total = store.countEvents();
      System.out.printf(Locale.ROOT, "store: %d events in %d articles%n", total, store.countArticles());
      int port = Math.max(servePort, 0);
      try (DyadServer server = DyadServer.start(store, null, ServerConfig.defaults(port).withEventIndex(index), cache)) {
        if (index) {
          long t0 = System.nanoTime();
          if (!server.awaitEventIndex(Duration.ofMinutes(30))) {
            throw new IllegalStateException("the event index was not built");
          }
          long heapMb = BenchArgs.heapInUseMb();
          System.out.printf(Locale.ROOT, "event index ready after %.1f s; heap in use %d MB%n", (System.nanoTime() - t0) / 1e9,
              heapMb);
        }
        if (servePort >= 0) {
          System.out.println("serving " + server.url() + " for " + (warmup + seconds) + " s");
          System.out.flush();
          Thread.sleep((warmup + seconds) * 1000L);
          return;
        }
        Result r = run(server.url(), clients, warmup, seconds);
        System.out.println();
        System.out.println(r.report(total, clients, seconds, cache));
      }
    }
  }

  record Result(long requests, long errors, long[] latenciesMicros, double seconds, List<String> errorSamples) {
    long pct(double p) {
      if (latenciesMicros.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
      return latenciesMicros[Math.max(0, Math.min(latenciesMicros.length - 1, i))];
    }

    String report(long events, int clients, int secs, int cache) {
      return String.format(Locale.ROOT, "events=%d clients=%d duration=%ds cache=%d cores=%d%n"
              + "requests=%d errors=%d throughput=%.0f req/s%n"
              + "latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%s",
          events, clients, secs, cache, Runtime.getRuntime().availableProcessors(), requests, errors, requests / seconds,
          pct(50) / 1000.0, pct(90) / 1000.0, pct(99) / 1000.0, pct(100) / 1000.0,
          errorSamples.isEmpty() ? "" : "\nerror samples: " + errorSamples);
    }
  }

  /** Writes {@code n} queries of the mix, one path per line, for an external load generator (wrk). */
  static void writeQueries(Path file, int n) throws IOException {
    Random r = new Random(1000);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(QueryMix.any(r).path()).append('\n');
    }
    Files.writeString(file, sb);
  }

  static Result run(String base, int clients, int warmupSeconds, int seconds) throws InterruptedException {
    // one HttpClient per 25 clients: a client's connections share one selector thread
    HttpClient[] pool = new HttpClient[(clients + 24) / 25];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }
    long startAt = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    long endAt = startAt + seconds * 1_000_000_000L;
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<long[]> perClient = new ArrayList<>();
    int[] counts = new int[clients];
    List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch finished = new CountDownLatch(clients);
    for (int i = 0; i < clients; i++) {
      long[] lat = new long[200_000];
      perClient.add(lat);
      int id = i;
      HttpClient http = pool[i % pool.length];
      Thread t = new Thread(() -> {
        Random r = new Random(1000 + id);
        try {
          while (true) {
            long t0 = System.nanoTime();
            if (t0 >= endAt) {
              break;
            }
            String q = QueryMix.any(r).path();
            boolean ok;
            String why = null;
            try {
              HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(base + q)).timeout(Duration.ofSeconds(30))
                  .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
              ok = res.statusCode() == 200;
              if (!ok) {
                why = res.statusCode() + " " + q + " " + new String(res.body(), 0, Math.min(200, res.body().length));
              }
            } catch (IOException e) {
              ok = false;
              why = e + " " + q;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            long t1 = System.nanoTime();
            if (t0 >= startAt && t1 <= endAt) {
              requests.incrementAndGet();
              if (!ok) {
                errors.incrementAndGet();
                if (samples.size() < 5) {
                  samples.add(why);
                }
              }
              if (counts[id] < lat.length) {
                lat[counts[id]++] = (t1 - t0) / 1000;
              }
            }
          }
        } finally {
          finished.countDown();
        }
      }, "load-client-" + i);
      t.setDaemon(true);
      t.start();
    }
    System.out.printf(Locale.ROOT, "running: %d clients, %d s warm-up, %d s measured%n", clients, warmupSeconds, seconds);
    finished.await();
    int n = 0;
    for (int i = 0; i < clients; i++) {
      n += counts[i];
    }
    long[] all = new long[n];
    int k = 0;
    for (int i = 0; i < clients; i++) {
      System.arraycopy(perClient.get(i), 0, all, k, counts[i]);
      k += counts[i];
    }
    Arrays.sort(all);
    return new Result(requests.get(), errors.get(), all, seconds, List.copyOf(samples));
  }
}
