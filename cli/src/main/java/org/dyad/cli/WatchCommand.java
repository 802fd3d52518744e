package org.dyad.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.ingest.FeedPoll;
import org.dyad.ingest.FeedPoller;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.Ingested;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad watch}: polls RSS/Atom feeds and codes only the items not seen before.
 *
 * <p>Each poll is one conditional request per feed (the ETag and Last-Modified of the last poll
 * are kept in the store), then every item not yet marked seen for that feed is read, coded and
 * stored exactly as {@code dyad ingest} does ({@link IngestRun}) and marked seen, failed items
 * too (they are reported once). The validators are saved only after a poll's items are all
 * handled. So a restart, or a kill at any point, neither loses nor repeats an item.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds and code their new items into the store, until stopped (Ctrl-C).",
        "What was seen is kept in the store: after a restart only items not seen before are coded."},
    footer = {"", "An item without a date gets the date of the poll (UTC). A feed that cannot be fetched or parsed is",
        "reported and tried again at the next poll.", "", ExitCodes.HELP})
public final class WatchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FEED-URL", arity = "1..*", description = "Feed URLs (http, https or file) or feed files.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = Every.class,
      description = "Time between polls, e.g. 90s, 15m, 1h30m, 1d or ISO PT15M; at least 1s (default: ${DEFAULT-VALUE}).")
  Duration every;

  @Option(names = "--once", description = "Poll each feed once, then exit (exit code 1 when a feed or an item failed).")
  boolean once;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Coding threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = {"-q", "--quiet"}, description = "Only errors, no line per poll.")
  boolean quiet;

  @Mixin
  StoreOptions storeOptions;

  /** Makes the coding pipeline; tests swap in a fast one. */
  Supplier<DyadPipeline> pipelines = DyadPipeline::loadDefault;

  /** The poller; tests may use short timeouts. */
  FeedPoller poller = FeedPoller.create();

  @Override
  public Integer call() {
    if (!OptionChecks.threadsInRange(threads)) {
      return ExitCodes.USAGE;
    }
    PrintStream err = System.err;
    boolean anyFailed = false;
    try (GracefulStop stop = new GracefulStop(Duration.ofSeconds(30));
        DyadStore store = DyadStore.open(storeOptions.path());
        DyadPipeline pipeline = pipelines.get()) {
      IngestRun run = new IngestRun(pipeline, store, threads, err);
      while (!stop.stopping()) {
        for (String feed : feeds) {
          if (stop.stopping()) {
            break;
          }
          anyFailed |= !pollOnce(feed, store, run, stop, err);
        }
        if (once || !stop.sleep(every)) {
          break;
        }
      }
    }
    return once && anyFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** Polls one feed and handles its new items; false when the feed or an item failed. */
  private boolean pollOnce(String feed, DyadStore store, IngestRun run, GracefulStop stop, PrintStream err) {
    DyadStore.FeedState last = store.feedState(feed).orElse(null);
    IngestOptions o = IngestOptions.defaults().withDefaultDate(LocalDate.now(ZoneOffset.UTC));
    FeedPoll p = poller.poll(feed, o, last == null ? null : last.etag(), last == null ? null : last.lastModified());
    if (!p.ok()) {
      err.println("dyad: watch: " + feed + ": " + p.error().kind() + ": " + p.error().message() + " (tried again at the next poll)");
      store.saveFeedState(feed, last == null ? null : last.etag(), last == null ? null : last.lastModified(),
          "failed: " + p.error().kind());
      return false;
    }
    if (p.notModified()) {
      store.saveFeedState(feed, p.etag(), p.lastModified(), "not modified");
      if (!quiet) {
        err.println("dyad: watch: " + feed + ": not modified");
      }
      return true;
    }
    List<Ingested> fresh = new ArrayList<>();
    for (Ingested i : p.items()) {
      if (!store.isFeedItemSeen(feed, i.docId())) {
        fresh.add(i);
      }
    }
    IngestRun.Summary s = run.run(fresh.stream(), feed, null, stop::stopping, out -> { });
    String status = p.items().size() + " items, " + fresh.size() + " new: " + s.line();
    if (!s.stopped()) {
      store.saveFeedState(feed, p.etag(), p.lastModified(), status);
    }
    if (!quiet) {
      err.println("dyad: watch: " + feed + ": " + status);
    }
    return s.failed() == 0;
  }

  /** Parses {@code --every}: {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 1d}, {@code 250ms} or ISO-8601 {@code PT15M}. */
  static final class Every implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|[dhms])");

    @Override
    public Duration convert(String value) {
      return parse(value);
    }

    static Duration parse(String value) {
      String s = value.trim().toLowerCase(Locale.ROOT);
      Duration d;
      if (s.startsWith("p")) {
        try {
          d = Duration.parse(s.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
          throw new CommandLine.TypeConversionException("'" + value + "' is not an ISO-8601 duration such as PT15M");
        }
      } else {
        Matcher m = PART.matcher(s);
        d = Duration.ZERO;
        int at = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
          long n = Long.parseLong(m.group(1));
          d = d.plus(switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            case "m" -> Duration.ofMinutes(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMillis(n);
          });
          at = m.end();
        }
        if (s.isEmpty() || at != s.length()) {
          throw new CommandLine.TypeConversionException(
              "'" + value + "' is not a duration: write a number with a unit, e.g. 90s, 15m, 1h30m, 1d");
        }
      }
      if (d.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new CommandLine.TypeConversionException("'" + value + "' is too short: poll at most once a second");
      }
      return d;
    }
  }
}
