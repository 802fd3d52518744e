package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.formats.DyadJson;
import org.dyad.formats.DyadTsv;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.Ingested;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad code}: codes articles and prints one record per article; stores them unless told not to.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles: print their actors, events, quotes and dates, and store them.",
    footer = {"", "FILE may be a text file (with an optional NAME.meta.json sidecar), .jsonl, .json, .html, a feed, a .gz",
        "of any of these, a folder, or - for standard input.", "", ExitCodes.HELP})
public final class CodeCommand implements Callable<Integer> {
  /** Where the pipeline comes from (tests put a fast one here). */
  java.util.function.Supplier<DyadPipeline> pipelines = DyadPipeline::loadDefault;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles to code; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--input", paramLabel = "ARTICLES.jsonl",
      description = "A JSON Lines file, one {\"id\",\"text\",\"date\"} per line (optional title, url, source).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for plain-text input.")
  String date;

  @Option(names = "--id", paramLabel = "ID", description = "Document id for a single plain-text input.")
  String id;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format: json (pretty), jsonl (one line per article) or tsv (one line per event). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output here instead of standard output.")
  Path output;

  @Option(names = "--no-store", description = "Do not write to the store.")
  boolean noStore;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Coding threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Mixin
  StoreOptions storeOptions;

  @Override
  public Integer call() throws Exception {
    if (!List.of("json", "jsonl", "tsv").contains(format)) {
      System.err.println("dyad: --format must be json, jsonl or tsv, not '" + format + "'");
      return ExitCodes.USAGE;
    }
    if (files.isEmpty() && inputs.isEmpty()) {
      System.err.println("dyad: nothing to code: give FILE..., --input ARTICLES.jsonl or - for standard input");
      return ExitCodes.USAGE;
    }
    Optional<IngestOptions> dated = OptionChecks.withDate(IngestOptions.defaults().withRequireDate(true), date);
    if (dated.isEmpty()) {
      return ExitCodes.USAGE;
    }
    IngestOptions options = dated.get();
    if (id != null) {
      options = options.withGivenId(id);
    }
    ArticleReader reader = ArticleReader.create();
    List<Stream<Ingested>> streams = new ArrayList<>();
    for (String f : files) {
      streams.add(f.equals("-") ? reader.readStdin(System.in, options) : reader.read(Path.of(f), options));
    }
    for (Path p : inputs) {
      streams.add(reader.read(p, options));
    }
    Stream<Ingested> all = streams.stream().reduce(Stream::concat).orElse(Stream.empty());

    PrintStream err = System.err;
    try (DyadPipeline pipeline = pipelines.get();
        DyadStore store = noStore ? null : DyadStore.open(storeOptions.path());
        Writer out = output == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      Sink sink = new Sink(out, format);
      Progress p = new CodingRun(pipeline, store, threads, err).run(all, -1, !quiet, sink::accept);
      sink.close();
      out.flush();
      if (store != null && !quiet) {
        err.println("dyad: stored in " + storeOptions.path() + " (" + p.done() + " articles, " + p.events() + " events)");
      }
      return p.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
  }

  /** Writes records as they come: one JSON object (or an array when there are several), JSONL or TSV. */
  static final class Sink {
    private final Writer out;
    private final String format;
    private final DyadJson json = DyadJson.standard();
    private String pending;
    private int count;

    Sink(Writer out, String format) {
      this.out = out;
      this.format = format;
    }

    void accept(CodedArticle a) {
      try {
        switch (format) {
          case "jsonl" -> json.writeLine(a, out);
          case "tsv" -> {
            if (count == 0) {
              out.write(DyadTsv.header());
              out.write('\n');
            }
            DyadTsv.write(a, out);
          }
          default -> {
            String s = json.toJsonString(a, true);
            if (count == 0) {
              pending = s;
            } else {
              if (count == 1) {
                out.write("[\n");
                out.write(pending);
              }
              out.write(",\n");
              out.write(s);
            }
          }
        }
        count++;
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void close() throws IOException {
      if (format.equals("json")) {
        if (count == 1) {
          out.write(pending);
          out.write('\n');
        } else if (count > 1) {
          out.write("\n]\n");
        }
      }
    }
  }
}
