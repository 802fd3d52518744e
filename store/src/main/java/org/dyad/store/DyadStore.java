package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CameoCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.PloverType;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * The embedded DuckDB store of coded articles: one row per article, actor, event, quote, date,
 * place and error, with the queries the REST API and exports need.
 *
 * <p><b>Contract.</b> {@link #put} and {@link #putAll} replace every row of each given document
 * in one transaction: re-coding a document replaces it, putting the same article twice leaves the
 * same rows, and a failure leaves the store as it was. Errors recorded with {@link #recordError}
 * belong to their document and are replaced too when the document is put. {@link #article}
 * gives back the record that was put (event provenance takes the event's document, sentence and
 * participant offsets, which {@code DyadAssertions} requires to be equal anyway). Codes are
 * stored as VARCHAR, so leading zeros stay.
 *
 * <p><b>Thread safety.</b> Safe for concurrent use by many threads. Each read runs in one
 * transaction on a connection of its own, duplicated from the one opened database
 * ({@link DuckDBConnection#duplicate()}) and kept in a small pool for the next read (at most
 * twice as many idle ones as cores, at least four), so reads run in parallel and each sees a
 * consistent snapshot. Writes are serialised by a lock and run on one dedicated writer
 * connection, so writers never conflict. Event counts ({@link #count}) are kept by filter until
 * the next write commits, which empties them. Call {@link #close} once, after all users are
 * done; later calls throw {@link IllegalStateException}. DuckDB lets one process at a time open
 * a store file.
 *
 * <p><b>Cost.</b> Every {@code put} is one transaction (some milliseconds, more on a file store,
 * which syncs on commit); to store many articles quickly, hand them to {@link #putAll} in batches
 * of hundreds or thousands, which are appended in bulk. Event pages are read key first (see
 * {@link #events}); queries sorted or bounded by date are cheapest when articles are stored
 * roughly in date order, as feeds deliver them, because DuckDB then skips row groups by their
 * date ranges.
 *
 * <p><b>Schema.</b> {@link #open} creates the tables when missing and applies additive
 * migrations recorded in {@code schema_version}; a file from a newer Dyad is refused. Failures
 * raise {@link StoreException} naming the store file, the documents and the reason.
 */
public final class DyadStore implements AutoCloseable {
  /** Environment variable that overrides {@link #defaultLocation()}. */
  public static final String ENV_STORE = "DYAD_STORE";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String EVENT_COLUMNS = String.join(", ", Schema.COLUMNS.get("events"));
  /** Idle read connections kept for reuse. */
  static final int READ_POOL = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  /** Event counts kept by {@link #count} (one entry is a filter and a number). */
  static final int COUNT_CACHE = 4096;
  /**
   * Pages of at most this many events are read key first: the sort key and event id of the page,
   * then the page's rows by id. Larger pages are read in one query.
   */
  static final int LATE_ROWS = 1000;

  private final String location;
  private final DuckDBConnection db;
  /** The one connection that writes, used only under {@link #writeLock}; never in auto-commit mode. */
  private final DuckDBConnection writer;
  private final Object writeLock = new Object();
  private final int schemaVersion;
  private volatile boolean closed;
  /**
   * Idle read connections (duplicates of {@link #db} in manual-commit mode, no transaction open),
   * at most {@link #READ_POOL}; a read takes one or duplicates a new one and gives it back.
   */
  private final ConcurrentLinkedDeque<DuckDBConnection> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  /** Event counts by filter, least recently used first; guarded by itself, emptied by every write. */
  private final LinkedHashMap<EventSql, Long> counts = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<EventSql, Long> eldest) {
      return size() > COUNT_CACHE;
    }
  };
  /** Bumped (under the {@link #counts} lock) after every write; a count read across a write is not kept. */
  private long writes;

  private DyadStore(String location, DuckDBConnection db) {
    this.location = location;
    this.db = db;
    DuckDBConnection w = null;
    try {
      this.schemaVersion = migrate();
      checkColumns();
      w = db.duplicate();
      createStaging(w);
      w.setAutoCommit(false);
      this.writer = w;
    } catch (SQLException e) {
      closeQuietly(w);
      closeQuietly();
      throw new StoreException("store " + location + ": cannot prepare the schema: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(w);
      closeQuietly();
      throw e;
    }
  }

  /** Opens (creating when missing, with parent directories) the store file {@code file}. */
  public static DyadStore open(Path file) {
    Objects.requireNonNull(file, "file");
    Path abs = file.toAbsolutePath().normalize();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("store " + abs + ": cannot create its directory: " + e.getMessage(), e);
    }
    if (Files.isDirectory(abs)) {
      throw new StoreException("store " + abs + ": is a directory, expected a DuckDB file");
    }
    try {
      return new DyadStore(abs.toString(), (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs));
    } catch (SQLException e) {
      throw new StoreException("store " + abs + ": cannot open: " + e.getMessage(), e);
    }
  }

  /** A store in memory, gone when closed; for tests and throw-away runs. */
  public static DyadStore inMemory() {
    try {
      return new DyadStore(":memory:", (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"));
    } catch (SQLException e) {
      throw new StoreException("cannot open an in-memory store: " + e.getMessage(), e);
    }
  }

  /** The environment variable {@value #ENV_STORE} when set, else {@code data/dyad.duckdb} under the working directory. */
  public static Path defaultLocation() {
    return defaultLocation(System.getenv());
  }

  static Path defaultLocation(Map<String, String> env) {
    String v = env.get(ENV_STORE);
    return v == null || v.isBlank() ? Path.of("data", "dyad.duckdb") : Path.of(v.trim());
  }

  /** The store file's absolute path, or {@code :memory:}. */
  public String location() {
    return location;
  }

  /** How many worker threads one query of this store may use (DuckDB's {@code threads} setting). */
  public int threads() {
    return read("reading the threads setting", c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  /**
   * Lets each query of this store use at most {@code n} worker threads (DuckDB's {@code threads}
   * setting: it holds for the whole store and every user of it, from the next query on; DuckDB
   * starts with one per core). One thread a query costs the least CPU per query, which serves
   * many small concurrent queries best; more let one large query (an export, a count over the
   * sentence text) finish sooner.
   *
   * @throws IllegalArgumentException unless {@code n} is in [1, 1024]
   */
  public void threads(int n) {
    if (n < 1 || n > 1024) {
      throw new IllegalArgumentException("threads must be in [1,1024], got " + n);
    }
    checkOpen();
    try (DuckDBConnection c = db.duplicate(); Statement s = c.createStatement()) {
      s.execute("SET threads = " + n);
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": cannot set threads to " + n + ": " + e.getMessage(), e);
    }
  }

  /** The schema version of the open file (the newest this code knows, after migration). */
  public int schemaVersion() {
    return schemaVersion;
  }

  // ------------------------------------------------------------------ schema

  private int migrate() throws SQLException {
    try (DuckDBConnection c = db.duplicate(); Statement s = c.createStatement()) {
      s.execute(Schema.VERSION_TABLE);
      int current;
      try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        rs.next();
        current = rs.getInt(1);
      }
      if (current > Schema.LATEST) {
        throw new StoreException("store " + location + ": schema version " + current
            + " is newer than this Dyad understands (" + Schema.LATEST + "); use a newer Dyad");
      }
      for (Schema.Migration m : Schema.MIGRATIONS) {
        if (m.version() <= current) {
          continue;
        }
        c.setAutoCommit(false);
        try {
          for (String sql : m.statements()) {
            s.execute(sql);
          }
          try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.description());
            p.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
          }
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw new StoreException("store " + location + ": migration to schema version " + m.version() + " failed: "
              + e.getMessage(), e);
        } finally {
          c.setAutoCommit(true);
        }
        current = m.version();
      }
      return current;
    }
  }

  private void checkColumns() throws SQLException {
    Map<String, List<String>> actual = new HashMap<>();
    try (DuckDBConnection c = db.duplicate(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
            + "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        actual.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    for (Map.Entry<String, List<String>> e : Schema.COLUMNS.entrySet()) {
      if (!e.getValue().equals(actual.get(e.getKey()))) {
        throw new StoreException("store " + location + ": table " + e.getKey() + " has columns " + actual.get(e.getKey())
            + ", expected " + e.getValue());
      }
    }
  }

  /**
   * Large batches are appended to constraint-free temporary staging tables and then inserted with
   * {@code INSERT ... SELECT}, so that key constraints are checked as for any insert. (Appending
   * straight into a keyed table in a transaction that has deleted rows from it can drop a
   * conflicting row without an error in DuckDB 1.4, which would lose data silently.)
   */
  private static void createStaging(DuckDBConnection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : Schema.DOC_TABLES) {
        s.execute("CREATE TEMP TABLE " + stage(table) + " AS SELECT * FROM " + table + " LIMIT 0");
      }
    }
  }

  /** Batches with at least this many rows go through the staging tables and appenders. */
  static final int STAGE_ROWS = 50;

  private static String stage(String table) {
    return "stage_" + table;
  }

  // ------------------------------------------------------------------ writing

  /** Stores {@code a}, replacing every row of its document, in one transaction. */
  public void put(CodedArticle a) {
    putAll(List.of(Objects.requireNonNull(a, "article")));
  }

  /**
   * Stores the articles in one transaction, replacing every row of their documents; if anything
   * fails nothing is written. When a document occurs more than once, the last occurrence wins.
   *
   * @throws IllegalArgumentException when two events of the batch share an id (nothing is written)
   * @throws StoreException when the database refuses the rows (nothing is written)
   */
  public void putAll(Collection<CodedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty()) {
      return;
    }
    LinkedHashMap<String, CodedArticle> byId = new LinkedHashMap<>();
    for (CodedArticle a : articles) {
      byId.remove(a.docId());
      byId.put(a.docId(), a);
    }
    Map<String, String> eventDoc = new HashMap<>();
    for (CodedArticle a : byId.values()) {
      for (Event e : a.events()) {
        String other = eventDoc.putIfAbsent(e.eventId(), a.docId());
        if (other != null) {
          throw new IllegalArgumentException("store " + location + ": event id " + e.eventId() + " occurs twice (documents "
              + other + " and " + a.docId() + "); nothing was written");
        }
      }
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    synchronized (writeLock) {
      DuckDBConnection c = writer();
      try {
        deleteDocs(c, byId.keySet());
        write(c, byId.values(), now);
        commitWrite(c);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw new StoreException("store " + location + ": storing " + docList(byId.keySet())
            + " failed, nothing was written: " + e.getMessage(), e);
      }
    }
  }

  /** Removes every row of document {@code docId}; true when it had an article row. */
  public boolean delete(String docId) {
    Objects.requireNonNull(docId, "docId");
    synchronized (writeLock) {
      DuckDBConnection c = writer();
      try {
        boolean had;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM articles WHERE doc_id = ?")) {
          p.setString(1, docId);
          try (ResultSet rs = p.executeQuery()) {
            rs.next();
            had = rs.getLong(1) > 0;
          }
        }
        deleteDocs(c, List.of(docId));
        commitWrite(c);
        return had;
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        throw new StoreException("store " + location + ": deleting document " + docId + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** Records why a document could not be coded; kept until the document is put or deleted. */
  public void recordError(DocumentError e) {
    Objects.requireNonNull(e, "error");
    synchronized (writeLock) {
      DuckDBConnection c = writer();
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO errors SELECT ?, coalesce(max(idx) + 1, 0), ?, ?, ? FROM errors WHERE doc_id = ?")) {
        p.setString(1, e.docId());
        p.setString(2, e.kind());
        p.setString(3, e.message());
        p.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
        p.setString(5, e.docId());
        p.executeUpdate();
        commitWrite(c);
      } catch (SQLException ex) {
        rollbackQuietly(c, ex);
        throw new StoreException("store " + location + ": recording error of document " + e.docId() + " failed: "
            + ex.getMessage(), ex);
      }
    }
  }

  private static void deleteDocs(DuckDBConnection c, Collection<String> docIds) throws SQLException {
    if (docIds.size() == 1) {
      String id = docIds.iterator().next();
      for (String table : Schema.DOC_TABLES) {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
          p.setString(1, id);
          p.executeUpdate();
        }
      }
      return;
    }
    java.sql.Array ids = c.createArrayOf("VARCHAR", docIds.toArray());
    for (String table : Schema.DOC_TABLES) {
      try (PreparedStatement p = c.prepareStatement(
          "DELETE FROM " + table + " WHERE doc_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
        p.setObject(1, ids);
        p.executeUpdate();
      }
    }
  }

  /**
   * Writes the rows of {@code articles} (whose old rows are already deleted). Batches of at least
   * {@link #STAGE_ROWS} rows are appended to the staging tables and moved with one
   * {@code INSERT ... SELECT} per table; smaller ones use prepared inserts, which cost less to set up.
   */
  private static void write(DuckDBConnection c, Collection<CodedArticle> articles, LocalDateTime now) throws SQLException {
    long rows = 0;
    for (CodedArticle a : articles) {
      rows += 1 + a.actors().size() + a.events().size() + a.quotes().size() + a.dates().size() + a.places().size()
          + a.errors().size();
    }
    boolean staged = rows >= STAGE_ROWS;
    Map<String, RowWriter> w = new LinkedHashMap<>();
    SQLException failure = null;
    if (staged) {
      try (Statement s = c.createStatement()) {
        for (String table : Schema.DOC_TABLES) {
          s.execute("DELETE FROM " + stage(table));
        }
      }
    }
    try {
      for (String table : Schema.DOC_TABLES) {
        w.put(table, staged ? RowWriter.appender(c, "temp", stage(table))
            : RowWriter.insert(c, table, Schema.COLUMNS.get(table).size()));
      }
      for (CodedArticle a : articles) {
        writeArticle(w, a, now);
      }
    } catch (SQLException e) {
      failure = e;
    } finally {
      for (RowWriter r : w.values()) {
        try {
          r.close();
        } catch (SQLException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    if (staged) {
      for (Map.Entry<String, RowWriter> e : w.entrySet()) {
        if (e.getValue().rows() == 0) {
          continue;
        }
        try (Statement s = c.createStatement()) {
          s.execute("INSERT INTO " + e.getKey() + " SELECT * FROM " + stage(e.getKey()));
        }
        try (Statement s = c.createStatement()) {
          s.execute("DELETE FROM " + stage(e.getKey()));
        }
      }
    }
  }

  /** The rows of one article, column by column in the order of {@link Schema#COLUMNS}. */
  private static void writeArticle(Map<String, RowWriter> w, CodedArticle a, LocalDateTime now) throws SQLException {
    String doc = a.docId();
    Article x = a.article();
    ArrayNode spans = F.arrayNode();
    for (Span s : a.sentences()) {
      spans.addArray().add(s.start()).add(s.end());
    }
    RowWriter art = w.get("articles");
    art.begin();
    art.str(doc).date(x.date()).str(x.title()).str(x.url()).str(x.source()).str(x.text()).str(a.coderVersion())
        .timestamp(now).str(spans.toString());
    art.end();

    RowWriter act = w.get("actors");
    int i = 0;
    for (Actor y : a.actors()) {
      act.begin();
      act.str(doc).num(i++).str(y.id()).str(y.name()).str(y.code().value()).str(emptyToNull(y.country()))
          .strings(y.sectors()).str(y.role()).str(y.type()).str(y.codeSource()).str(mentionsJson(y.mentions()));
      act.end();
    }

    RowWriter ev = w.get("events");
    i = 0;
    for (Event e : a.events()) {
      writeEvent(ev, a, e, i++);
    }

    RowWriter quo = w.get("quotes");
    i = 0;
    for (Quote q : a.quotes()) {
      quo.begin();
      quo.str(doc).num(i++).str(q.text()).num(q.start()).num(q.end()).num(q.sentence()).str(q.speakerName())
          .str(q.speakerCode() == null ? null : q.speakerCode().value()).str(q.speakerActorId()).str(q.rule());
      quo.end();
    }

    RowWriter dat = w.get("dates");
    i = 0;
    for (TimeExpression t : a.dates()) {
      dat.begin();
      dat.str(doc).num(i++).str(t.text()).num(t.start()).num(t.end()).num(t.sentence()).str(t.type()).str(t.value());
      dat.end();
    }

    RowWriter pla = w.get("places");
    i = 0;
    for (Place p : a.places()) {
      pla.begin();
      pla.str(doc).num(i++).str(p.text()).num(p.start()).num(p.end()).str(p.name()).str(p.country())
          .nullableNum(p.latitude()).nullableNum(p.longitude()).str(p.role());
      pla.end();
    }

    RowWriter err = w.get("errors");
    i = 0;
    for (DocumentError y : a.errors()) {
      err.begin();
      err.str(doc).num(i++).str(y.kind()).str(y.message()).timestamp(now);
      err.end();
    }
  }

  private static void writeEvent(RowWriter ev, CodedArticle a, Event e, int idx) throws SQLException {
    ev.begin();
    ev.str(e.eventId()).str(e.docId()).num(idx).num(e.sentence()).date(e.date()).str(e.dateText()).str(e.dateRule())
        .bool(e.background());
    Participant s = e.source();
    ev.str(s.text()).num(s.start()).num(s.end()).str(s.code().value()).str(emptyToNull(s.country())).strings(s.sectors())
        .str(s.name()).str(s.actorId());
    Participant t = e.target();
    if (t == null) {
      ev.nulls(8);
    } else {
      ev.str(t.text()).num(t.start()).num(t.end()).str(t.code().value()).str(emptyToNull(t.country()))
          .strings(t.sectors()).str(t.name()).str(t.actorId());
    }
    ev.str(e.cameo().value()).str(e.cameo().root()).num(e.quadClass().number()).num(e.goldstein())
        .str(e.ploverType().name()).str(e.ploverMode());
    Place p = e.place();
    if (p == null) {
      ev.nulls(8);
    } else {
      ev.str(p.text()).num(p.start()).num(p.end()).str(p.name()).str(p.country()).nullableNum(p.latitude())
          .nullableNum(p.longitude()).str(p.role());
    }
    Provenance pr = e.provenance();
    ev.str(pr.triggerText()).num(pr.trigger().start()).num(pr.trigger().end()).str(pr.ruleId())
        .str(pr.dictionaryVersion()).str(pr.coderVersion()).str(pr.annotator()).num(pr.confidence())
        .str(sentenceText(a, e.sentence()));
    ev.end();
  }

  private static String sentenceText(CodedArticle a, int sentence) {
    if (sentence < 0 || sentence >= a.sentences().size()) {
      return null;
    }
    Span s = a.sentences().get(sentence);
    return s.end() <= a.article().text().length() ? s.of(a.article().text()) : null;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String mentionsJson(List<Mention> mentions) {
    ArrayNode arr = F.arrayNode();
    for (Mention m : mentions) {
      ObjectNode o = arr.addObject();
      o.put("text", m.text());
      o.put("start", m.start());
      o.put("end", m.end());
      o.put("sentence", m.sentence());
      o.put("head", m.headToken());
      o.put("kind", m.kind());
    }
    return arr.toString();
  }

  // ------------------------------------------------------------------ ingest state

  /**
   * The documents among {@code hashById} (document id to content hash) that were stored by
   * {@link #applyIngest} from content with that hash by {@code coder} and not replaced or deleted
   * since, so an ingest can skip them. (A later {@link #put} or {@link #delete} of a document
   * takes it out.) One query for the whole map.
   */
  public java.util.Set<String> ingested(Map<String, String> hashById, String coder) {
    Objects.requireNonNull(hashById, "hashById");
    Objects.requireNonNull(coder, "coder");
    if (hashById.isEmpty()) {
      return java.util.Set.of();
    }
    List<String> ids = new ArrayList<>(hashById.keySet());
    List<String> hashes = new ArrayList<>();
    for (String id : ids) {
      hashes.add(Objects.requireNonNull(hashById.get(id), "hash of " + id));
    }
    return read("checking which of " + docList(ids) + " are ingested", c -> {
      java.util.Set<String> out = new java.util.HashSet<>();
      try (PreparedStatement p = c.prepareStatement("SELECT i.doc_id FROM ingested i "
          + "JOIN articles a ON a.doc_id = i.doc_id AND a.coded_at = i.coded_at "
          + "JOIN (SELECT unnest(CAST(? AS VARCHAR[])) AS d, unnest(CAST(? AS VARCHAR[])) AS h) q "
          + "ON q.d = i.doc_id AND q.h = i.content_hash WHERE i.coder = ?")) {
        p.setObject(1, c.createArrayOf("VARCHAR", ids.toArray()));
        p.setObject(2, c.createArrayOf("VARCHAR", hashes.toArray()));
        p.setString(3, coder);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  /**
   * One step of an ingest for {@link #applyIngest}: a coded article with the hash of the content
   * it was coded from, or a document's error; optionally marking an item of a watched feed seen.
   * Immutable.
   *
   * @param article the coded article to store (its errors must be empty), or null
   * @param contentHash the content hash for an article step, else null
   * @param origin where the document was read, may be null
   * @param error the error of an error step, else null (both null: a step that only marks a feed item)
   * @param feed the watched feed whose item this is, or null
   * @param feedItem the feed item id to mark seen, or null
   */
  public record IngestStep(
      CodedArticle article, String contentHash, String origin, DocumentError error, String feed, String feedItem) {
    public IngestStep {
      if (article != null && error != null) {
        throw new IllegalArgumentException("an ingest step has an article or an error, not both");
      }
      if (article == null && error == null && feed == null) {
        throw new IllegalArgumentException("an ingest step needs an article, an error or a feed item");
      }
      if (article != null) {
        Objects.requireNonNull(contentHash, "contentHash");
      }
      if ((feed == null) != (feedItem == null)) {
        throw new IllegalArgumentException("feed and feedItem go together");
      }
    }

    /** Stores {@code a}, coded from content with hash {@code contentHash}. */
    public static IngestStep stored(CodedArticle a, String contentHash, String origin) {
      return new IngestStep(Objects.requireNonNull(a, "article"), contentHash, origin, null, null, null);
    }

    /** Records {@code e} for its document. */
    public static IngestStep failed(DocumentError e, String origin) {
      return new IngestStep(null, null, origin, Objects.requireNonNull(e, "error"), null, null);
    }

    /** Only marks item {@code itemId} of {@code feed} seen (its article is already stored). */
    public static IngestStep seen(String feedUrl, String itemId) {
      return new IngestStep(null, null, null, null, Objects.requireNonNull(feedUrl, "feed"),
          Objects.requireNonNull(itemId, "itemId"));
    }

    /** The same step, also marking item {@code itemId} of {@code feed} seen. */
    public IngestStep seenIn(String feedUrl, String itemId) {
      return new IngestStep(article, contentHash, origin, error, Objects.requireNonNull(feedUrl, "feed"),
          Objects.requireNonNull(itemId, "itemId"));
    }
  }

  /**
   * Applies ingest steps in order, all in one transaction: a crash leaves all of them or none.
   * An article step replaces every row of its document (as {@link #put}) and notes its content
   * hash and {@code coder} for {@link #ingested}. An error step records the error as
   * {@link #recordError} does, unless the document already has an error of the same kind and
   * message or is stored as an article (whose rows are kept): so a rerun records nothing twice.
   * A step with a feed item marks it seen for {@link #isFeedItemSeen}.
   *
   * @throws IllegalArgumentException when two events of one article share an id (nothing is written)
   * @throws StoreException when the database refuses the rows (nothing is written)
   */
  public void applyIngest(List<IngestStep> steps, String coder) {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(coder, "coder");
    if (steps.isEmpty()) {
      return;
    }
    for (IngestStep st : steps) {
      if (st.article() != null) {
        java.util.Set<String> eventIds = new java.util.HashSet<>();
        for (Event e : st.article().events()) {
          if (!eventIds.add(e.eventId())) {
            throw new IllegalArgumentException("store " + location + ": event id " + e.eventId()
                + " occurs twice in document " + st.article().docId() + "; nothing was written");
          }
        }
      }
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    List<String> docs = new ArrayList<>();
    for (IngestStep st : steps) {
      docs.add(st.article() != null ? st.article().docId() : st.error() != null ? st.error().docId() : st.feedItem());
    }
    synchronized (writeLock) {
      DuckDBConnection c = writer();
      try {
        applySteps(c, steps, coder, now);
        commitWrite(c);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw new StoreException("store " + location + ": storing " + docList(docs) + " failed, nothing was written: "
            + e.getMessage(), e);
      }
    }
  }

  /**
   * Applies the steps with a few bulk statements and the same result as applying them one by one:
   * the last article of a document wins and drops the document's errors; an error is kept only
   * when its document is not stored as an article (in the store or earlier in the batch) and the
   * same error is not there yet.
   */
  private static void applySteps(DuckDBConnection c, List<IngestStep> steps, String coder, LocalDateTime now)
      throws SQLException {
    List<String> errorDocs = new ArrayList<>();
    for (IngestStep st : steps) {
      if (st.error() != null) {
        errorDocs.add(st.error().docId());
      }
    }
    java.util.Set<String> storedArticles = new java.util.HashSet<>();
    Map<String, java.util.Set<String>> storedErrors = new HashMap<>();
    Map<String, Integer> nextIdx = new HashMap<>();
    if (!errorDocs.isEmpty()) {
      java.sql.Array ids = c.createArrayOf("VARCHAR", errorDocs.toArray());
      try (PreparedStatement p = c.prepareStatement(
          "SELECT doc_id FROM articles WHERE doc_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
        p.setObject(1, ids);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            storedArticles.add(rs.getString(1));
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "SELECT doc_id, idx, kind, message FROM errors WHERE doc_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
        p.setObject(1, ids);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            storedErrors.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>())
                .add(rs.getString(3) + "\n" + rs.getString(4));
            nextIdx.merge(rs.getString(1), rs.getInt(2) + 1, Math::max);
          }
        }
      }
    }
    LinkedHashMap<String, IngestStep> puts = new LinkedHashMap<>();
    LinkedHashMap<String, List<DocumentError>> newErrors = new LinkedHashMap<>();
    List<String[]> seen = new ArrayList<>();
    for (IngestStep st : steps) {
      if (st.article() != null) {
        String d = st.article().docId();
        puts.remove(d);
        puts.put(d, st);
        newErrors.remove(d);
      } else if (st.error() != null) {
        DocumentError e = st.error();
        String d = e.docId();
        boolean asArticle = puts.containsKey(d) || storedArticles.contains(d);
        boolean known = storedErrors.getOrDefault(d, java.util.Set.of()).contains(e.kind() + "\n" + e.message());
        List<DocumentError> mine = newErrors.getOrDefault(d, List.of());
        boolean again = mine.stream().anyMatch(x -> x.kind().equals(e.kind()) && x.message().equals(e.message()));
        if (!asArticle && !known && !again) {
          newErrors.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
        }
      }
      if (st.feed() != null) {
        seen.add(new String[] {st.feed(), st.feedItem()});
      }
    }
    if (!puts.isEmpty()) {
      deleteDocs(c, puts.keySet());
      List<CodedArticle> articles = new ArrayList<>();
      List<String> hashes = new ArrayList<>();
      List<String> origins = new ArrayList<>();
      for (IngestStep st : puts.values()) {
        articles.add(st.article());
        hashes.add(st.contentHash());
        origins.add(st.origin());
      }
      write(c, articles, now);
      java.sql.Array ids = c.createArrayOf("VARCHAR", puts.keySet().toArray());
      try (PreparedStatement p = c.prepareStatement(
          "DELETE FROM ingested WHERE doc_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
        p.setObject(1, ids);
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO ingested SELECT d, h, ?, o, ? FROM (SELECT "
          + "unnest(CAST(? AS VARCHAR[])) AS d, unnest(CAST(? AS VARCHAR[])) AS h, unnest(CAST(? AS VARCHAR[])) AS o)")) {
        p.setString(1, coder);
        p.setObject(2, now);
        p.setObject(3, ids);
        p.setObject(4, c.createArrayOf("VARCHAR", hashes.toArray()));
        p.setObject(5, c.createArrayOf("VARCHAR", origins.toArray()));
        p.executeUpdate();
      }
    }
    if (!newErrors.isEmpty()) {
      List<Object> d = new ArrayList<>();
      List<Object> idx = new ArrayList<>();
      List<Object> kind = new ArrayList<>();
      List<Object> msg = new ArrayList<>();
      for (Map.Entry<String, List<DocumentError>> e : newErrors.entrySet()) {
        int i = nextIdx.getOrDefault(e.getKey(), 0);
        for (DocumentError x : e.getValue()) {
          d.add(x.docId());
          idx.add(i++);
          kind.add(x.kind());
          msg.add(x.message());
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO errors SELECT d, i, k, m, ? FROM (SELECT "
          + "unnest(CAST(? AS VARCHAR[])) AS d, unnest(CAST(? AS INTEGER[])) AS i, unnest(CAST(? AS VARCHAR[])) AS k, "
          + "unnest(CAST(? AS VARCHAR[])) AS m)")) {
        p.setObject(1, now);
        p.setObject(2, c.createArrayOf("VARCHAR", d.toArray()));
        p.setObject(3, c.createArrayOf("INTEGER", idx.toArray()));
        p.setObject(4, c.createArrayOf("VARCHAR", kind.toArray()));
        p.setObject(5, c.createArrayOf("VARCHAR", msg.toArray()));
        p.executeUpdate();
      }
    }
    if (!seen.isEmpty()) {
      List<Object> f = new ArrayList<>();
      List<Object> i = new ArrayList<>();
      for (String[] x : seen) {
        f.add(x[0]);
        i.add(x[1]);
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO feed_items SELECT DISTINCT q.f, q.i, CAST(? AS TIMESTAMP) "
          + "FROM (SELECT unnest(CAST(? AS VARCHAR[])) AS f, unnest(CAST(? AS VARCHAR[])) AS i) q "
          + "WHERE NOT EXISTS (SELECT 1 FROM feed_items x WHERE x.feed = q.f AND x.item_id = q.i)")) {
        p.setObject(1, now);
        p.setObject(2, c.createArrayOf("VARCHAR", f.toArray()));
        p.setObject(3, c.createArrayOf("VARCHAR", i.toArray()));
        p.executeUpdate();
      }
    }
  }

  /**
   * What the last poll of a watched feed left: the HTTP validators for the next conditional
   * request and a short status. Immutable.
   *
   * @param etag the ETag the server sent, or null
   * @param lastModified the Last-Modified header the server sent, or null
   * @param status a short status of the last poll, e.g. {@code "not modified"}, or null
   */
  public record FeedState(String feed, String etag, String lastModified, String status, LocalDateTime polledAt) {
    public FeedState {
      Objects.requireNonNull(feed, "feed");
    }
  }

  /** The state the last poll of {@code feed} saved, if any. */
  public Optional<FeedState> feedState(String feed) {
    Objects.requireNonNull(feed, "feed");
    return read("reading the state of feed " + feed, c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT etag, last_modified, status, polled_at FROM feeds WHERE feed = ?")) {
        p.setString(1, feed);
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new FeedState(feed, rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getObject(4, LocalDateTime.class)));
        }
      }
    });
  }

  /** Saves the state of a poll of {@code feed}, replacing the previous one. */
  public void saveFeedState(String feed, String etag, String lastModified, String status) {
    Objects.requireNonNull(feed, "feed");
    synchronized (writeLock) {
      DuckDBConnection c = writer();
      try {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM feeds WHERE feed = ?")) {
          p.setString(1, feed);
          p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO feeds VALUES (?, ?, ?, ?, ?)")) {
          p.setString(1, feed);
          p.setString(2, etag);
          p.setString(3, lastModified);
          p.setString(4, status);
          p.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
          p.executeUpdate();
        }
        commitWrite(c);
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        throw new StoreException("store " + location + ": saving the state of feed " + feed + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** True when item {@code itemId} of {@code feed} was marked seen by an {@link #applyIngest} step. */
  public boolean isFeedItemSeen(String feed, String itemId) {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(itemId, "itemId");
    return read("reading the items of feed " + feed, c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM feed_items WHERE feed = ? AND item_id = ?")) {
        p.setString(1, feed);
        p.setString(2, itemId);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          return rs.getLong(1) > 0;
        }
      }
    });
  }

  // ------------------------------------------------------------------ reading articles

  /** The stored article {@code docId}, as it was put. */
  public Optional<CodedArticle> article(String docId) {
    Objects.requireNonNull(docId, "docId");
    return read("reading document " + docId, c -> {
      Article article;
      String coderVersion;
      List<Span> sentences = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT doc_id, date, title, url, source, text, coder_version, sentences FROM articles WHERE doc_id = ?")) {
        p.setString(1, docId);
        try (ResultSet rs = p.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          article = new Article(rs.getString(1), rs.getString(6), rs.getObject(2, LocalDate.class), rs.getString(3),
              rs.getString(4), rs.getString(5));
          coderVersion = rs.getString(7);
          for (JsonNode s : parseJson(rs.getString(8), docId)) {
            sentences.add(new Span(s.get(0).intValue(), s.get(1).intValue()));
          }
        }
      }
      List<Actor> actors = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT actor_id, name, code, role, type, code_source, mentions "
          + "FROM actors WHERE doc_id = ? ORDER BY idx")) {
        p.setString(1, docId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : parseJson(rs.getString(7), docId)) {
              mentions.add(new Mention(m.get("text").textValue(), m.get("start").intValue(), m.get("end").intValue(),
                  m.get("sentence").intValue(), m.get("head").intValue(), m.get("kind").textValue()));
            }
            actors.add(new Actor(rs.getString(1), rs.getString(2), ActorCode.of(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), mentions));
          }
        }
      }
      List<Event> events = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT " + EVENT_COLUMNS + " FROM events WHERE doc_id = ? ORDER BY idx")) {
        p.setString(1, docId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            events.add(readEvent(rs));
          }
        }
      }
      List<Quote> quotes = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT text, \"start\", \"end\", sentence, speaker_name, speaker_code, "
          + "speaker_actor_id, rule FROM quotes WHERE doc_id = ? ORDER BY idx")) {
        p.setString(1, docId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            quotes.add(readQuote(rs, 1));
          }
        }
      }
      List<TimeExpression> dates = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT text, \"start\", \"end\", sentence, type, value FROM dates WHERE doc_id = ? ORDER BY idx")) {
        p.setString(1, docId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            dates.add(new TimeExpression(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getString(6)));
          }
        }
      }
      List<Place> places = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT text, \"start\", \"end\", name, country, lat, lon, role FROM places WHERE doc_id = ? ORDER BY idx")) {
        p.setString(1, docId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            places.add(new Place(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                getDouble(rs, 6), getDouble(rs, 7), rs.getString(8)));
          }
        }
      }
      List<DocumentError> errors = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT doc_id, kind, message FROM errors WHERE doc_id = ? ORDER BY idx")) {
        p.setString(1, docId);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            errors.add(new DocumentError(rs.getString(1), rs.getString(2), rs.getString(3)));
          }
        }
      }
      return Optional.of(new CodedArticle(article, sentences, actors, events, quotes, dates, places, errors, coderVersion));
    });
  }

  /** The ids of all stored articles, sorted. */
  public List<String> docIds() {
    return read("listing documents", c -> {
      List<String> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT doc_id FROM articles ORDER BY doc_id")) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  public long countArticles() {
    return countRows("SELECT count(*) FROM articles");
  }

  public long countEvents() {
    return countRows("SELECT count(*) FROM events");
  }

  public long countErrors() {
    return countRows("SELECT count(*) FROM errors");
  }

  /** Stored document errors, oldest first. */
  public List<DocumentError> errors(int limit, int offset) {
    checkPage(limit, offset);
    return read("listing errors", c -> {
      List<DocumentError> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(
          "SELECT doc_id, kind, message FROM errors ORDER BY \"at\", doc_id, idx LIMIT ? OFFSET ?")) {
        p.setInt(1, limit);
        p.setInt(2, offset);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new DocumentError(rs.getString(1), rs.getString(2), rs.getString(3)));
          }
        }
      }
      return out;
    });
  }

  private long countRows(String sql) {
    return read(sql, c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  // ------------------------------------------------------------------ event queries

  /**
   * One page of the events matching {@code q}, in its sort order. A page of up to
   * {@value #LATE_ROWS} events is found by its keys first (filter, sort and page over the sort
   * columns and the event id), then its rows are read by event id; larger pages in one query.
   */
  public List<Event> events(EventQuery q) {
    Objects.requireNonNull(q, "query");
    EventSql w = EventSql.of(q);
    return read("querying events", c -> page(c, q, w));
  }

  /** How many events match {@code q} (ignoring its sort and page); answers are kept until the next write. */
  public long count(EventQuery q) {
    Objects.requireNonNull(q, "query");
    checkOpen();
    EventSql w = EventSql.of(q);
    long seen;
    synchronized (counts) {
      Long n = counts.get(w);
      if (n != null) {
        return n;
      }
      seen = writes;
    }
    long n = read("counting events", c -> countRows(c, w));
    keepCount(w, n, seen);
    return n;
  }

  /** A page of events and the number of events matching the query's filters. */
  public record EventPage(List<Event> events, long total) {
    public EventPage {
      events = List.copyOf(events);
      if (total < events.size()) {
        throw new IllegalArgumentException("total " + total + " is less than the page's " + events.size() + " events");
      }
    }
  }

  /**
   * {@link #events} and {@link #count} of {@code q} in one read (one snapshot). The total is not
   * counted when the page shows it (a short page that is not past the end) or when it is known
   * from an earlier count since the last write.
   */
  public EventPage eventPage(EventQuery q) {
    Objects.requireNonNull(q, "query");
    checkOpen();
    EventSql w = EventSql.of(q);
    Long known;
    long seen;
    synchronized (counts) {
      known = counts.get(w);
      seen = writes;
    }
    EventPage page = read("querying events", c -> {
      List<Event> events = page(c, q, w);
      long total;
      if (events.size() < q.limit() && (!events.isEmpty() || q.offset() == 0)) {
        total = (long) q.offset() + events.size();
      } else if (known != null) {
        total = known;
      } else {
        total = countRows(c, w);
      }
      return new EventPage(events, total);
    });
    if (known == null) {
      keepCount(w, page.total(), seen);
    }
    return page;
  }

  /**
   * How many writes have committed since the store was opened; grows with every write. An
   * {@link EventIndex} built at a smaller count is stale.
   */
  public long writeCount() {
    synchronized (counts) {
      return writes;
    }
  }

  /** Feeds every stored event with the columns the index filters on to {@code b}, in one read (one snapshot). */
  void scanEvents(EventIndex.Builder b) {
    int n = Schema.COLUMNS.get("events").size();
    read("indexing events", c -> {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT " + EVENT_COLUMNS + ", array_to_string(source_sectors, chr(1)), "
              + "array_to_string(target_sectors, chr(1)) FROM events")) {
        while (rs.next()) {
          Event e = readEvent(rs);
          b.add(e, rs.getInt(ec("idx")), rs.getString(ec("source_country")), sectors(rs.getString(n + 1)),
              rs.getString(ec("target_country")), sectors(rs.getString(n + 2)), rs.getString(ec("cameo_root")),
              rs.getInt(ec("quad_class")), rs.getString(ec("sentence_text")));
        }
      }
      return null;
    });
  }

  private static List<String> sectors(String joined) {
    return joined == null ? null : joined.isEmpty() ? List.of() : List.of(joined.split("\u0001", -1));
  }

  private static long countRows(DuckDBConnection c, EventSql w) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events WHERE " + w.where)) {
      bind(p, w.params, 1);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Keeps a count read when no write has committed since {@code seen} (a later write empties the cache anyway). */
  private void keepCount(EventSql w, long n, long seen) {
    synchronized (counts) {
      if (writes == seen) {
        counts.put(w, n);
      }
    }
  }

  /** The page of {@code q} read on {@code c}: key first for small pages (see {@link #events}). */
  private List<Event> page(DuckDBConnection c, EventQuery q, EventSql w) throws SQLException {
    String from = " FROM events WHERE " + w.where + " ORDER BY " + EventSql.orderBy(q) + " LIMIT ? OFFSET ?";
    if (q.limit() > LATE_ROWS) {
      List<Event> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT " + EVENT_COLUMNS + from)) {
        int i = bind(p, w.params, 1);
        p.setInt(i++, q.limit());
        p.setInt(i, q.offset());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(readEvent(rs));
          }
        }
      }
      return out;
    }
    List<String> ids = new ArrayList<>(q.limit());
    try (PreparedStatement p = c.prepareStatement("SELECT event_id" + from)) {
      int i = bind(p, w.params, 1);
      p.setInt(i++, q.limit());
      p.setInt(i, q.offset());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    if (ids.isEmpty()) {
      return new ArrayList<>();
    }
    Map<String, Event> byId = new HashMap<>(ids.size() * 2);
    try (PreparedStatement p = c.prepareStatement(
        "SELECT " + EVENT_COLUMNS + " FROM events WHERE event_id IN (SELECT unnest(CAST(? AS VARCHAR[])))")) {
      p.setObject(1, c.createArrayOf("VARCHAR", ids.toArray()));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Event e = readEvent(rs);
          byId.put(e.eventId(), e);
        }
      }
    }
    List<Event> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      Event e = byId.get(id);
      if (e == null) {
        throw new StoreException("store " + location + ": event " + id + " of a page was not found by its id");
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Event counts per (source code, target code, period) among the events matching {@code q} that
   * have a target (and a date, unless the period is {@code all}), ordered by period, then count
   * descending, then codes; paged by the query's limit and offset (its sort is not used).
   *
   * @param period {@code day}, {@code week}, {@code month}, {@code year} or {@code all} (null = all)
   */
  public List<DyadCount> dyads(EventQuery q, String period) {
    Objects.requireNonNull(q, "query");
    Period per = Period.parse(period);
    EventSql w = EventSql.of(q);
    String sql = "SELECT source_code, target_code, " + per.sql + " AS period_start, count(*) AS n, avg(goldstein) AS g "
        + "FROM events WHERE " + w.where + " AND target_code IS NOT NULL"
        + (per == Period.ALL ? "" : " AND date IS NOT NULL")
        + " GROUP BY source_code, target_code, period_start"
        + " ORDER BY period_start NULLS FIRST, n DESC, source_code, target_code LIMIT ? OFFSET ?";
    return read("counting dyads", c -> {
      List<DyadCount> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int i = bind(p, w.params, 1);
        p.setInt(i++, q.limit());
        p.setInt(i, q.offset());
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new DyadCount(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4),
                rs.getDouble(5)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Dated events matching {@code q} counted per period and quad class, one point for every period
   * from the first to the last that has events (empty periods have zero counts). The query's
   * sort, limit and offset are not used.
   *
   * @param period {@code day}, {@code week}, {@code month} or {@code year}
   */
  public List<TimelinePoint> timeline(EventQuery q, String period) {
    Objects.requireNonNull(q, "query");
    Period per = Period.parse(Objects.requireNonNull(period, "period"));
    if (per == Period.ALL) {
      throw new IllegalArgumentException("a timeline needs a period of day, week, month or year, not 'all'");
    }
    EventSql w = EventSql.of(q);
    String sql = "SELECT " + per.sql + " AS period_start, count(*), "
        + "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
        + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4) "
        + "FROM events WHERE " + w.where + " AND date IS NOT NULL GROUP BY period_start ORDER BY period_start";
    List<TimelinePoint> found = read("building a timeline", c -> {
      List<TimelinePoint> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, w.params, 1);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new TimelinePoint(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6)));
          }
        }
      }
      return out;
    });
    List<TimelinePoint> filled = new ArrayList<>();
    LocalDate expected = null;
    for (TimelinePoint t : found) {
      while (expected != null && expected.isBefore(t.periodStart())) {
        filled.add(new TimelinePoint(expected, 0, 0, 0, 0, 0));
        expected = per.next(expected);
      }
      filled.add(t);
      expected = per.next(t.periodStart());
    }
    return filled;
  }

  // ------------------------------------------------------------------ actors and quotes

  /**
   * Actors by name and code across articles, most frequent first.
   *
   * @param nameOrCode case-insensitive substring of the name, or prefix of the code; null or blank = all
   */
  public List<ActorSummary> actors(String nameOrCode, int limit, int offset) {
    checkPage(limit, offset);
    NameOrCodeFilter f = NameOrCodeFilter.typed(nameOrCode);
    String sql = "WITH ev AS ("
        + " SELECT doc_id, actor_id, count(*) AS n FROM ("
        + "  SELECT doc_id, source_actor_id AS actor_id FROM events WHERE source_actor_id IS NOT NULL"
        + "  UNION ALL SELECT doc_id, target_actor_id FROM events WHERE target_actor_id IS NOT NULL)"
        + " GROUP BY doc_id, actor_id) "
        + "SELECT a.name, a.code, mode(a.role), min(ar.date), max(ar.date), count(DISTINCT a.doc_id), coalesce(sum(ev.n), 0) "
        + "FROM actors a JOIN articles ar ON ar.doc_id = a.doc_id "
        + "LEFT JOIN ev ON ev.doc_id = a.doc_id AND ev.actor_id = a.actor_id "
        + f.where("a.name", "a.code")
        + "GROUP BY a.name, a.code ORDER BY count(DISTINCT a.doc_id) DESC, a.name, a.code LIMIT ? OFFSET ?";
    return read("listing actors", c -> {
      List<ActorSummary> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        f.bindPage(p, limit, offset);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getLong(7)));
          }
        }
      }
      return out;
    });
  }

  /** Quotes whose speaker matches, newest article first; see {@link #quoteHitsBySpeaker}. */
  public List<Quote> quotesBySpeaker(String speakerNameOrCode, int limit, int offset) {
    List<Quote> out = new ArrayList<>();
    for (QuoteHit h : quoteHitsBySpeaker(speakerNameOrCode, limit, offset)) {
      out.add(h.quote());
    }
    return out;
  }

  /**
   * Quotes with their document, newest article first (then document and position).
   *
   * @param speakerNameOrCode case-insensitive substring of the speaker's name, or prefix of the
   *     speaker's code; null or blank = every quote
   */
  public List<QuoteHit> quoteHitsBySpeaker(String speakerNameOrCode, int limit, int offset) {
    checkPage(limit, offset);
    NameOrCodeFilter f = NameOrCodeFilter.typed(speakerNameOrCode);
    String sql = "SELECT q.text, q.\"start\", q.\"end\", q.sentence, q.speaker_name, q.speaker_code, q.speaker_actor_id, "
        + "q.rule, q.doc_id, ar.date FROM quotes q LEFT JOIN articles ar ON ar.doc_id = q.doc_id "
        + f.where("q.speaker_name", "q.speaker_code")
        + "ORDER BY ar.date DESC NULLS LAST, q.doc_id, q.idx LIMIT ? OFFSET ?";
    return read("listing quotes", c -> {
      List<QuoteHit> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        f.bindPage(p, limit, offset);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(new QuoteHit(rs.getString(9), rs.getObject(10, LocalDate.class), readQuote(rs, 1)));
          }
        }
      }
      return out;
    });
  }

  // ------------------------------------------------------------------ export

  /**
   * Writes every event matching {@code q} (in its sort order, ignoring its limit and offset) with
   * all event columns to {@code file} using DuckDB's {@code COPY}. Parent directories are created;
   * an existing file is replaced. For {@link ExportFormat#PARQUET_BY_MONTH} {@code file} is a
   * directory, which must be missing or empty, and the rows get {@code year} and {@code month}
   * partition columns.
   */
  public void exportEvents(EventQuery q, Path file, ExportFormat f) {
    Objects.requireNonNull(q, "query");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(f, "format");
    Path abs = file.toAbsolutePath().normalize();
    try {
      if (f == ExportFormat.PARQUET_BY_MONTH) {
        if (Files.exists(abs)) {
          if (!Files.isDirectory(abs)) {
            throw new StoreException("export to " + abs + ": exists and is not a directory");
          }
          try (Stream<Path> s = Files.list(abs)) {
            if (s.findAny().isPresent()) {
              throw new StoreException("export to " + abs + ": directory is not empty; choose a new or empty directory");
            }
          }
        }
        Files.createDirectories(abs);
      } else if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("export to " + abs + ": " + e.getMessage(), e);
    }
    EventSql w = EventSql.of(q);
    String select = "SELECT * EXCLUDE (idx)"
        + (f == ExportFormat.PARQUET_BY_MONTH ? ", year(date) AS year, month(date) AS month" : "")
        + " FROM events WHERE " + w.where + " ORDER BY " + EventSql.orderBy(q);
    String options;
    switch (f) {
      case CSV: options = "FORMAT CSV, HEADER"; break;
      case PARQUET: options = "FORMAT PARQUET"; break;
      default: options = "FORMAT PARQUET, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE"; break;
    }
    String sql = "COPY (" + select + ") TO " + sqlString(abs.toString()) + " (" + options + ")";
    read("exporting events to " + abs, c -> {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        bind(p, w.params, 1);
        p.execute();
      }
      return null;
    });
  }

  /** A SQL string literal: the path is ours to quote (COPY takes no parameter for it). */
  private static String sqlString(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  // ------------------------------------------------------------------ row mapping

  /** 1-based position of each events column in a row selected as {@link #EVENT_COLUMNS}. */
  private static final Map<String, Integer> EVENT_COLUMN = new HashMap<>();

  static {
    List<String> cols = Schema.COLUMNS.get("events");
    for (int i = 0; i < cols.size(); i++) {
      EVENT_COLUMN.put(cols.get(i), i + 1);
    }
  }

  private static int ec(String column) {
    return EVENT_COLUMN.get(column);
  }

  /**
   * The event in the current row of {@code rs}, whose first columns are {@link #EVENT_COLUMNS} in
   * that order (read by position: looking columns up by name cost more than the rest of the row).
   */
  static Event readEvent(ResultSet rs) throws SQLException {
    String docId = rs.getString(ec("doc_id"));
    int sentence = rs.getInt(ec("sentence"));
    Participant source = new Participant(rs.getString(ec("source_text")), rs.getInt(ec("source_start")),
        rs.getInt(ec("source_end")), ActorCode.of(rs.getString(ec("source_code"))), rs.getString(ec("source_name")),
        rs.getString(ec("source_actor_id")));
    Participant target = null;
    String targetCode = rs.getString(ec("target_code"));
    if (targetCode != null) {
      target = new Participant(rs.getString(ec("target_text")), rs.getInt(ec("target_start")),
          rs.getInt(ec("target_end")), ActorCode.of(targetCode), rs.getString(ec("target_name")),
          rs.getString(ec("target_actor_id")));
    }
    Place place = null;
    String placeText = rs.getString(ec("place_text"));
    if (placeText != null) {
      place = new Place(placeText, rs.getInt(ec("place_start")), rs.getInt(ec("place_end")),
          rs.getString(ec("place_name")), rs.getString(ec("place_country")), getDouble(rs, ec("place_lat")),
          getDouble(rs, ec("place_lon")), rs.getString(ec("place_role")));
    }
    Provenance prov = new Provenance(docId, sentence,
        new Span(rs.getInt(ec("trigger_start")), rs.getInt(ec("trigger_end"))), rs.getString(ec("trigger_text")),
        source.span(), target == null ? null : target.span(), rs.getString(ec("rule_id")),
        rs.getString(ec("dictionary_version")), rs.getString(ec("coder_version")), rs.getString(ec("annotator")),
        rs.getDouble(ec("confidence")));
    return new Event(rs.getString(ec("event_id")), docId, sentence, rs.getObject(ec("date"), LocalDate.class),
        rs.getString(ec("date_text")), rs.getString(ec("date_rule")), rs.getBoolean(ec("background")), source, target,
        CameoCode.of(rs.getString(ec("cameo_code"))), rs.getDouble(ec("goldstein")),
        PloverType.valueOf(rs.getString(ec("plover_type"))), rs.getString(ec("plover_mode")), place, prov);
  }

  /** A quote from 8 columns starting at {@code i}: text, start, end, sentence, speaker name, code, actor id, rule. */
  private static Quote readQuote(ResultSet rs, int i) throws SQLException {
    String code = rs.getString(i + 5);
    return new Quote(rs.getString(i), rs.getInt(i + 1), rs.getInt(i + 2), rs.getInt(i + 3), rs.getString(i + 4),
        code == null ? null : ActorCode.of(code), rs.getString(i + 6), rs.getString(i + 7));
  }

  private static Double getDouble(ResultSet rs, int col) throws SQLException {
    double d = rs.getDouble(col);
    return rs.wasNull() ? null : d;
  }

  private JsonNode parseJson(String s, String docId) {
    try {
      return JSON.readTree(s);
    } catch (JsonProcessingException e) {
      throw new StoreException("store " + location + ": document " + docId + " has a malformed JSON column: "
          + e.getOriginalMessage(), e);
    }
  }

  // ------------------------------------------------------------------ plumbing

  @FunctionalInterface
  interface Work<T> {
    T run(DuckDBConnection c) throws SQLException;
  }

  /** Read-only work for classes of this package (see {@link #read}). */
  <T> T readWork(String what, Work<T> work) {
    return read(what, work);
  }

  /**
   * Work on the writer connection under the write lock, for classes of this package: committed
   * when it returns, rolled back when it throws.
   */
  <T> T writeWork(String what, Work<T> work) {
    synchronized (writeLock) {
      DuckDBConnection c = writer();
      try {
        T result = work.run(c);
        commitWrite(c);
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        if (e instanceof StoreException) {
          throw (StoreException) e;
        }
        throw new StoreException("store " + location + ": " + what + " failed, nothing was written: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Runs read-only work in one transaction (a consistent snapshot) on a pooled read connection,
   * which goes back to the pool when the transaction ended cleanly.
   */
  private <T> T read(String what, Work<T> work) {
    DuckDBConnection c;
    try {
      c = acquire();
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": " + what + " failed: " + e.getMessage(), e);
    }
    boolean reusable = false;
    try {
      T result = work.run(c);
      c.commit();
      reusable = true;
      return result;
    } catch (SQLException e) {
      reusable = rolledBack(c, e);
      throw new StoreException("store " + location + ": " + what + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      reusable = rolledBack(c, e);
      throw e;
    } finally {
      release(c, reusable);
    }
  }

  /** An idle read connection, or a new one in manual-commit mode. */
  private DuckDBConnection acquire() throws SQLException {
    checkOpen();
    DuckDBConnection c = idle.pollFirst();
    if (c != null) {
      idleCount.decrementAndGet();
      return c;
    }
    c = db.duplicate();
    try {
      c.setAutoCommit(false);
    } catch (SQLException e) {
      closeQuietly(c);
      throw e;
    }
    return c;
  }

  /** Gives a read connection back to the pool, or closes it (not reusable, pool full or store closed). */
  private void release(DuckDBConnection c, boolean reusable) {
    if (reusable && !closed) {
      if (idleCount.incrementAndGet() <= READ_POOL) {
        idle.offerFirst(c);
        if (!closed || !idle.remove(c)) {
          return; // pooled, or close() took it from the pool and closed it
        }
      } else {
        idleCount.decrementAndGet();
      }
    }
    closeQuietly(c);
  }

  private static boolean rolledBack(DuckDBConnection c, Exception cause) {
    try {
      c.rollback();
      return true;
    } catch (SQLException e) {
      cause.addSuppressed(e);
      return false;
    }
  }

  /** Commits a write on the writer connection and forgets the counts kept (see {@link #count}). */
  private void commitWrite(DuckDBConnection c) throws SQLException {
    try {
      c.commit();
    } finally {
      synchronized (counts) {
        writes++;
        counts.clear();
      }
    }
  }

  /** The writing connection; call only while holding {@link #writeLock}. */
  private DuckDBConnection writer() {
    checkOpen();
    return writer;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("store " + location + " is closed");
    }
  }

  static int bind(PreparedStatement p, List<Object> params, int first) throws SQLException {
    int i = first;
    for (Object o : params) {
      if (o instanceof String) {
        p.setString(i++, (String) o);
      } else if (o instanceof Integer) {
        p.setInt(i++, (Integer) o);
      } else if (o instanceof Double) {
        p.setDouble(i++, (Double) o);
      } else if (o instanceof LocalDate) {
        p.setObject(i++, o);
      } else {
        throw new IllegalStateException("unexpected parameter type " + o.getClass());
      }
    }
    return i;
  }

  private static void checkPage(int limit, int offset) {
    if (limit < 1 || limit > EventQuery.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in [1," + EventQuery.MAX_LIMIT + "], got " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
  }

  private static void rollbackQuietly(DuckDBConnection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static String docList(Collection<String> ids) {
    if (ids.size() == 1) {
      return "document " + ids.iterator().next();
    }
    List<String> first = new ArrayList<>();
    for (String id : ids) {
      if (first.size() == 5) {
        break;
      }
      first.add(id);
    }
    return ids.size() + " documents " + first + (ids.size() > 5 ? "..." : "");
  }

  private void closeQuietly() {
    closeQuietly(db);
  }

  private static void closeQuietly(DuckDBConnection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing
    }
  }

  /** Closes the database; idempotent. */
  @Override
  public void close() {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      synchronized (counts) {
        counts.clear();
      }
      for (DuckDBConnection c; (c = idle.pollFirst()) != null; ) {
        closeQuietly(c);
      }
      try {
        try {
          writer.rollback();
        } finally {
          writer.close();
        }
        db.close();
      } catch (SQLException e) {
        throw new StoreException("store " + location + ": close failed: " + e.getMessage(), e);
      }
    }
  }
}
