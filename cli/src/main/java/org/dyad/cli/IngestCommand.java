package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.Ingested;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad ingest}: reads files, folders and URLs, codes what is new and stores it; see
 * {@link IngestRun} for the guarantees (idempotent, crash-safe).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read, code and store articles: files, folders (recursively), http(s) URLs of pages or feeds,",
        "or - for standard input. Documents already stored with the same content are skipped, so running",
        "it again (also after a crash or kill) codes only what is missing."},
    footer = {"", "Formats: plain text (with an optional NAME.meta.json sidecar), .jsonl, .json, .html, RSS/Atom feeds,",
        ".gz of any of these; unknown extensions are sniffed. Each bad document is reported on stderr (and in",
        "the store's errors table) and skipped; the run goes on.", "", ExitCodes.HELP})
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "Files, folders, URLs, or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents that name none (plain text without sidecar, pages without a date).")
  String date;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Coding threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Also write every skipped document as a JSON line {origin, doc_id, kind, message} to FILE.")
  Path failures;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Mixin
  StoreOptions storeOptions;

  /** Makes the coding pipeline; tests swap in a fast one. */
  Supplier<DyadPipeline> pipelines = DyadPipeline::loadDefault;

  @Override
  public Integer call() throws Exception {
    Optional<IngestOptions> dated = OptionChecks.withDate(IngestOptions.defaults(), date);
    if (dated.isEmpty()) {
      return ExitCodes.USAGE;
    }
    IngestOptions options = dated.get();
    if (!OptionChecks.threadsInRange(threads)) {
      return ExitCodes.USAGE;
    }
    if (inputs.stream().filter("-"::equals).count() > 1) {
      System.err.println("dyad: standard input (-) can be read only once");
      return ExitCodes.USAGE;
    }
    ArticleReader reader = ArticleReader.create();
    IngestOptions o = options;
    Stream<Ingested> all = concat(inputs, in -> open(reader, in, o));
    PrintStream err = System.err;
    try (GracefulStop stop = new GracefulStop(Duration.ofSeconds(30));
        FailureLog log = FailureLog.open(failures);
        DyadStore store = DyadStore.open(storeOptions.path());
        DyadPipeline pipeline = pipelines.get()) {
      Progress progress = new Progress(err, -1, !quiet);
      IngestRun.Summary s = new IngestRun(pipeline, store, threads, err).run(all, null, progress, stop::stopping, log::accept);
      progress.finish();
      err.println("dyad: ingest: " + s.line() + "; store " + storeOptions.path());
      return s.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  /**
   * The documents of all inputs, each input opened only when reached and closed when done
   * (unlike {@code flatMap} under an iterator, which would buffer a whole folder).
   */
  static <T> Stream<Ingested> concat(List<T> inputs, java.util.function.Function<T, Stream<Ingested>> opener) {
    java.util.Iterator<T> rest = inputs.iterator();
    Stream<Ingested>[] current = new Stream[1];
    java.util.Iterator<Ingested> it = new java.util.Iterator<>() {
      java.util.Iterator<Ingested> cur = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!cur.hasNext()) {
          if (current[0] != null) {
            current[0].close();
            current[0] = null;
          }
          if (!rest.hasNext()) {
            return false;
          }
          current[0] = opener.apply(rest.next());
          cur = current[0].iterator();
        }
        return true;
      }

      @Override
      public Ingested next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return cur.next();
      }
    };
    return java.util.stream.StreamSupport.stream(
            java.util.Spliterators.spliteratorUnknownSize(it, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL),
            false)
        .onClose(() -> {
          if (current[0] != null) {
            current[0].close();
          }
        });
  }

  /** One input as a stream: {@code -}, an http(s) or file URL, or a path. */
  static Stream<Ingested> open(ArticleReader reader, String in, IngestOptions o) {
    if (in.equals("-")) {
      return reader.readStdin(System.in, o);
    }
    String lower = in.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
      try {
        return reader.read(URI.create(in), o);
      } catch (IllegalArgumentException e) {
        return Stream.of(new Ingested.Failed(new org.dyad.model.DocumentError(in, "FETCH", "not a valid URL: " + e.getMessage()), in));
      }
    }
    return reader.read(Path.of(in), o);
  }

  /** The optional {@code --failures} file: one JSON line per skipped document. Not thread-safe. */
  static final class FailureLog implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;

    private FailureLog(BufferedWriter out) {
      this.out = out;
    }

    static FailureLog open(Path file) throws IOException {
      if (file == null) {
        return new FailureLog(null);
      }
      Path abs = file.toAbsolutePath();
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      return new FailureLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    void accept(IngestRun.Outcome o) {
      if (out == null || o.status() != IngestRun.Status.FAILED) {
        return;
      }
      ObjectNode n = JSON.createObjectNode();
      n.put("origin", o.origin());
      n.put("doc_id", o.docId());
      n.put("kind", o.error().kind());
      n.put("message", o.error().message());
      try {
        out.write(n.toString());
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }
}
