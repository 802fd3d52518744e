package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.formats.DyadJson;
import org.dyad.model.Event;
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

  @Mixin
  ExportCommand.Filters filters;

  @Option(names = "--limit", defaultValue = "50") int limit;
  @Option(names = "--offset", defaultValue = "0") int offset;
  @Option(names = "--format", defaultValue = "table", description = "table, jsonl, csv or parquet (csv/parquet need --output).") String format;
  @Option(names = {"-o", "--output"}, paramLabel = "FILE") Path output;

  @Override
  public Integer call() throws Exception {
    EventQuery q;
    try {
      q = filters.query().toBuilder().limit(limit).offset(offset).build();
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
