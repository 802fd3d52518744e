package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;

/**
 * Event clusters: reports of the same event in different articles grouped into one event with
 * counts of mentions, articles and distinct sources (GDELT's NumMentions, NumArticles and
 * NumSources), keeping every report. {@link ClusterRules} says which reports match.
 *
 * <p><b>Storage.</b> Clusters are derived data in three tables of the store, created on first
 * use: {@code event_clusters} (one row per cluster), {@code cluster_members} (one row per event,
 * so every event row can be traced to its cluster) and {@code cluster_state} (the rules, a
 * fingerprint of the clustered events and when they were built). They are rebuilt as a whole,
 * in one transaction: by {@link #rebuild()} ({@code dyad clusters rebuild}), and by every query
 * of this class when the store's events or their articles' sources changed since the last build
 * ({@link #ensureFresh()}), so they never lag behind a coding run. Rebuilding is one sorted scan
 * of the events; memory grows with the reports of one dyad and root at a time, not the store.
 *
 * <p><b>Ids.</b> A cluster's id is derived from its root report's event id, so the same store
 * always gives the same ids, and adding later reports to an event keeps its id.
 *
 * <p><b>Thread safety.</b> Holds no state besides the store and the rules; safe for concurrent
 * use. Builds run under the store's write lock; readers see the last committed build.
 */
public final class EventClusters {
  /** Version of the table layout; a store built with another layout is rebuilt. */
  static final int LAYOUT = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> DDL = List.of(
      "CREATE TABLE cluster_state (layout INTEGER NOT NULL, window_days INTEGER NOT NULL, symmetric_codes VARCHAR NOT NULL, "
          + "fingerprint VARCHAR NOT NULL, events BIGINT NOT NULL, clusters BIGINT NOT NULL, built_at TIMESTAMP NOT NULL)",
      "CREATE TABLE event_clusters (cluster_id VARCHAR NOT NULL, source_code VARCHAR NOT NULL, target_code VARCHAR, "
          + "cameo_code VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, family VARCHAR NOT NULL, quad_class INTEGER NOT NULL, "
          + "goldstein DOUBLE NOT NULL, first_date DATE, last_date DATE, n_mentions INTEGER NOT NULL, "
          + "n_articles INTEGER NOT NULL, n_sources INTEGER NOT NULL, root_event_id VARCHAR NOT NULL, "
          + "reciprocal BOOLEAN NOT NULL)",
      "CREATE TABLE cluster_members (event_id VARCHAR NOT NULL, cluster_id VARCHAR NOT NULL, rank INTEGER NOT NULL, "
          + "outlet VARCHAR NOT NULL, reversed BOOLEAN NOT NULL)");

  private static final String CLUSTER_COLUMNS = "cluster_id, source_code, target_code, cameo_code, cameo_root, family, "
      + "quad_class, goldstein, first_date, last_date, n_mentions, n_articles, n_sources, root_event_id, reciprocal";

  private static final String FINGERPRINT = "SELECT count(*), coalesce(bit_xor(hash(e.event_id, e.date, e.source_code, "
      + "e.target_code, e.cameo_code, a.source, a.url)), 0) FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id";

  private final DyadStore store;
  /** Null: the rules of the last build, else the defaults. */
  private final ClusterRules requested;

  private EventClusters(DyadStore store, ClusterRules rules) {
    this.store = Objects.requireNonNull(store, "store");
    this.requested = rules;
  }

  /** The clusters of {@code store}, kept with the rules of the last build (the defaults before any). */
  public static EventClusters of(DyadStore store) {
    return new EventClusters(store, null);
  }

  /** The clusters of {@code store} with these rules: the next query rebuilds when they differ from the last build's. */
  public static EventClusters of(DyadStore store, ClusterRules rules) {
    return new EventClusters(store, Objects.requireNonNull(rules, "rules"));
  }

  /** The rules clusters are (or will be) built with. */
  public ClusterRules rules() {
    if (requested != null) {
      return requested;
    }
    return lastBuild().map(ClusterBuild::rules).orElse(ClusterRules.defaults());
  }

  // ------------------------------------------------------------------ building

  /** The last build, if clusters were ever built in this store. */
  public Optional<ClusterBuild> lastBuild() {
    return store.readWork("reading the cluster state", c -> state(c).map(State::build));
  }

