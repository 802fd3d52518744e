package org.dyad.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dyad.actors.KnownActor;
import org.dyad.actors.KnownActors;
import org.dyad.actors.KnownActorsTsv;
import org.dyad.model.ActorCode;
import org.duckdb.DuckDBConnection;

/**
 * The persons Dyad knows across articles, kept in the store's {@code known_actors} table:
 * learned from articles that introduce someone with a title, or imported from a curated list.
 * Reviewable ({@code dyad actors}), exportable as TSV, never letting a learned entry override a
 * curated one.
 *
 * <p><b>NOTE:</b> thread-safe as the store is; the store is borrowed, not owned.
 */
public final class KnownActorStore {
  private static final String TABLE = "CREATE TABLE IF NOT EXISTS known_actors (name VARCHAR NOT NULL, code VARCHAR NOT NULL, "
      + "role VARCHAR, first_seen DATE, last_seen DATE, origin VARCHAR NOT NULL, status VARCHAR NOT NULL, source_doc VARCHAR, "
      + "PRIMARY KEY (name, code, origin))";

  private final DyadStore store;

  private KnownActorStore(DyadStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public static KnownActorStore of(DyadStore store) {
    KnownActorStore k = new KnownActorStore(store);
    store.writeWork("creating the known_actors table", c -> {
      try (Statement s = c.createStatement()) {
        s.execute(TABLE);
      }
      return null;
    });
    return k;
  }

  /** Every entry, as a snapshot the resolver can use. */
  public KnownActors load() {
    return KnownActors.of(list(null, Integer.MAX_VALUE, 0));
  }

  /** Entries whose name or code contains {@code filter} (null: all), by name. */
  public List<KnownActor> list(String filter, int limit, int offset) {
    return store.readWork("reading known actors", c -> {
      NameOrCodeFilter f = new NameOrCodeFilter(filter);
      String sql = "SELECT name, code, role, first_seen, last_seen, origin, status, source_doc FROM known_actors "
          + f.where("name", "code")
          + "ORDER BY name, origin, code LIMIT ? OFFSET ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        f.bindPage(ps, limit, offset);
        List<KnownActor> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new KnownActor(rs.getString(1), ActorCode.of(rs.getString(2)), rs.getString(3), date(rs.getDate(4)),
                date(rs.getDate(5)), rs.getString(6), rs.getString(7), rs.getString(8)));
          }
        }
        return out;
      }
    });
  }

  /**
   * Records what articles taught: new persons are added, known ones have their dates widened;
   * persons a curated entry names are left alone. Returns how many entries are new.
   */
  public int record(Collection<KnownActor> learned) {
    if (learned.isEmpty()) {
      return 0;
    }
    KnownActors before = load();
    KnownActors after = before.withLearned(learned);
    int added = after.entries().size() - before.entries().size();
    upsert(after.entries().stream().filter(k -> KnownActor.LEARNED.equals(k.origin())).toList());
    return added;
  }

  /** Adds or replaces entries as they are (curated imports, status changes). */
  public void upsert(Collection<KnownActor> entries) {
    store.writeWork("writing known actors", c -> {
      write(c, entries);
      return null;
    });
  }

  private static void write(DuckDBConnection c, Collection<KnownActor> entries) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO known_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (KnownActor k : entries) {
        ps.setString(1, k.name());
        ps.setString(2, k.code().value());
        ps.setString(3, k.role());
        ps.setObject(4, k.firstSeen());
        ps.setObject(5, k.lastSeen());
        ps.setString(6, k.origin());
        ps.setString(7, k.status());
        ps.setString(8, k.sourceDoc());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Sets the status of every entry with this name (ACTIVE or REJECTED); returns how many changed. */
  public int setStatus(String name, String status) {
    if (!KnownActor.ACTIVE.equals(status) && !KnownActor.REJECTED.equals(status)) {
      throw new IllegalArgumentException("status must be ACTIVE or REJECTED, not " + status);
    }
    return store.writeWork("changing a known actor's status", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE known_actors SET status = ? WHERE lower(name) = lower(?)")) {
        ps.setString(1, status);
        ps.setString(2, name);
        return ps.executeUpdate();
      }
    });
  }

  /** Writes every entry as TSV ({@link KnownActorsTsv}). */
  public int exportTsv(Path file) {
    List<KnownActor> all = list(null, Integer.MAX_VALUE, 0);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      KnownActorsTsv.write(all, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return all.size();
  }

  /**
   * Reads entries from a TSV ({@link KnownActorsTsv}; origin and status may be empty: CURATED and
   * ACTIVE) and stores them. Throws {@link IllegalArgumentException} naming the file and line for a
   * malformed row; nothing is stored then.
   */
  public int importTsv(Path file) {
    List<KnownActor> entries;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      entries = KnownActorsTsv.read(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    upsert(entries);
    return entries.size();
  }



  private static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }


}
