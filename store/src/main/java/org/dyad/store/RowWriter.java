package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows of one table column by column, in schema order, either through a DuckDB appender
 * (fast for large batches) or through a prepared {@code INSERT} (cheap to set up for a few rows).
 * Not thread-safe; owned by one write.
 */
abstract class RowWriter implements AutoCloseable {
  private long rows;

  /** Rows ended so far. */
  long rows() {
    return rows;
  }

  abstract void begin() throws SQLException;

  abstract RowWriter str(String v) throws SQLException;

  abstract RowWriter num(int v) throws SQLException;

  abstract RowWriter num(double v) throws SQLException;

  abstract RowWriter nullableNum(Double v) throws SQLException;

  abstract RowWriter bool(boolean v) throws SQLException;

  abstract RowWriter date(LocalDate v) throws SQLException;

  abstract RowWriter timestamp(LocalDateTime v) throws SQLException;

  abstract RowWriter strings(List<String> v) throws SQLException;

  abstract RowWriter nulls(int n) throws SQLException;

  void end() throws SQLException {
    finishRow();
    rows++;
  }

  abstract void finishRow() throws SQLException;

  @Override
  public abstract void close() throws SQLException;

  /** Appends to {@code catalog.main.table}. */
  static RowWriter appender(DuckDBConnection c, String catalog, String table) throws SQLException {
    return new Appending(c.createAppender(catalog, DuckDBConnection.DEFAULT_SCHEMA, table));
  }

  /** Inserts into {@code table}, which has {@code columns} columns, one statement per row. */
  static RowWriter insert(DuckDBConnection c, String table, int columns) throws SQLException {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES (");
    for (int i = 0; i < columns; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    return new Inserting(c, c.prepareStatement(sql.append(')').toString()), columns);
  }

  private static final class Appending extends RowWriter {
    private final DuckDBAppender a;

    Appending(DuckDBAppender a) {
      this.a = a;
    }

    @Override
    void begin() throws SQLException {
      a.beginRow();
    }

    @Override
    RowWriter str(String v) throws SQLException {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v);
      }
      return this;
    }

    @Override
    RowWriter num(int v) throws SQLException {
      a.append(v);
      return this;
    }

    @Override
    RowWriter num(double v) throws SQLException {
      a.append(v);
      return this;
    }

    @Override
    RowWriter nullableNum(Double v) throws SQLException {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v.doubleValue());
      }
      return this;
    }

    @Override
    RowWriter bool(boolean v) throws SQLException {
      a.append(v);
      return this;
    }

    @Override
    RowWriter date(LocalDate v) throws SQLException {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v);
      }
      return this;
    }

    @Override
    RowWriter timestamp(LocalDateTime v) throws SQLException {
      a.append(v);
      return this;
    }

    @Override
    RowWriter strings(List<String> v) throws SQLException {
      a.append(v);
      return this;
    }

    @Override
    RowWriter nulls(int n) throws SQLException {
      for (int i = 0; i < n; i++) {
        a.appendNull();
      }
      return this;
    }

    @Override
    void finishRow() throws SQLException {
      a.endRow();
    }

    @Override
    public void close() throws SQLException {
      a.close();
    }
  }

  private static final class Inserting extends RowWriter {
    private final DuckDBConnection c;
    private final PreparedStatement p;
    private final int columns;
    private int next;

    Inserting(DuckDBConnection c, PreparedStatement p, int columns) {
      this.c = c;
      this.p = p;
      this.columns = columns;
    }

    @Override
    void begin() {
      next = 1;
    }

    /** Binds the next parameter; DuckDB's driver binds strings, numbers, booleans, dates and times by their type. */
    private RowWriter put(Object v) throws SQLException {
      p.setObject(next++, v);
      return this;
    }

    @Override
    RowWriter str(String v) throws SQLException {
      return put(v);
    }

    @Override
    RowWriter num(int v) throws SQLException {
      return put(v);
    }

    @Override
    RowWriter num(double v) throws SQLException {
      return put(v);
    }

    @Override
    RowWriter nullableNum(Double v) throws SQLException {
      return put(v);
    }

    @Override
    RowWriter bool(boolean v) throws SQLException {
      return put(v);
    }

    @Override
    RowWriter date(LocalDate v) throws SQLException {
      return put(v);
    }

    @Override
    RowWriter timestamp(LocalDateTime v) throws SQLException {
      return put(v);
    }

    @Override
    RowWriter strings(List<String> v) throws SQLException {
      return put(c.createArrayOf("VARCHAR", v.toArray()));
    }

    @Override
    RowWriter nulls(int n) throws SQLException {
      for (int i = 0; i < n; i++) {
        put(null);
      }
      return this;
    }

    @Override
    void finishRow() throws SQLException {
      if (next != columns + 1) {
        throw new IllegalStateException("row has " + (next - 1) + " values, table has " + columns + " columns");
      }
      p.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
      p.close();
    }
  }
}
