package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.dyad.model.Event;
import org.dyad.store.DyadStore;
import org.dyad.store.EventIndex;
import org.dyad.store.EventQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GET /api/events} from an in-memory {@link EventIndex} of the store, which keeps
 * each event's JSON ready to send (deflated with a dictionary drawn from the store's own events,
 * about a fifth of its size). The index is built in the background when the server starts and
 * again after every write; while it is building or stale, {@link #answer} gives null and the
 * caller asks the store, so answers never lag behind a write. Rebuilds after writes wait as long
 * as the last build took, so a stream of writes spends at most about half a core on indexing.
 *
 * <p>Thread-safe. Owns the index thread and a pool of threads that make the events' JSON (all daemons);
 * {@link #close()} stops them.
 */
final class EventAnswers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventAnswers.class);
  /** How many of the newest events the compression dictionary is drawn from. */
  private static final int DICTIONARY_SAMPLE = 16;
  /** Small on purpose: the deflater hashes the whole dictionary for every event. */
  private static final int DICTIONARY_BYTES = 8 * 1024;
  /** Threads that make the events' JSON while the index thread reads the store. */
  private static final int PAYLOAD_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

  /** An index and the dictionary its payloads were deflated with. */
  private record Snapshot(EventIndex index, byte[] dictionary) {}

  private final DyadStore store;
  private final ExecutorService worker;
  /** Makes the events' JSON while the index thread reads the store; null when indexing is off. */
  private final ExecutorService jsonPool;
  private final AtomicBoolean queued = new AtomicBoolean();
  private final Object readyLock = new Object();
  private volatile Snapshot current;
  private volatile String failure;
  private volatile long lastBuildMillis;
  private final long heapBudget;
  /**
   * Heap budgeted for an indexed event: 600 bytes, with room for sort orders; the index with its
   * payloads took 460 MB at a million synthetic events.
   */
  static final long BYTES_PER_EVENT = 600;
  private final ThreadLocal<Inflater> inflaters = ThreadLocal.withInitial(() -> new Inflater(true));

  EventAnswers(DyadStore store, boolean enabled) {
    this(store, enabled, -1);
  }

  /**
   * @param heapBudget bytes the index may take, or -1 for 60% of the heap the JVM may still grow
   *     into; a store whose index would need more is not indexed (queries go to the store)
   */
  EventAnswers(DyadStore store, boolean enabled, long heapBudget) {
    this.store = Objects.requireNonNull(store, "store");
    this.heapBudget = heapBudget;
    this.worker = enabled ? Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "dyad-event-index");
      t.setDaemon(true);
      t.setPriority(Thread.NORM_PRIORITY - 1);
      return t;
    }) : null;
    // the events' JSON is made and deflated on the other cores while the index thread reads the store
    this.jsonPool = enabled ? Executors.newFixedThreadPool(PAYLOAD_THREADS, r -> {
      Thread t = new Thread(r, "dyad-event-index-json");
      t.setDaemon(true);
      t.setPriority(Thread.NORM_PRIORITY - 1);
      return t;
    }) : null;
    if (enabled) {
      rebuild(false);
    }
  }

  /** Whether this server indexes events at all. */
  private boolean enabled() {
    return worker != null;
  }

  /** {@code off} (and why, when the heap is too small), {@code building}, {@code ready}, {@code rebuilding} or {@code failed: ...}; for the health endpoint. */
  String state() {
    if (!enabled()) {
      return "off";
    }
    Snapshot s = current;
    if (failure != null) {
      return failure;
    }
    if (s == null) {
      return "building";
    }
    return fresh(s) ? "ready" : "rebuilding";
  }

  /** Events in the index now (0 before the first build). */
  int size() {
    Snapshot s = current;
    return s == null ? 0 : s.index().size();
  }

  /** After a write: the index is stale from now on and is rebuilt in the background. */
  void storeChanged() {
    if (enabled()) {
      rebuild(true);
    }
  }

  /** Waits until the index reflects every write so far; false on time-out or when indexing is off. */
  boolean await(Duration timeout) throws InterruptedException {
    if (!enabled()) {
      return false;
    }
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (readyLock) {
      while (true) {
        Snapshot s = current;
        if (s != null && fresh(s)) {
          return true;
        }
        long left = end - System.nanoTime();
        if (left <= 0 || failure != null) {
          return false;
        }
        readyLock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** True when {@link #answer} would answer now. */
  boolean ready() {
    Snapshot s = current;
    return s != null && fresh(s);
  }

  /**
   * The whole JSON answer to {@code q} ({@code total}, {@code limit}, {@code offset},
   * {@code events}), byte for byte what the store's answer would give, or null when the index is
   * off, not built yet or behind the store.
   */
  byte[] answer(EventQuery q) {
    Found f = find(q);
    if (f == null) {
      return null;
    }
    byte[] head = String.format(Locale.ROOT, "{\"total\":%d,\"limit\":%d,\"offset\":%d,\"events\":[",
        f.total(), q.limit(), q.offset()).getBytes(StandardCharsets.US_ASCII);
    EventIndex index = f.snapshot().index();
    int[] positions = f.positions();
    long size = head.length + Math.max(0, positions.length - 1) + 2L;
    for (int p : positions) {
      size += length(index.payload(p));
    }
    byte[] out = new byte[Math.toIntExact(size)];
    System.arraycopy(head, 0, out, 0, head.length);
    int at = head.length;
    Inflater inf = inflaters.get();
    for (int i = 0; i < positions.length; i++) {
      if (i > 0) {
        out[at++] = ',';
      }
      byte[] payload = index.payload(positions[i]);
      inflate(payload, f.snapshot().dictionary(), inf, out, at);
      at += length(payload);
    }
    out[at++] = ']';
    out[at] = '}';
    return out;
  }

  /**
   * The page of {@code q} as events (read back from the JSON kept for each) and the total, or null
   * when the index is off, not built yet or behind the store.
   */
  ServerState.EventPage events(EventQuery q) {
    Found f = find(q);
    if (f == null) {
      return null;
    }
    EventIndex index = f.snapshot().index();
    Inflater inf = inflaters.get();
    List<Event> out = new ArrayList<>(f.positions().length);
    for (int p : f.positions()) {
      byte[] payload = index.payload(p);
      byte[] json = new byte[length(payload)];
      inflate(payload, f.snapshot().dictionary(), inf, json, 0);
      try {
        JsonNode n = Api.JSON.readTree(json);
        out.add(Api.DJ.eventFromJson(n, n.get("doc_id").asText()));
      } catch (IOException e) {
        throw new IllegalStateException("an indexed event is damaged: " + e.getMessage(), e);
      }
    }
    return new ServerState.EventPage(out, f.total());
  }

  /** A page of the index it was found in: the events' positions, and the query's total. */
  private record Found(Snapshot snapshot, int[] positions, long total) {}

  /** The page of {@code q} from the current index, or null when it is off, not built yet or behind the store. */
  private Found find(EventQuery q) {
    Snapshot s = current;
    if (s == null || !fresh(s)) {
      return null;
    }
    EventIndex.Page page = s.index().find(q);
    return new Found(s, page.positions(), page.total());
  }

  private boolean fresh(Snapshot s) {
    return s.index().storeWrites() == store.writeCount();
  }

  private void rebuild(boolean afterWrite) {
    if (!queued.compareAndSet(false, true)) {
      return; // a build that has not started yet will see this write too
    }
    try {
      worker.execute(() -> {
        if (afterWrite) {
          pause(lastBuildMillis);
        }
        queued.set(false);
        build();
      });
    } catch (RejectedExecutionException e) {
      queued.set(false); // closing
    }
  }

  private void build() {
    long t0 = System.nanoTime();
    try {
      long events = store.countEvents();
      long need = events * BYTES_PER_EVENT;
      long budget = heapBudget >= 0 ? heapBudget : freeHeap() * 6 / 10;
      if (need > budget) {
        String why = String.format(Locale.ROOT, "not enough heap to index %d events (about %d MB needed, %d MB free); "
            + "event queries go to the store; give the JVM more (-Xmx) or start with --no-index", events, need >> 20,
            budget >> 20);
        LOG.warn("event index: {}", why);
        synchronized (readyLock) {
          current = null;
          failure = "off: " + why;
          readyLock.notifyAll();
        }
        return;
      }
      byte[] dict = dictionary(store.events(EventQuery.builder().sort("date", true).limit(DICTIONARY_SAMPLE).build()));
      AtomicLong jsonBytes = new AtomicLong();
      AtomicLong keptBytes = new AtomicLong();
      List<Deflater> deflaters = Collections.synchronizedList(new ArrayList<>());
      ThreadLocal<Deflater> deflater = ThreadLocal.withInitial(() -> {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflaters.add(d);
        return d;
      });
      ThreadLocal<byte[][]> scratch = ThreadLocal.withInitial(() -> new byte[][] {new byte[8192]});
      EventIndex index;
      try {
        index = EventIndex.build(store, e -> {
          byte[] json = json(e);
          byte[] packed = deflate(json, dict, deflater.get(), scratch.get());
          jsonBytes.addAndGet(json.length);
          keptBytes.addAndGet(packed.length);
          return packed;
        }, jsonPool);
      } finally {
        synchronized (deflaters) {
          deflaters.forEach(Deflater::end);
        }
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      lastBuildMillis = ms;
      synchronized (readyLock) {
        current = new Snapshot(index, dict);
        failure = null;
        readyLock.notifyAll();
      }
      LOG.info("event index: {} events in {} ms; their JSON {} MB kept in {} MB", index.size(), ms, jsonBytes.get() >> 20,
          keptBytes.get() >> 20);
      if (!fresh(current)) {
        rebuild(true);
      }
    } catch (RuntimeException e) {
      if (worker.isShutdown()) {
        LOG.debug("event index stopped: the server is closing", e);
        return;
      }
      LOG.error("event index failed; event queries go to the store", e);
      synchronized (readyLock) {
        failure = "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        readyLock.notifyAll();
      }
    }
  }

  private static long freeHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(Math.min(millis, 60_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] json(Event e) {
    try {
      return Api.JSON.writeValueAsBytes(Api.eventJson(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write event " + e.eventId() + " as JSON", ex);
    }
  }

  /** The last {@value #DICTIONARY_BYTES} bytes of the sample's JSON: the strings events share most. */
  private static byte[] dictionary(List<Event> sample) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Event e : sample) {
      out.writeBytes(json(e));
    }
    byte[] all = out.toByteArray();
    return all.length <= DICTIONARY_BYTES ? all : Arrays.copyOfRange(all, all.length - DICTIONARY_BYTES, all.length);
  }

  /** Four bytes of length, then the raw deflate stream. */
  private static byte[] deflate(byte[] json, byte[] dict, Deflater d, byte[][] scratch) {
    d.reset();
    if (dict.length > 0) {
      d.setDictionary(dict);
    }
    d.setInput(json);
    d.finish();
    if (scratch[0].length < json.length + 64) {
      scratch[0] = new byte[json.length * 2 + 64];
    }
    byte[] buf = scratch[0];
    int n = 0;
    while (!d.finished()) {
      n += d.deflate(buf, n, buf.length - n);
      if (n == buf.length && !d.finished()) {
        buf = scratch[0] = Arrays.copyOf(buf, buf.length * 2);
      }
    }
    byte[] out = new byte[4 + n];
    out[0] = (byte) (json.length >>> 24);
    out[1] = (byte) (json.length >>> 16);
    out[2] = (byte) (json.length >>> 8);
    out[3] = (byte) json.length;
    System.arraycopy(buf, 0, out, 4, n);
    return out;
  }

  private static int length(byte[] payload) {
    return (payload[0] & 0xff) << 24 | (payload[1] & 0xff) << 16 | (payload[2] & 0xff) << 8 | (payload[3] & 0xff);
  }

  /** Inflates the JSON a payload holds into {@code out} from {@code at}, exactly {@link #length} bytes. */
  private static void inflate(byte[] payload, byte[] dict, Inflater inf, byte[] out, int at) {
    int len = length(payload);
    inf.reset();
    if (dict.length > 0) {
      inf.setDictionary(dict);
    }
    inf.setInput(payload, 4, payload.length - 4);
    try {
      int n = 0;
      while (n < len) {
        int k = inf.inflate(out, at + n, len - n);
        if (k == 0 && (inf.finished() || inf.needsInput())) {
          break;
        }
        n += k;
      }
      if (n != len) {
        throw new IllegalStateException("an indexed event is damaged: " + n + " of " + len + " bytes");
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("an indexed event is damaged: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
      jsonPool.shutdownNow();
      try {
        worker.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
