package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.QuadClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and Parquet exports, read back with DuckDB. */
class ExportTest {
  private DyadStore store;
  @TempDir
  Path dir;

  @BeforeEach
  void fill() {
    store = DyadStore.inMemory();
    store.putAll(Corpus.articles());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static List<String> column(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static String lit(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  @Test
  void csvHasAHeaderTheFilteredRowsAndCodesAsText() throws Exception {
    Path csv = dir.resolve("out/conflict.csv");
    store.exportEvents(EventQuery.builder().quadClass(QuadClass.MATERIAL_CONFLICT).sort("goldstein", false).limit(1).build(),
        csv, ExportFormat.CSV);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(4, lines.size(), "header and three events (limit is ignored by exports)");
    assertTrue(lines.get(0).startsWith("event_id,doc_id,sentence,date,"), lines.get(0));
    assertTrue(!lines.get(0).contains("idx"), lines.get(0));
    assertEquals(List.of("173", "190", "195"),
        column("SELECT cameo_code FROM read_csv(" + lit(csv) + ", all_varchar = true) ORDER BY cameo_code"));

    Path all = dir.resolve("all.csv");
    store.exportEvents(EventQuery.all(), all, ExportFormat.CSV);
    assertEquals(List.of("010", "040", "051"), column("SELECT cameo_code FROM read_csv(" + lit(all)
        + ", all_varchar = true) ORDER BY cameo_code LIMIT 3"), "leading zeros survive");
    // an existing file is replaced
    store.exportEvents(EventQuery.builder().docId("d4").build(), all, ExportFormat.CSV);
    assertEquals(List.of("2"), column("SELECT count(*) FROM read_csv(" + lit(all) + ")"));
  }

  @Test
  void parquetKeepsTypes() throws Exception {
    Path pq = dir.resolve("events.parquet");
    store.exportEvents(EventQuery.all(), pq, ExportFormat.PARQUET);
    assertEquals(List.of("10"), column("SELECT count(*) FROM read_parquet(" + lit(pq) + ")"));
    assertEquals(List.of("040"), column("SELECT cameo_code FROM read_parquet(" + lit(pq) + ") WHERE doc_id = 'd4' AND sentence = 0"));
    assertEquals(List.of("DATE"), column("SELECT typeof(date) FROM read_parquet(" + lit(pq) + ") LIMIT 1"));
    assertEquals(List.of("[GOV]"), column("SELECT CAST(source_sectors AS VARCHAR) FROM read_parquet(" + lit(pq)
        + ") WHERE source_code = 'PAKGOV'"));
    // the query's sort order is kept
    assertEquals(List.of("gave"), column("SELECT trigger_text FROM read_parquet(" + lit(pq) + ") LIMIT 1 OFFSET 7"));
  }

  @Test
  void parquetPartitionedByYearAndMonth() throws Exception {
    Path out = dir.resolve("by-month");
    store.exportEvents(EventQuery.all(), out, ExportFormat.PARQUET_BY_MONTH);
    assertTrue(Files.isDirectory(out.resolve("year=2021").resolve("month=1")));
    assertTrue(Files.isDirectory(out.resolve("year=2021").resolve("month=3")));
    String glob = lit(out.resolve("**").resolve("*.parquet"));
    assertEquals(List.of("10"), column("SELECT count(*) FROM read_parquet(" + glob + ", hive_partitioning = true)"));
    assertEquals(List.of("5"), column("SELECT count(*) FROM read_parquet(" + glob
        + ", hive_partitioning = true) WHERE year = 2021 AND month = 1"));
    StoreException e = assertThrows(StoreException.class,
        () -> store.exportEvents(EventQuery.all(), out, ExportFormat.PARQUET_BY_MONTH));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
  }

  @Test
  void awkwardPathsAreQuoted() throws Exception {
    Path odd = dir.resolve("it's a dir").resolve("o'k.csv");
    store.exportEvents(EventQuery.builder().docId("d1").build(), odd, ExportFormat.CSV);
    assertEquals(3, Files.readAllLines(odd).size());
  }
}
