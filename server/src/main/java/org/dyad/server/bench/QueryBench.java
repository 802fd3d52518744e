package org.dyad.server.bench;

import static org.dyad.server.bench.QueryMix.KINDS;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.model.Event;
import org.dyad.store.DyadStore;
import org.dyad.store.EventIndex;
import org.dyad.store.EventQuery;

/**
 * Micro benchmark of the store's event queries, without HTTP: the same ten kinds of query as
 * {@link LoadBench} (built as {@link EventQuery} values), each timed for {@code events(q)} and
 * {@code count(q)} on one thread (or on {@code --threads} threads at once, to see how reads
 * scale), on an existing store. With {@code --dump FILE} it also writes, for a fixed list of
 * queries, the total and the ids and hash of every event returned, so that two versions of the
 * store can be checked to give identical answers ({@code diff} the files); {@code --pages false}
 * leaves out {@code eventPage}, for versions of the store without it. With {@code --puts N} it
 * times re-putting N stored documents instead (changes the store: use a copy). With
 * {@code --duckdb-threads N} each query may use N DuckDB threads (as the server sets it). With
 * {@code --index true} it builds the in-memory {@link EventIndex} instead and times its answers
 * (page and total in one call). Not a unit test.
 *
 * <pre>
 * java -cp ... org.dyad.server.bench.QueryBench --store FILE [--rounds N] [--threads T] [--dump FILE]
 *     [--pages false] [--puts N] [--duckdb-threads N] [--index true]
 * </pre>
 */
