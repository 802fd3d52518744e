package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.ClusterBuild;
import org.dyad.store.ClusterMember;
import org.dyad.store.ClusterQuery;
import org.dyad.store.ClusterRules;
import org.dyad.store.DyadStore;
import org.dyad.store.EventCluster;
import org.dyad.store.EventClusters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad clusters}: event clusters, the reports of one event in different articles (same
 * dyad, CAMEO family and dates within a window). They are rebuilt automatically whenever the
 * stored events changed; {@code rebuild} forces it and can change the window.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Event clusters: reports of the same event in different articles, with counts of mentions, "
        + "articles and sources.",
        "Clusters follow the store: any listing or export rebuilds them when the events changed."},
    footer = {"", ExitCodes.HELP},
    subcommands = {ClustersCommand.Rebuild.class, ClustersCommand.ListClusters.class, ClustersCommand.Show.class})
public final class ClustersCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code dyad clusters rebuild}. */
  @Command(name = "rebuild", mixinStandardHelpOptions = true,
      description = "Rebuild every cluster from the stored events (in one transaction).",
      footer = {"", ExitCodes.HELP})
  static final class Rebuild implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--window", paramLabel = "DAYS",
        description = "Largest distance in days between two reports of one event (default: the last build's, "
            + "else " + ClusterRules.DEFAULT_WINDOW_DAYS + "); kept for later builds.")
    Integer window;

    @Override
    public Integer call() {
      try (DyadStore store = DyadStore.open(storeOptions.path())) {
        ClusterRules rules = EventClusters.of(store).rules();
        if (window != null) {
          try {
            rules = rules.withWindowDays(window);
          } catch (IllegalArgumentException e) {
            System.err.println("dyad: " + e.getMessage());
            return ExitCodes.USAGE;
          }
        }
        ClusterBuild b = EventClusters.of(store, rules).rebuild();
        System.out.printf(Locale.ROOT, "Built %d clusters from %d events (window %d days) in %s.%n", b.clusters(),
            b.events(), b.rules().windowDays(), storeOptions.path());
      }
      return ExitCodes.OK;
    }
  }

  /** {@code dyad clusters list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List clusters, filtered by date, actor and CAMEO code, largest or earliest first.",
      footer = {"", ExitCodes.HELP})
  static final class ListClusters implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Clusters reported on or after this date.") LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Clusters that began on or before this date.") LocalDate to;
    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code prefix.") String actor;
    @Option(names = "--source", paramLabel = "CODE", description = "Source code prefix.") String source;
    @Option(names = "--target", paramLabel = "CODE", description = "Target code prefix.") String target;
    @Option(names = "--code", paramLabel = "CODE", description = "CAMEO code prefix, e.g. 04 or 041.") String code;
    @Option(names = "--min-mentions", paramLabel = "N") Integer minMentions;
    @Option(names = "--min-sources", paramLabel = "N") Integer minSources;
    @Option(names = "--sort", defaultValue = "date",
        description = "date, mentions, articles or sources (default: ${DEFAULT-VALUE}); prefix - for descending.") String sort;
    @Option(names = "--limit", defaultValue = "50") int limit;
    @Option(names = "--offset", defaultValue = "0") int offset;
    @Option(names = "--format", defaultValue = "table", description = "table or jsonl.") String format;

    @Override
    public Integer call() {
      ClusterQuery q;
      try {
        boolean desc = sort.startsWith("-");
        q = new ClusterQuery(from, to, actor, source, target, code, minMentions, minSources,
            desc ? sort.substring(1) : sort, desc, limit, offset);
        if (!format.equals("table") && !format.equals("jsonl")) {
          throw new IllegalArgumentException("--format must be table or jsonl");
        }
      } catch (IllegalArgumentException e) {
        System.err.println("dyad: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      try (DyadStore store = DyadStore.open(storeOptions.path())) {
        EventClusters clusters = EventClusters.of(store);
        List<EventCluster> found = clusters.list(q);
        PrintStream out = System.out;
        if (format.equals("jsonl")) {
          for (EventCluster c : found) {
            out.println(json(c));
          }
        } else {
          out.printf(Locale.ROOT, "%-18s %-10s %-10s %-10s %-5s %8s %8s %7s%n", "cluster", "first", "source", "target",
              "cameo", "mentions", "articles", "sources");
          for (EventCluster c : found) {
            out.printf(Locale.ROOT, "%-18s %-10s %-10s %-10s %-5s %8d %8d %7d%s%n", c.clusterId(),
                c.firstDate() == null ? "(undated)" : c.firstDate(), c.sourceCode(),
                c.targetCode() == null ? "-" : c.targetCode(), c.cameoCode(), c.mentions(), c.articles(), c.sources(),
                c.reciprocal() ? "  (reciprocal)" : "");
          }
          out.printf(Locale.ROOT, "%d of %d clusters%n", found.size(), clusters.count(q));
        }
      }
      return ExitCodes.OK;
    }
  }

  /** {@code dyad clusters show}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a cluster and every report of it; the id may be a cluster id or an event id.",
      footer = {"", ExitCodes.HELP})
  static final class Show implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "ID", description = "A cluster id (c-...) or the id of one of its events (e-...).")
    String id;

    @Override
    public Integer call() {
      try (DyadStore store = DyadStore.open(storeOptions.path())) {
        EventClusters clusters = EventClusters.of(store);
        Optional<EventCluster> c = clusters.cluster(id);
        if (c.isEmpty()) {
          c = clusters.clusterOf(id).flatMap(clusters::cluster);
        }
        if (c.isEmpty()) {
          System.err.println("dyad: no cluster or event with id " + id + " in " + storeOptions.path());
          return ExitCodes.USAGE;
        }
        EventCluster x = c.get();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%s: %s %s %s, %s to %s; %d mentions in %d articles from %d sources%s%n", x.clusterId(),
            x.sourceCode(), x.cameoCode(), x.targetCode() == null ? "-" : x.targetCode(), x.firstDate(), x.lastDate(),
            x.mentions(), x.articles(), x.sources(), x.reciprocal() ? " (reciprocal)" : "");
        for (ClusterMember m : clusters.members(x.clusterId())) {
          out.printf(Locale.ROOT, "  %2d %-10s %-18s %s s%d %-5s %-20s %s%s%n", m.rank(),
              m.date() == null ? "(undated)" : m.date(), m.eventId(), m.docId(), m.sentence(), m.cameoCode(), m.outlet(),
              m.url() == null ? "" : m.url(), m.reversed() ? " (reversed)" : "");
        }
      }
      return ExitCodes.OK;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static String json(EventCluster c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("cluster_id", c.clusterId());
    o.put("source_code", c.sourceCode());
    o.put("target_code", c.targetCode());
    o.put("cameo_code", c.cameoCode());
    o.put("cameo_root", c.cameoRoot());
    o.put("family", c.family());
    o.put("quad_class", c.quadClass());
    o.put("goldstein", c.goldstein());
    o.put("first_date", c.firstDate() == null ? null : c.firstDate().toString());
    o.put("last_date", c.lastDate() == null ? null : c.lastDate().toString());
    o.put("mentions", c.mentions());
    o.put("articles", c.articles());
    o.put("sources", c.sources());
    o.put("root_event_id", c.rootEventId());
    o.put("reciprocal", c.reciprocal());
    return o.toString();
  }
}
