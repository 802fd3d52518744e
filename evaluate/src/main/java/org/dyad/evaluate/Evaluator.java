package org.dyad.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;

/**
 * Runs a {@link SentenceCoder} over a gold set and scores the result.
 *
 * <p>Honest by construction: the coder is handed each record's {@link GoldInput} only; gold
 * labels are read by the {@link Scorer} after all records are coded. Nothing is cached between
 * records beyond what the coder itself keeps (dictionaries). Records are coded on {@code threads}
 * threads; the report keeps the gold order. Thread-safe; each {@link #run} owns its threads.
 */
public final class Evaluator {
  private final SentenceCoder coder;
  private final int threads;

  public Evaluator(SentenceCoder coder, int threads) {
    this.coder = Objects.requireNonNull(coder, "coder");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.threads = threads;
  }

  /** Codes and scores every record of {@code set}; {@code progress} (may be null) gets the number of records done. */
  public Report run(GoldSet set, IntConsumer progress) {
    Objects.requireNonNull(set, "set");
    long t0 = System.nanoTime();
    List<GoldInput> inputs = new ArrayList<>();
    for (GoldItem i : set.items()) {
      inputs.add(i.input());
    }
    List<CodedArticle> coded = codeAll(inputs, progress);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Map<String, Set<String>>> predicted = new ArrayList<>();
    List<String> explanations = new ArrayList<>();
    Map<String, Integer> problems = new TreeMap<>();
    int noEvent = 0;
    for (int i = 0; i < inputs.size(); i++) {
      CodedArticle c = coded.get(i);
      predicted.add(set.scheme().predict(inputs.get(i), c));
      explanations.add(explain(c));
      if (c.events().isEmpty()) {
        noEvent++;
      }
      for (DocumentError e : c.errors()) {
        problems.merge(e.kind(), 1, Integer::sum);
      }
    }
    return Scorer.score(set, predicted, explanations, coder.description(), noEvent, problems, seconds, threads);
  }

  /** Dyad's events of a record in a few words: {@code 190 "attacked" Iraqi -> Kurdish (0.80)}. */
  static String explain(CodedArticle c) {
    StringBuilder sb = new StringBuilder();
    for (Event e : c.events()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.cameo().value()).append(" \"").append(e.provenance().triggerText()).append("\" ")
          .append(e.source().text()).append(" [").append(e.source().code().value()).append("] -> ")
          .append(e.target() == null ? "-" : e.target().text() + " [" + e.target().code().value() + "]")
          .append(String.format(java.util.Locale.ROOT, " (%.2f)", e.provenance().confidence()));
    }
    for (DocumentError e : c.errors()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.kind()).append(": ").append(e.message());
    }
    return sb.toString();
  }

  private List<CodedArticle> codeAll(List<GoldInput> inputs, IntConsumer progress) {
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-eval");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<CodedArticle>> futures = new ArrayList<>();
      for (GoldInput in : inputs) {
        futures.add(pool.submit(() -> {
          CodedArticle c = coder.code(in);
          int n = done.incrementAndGet();
          if (progress != null) {
            progress.accept(n);
          }
          return c;
        }));
      }
      List<CodedArticle> out = new ArrayList<>();
      for (Future<CodedArticle> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("coding failed: " + c, c);
    } finally {
      pool.shutdownNow();
    }
  }
}
