package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dyad.coding.CameoCodebook;
import org.dyad.coding.CameoEntry;
import org.dyad.formats.export.ArticleInfo;
import org.dyad.formats.export.Coverage;
import org.dyad.formats.export.EventFormat;
import org.dyad.formats.export.EventWriter;
import org.dyad.formats.export.ExportOptions;
import org.dyad.formats.export.ExportRecord;
import org.dyad.formats.export.Report;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.dyad.store.ClusterMember;
import org.dyad.store.DyadStore;
import org.dyad.store.EventClusters;
import org.dyad.store.EventQuery;
import org.dyad.store.ExportFormat;
import org.dyad.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad export}: write the stored events, filtered as {@code dyad events} filters them, in
 * the format of another event data set (GDELT 2.0, ICEWS, Phoenix, PLOVER JSON Lines) or as
 * Parquet partitioned by year and month. Event clusters are brought up to date first, so
 * NumMentions/NumSources/NumArticles count every report of each event.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export stored events as GDELT 2.0, ICEWS, Phoenix, PLOVER (JSON Lines) or Parquet by year/month.",
        "Filters as in 'dyad events'. Text formats go to standard output unless --output is given."},
    footer = {"", ExitCodes.HELP})
public final class ExportCommand implements Callable<Integer> {
  @Mixin
  StoreOptions storeOptions;

  @Mixin
  Filters filters;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "gdelt, icews, phoenix, plover or parquet.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "File to write (a new or empty directory for parquet); default: standard output.")
  Path output;

  @Option(names = "--header", negatable = true,
      description = "Add (or with --no-header leave out) a header line; default: as the format's files "
          + "(GDELT and Phoenix: none, ICEWS: one).")
  Boolean header;

  @Option(names = "--per-cluster",
      description = "One row per event cluster (its earliest matching report, listing every report) "
          + "instead of one row per event report.")
  boolean perCluster;

  /** The event filters of {@code dyad events}, shared by commands that select events. */
  static final class Filters {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;
    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code prefix, e.g. PAK or USAGOV.") String actor;
    @Option(names = "--source", paramLabel = "CODE", description = "Source code prefix.") String source;
    @Option(names = "--target", paramLabel = "CODE", description = "Target code prefix.") String target;
    @Option(names = "--name", paramLabel = "TEXT", description = "Source or target name contains this.") String name;
    @Option(names = "--country", paramLabel = "ISO3") String country;
    @Option(names = "--sector", paramLabel = "SEC", description = "e.g. GOV, MIL, REB.") String sector;
    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, e.g. 04.") String root;
    @Option(names = "--code", paramLabel = "CODE", description = "CAMEO code prefix, e.g. 041.") String code;
    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER type, e.g. CONSULT.") String plover;
    @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass number.") Integer quad;
    @Option(names = "--text", paramLabel = "TEXT", description = "The event's sentence contains this.") String text;
    @Option(names = "--background", description = "Include recalled background events.") boolean background;
    @Option(names = "--sort", defaultValue = "date",
        description = "Sort field (default: ${DEFAULT-VALUE}); prefix - for descending.") String sort;

    /** The query; throws IllegalArgumentException with a message for the user. */
    EventQuery query() {
      EventQuery.Builder b = EventQuery.builder().from(from).to(to).actorCode(actor).sourceCode(source).targetCode(target)
          .actorName(name).country(country).sector(sector).cameoRoot(root).cameoCode(code).text(text)
          .includeBackground(background).sort(sort.startsWith("-") ? sort.substring(1) : sort, sort.startsWith("-"));
      if (plover != null) {
        b.ploverType(PloverType.parse(plover));
      }
      if (quad != null) {
        b.quadClass(QuadClass.ofNumber(quad));
      }
      return b.build();
    }
  }

  @Override
  public Integer call() throws Exception {
    EventQuery q;
    String f = format.trim().toLowerCase(Locale.ROOT);
    EventFormat textFormat = null;
    try {
      q = filters.query();
    } catch (IllegalArgumentException e) {
      System.err.println("dyad: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      if (!f.equals("parquet")) {
        textFormat = EventFormat.parse(f);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("dyad: --format must be gdelt, icews, phoenix, plover or parquet, not '" + format + "'");
      return ExitCodes.USAGE;
    }
    if (textFormat == null) {
      if (output == null) {
        System.err.println("dyad: --format parquet needs --output DIR (a new or empty directory)");
        return ExitCodes.USAGE;
      }
      if (perCluster || header != null) {
        System.err.println("dyad: --per-cluster and --header do not apply to parquet");
        return ExitCodes.USAGE;
      }
      try (DyadStore store = DyadStore.open(storeOptions.path())) {
        store.exportEvents(q, output, ExportFormat.PARQUET_BY_MONTH);
        System.err.printf(Locale.ROOT, "dyad: wrote %d events to %s (year=/month= partitions)%n", store.count(q), output);
      }
      return ExitCodes.OK;
    }
    ExportOptions options = new ExportOptions(header, cameoNames());
    try (DyadStore store = DyadStore.open(storeOptions.path())) {
      long n;
      try (EventWriter w = textFormat.open(open(output), options)) {
        n = EventClusters.of(store).forEachEvent(q, perCluster, e -> {
          try {
            w.write(record(e));
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
      } catch (UncheckedIOException ex) {
        throw ex.getCause();
      }
      System.err.printf(Locale.ROOT, "dyad: wrote %d %s as %s%s%n", n, perCluster ? "event clusters" : "events",
          textFormat.name().toLowerCase(Locale.ROOT), output == null ? "" : " to " + output);
    }
    return ExitCodes.OK;
  }

  private static Writer open(Path output) throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(new NonClosing(System.out), StandardCharsets.UTF_8));
    }
    Path abs = output.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    return Files.newBufferedWriter(abs, StandardCharsets.UTF_8);
  }

  /** CAMEO code → name from Dyad's CAMEO table (ICEWS's Event Text). */
  static Function<String, String> cameoNames() {
    CameoCodebook book = CameoCodebook.loadDefault();
    return code -> book.get(code).map(CameoEntry::name).orElse(null);
  }

  /** A stored event as the exporters see it. */
  static ExportRecord record(StoredEvent e) {
    java.util.List<Report> reports = new java.util.ArrayList<>();
    for (ClusterMember m : e.reports()) {
      reports.add(new Report(m.eventId(), m.docId(), m.sentence(), m.url(), m.source()));
    }
    return new ExportRecord(e.event(),
        new ArticleInfo(e.event().docId(), e.articleDate(), e.title(), e.url(), e.source(), e.codedAt()),
        e.sentenceText(), new Coverage(e.clusterId(), e.mentions(), e.sources(), e.articles(), reports));
  }

  /** Standard output that a writer may close without closing the process's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
