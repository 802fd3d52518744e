package org.dyad.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole content of a store file as sorted text rows per table, for comparing two stores.
 * Opens the file itself (no other process may hold it). Test code only.
 */
final class StoreDump {
  private StoreDump() {}

  /** Columns that hold the time of writing, which two runs cannot share. */
  static final Set<String> TIME_COLUMNS = Set.of("coded_at", "at", "applied_at", "seen_at", "polled_at");

  /** Every table's rows, sorted; with {@code withTimes} false, time-of-writing columns are left out. */
  static Map<String, List<String>> dump(Path store, boolean withTimes) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              if (!withTimes && TIME_COLUMNS.contains(md.getColumnName(i))) {
                continue;
              }
              sb.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('\t');
            }
            rows.add(sb.toString());
          }
        }
        rows.sort(null);
        out.put(t, rows);
      }
    }
    return out;
  }

  /** Row counts per table. */
  static Map<String, Integer> counts(Map<String, List<String>> dump) {
    Map<String, Integer> m = new TreeMap<>();
    dump.forEach((k, v) -> m.put(k, v.size()));
    return m;
  }
}
