package org.dyad.store;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * Groups event reports into clusters by {@link ClusterRules}, streaming: reports must be fed in
 * the order of {@link #ORDER}, that is grouped by unordered actor pair and CAMEO root, and within
 * a group by date (undated last), document and position. Each report joins the first open
 * cluster of its group it is compatible with (with every member: same family, within the window,
 * same direction unless all codes involved are symmetric), or starts a new one. A cluster is
 * handed to the sink once no later report can join it. The result depends only on the reports,
 * so the same store gives the same clusters and ids.
 *
 * <p>Not thread-safe; one instance per build.
 */
final class Clusterer {
  /** The SQL ORDER BY over the columns of {@link Report} that {@link #add} requires. */
  static final String ORDER = "least(source_code, coalesce(target_code, '')), greatest(source_code, coalesce(target_code, '')), "
      + "cameo_root, date NULLS LAST, doc_id, idx";

  /** One event report, with the outlet it counts for (see {@link #outlet}). */
  record Report(String eventId, String docId, int idx, LocalDate date, String sourceCode, String targetCode,
      String cameoCode, double goldstein, String outlet) {
    Report {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(sourceCode, "sourceCode");
      Objects.requireNonNull(cameoCode, "cameoCode");
      Objects.requireNonNull(outlet, "outlet");
    }

    String groupKey() {
      String t = targetCode == null ? "" : targetCode;
      String a = sourceCode.compareTo(t) <= 0 ? sourceCode : t;
      String b = sourceCode.compareTo(t) <= 0 ? t : sourceCode;
      return a + "|" + b + "|" + cameoCode.substring(0, 2);
    }
  }

  /** A finished cluster: its reports in order (the first is the root) and which are reversed. */
  static final class Cluster {
    final List<Report> members = new ArrayList<>();
    final List<Boolean> reversed = new ArrayList<>();
    private String family;
    private boolean hasReverse;
    private boolean forwardAllSymmetric = true;
    private boolean reverseAllSymmetric = true;

    Report root() {
      return members.get(0);
    }

    /** {@code "c-"} and 16 hex digits of the SHA-256 of the root report's event id. */
    String id() {
      return idFor(root().eventId());
    }

    LocalDate firstDate() {
      return root().date();
    }

    LocalDate lastDate() {
      return members.get(members.size() - 1).date();
    }

    /** The three-digit parent the members share, or the root code when none names one. */
    String family() {
      return family != null ? family : root().cameoCode().substring(0, 2);
    }

    int articles() {
      Set<String> docs = new HashSet<>();
      for (Report r : members) {
        docs.add(r.docId());
      }
      return docs.size();
    }

    int outlets() {
      Set<String> outlets = new HashSet<>();
      for (Report r : members) {
        outlets.add(r.outlet());
      }
      return outlets.size();
    }

    boolean reciprocal() {
      return hasReverse;
    }
  }

  static String idFor(String rootEventId) {
    return "c-" + Article.sha256Hex(rootEventId).substring(0, 16);
  }

  /**
   * The outlet a report counts for in the number of sources: the article's {@code source} (trimmed,
   * lower case), else the host of its URL without {@code www.}, else the document itself (an
   * article of unknown origin counts as a source of its own).
   */
  static String outlet(String source, String url, String docId) {
    if (source != null && !source.isBlank()) {
      return source.trim().toLowerCase(Locale.ROOT);
    }
    if (url != null && !url.isBlank()) {
      try {
        String host = URI.create(url.trim()).getHost();
        if (host != null && !host.isBlank()) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall through to the document
      }
    }
    return "doc:" + docId;
  }

  private final ClusterRules rules;
  private final Consumer<Cluster> sink;
  private final List<Cluster> open = new ArrayList<>();
  private String group;
  private Report last;
  private long clusters;
  private long reports;

  Clusterer(ClusterRules rules, Consumer<Cluster> sink) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** Adds the next report; reports must come in the order of {@link #ORDER}. */
  void add(Report r) {
    String key = r.groupKey();
    if (!key.equals(group)) {
      flush();
      group = key;
    } else if (last != null && before(r, last)) {
      throw new IllegalStateException("reports out of order: " + r.eventId() + " after " + last.eventId());
    }
    last = r;
    reports++;
    if (r.date() == null) {
      emit(start(r));
      return;
    }
    for (Iterator<Cluster> it = open.iterator(); it.hasNext(); ) {
      Cluster c = it.next();
      if (ChronoUnit.DAYS.between(c.firstDate(), r.date()) > rules.windowDays()) {
        it.remove();
        emit(c);
      }
    }
    for (Cluster c : open) {
      Boolean rev = direction(c, r);
      if (rev != null && compatible(c, r, rev)) {
        join(c, r, rev);
        return;
      }
    }
    open.add(start(r));
  }

  /** Hands every open cluster to the sink; call once after the last report. */
  void finish() {
    flush();
  }

  long clusters() {
    return clusters;
  }

  long reports() {
    return reports;
  }

  private void flush() {
    for (Cluster c : open) {
      emit(c);
    }
    open.clear();
    last = null;
  }

  private void emit(Cluster c) {
    clusters++;
    sink.accept(c);
  }

  private static boolean before(Report r, Report previous) {
    if (previous.date() == null) {
      return r.date() != null;
    }
    return r.date() != null && r.date().isBefore(previous.date());
  }

  private Cluster start(Report r) {
    Cluster c = new Cluster();
    join(c, r, false);
    return c;
  }

  /** FALSE when {@code r} has the root's direction, TRUE when reversed, null when neither. */
  private static Boolean direction(Cluster c, Report r) {
    Report root = c.root();
    if (r.sourceCode().equals(root.sourceCode()) && Objects.equals(r.targetCode(), root.targetCode())) {
      return Boolean.FALSE;
    }
    if (r.targetCode() != null && r.sourceCode().equals(root.targetCode()) && r.targetCode().equals(root.sourceCode())) {
      return Boolean.TRUE;
    }
    return null;
  }

  private boolean compatible(Cluster c, Report r, boolean reversed) {
    String p = ClusterRules.parent(r.cameoCode());
    if (p != null && c.family != null && !p.equals(c.family)) {
      return false;
    }
    if (!r.cameoCode().substring(0, 2).equals(c.root().cameoCode().substring(0, 2))) {
      return false;
    }
    boolean symmetric = rules.isSymmetric(r.cameoCode());
    if (reversed) {
      return symmetric && c.forwardAllSymmetric;
    }
    return !c.hasReverse || (symmetric && c.reverseAllSymmetric);
  }

  private void join(Cluster c, Report r, boolean reversed) {
    c.members.add(r);
    c.reversed.add(reversed);
    String p = ClusterRules.parent(r.cameoCode());
    if (p != null) {
      c.family = p;
    }
    boolean symmetric = rules.isSymmetric(r.cameoCode());
    if (reversed) {
      c.hasReverse = true;
      c.reverseAllSymmetric &= symmetric;
    } else {
      c.forwardAllSymmetric &= symmetric;
    }
  }
}
