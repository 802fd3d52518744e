package org.dyad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.annotate.AnnotatorSettings;
import org.dyad.ingest.ReutersSgml;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.DyadPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench}: coding speed and memory over a corpus (Reuters-21578 by default): model
 * load time, articles/s and tokens/s per thread count, where the time goes, peak heap.
 * Nothing is stored. Figures go to docs/BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure coding speed and memory on a corpus (default: the first 500 Reuters-21578 articles).",
    footer = {"", ExitCodes.HELP})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--reuters", paramLabel = "DIR",
      description = "Reuters-21578 folder (default: ../shared/data/news/reuters21578 beside the Dyad checkout).")
  Path reuters;

  @Option(names = "--limit", defaultValue = "500", description = "Articles per run (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--warmup", defaultValue = "20", description = "Articles coded before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to run (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--ner", defaultValue = "THREE_CLASS", description = "NER models: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AnnotatorSettings.NerModels ner;

  @Override
  public Integer call() throws Exception {
    Path dir = reuters;
    if (dir == null) {
      String home = System.getenv("DYAD_HOME");
      dir = Path.of(home != null ? home : ".").resolve("../shared/data/news/reuters21578").normalize();
    }
    if (!Files.isDirectory(dir)) {
      System.err.println("dyad: no Reuters-21578 folder at " + dir + " (use --reuters DIR)");
      return ExitCodes.FATAL;
    }
    List<Article> corpus = ReutersSgml.read(dir, warmup + limit);
    List<Article> warm = corpus.subList(0, Math.min(warmup, corpus.size()));
    List<Article> timed = corpus.subList(warm.size(), corpus.size());
    System.out.printf(Locale.ROOT, "corpus: %s, %d warm-up + %d timed articles%n", dir, warm.size(), timed.size());
    System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));

    long t0 = System.nanoTime();
    try (DyadPipeline pipeline = DyadPipeline.load(new AnnotatorSettings(ner, AnnotatorSettings.defaults().maxSentenceTokens()))) {
      double load = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "model load: %.1f s (%s)%n", load, pipeline.description());
      run(pipeline, warm, Math.max(threads.get(0), 1), false);
      System.out.println();
      System.out.println("| threads | articles | sentences | tokens | events | seconds | articles/s | tokens/s | annotate s | code s | peak heap MB |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
      for (int n : threads) {
        resetPeaks();
        Result r = run(pipeline, timed, n, true);
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %.1f | %.2f | %.0f | %.1f | %.2f | %d |%n",
            n, r.articles, r.sentences, r.tokens, r.events, r.seconds, r.articles / r.seconds, r.tokens / r.seconds,
            r.annotateNanos / 1e9, r.codeNanos / 1e9, peakHeapMb());
      }
      System.out.println();
      System.out.println("CoreNLP time per annotator (all runs, summed over threads):");
      System.out.println(pipeline.annotatorTiming());
    }
    return ExitCodes.OK;
  }

  record Result(long articles, long sentences, long tokens, long events, double seconds, long annotateNanos, long codeNanos) {}

  private static Result run(DyadPipeline pipeline, List<Article> articles, int threads, boolean timed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong sentences = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    AtomicLong events = new AtomicLong();
    AtomicLong annotate = new AtomicLong();
    AtomicLong code = new AtomicLong();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> {
          long t1 = System.nanoTime();
          AnnotatedArticle ann = pipeline.annotate(a);
          long t2 = System.nanoTime();
          CodedArticle c = pipeline.code(ann);
          long t3 = System.nanoTime();
          annotate.addAndGet(t2 - t1);
          code.addAndGet(t3 - t2);
          sentences.addAndGet(ann.sentences().size());
          tokens.addAndGet(ann.tokenCount());
          events.addAndGet(c.events().size());
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    return new Result(articles.size(), sentences.get(), tokens.get(), events.get(), secs, annotate.get(), code.get());
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}