public final class QueryBench {
  private QueryBench() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = BenchArgs.parse(args, "--store", "--rounds", "--threads", "--dump", "--puts", "--pages",
        "--duckdb-threads", "--index");
    Path storePath = a.path("--store", null);
    int rounds = a.integer("--rounds", 30);
    int threads = a.integer("--threads", 1);
    Path dump = a.path("--dump", null);
    int puts = a.integer("--puts", 0);
    boolean pages = a.bool("--pages", true);
    int duckdbThreads = a.integer("--duckdb-threads", 0);
    boolean index = a.bool("--index", false);
    if (storePath == null || !Files.isRegularFile(storePath)) {
      throw new IllegalArgumentException("--store must name an existing store file (build one with LoadBench)");
    }
    try (DyadStore store = DyadStore.open(storePath)) {
      if (duckdbThreads > 0) {
        store.threads(duckdbThreads);
      }
      System.out.printf(Locale.ROOT, "store: %d events; %d rounds per kind, %d thread(s)%n", store.countEvents(), rounds,
          threads);
      if (puts > 0) {
        puts(store, puts);
        return;
      }
      if (index) {
        indexed(store, rounds);
        return;
      }
      if (dump != null) {
        dump(store, dump);
        System.out.println("answers written to " + dump);
        return;
      }
      // warm-up: every kind a few times
      Random w = new Random(7);
      for (int i = 0; i < 30; i++) {
        EventQuery q = query(w, i % KINDS.length);
        store.events(q);
        store.count(q);
      }
      if (threads == 1) {
        single(store, rounds, pages);
      } else {
        parallel(store, rounds, threads);
      }
    }
  }

  /** Builds the in-memory index of the store and times its answers per kind. */
  private static void indexed(DyadStore store, int rounds) {
    long t0 = System.nanoTime();
    EventIndex index = EventIndex.build(store, null);
    long heapMb = BenchArgs.heapInUseMb();
    System.out.printf(Locale.ROOT, "index of %d events built in %.1f s; heap in use %d MB%n", index.size(),
        (System.nanoTime() - t0) / 1e9, heapMb);
    for (int pass = 0; pass < 2; pass++) {
      System.out.println(pass == 0 ? "first pass (builds the sort orders it needs):" : "second pass:");
      System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s%n", "kind", "p50 ms", "max ms", "mean total");
      double sum = 0;
      for (int k = 0; k < KINDS.length; k++) {
        Random r = new Random(100 + k);
        long[] t = new long[rounds];
        long totals = 0;
        for (int i = 0; i < rounds; i++) {
          EventQuery q = query(r, k);
          long a = System.nanoTime();
          totals += index.find(q).total();
          t[i] = System.nanoTime() - a;
        }
        Arrays.sort(t);
        sum += mean(t);
        System.out.printf(Locale.ROOT, "%-28s %10.3f %10.3f %10d%n", KINDS[k], t[rounds / 2] / 1e6, t[rounds - 1] / 1e6,
            totals / rounds);
      }
      System.out.printf(Locale.ROOT, "mean over the mix: %.3f ms%n", sum / KINDS.length / 1e6);
    }
  }

  /** CPU time of the whole process (all threads, DuckDB's included), nanoseconds; -1 when unknown. */
  static long processCpu() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static void single(DyadStore store, int rounds, boolean pages) {
    System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %10s %10s%n", "kind", "events p50", "events max",
        "count1 p50", "count1 max", "page p50");
    System.out.println("(count1: the first count of each filter in this run; repeated counts are in the mean only)");
    java.util.Set<EventQuery> counted = new java.util.HashSet<>();
    double sumEvents = 0;
    double sumCount = 0;
    double sumPage = 0;
    long cpu0 = processCpu();
    long wall0 = System.nanoTime();
    for (int k = 0; k < KINDS.length; k++) {
      Random r = new Random(100 + k);
      long[] ev = new long[rounds];
      long[] ct = new long[rounds];
      long[] first = new long[rounds];
      int firsts = 0;
      long[] pg = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        EventQuery q = query(r, k);
        long t0 = System.nanoTime();
        store.events(q);
        long t1 = System.nanoTime();
        store.count(q);
        long t2 = System.nanoTime();
        ev[i] = t1 - t0;
        ct[i] = t2 - t1;
        if (counted.add(q.filtersOnly())) {
          first[firsts++] = t2 - t1;
        }
        if (pages) {
          // the next page and its total through eventPage (one read)
          EventQuery next = q.toBuilder().offset(q.offset() + q.limit()).build();
          long t3 = System.nanoTime();
          store.eventPage(next);
          pg[i] = System.nanoTime() - t3;
        }
      }
      Arrays.sort(ev);
      Arrays.sort(ct);
      Arrays.sort(first, 0, firsts);
      Arrays.sort(pg);
      sumEvents += mean(ev);
      sumCount += mean(ct);
      sumPage += mean(pg);
      System.out.printf(Locale.ROOT, "%-28s %10.2f %10.2f %10.2f %10.2f %10.2f%n", KINDS[k], ev[rounds / 2] / 1e6,
          ev[rounds - 1] / 1e6, first[firsts / 2] / 1e6, first[Math.max(0, firsts - 1)] / 1e6, pg[rounds / 2] / 1e6);
    }
    double wall = (System.nanoTime() - wall0) / 1e6;
    long cpu = processCpu() - cpu0;
    System.out.printf(Locale.ROOT,
        "mean over the mix: events %.2f ms, count %.2f ms, both %.2f ms; eventPage (next page) %.2f ms%n",
        sumEvents / KINDS.length / 1e6, sumCount / KINDS.length / 1e6, (sumEvents + sumCount) / KINDS.length / 1e6,
        sumPage / KINDS.length / 1e6);
    System.out.printf(Locale.ROOT, "process CPU %.0f ms over %.0f ms wall (%.2f cores busy)%n", cpu / 1e6, wall,
        cpu / 1e6 / wall);
  }

  private static void parallel(DyadStore store, int rounds, int threads) throws InterruptedException {
    AtomicLong done = new AtomicLong();
    List<Thread> ts = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread th = new Thread(() -> {
        Random r = new Random(500 + id);
        for (int i = 0; i < rounds * KINDS.length; i++) {
          EventQuery q = query(r, r.nextInt(KINDS.length));
          store.events(q);
          store.count(q);
          done.incrementAndGet();
        }
      });
      ts.add(th);
      th.start();
    }
    for (Thread th : ts) {
      th.join();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%d threads: %d queries (events + count) in %.2f s = %.1f a second%n", threads,
        done.get(), secs, done.get() / secs);
  }

  /**
   * Re-puts {@code n} stored synthetic documents one by one (each replaces its rows: a re-coded
   * document), timing each {@code put}. Changes the store: run it on a copy.
   */
  private static void puts(DyadStore store, int n) {
    Random r = new Random(9);
    long articles = store.countArticles();
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      int doc = r.nextInt((int) articles);
      LocalDate date = SyntheticStore.FIRST.plusDays((long) doc * SyntheticStore.DAYS / articles);
      var a = SyntheticStore.article(r, "syn-0-" + doc, date);
      long t0 = System.nanoTime();
      store.put(a);
      t[i] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    System.out.printf(Locale.ROOT,
        "put of one article (10 events) replacing its document: p50 %.2f ms, p90 %.2f ms, max %.2f ms%n",
        t[n / 2] / 1e6, t[n * 9 / 10] / 1e6, t[n - 1] / 1e6);
  }

  private static double mean(long[] a) {
    double s = 0;
    for (long x : a) {
      s += x;
    }
    return s / a.length;
  }

  /** Writes the answers to a fixed list of queries (every kind, several pages and sorts). */
  private static void dump(DyadStore store, Path file) throws IOException {
    Random r = new Random(42);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (int i = 0; i < 200; i++) {
        EventQuery q = query(r, i % KINDS.length);
        if (i % 7 == 3) {
          String[] sorts = EventQuery.SORT_FIELDS.stream().sorted().toArray(String[]::new);
          q = q.toBuilder().sort(sorts[r.nextInt(sorts.length)], r.nextBoolean()).build();
        }
        if (i % 11 == 5) {
          q = q.toBuilder().includeBackground(false).minConfidence(0.7).build();
        }
        List<Event> events = store.events(q);
        out.println(q);
        out.println("  total " + store.count(q) + ", page " + events.size());
        for (Event e : events) {
          out.println("  " + e.eventId() + " " + Integer.toHexString(e.toString().hashCode()));
        }
      }
    }
  }

  /** One query of kind {@code k} of the mix, as the store takes it. */
  private static EventQuery query(Random r, int k) {
    return QueryMix.ofKind(r, k).eventQuery();
  }
}
