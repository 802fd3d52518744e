package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.IngestOptions;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad demo}: the main job on the bundled sample articles: code them into the store and
 * print what was found.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Code the bundled sample articles into the store and print the events and quotes found.",
    footer = {"", ExitCodes.HELP})
public final class DemoCommand implements Callable<Integer> {
  /** Where the pipeline comes from (tests put a fast one here). */
  java.util.function.Supplier<DyadPipeline> pipelines = DyadPipeline::loadDefault;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Folder of sample articles (default: samples/ of the Dyad checkout).")
  Path samples;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Coding threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Mixin
  StoreOptions storeOptions;

  @Override
  public Integer call() throws Exception {
    Path dir = samples;
    if (dir == null) {
      String home = System.getenv("DYAD_HOME");
      dir = home != null ? Path.of(home, "samples") : Path.of("samples");
    }
    if (!Files.isDirectory(dir)) {
      System.err.println("dyad: no sample folder at " + dir + " (use --samples DIR)");
      return ExitCodes.FATAL;
    }
    PrintStream out = System.out;
    List<CodedArticle> coded = new ArrayList<>();
    try (DyadPipeline pipeline = pipelines.get(); DyadStore store = DyadStore.open(storeOptions.path())) {
      var input = ArticleReader.create().read(dir, IngestOptions.defaults().withRequireDate(true));
      Progress p = new CodingRun(pipeline, store, threads, System.err).run(input, -1, true, coded::add);
      for (CodedArticle a : coded) {
        print(out, a);
      }
      out.printf(Locale.ROOT, "%nStored %d articles with %d events in %s (the store now holds %d articles, %d events).%n",
          p.done() - p.failed(), p.events(), storeOptions.path(), store.countArticles(), store.countEvents());
      return p.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  static void print(PrintStream out, CodedArticle a) {
    out.printf(Locale.ROOT, "%n== %s (%s) — %d actors, %d events, %d quotes%n", a.docId(), a.article().date(),
        a.actors().size(), a.events().size(), a.quotes().size());
    for (Event e : a.events()) {
      out.printf(Locale.ROOT, "  %-10s %-9s %-5s %-9s %-9s %5.1f  %s%n",
          e.date() == null ? "(undated)" : e.date(),
          e.source().code(), e.cameo().value(), e.target() == null ? "-" : e.target().code(),
          e.ploverType(), e.goldstein(),
          e.source().text() + " —" + e.provenance().triggerText() + "→ " + (e.target() == null ? "" : e.target().text()));
    }
    for (Quote q : a.quotes()) {
      out.printf(Locale.ROOT, "  quote %-24s “%s”%n", q.speakerName() == null ? "(unattributed)" : q.speakerName(),
          q.text().length() > 70 ? q.text().substring(0, 67) + "..." : q.text());
    }
  }
}
