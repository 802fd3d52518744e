package org.dyad.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import org.dyad.store.DyadStore.IngestStep;

/**
 * Read, code and store, idempotently and crash-safely: the engine of {@code dyad ingest} and
 * {@code dyad watch}.
 *
 * <p>For each document, in input order: a document that could not be read is reported on stderr
 * and its error recorded once in the store (a rerun records nothing new; an id the store holds as
 * an article keeps its rows). An article whose id, content hash and coder are already in the store
 * ({@link DyadStore#ingested}) is skipped without coding. Any other article is coded (N threads,
 * results taken in input order) and stored with its content hash. Results are committed in
 * batches ({@value #BATCH} documents, or what is ready after {@value #BATCH_MILLIS} ms), each
 * batch one transaction of whole documents ({@link DyadStore#applyIngest}). So ingesting the same
 * input twice changes nothing, and a run killed at any point and run again ends with exactly the
 * store one clean run gives: the rerun codes only what was not committed.
 *
 * <p>Not thread-safe: one run at a time per instance. The pipeline and store are borrowed.
 */
final class IngestRun {
  /** Most documents in one commit. */
  static final int BATCH = 64;
  /** A batch is committed once its oldest result waited this long. */
  static final long BATCH_MILLIS = 1000;
  /** Documents read ahead and looked up in the store in one query. */
  private static final int LOOKUP = 32;

  /** What happened to one document. */
  enum Status { CODED, UNCHANGED, FAILED }

  /**
   * The outcome of one document, told after it is committed.
   *
   * @param error why it failed (for {@link Status#FAILED}), else null
   */
  record Outcome(String origin, String docId, Status status, int events, DocumentError error) {}

  /** Counts of one run. */
  record Summary(long read, long coded, long unchanged, long failed, long events, boolean stopped) {
    String line() {
      return read + " documents: " + coded + " coded (" + events + " events), " + unchanged + " unchanged, " + failed
          + " failed" + (stopped ? " (stopped early)" : "");
    }
  }

  private final DyadPipeline pipeline;
  private final DyadStore store;
  private final String coder;
  private final int threads;
  private final PrintStream err;

