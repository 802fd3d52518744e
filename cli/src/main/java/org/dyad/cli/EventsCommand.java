package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.formats.DyadJson;
import org.dyad.model.Event;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad events}: query the stored events with filters; print a table or JSON lines, or
 * export them as CSV or Parquet.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Query stored events: filter by date, actor, country, sector, CAMEO code, PLOVER type, QuadClass or text.",
    footer = {"", ExitCodes.HELP})
public final class EventsCommand implements Callable<Integer> {
  @Mixin
  StoreOptions storeOptions;

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
  @Option(names = "--limit", defaultValue = "50") int limit;
  @Option(names = "--offset", defaultValue = "0") int offset;
  @Option(names = "--sort", defaultValue = "date", description = "Sort field (default: ${DEFAULT-VALUE}); prefix - for descending.") String sort;
  @Option(names = "--format", defaultValue = "table", description = "table, jsonl, csv or parquet (csv/parquet need --output).") String format;
  @Option(names = {"-o", "--output"}, paramLabel = "FILE") Path output;

  @Override
  public Integer call() throws Exception {
    EventQuery.Builder b = EventQuery.builder().from(from).to(to).actorCode(actor).sourceCode(source).targetCode(target)
        .actorName(name).country(country).sector(sector).cameoRoot(root).cameoCode(code).text(text)
        .includeBackground(background).limit(limit).offset(offset)
        .sort(sort.startsWith("-") ? sort.substring(1) : sort, sort.startsWith("-"));
    try {
      if (plover != null) {
        b.ploverType(PloverType.parse(plover));
      }
      if (quad != null) {
        b.quadClass(QuadClass.ofNumber(quad));
      }
    } catch (IllegalArgumentException e) {
      System.err.println("dyad: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    EventQuery q;
    try {
      q = b.build();
    } catch (IllegalArgumentException e) {
      System.err.println("dyad: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (DyadStore store = DyadStore.open(storeOptions.path())) {
      switch (format) {
        case "csv", "parquet" -> {
          if (output == null) {
            System.err.println("dyad: --format " + format + " needs --output FILE");
            return ExitCodes.USAGE;
          }
          store.exportEvents(q, output, format.equals("csv") ? ExportFormat.CSV : ExportFormat.PARQUET);
          System.err.println("dyad: wrote " + output);
        }
        case "jsonl" -> {
          DyadJson json = DyadJson.standard();
          Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
          for (Event e : store.events(q)) {
            w.write(json.eventToJson(e).toString());
            w.write('\n');
          }
          w.flush();
        }
        case "table" -> {
          List<Event> events = store.events(q);
          System.out.printf(Locale.ROOT, "%-10s %-10s %-5s %-10s %-9s %5s  %s%n", "date", "source", "cameo", "target", "plover", "gold", "doc / evidence");
          for (Event e : events) {
            System.out.printf(Locale.ROOT, "%-10s %-10s %-5s %-10s %-9s %5.1f  %s: %s —%s→ %s%n",
                e.date() == null ? "(undated)" : e.date(), e.source().code(), e.cameo().value(),
                e.target() == null ? "-" : e.target().code(), e.ploverType(), e.goldstein(), e.docId(),
                e.source().text(), e.provenance().triggerText(), e.target() == null ? "" : e.target().text());
          }
          System.out.printf(Locale.ROOT, "%d of %d events%n", events.size(), store.count(q));
        }
        default -> {
          System.err.println("dyad: --format must be table, jsonl, csv or parquet");
          return ExitCodes.USAGE;
        }
      }
    }
    return ExitCodes.OK;
  }
}