  /** True when the clusters reflect the store's current events with {@link #rules()}. */
  public boolean isFresh() {
    ClusterRules rules = rules();
    return store.readWork("checking the clusters", c -> fresh(c, rules));
  }

  /** Rebuilds the clusters when they are not {@linkplain #isFresh fresh}; true when it rebuilt. */
  public boolean ensureFresh() {
    if (isFresh()) {
      return false;
    }
    ClusterRules rules = rules();
    return store.writeWork("building event clusters", c -> {
      if (fresh(c, rules)) {
        return false;
      }
      build(c, rules);
      return true;
    });
  }

  /** Rebuilds every cluster from the stored events, in one transaction. */
  public ClusterBuild rebuild() {
    ClusterRules rules = rules();
    return store.writeWork("building event clusters", c -> build(c, rules));
  }

  private record State(int layout, ClusterRules rules, String fingerprint, long events, long clusters, LocalDateTime builtAt) {
    ClusterBuild build() {
      return new ClusterBuild(rules, events, clusters, builtAt);
    }
  }

  private static boolean tablesExist(DuckDBConnection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'cluster_state'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static Optional<State> state(DuckDBConnection c) throws SQLException {
    if (!tablesExist(c)) {
      return Optional.empty();
    }
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT layout, window_days, symmetric_codes, fingerprint, events, clusters, built_at FROM cluster_state")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new State(rs.getInt(1), ClusterRules.parse(rs.getInt(2), rs.getString(3)), rs.getString(4),
          rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDateTime.class)));
    }
  }

  private static String fingerprint(DuckDBConnection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(FINGERPRINT)) {
      rs.next();
      return rs.getLong(1) + ":" + rs.getString(2);
    }
  }

  private static boolean fresh(DuckDBConnection c, ClusterRules rules) throws SQLException {
    Optional<State> st = state(c);
    return st.isPresent() && st.get().layout() == LAYOUT && st.get().rules().equals(rules)
        && st.get().fingerprint().equals(fingerprint(c));
  }

  private static ClusterBuild build(DuckDBConnection c, ClusterRules rules) throws SQLException {
    Optional<State> old = state(c);
    try (Statement s = c.createStatement()) {
      if (old.isPresent() && old.get().layout() == LAYOUT) {
        for (String t : List.of("cluster_state", "event_clusters", "cluster_members")) {
          s.execute("DELETE FROM " + t);
        }
      } else {
        for (String t : List.of("cluster_state", "event_clusters", "cluster_members")) {
          s.execute("DROP TABLE IF EXISTS " + t);
        }
        for (String ddl : DDL) {
          s.execute(ddl);
        }
      }
    }
    String catalog;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
      rs.next();
      catalog = rs.getString(1);
    }
    String fingerprint = fingerprint(c);
    Clusterer clusterer;
    SQLException[] failure = new SQLException[1];
    try (RowWriter clusters = RowWriter.appender(c, catalog, "event_clusters");
        RowWriter members = RowWriter.appender(c, catalog, "cluster_members")) {
      clusterer = new Clusterer(rules, cl -> {
        if (failure[0] == null) {
          try {
            write(cl, clusters, members);
          } catch (SQLException e) {
            failure[0] = e;
          }
        }
      });
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT * FROM (SELECT e.event_id, e.doc_id, e.idx, e.date, e.source_code, e.target_code, e.cameo_code, "
              + "e.cameo_root, e.goldstein, a.source, a.url FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id) "
              + "ORDER BY " + Clusterer.ORDER)) {
        while (rs.next()) {
          String docId = rs.getString(2);
          clusterer.add(new Clusterer.Report(rs.getString(1), docId, rs.getInt(3), rs.getObject(4, LocalDate.class),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getDouble(9),
              Clusterer.outlet(rs.getString(10), rs.getString(11), docId)));
          if (failure[0] != null) {
            throw failure[0];
          }
        }
      }
      clusterer.finish();
      if (failure[0] != null) {
        throw failure[0];
      }
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement p = c.prepareStatement("INSERT INTO cluster_state VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setInt(1, LAYOUT);
      p.setInt(2, rules.windowDays());
      p.setString(3, rules.symmetricList());
      p.setString(4, fingerprint);
      p.setLong(5, clusterer.reports());
      p.setLong(6, clusterer.clusters());
      p.setObject(7, now);
      p.executeUpdate();
    }
    return new ClusterBuild(rules, clusterer.reports(), clusterer.clusters(), now);
  }

  private static void write(Clusterer.Cluster cl, RowWriter clusters, RowWriter members) throws SQLException {
    Clusterer.Report root = cl.root();
    CameoCode code = CameoCode.of(root.cameoCode());
    String id = cl.id();
    clusters.begin();
    clusters.str(id).str(root.sourceCode()).str(root.targetCode()).str(code.value()).str(code.root()).str(cl.family())
        .num(code.quadClass().number()).num(root.goldstein()).date(cl.firstDate()).date(cl.lastDate()).num(cl.members.size())
        .num(cl.articles()).num(cl.outlets()).str(root.eventId()).bool(cl.reciprocal());
    clusters.end();
    for (int i = 0; i < cl.members.size(); i++) {
      Clusterer.Report r = cl.members.get(i);
      members.begin();
      members.str(r.eventId()).str(id).num(i).str(r.outlet()).bool(cl.reversed.get(i));
      members.end();
    }
  }

  // ------------------------------------------------------------------ queries

  /** One page of clusters matching {@code q}, after {@link #ensureFresh()}. */
  public List<EventCluster> list(ClusterQuery q) {
    Objects.requireNonNull(q, "query");
    ensureFresh();
    List<Object> params = new ArrayList<>();
    String sql = "SELECT " + CLUSTER_COLUMNS + " FROM event_clusters WHERE " + q.where(params) + " ORDER BY " + q.orderBy()
        + " LIMIT ? OFFSET ?";
    return store.readWork("listing clusters", c -> {
      List<EventCluster> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int i = DyadStore.bind(p, params, 1);
        p.setInt(i++, q.limit());
        p.setInt(i, q.offset());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(readCluster(rs));
          }
        }
      }
      return out;
    });
  }

  /** How many clusters match {@code q} (ignoring its page), after {@link #ensureFresh()}. */
  public long count(ClusterQuery q) {
    Objects.requireNonNull(q, "query");
    ensureFresh();
    List<Object> params = new ArrayList<>();
    String sql = "SELECT count(*) FROM event_clusters WHERE " + q.where(params);
    return store.readWork("counting clusters", c -> {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        DyadStore.bind(p, params, 1);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  /** The cluster {@code clusterId}, after {@link #ensureFresh()}. */
  public Optional<EventCluster> cluster(String clusterId) {
    Objects.requireNonNull(clusterId, "clusterId");
    ensureFresh();
    return store.readWork("reading cluster " + clusterId, c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT " + CLUSTER_COLUMNS + " FROM event_clusters WHERE cluster_id = ?")) {
        p.setString(1, clusterId);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next() ? Optional.of(readCluster(rs)) : Optional.empty();
        }
      }
    });
  }

  /** The reports of cluster {@code clusterId} in rank order (empty for an unknown id), after {@link #ensureFresh()}. */
  public List<ClusterMember> members(String clusterId) {
    Objects.requireNonNull(clusterId, "clusterId");
    ensureFresh();
    return store.readWork("reading the members of cluster " + clusterId, c -> {
      List<ClusterMember> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT m.cluster_id, m.rank, m.event_id, e.doc_id, e.sentence, e.date, "
          + "e.cameo_code, a.source, a.url, m.outlet, m.reversed FROM cluster_members m "
          + "JOIN events e ON e.event_id = m.event_id LEFT JOIN articles a ON a.doc_id = e.doc_id "
          + "WHERE m.cluster_id = ? ORDER BY m.rank")) {
        p.setString(1, clusterId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new ClusterMember(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getBoolean(11)));
          }
        }
      }
      return out;
    });
  }

  /** The cluster of event {@code eventId}, empty for an unknown event, after {@link #ensureFresh()}. */
  public Optional<String> clusterOf(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    ensureFresh();
    return store.readWork("finding the cluster of event " + eventId, c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT cluster_id FROM cluster_members WHERE event_id = ?")) {
        p.setString(1, eventId);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  private static EventCluster readCluster(ResultSet rs) throws SQLException {
    return new EventCluster(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getInt(7), rs.getDouble(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
        rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getString(14), rs.getBoolean(15));
  }

  // ------------------------------------------------------------------ streaming events for export

  /**
   * Streams every event matching {@code q} (in its sort order, ignoring its limit and offset) with
   * its article's metadata and its cluster's counts to {@code sink}, after
   * {@link #ensureFresh()}; returns the number of rows handed over.
   *
   * @param onePerCluster false for one row per event (each with its cluster's counts); true for
   *     one row per cluster that has a matching event: its earliest matching report (by date,
   *     document, position) stands for it, with every report of the cluster in
   *     {@link StoredEvent#reports()} and the counts of the whole cluster
   */
  public long forEachEvent(EventQuery q, boolean onePerCluster, Consumer<StoredEvent> sink) {
    Objects.requireNonNull(q, "query");
    Objects.requireNonNull(sink, "sink");
    ensureFresh();
    EventSql w = EventSql.of(q);
    StringBuilder cols = new StringBuilder();
    for (String col : Schema.COLUMNS.get("events")) {
      cols.append("ev.").append(col).append(", ");
    }
    String sql = "WITH ev AS (SELECT *, row_number() OVER (ORDER BY " + EventSql.orderBy(q) + ") AS ord FROM events WHERE "
        + w.where + ")"
        + (onePerCluster ? ", rep AS (SELECT m.cluster_id, to_json(list({'rank': m.rank, 'event_id': m.event_id, "
            + "'doc_id': x.doc_id, 'sentence': x.sentence, 'date': x.date, 'cameo': x.cameo_code, 'source': ar.source, "
            + "'url': ar.url, 'outlet': m.outlet, 'reversed': m.reversed} ORDER BY m.rank)) AS reports "
            + "FROM cluster_members m JOIN events x ON x.event_id = m.event_id LEFT JOIN articles ar ON ar.doc_id = x.doc_id "
            + "WHERE m.cluster_id IN (SELECT mm.cluster_id FROM cluster_members mm JOIN ev ON ev.event_id = mm.event_id) "
            + "GROUP BY m.cluster_id)" : "")
        + " SELECT " + cols + "a.date AS article_date, a.title AS article_title, a.url AS article_url, "
        + "a.source AS article_source, a.coded_at AS article_coded_at, m.cluster_id AS cluster_id, "
        + "c.n_mentions, c.n_articles, c.n_sources" + (onePerCluster ? ", rep.reports" : "")
        + " FROM ev LEFT JOIN articles a ON a.doc_id = ev.doc_id"
        + " LEFT JOIN cluster_members m ON m.event_id = ev.event_id"
        + " LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id"
        + (onePerCluster ? " LEFT JOIN rep ON rep.cluster_id = m.cluster_id"
            + " QUALIFY row_number() OVER (PARTITION BY coalesce(m.cluster_id, ev.event_id)"
            + " ORDER BY ev.date NULLS LAST, ev.doc_id, ev.idx) = 1" : "")
        + " ORDER BY ev.ord";
    return store.readWork("streaming events", c -> {
      long n = 0;
      try (PreparedStatement p = c.prepareStatement(sql)) {
        DyadStore.bind(p, w.params, 1);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            Event e = DyadStore.readEvent(rs);
            String clusterId = rs.getString("cluster_id");
            boolean clustered = clusterId != null;
            List<ClusterMember> reports = onePerCluster && clustered
                ? parseReports(clusterId, rs.getString("reports")) : List.of();
            sink.accept(new StoredEvent(e, rs.getObject("article_date", LocalDate.class), rs.getString("article_title"),
                rs.getString("article_url"), rs.getString("article_source"),
                rs.getObject("article_coded_at", LocalDateTime.class), rs.getString("sentence_text"), clusterId,
                clustered ? rs.getInt("n_mentions") : 1, clustered ? rs.getInt("n_articles") : 1,
                clustered ? rs.getInt("n_sources") : 1, reports));
            n++;
          }
        }
      }
      return n;
    });
  }

  private static List<ClusterMember> parseReports(String clusterId, String json) {
    if (json == null) {
      return List.of();
    }
    JsonNode arr;
    try {
      arr = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("cluster " + clusterId + ": malformed member list: " + e.getOriginalMessage(), e);
    }
    List<ClusterMember> out = new ArrayList<>();
    for (JsonNode m : arr) {
      JsonNode date = m.get("date");
      out.add(new ClusterMember(clusterId, m.get("rank").intValue(), m.get("event_id").textValue(),
          m.get("doc_id").textValue(), m.get("sentence").intValue(),
          date == null || date.isNull() ? null : LocalDate.parse(date.textValue()), m.get("cameo").textValue(),
          text(m.get("source")), text(m.get("url")), m.get("outlet").textValue(), m.get("reversed").booleanValue()));
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.textValue();
  }
}
