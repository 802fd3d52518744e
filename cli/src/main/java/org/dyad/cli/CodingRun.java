package org.dyad.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import org.dyad.store.KnownActorStore;
import org.dyad.actors.KnownActor;
import org.dyad.actors.KnownActors;

/**
 * Codes a stream of ingested documents with N threads, keeping input order, and hands each
 * result to a sink (output) and to the store. Failed documents are reported on stderr, recorded
 * in the store's error table and never delete what the store already holds for them.
 *
 * <p>Not thread-safe: one run per instance. The pipeline and store are borrowed, not owned.
 */
final class CodingRun {
  private final DyadPipeline pipeline;
  private final DyadStore store;
  private final int threads;
  private final PrintStream err;

  CodingRun(DyadPipeline pipeline, DyadStore store, int threads, PrintStream err) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = store;
    this.threads = Math.max(1, threads);
    this.err = err;
  }

  /**
   * Codes everything; returns the progress counters. With a store, persons the store knows
   * resolve bare names, and persons the articles introduce are recorded for later runs (the
   * snapshot is taken once, at the start, so results do not depend on thread timing).
   */
  Progress run(Stream<Ingested> input, long expected, boolean showProgress, Consumer<CodedArticle> sink) {
    Progress progress = new Progress(err, expected, showProgress);
    KnownActorStore knownStore = store == null ? null : KnownActorStore.of(store);
    KnownActors known = DyadPipeline.knownWith(knownStore == null ? KnownActors.empty() : knownStore.load());
    List<KnownActor> learned = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-coder");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<CodedArticle>> window = new ArrayDeque<>();
    try (input) {
      Iterator<Ingested> it = input.iterator();
      while (it.hasNext()) {
        Ingested in = it.next();
        if (in instanceof Ingested.Ok ok) {
          Article a = ok.article();
          window.add(pool.submit(() -> pipeline.code(a, known)));
        } else if (in instanceof Ingested.Failed f) {
          DocumentError e = f.error();
          window.add(java.util.concurrent.CompletableFuture.completedFuture(failed(e)));
        }
        while (window.size() > threads * 4L) {
          collect(window.poll(), progress, sink, learned);
        }
      }
      while (!window.isEmpty()) {
        collect(window.poll(), progress, sink, learned);
      }
    } finally {
      pool.shutdownNow();
    }
    if (knownStore != null) {
      knownStore.record(learned);
    }
    progress.finish();
    return progress;
  }

  private static CodedArticle failed(DocumentError e) {
    return new CodedArticle(Article.of(e.docId(), "", null), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(e), org.dyad.coding.EventCoder.VERSION);
  }

  private void collect(Future<CodedArticle> f, Progress progress, Consumer<CodedArticle> sink, List<KnownActor> learned) {
    CodedArticle a;
    try {
      a = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
    }
    boolean ok = a.errors().isEmpty();
    if (!ok) {
      for (DocumentError e : a.errors()) {
        err.println("dyad: error: " + e.docId() + ": " + e.kind() + ": " + e.message());
        if (store != null) {
          store.recordError(e);
        }
      }
    } else if (store != null) {
      store.put(a);
      learned.addAll(KnownActors.learn(a.actors(), a.article().date(), a.docId()));
    }
    sink.accept(a);
    progress.update(ok, a.events().size());
  }
}