  IngestRun(DyadPipeline pipeline, DyadStore store, int threads, PrintStream err) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = Objects.requireNonNull(store, "store");
    this.coder = pipeline.description();
    this.threads = Math.max(1, threads);
    this.err = Objects.requireNonNull(err, "err");
  }

  /**
   * The content hash an article is stored with: SHA-256 over its id, date, title, url, source and
   * text, so that any change to what is coded or stored codes it again.
   */
  static String contentHash(Article a) {
    StringBuilder sb = new StringBuilder(a.text().length() + 256);
    field(sb, a.id());
    field(sb, a.date() == null ? null : a.date().toString());
    field(sb, a.title());
    field(sb, a.url());
    field(sb, a.source());
    field(sb, a.text());
    return Article.sha256Hex(sb.toString());
  }

  private static void field(StringBuilder sb, String s) {
    if (s == null) {
      sb.append('-');
    } else {
      sb.append(s.length()).append(':').append(s);
    }
    sb.append('\n');
  }

  /** One slot of the in-order window: a coding task or an outcome known at once. */
  private record Slot(Ingested in, String hash, Future<CodedArticle> coded, Outcome known) {}

  /** Ids of documents sent to coding and not yet committed, with how many times. */
  private final Map<String, Integer> inFlight = new java.util.HashMap<>();
  /** Results waiting for their commit. */
  private final List<IngestStep> pending = new ArrayList<>();
  private final List<String> pendingCoded = new ArrayList<>();
  private final List<Outcome> pendingOutcomes = new ArrayList<>();
  private long pendingSince;

  /**
   * Runs over {@code input} (closing it), stopping early when {@code stop} says so (what was
   * already coded is still stored).
   *
   * @param feed the watched feed the documents are items of (each is marked seen with its
   *     result), or null
   * @param progress counts every document, may be null
   * @param listener told each outcome after it is committed
   */
  Summary run(Stream<Ingested> input, String feed, Progress progress, BooleanSupplier stop, Consumer<Outcome> listener) {
    long[] n = new long[5];
    boolean stopped = false;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-ingest-coder");
      t.setDaemon(true);
      return t;
    });
    Deque<Slot> window = new ArrayDeque<>();
    try (input) {
      Iterator<Ingested> it = input.iterator();
      List<Ingested> chunk = new ArrayList<>(LOOKUP);
      while (true) {
        if (stop.getAsBoolean()) {
          stopped = true;
          break;
        }
        chunk.clear();
        while (chunk.size() < LOOKUP && it.hasNext()) {
          chunk.add(it.next());
        }
        if (chunk.isEmpty()) {
          break;
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Ingested in : chunk) {
          if (in instanceof Ingested.Ok ok) {
            hashes.put(ok.docId(), contentHash(ok.article()));
          }
        }
        Set<String> done = store.ingested(hashes, coder);
        for (Ingested in : chunk) {
          if (stop.getAsBoolean()) {
            stopped = true;
            break;
          }
          n[0]++;
          if (in instanceof Ingested.Ok ok) {
            Article a = ok.article();
            String hash = contentHash(a);
            // skip only when the store has this content and no earlier document of this run with the
            // same id is still on its way to the store (it would overwrite what the store has now)
            if (done.contains(a.id()) && hash.equals(hashes.get(a.id())) && !inFlight.containsKey(a.id())) {
              window.add(new Slot(in, hash, null, new Outcome(in.origin(), a.id(), Status.UNCHANGED, 0, null)));
            } else {
              inFlight.merge(a.id(), 1, Integer::sum);
              window.add(new Slot(in, hash, pool.submit(() -> code(a)), null));
            }
          } else {
            Ingested.Failed f = (Ingested.Failed) in;
            window.add(new Slot(in, null, null, new Outcome(in.origin(), f.docId(), Status.FAILED, 0, f.error())));
          }
          while (window.size() > threads * 4L) {
            finish(window.poll(), feed, n, progress, listener);
          }
        }
      }
      while (!window.isEmpty()) {
        finish(window.poll(), feed, n, progress, listener);
      }
      flush(listener);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(n[0], n[1], n[2], n[3], n[4], stopped);
  }

  /** Codes one article; an unexpected exception in a stage becomes the article's error, not the run's end. */
  private CodedArticle code(Article a) {
    try {
      return pipeline.code(a);
    } catch (RuntimeException | StackOverflowError e) {
      return new CodedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(new DocumentError(a.id(), "CODING", "coding failed: " + e)), pipeline.coderVersion());
    }
  }

  private void finish(Slot s, String feed, long[] n, Progress progress, Consumer<Outcome> listener) {
    Outcome o = s.known();
    String origin = s.in().origin();
    List<IngestStep> steps = new ArrayList<>();
    if (o == null) {
      pendingCoded.add(s.in().docId());
      CodedArticle a;
      try {
        a = s.coded().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while coding " + s.in().docId(), e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("coding " + s.in().docId() + " failed: " + e.getCause(), e.getCause());
      }
      if (a.errors().isEmpty()) {
        steps.add(IngestStep.stored(a, s.hash(), origin));
        o = new Outcome(origin, a.docId(), Status.CODED, a.events().size(), null);
      } else {
        for (DocumentError e : a.errors()) {
          steps.add(IngestStep.failed(e, origin));
        }
        o = new Outcome(origin, a.docId(), Status.FAILED, 0, a.errors().get(0));
      }
    } else if (o.status() == Status.FAILED) {
      steps.add(IngestStep.failed(o.error(), origin));
    }
    if (o.status() == Status.FAILED) {
      for (IngestStep st : steps) {
        DocumentError e = st.error();
        err.println("dyad: skipped " + origin + (origin.equals(e.docId()) ? "" : " [" + e.docId() + "]") + ": " + e.kind()
            + ": " + e.message());
      }
    }
    if (feed != null) {
      String item = s.in().docId();
      if (steps.isEmpty()) {
        steps.add(IngestStep.seen(feed, item));
      } else {
        steps.replaceAll(st -> st.seenIn(feed, item));
      }
    }
    if (pendingOutcomes.isEmpty()) {
      pendingSince = System.nanoTime();
    }
    pending.addAll(steps);
    pendingOutcomes.add(o);
    count(o, n, progress);
    if (pendingOutcomes.size() >= BATCH || System.nanoTime() - pendingSince >= BATCH_MILLIS * 1_000_000L) {
      flush(listener);
    }
  }

  private void flush(Consumer<Outcome> listener) {
    if (!pending.isEmpty()) {
      store.applyIngest(List.copyOf(pending), coder);
      pending.clear();
    }
    for (String id : pendingCoded) {
      inFlight.computeIfPresent(id, (k, v) -> v > 1 ? v - 1 : null);
    }
    pendingCoded.clear();
    for (Outcome o : pendingOutcomes) {
      listener.accept(o);
    }
    pendingOutcomes.clear();
  }

  private static void count(Outcome o, long[] n, Progress progress) {
    switch (o.status()) {
      case CODED -> {
        n[1]++;
        n[4] += o.events();
      }
      case UNCHANGED -> n[2]++;
      case FAILED -> n[3]++;
    }
    if (progress != null) {
      progress.update(o.status() != Status.FAILED, o.events());
    }
  }
}
