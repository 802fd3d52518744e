package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Provenance;
import org.dyad.testkit.CodedArticleBuilder;
import org.dyad.testkit.DyadAssertions;
import org.dyad.testkit.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing, reading, replacing, transactions, persistence and concurrency of {@link DyadStore}. */
class DyadStoreTest {
  private static final CodedArticle SAMPLE = SampleArticles.diplomacy();

  private static long scalar(Path file, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void putAndGetGivesTheOriginalRecord() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.put(SAMPLE);
      CodedArticle back = store.article(SAMPLE.docId()).orElseThrow();
      assertEquals(SAMPLE, back);
      DyadAssertions.assertValidCodedArticle(back);
      // every corpus article too, including one without meta data
      for (CodedArticle a : Corpus.articles()) {
        store.put(a);
        assertEquals(a, store.article(a.docId()).orElseThrow());
      }
      assertEquals(Optional.empty(), store.article("no-such-doc"));
      assertEquals(List.of("d1", "d2", "d3", "d4", "d5", "d6", SAMPLE.docId()), store.docIds());
      assertEquals(7, store.countArticles());
      assertEquals(14, store.countEvents());
      assertEquals(1, store.countErrors());
    }
  }

  @Test
  void textWithQuotesUnicodeAndNoDateRoundTrips() {
    CodedArticle a = CodedArticleBuilder.article("odd'id;--", null, "Ελλάδα's \"leader\" condemned Türkiye\ttoday.")
        .actor("A1", "Greek leader", "GRCGOV", "PERSON", "leader")
        .actor("A2", "Türkiye", "TUR", "COUNTRY", "Türkiye")
        .event(0, "condemned", "leader", "Türkiye", "122").date(LocalDate.of(2022, 2, 2), null, "RULE").add()
        .build();
    try (DyadStore store = DyadStore.inMemory()) {
      store.put(a);
      assertEquals(a, store.article(a.docId()).orElseThrow());
    }
  }

  @Test
  void puttingTheSameArticleTwiceLeavesTheSameRows() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.put(SAMPLE);
      store.put(SAMPLE);
      store.putAll(List.of(SAMPLE, SAMPLE));
      assertEquals(1, store.countArticles());
      assertEquals(SAMPLE.events().size(), store.countEvents());
      assertEquals(1, store.countErrors());
      assertEquals(1, store.quotesBySpeaker(null, 10, 0).size());
      assertEquals(SAMPLE, store.article(SAMPLE.docId()).orElseThrow());
    }
  }

  @Test
  void recodingReplacesEveryRowOfTheDocument() {
    CodedArticle recoded = CodedArticleBuilder.article(SAMPLE.docId(), LocalDate.of(2021, 5, 17), "India warned Pakistan.")
        .meta("New title", null, null)
        .actor("A1", "India", "IND", "COUNTRY", "India")
        .actor("A2", "Pakistan", "PAK", "COUNTRY", "Pakistan")
        .event(0, "warned", "India", "Pakistan", "130").goldstein(-4.4).add()
        .coderVersion("test-coder-2")
        .build();
    try (DyadStore store = DyadStore.inMemory()) {
      store.put(Corpus.articles().get(0));
      store.put(SAMPLE);
      store.put(recoded);
      assertEquals(recoded, store.article(SAMPLE.docId()).orElseThrow());
      assertEquals(2, store.countArticles());
      assertEquals(3, store.countEvents());
      assertEquals(0, store.countErrors());
      assertEquals(List.of(), store.quotesBySpeaker(null, 10, 0));
      assertEquals(Corpus.articles().get(0), store.article("d1").orElseThrow(), "other documents untouched");
    }
  }

  @Test
  void theLastCopyOfADocumentInABatchWins() {
    CodedArticle other = Corpus.simple(SAMPLE.docId(), LocalDate.of(2020, 1, 1));
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(List.of(SAMPLE, Corpus.simple("x", LocalDate.of(2020, 1, 1)), other));
      assertEquals(other, store.article(SAMPLE.docId()).orElseThrow());
      assertEquals(2, store.countEvents());
    }
  }

  /** Small batches use prepared inserts, large ones appenders and staging tables: both must roll back. */
  @ParameterizedTest
  @ValueSource(ints = {0, 200})
  void aFailureInTheMiddleOfPutAllRollsEverythingBack(int extra) {
    CodedArticle stored = Corpus.simple("stored", LocalDate.of(2020, 1, 1));
    Event clash = stored.events().get(0);
    // a later document of the batch reuses the event id of a stored document: the database refuses it
    CodedArticle bad = Corpus.simple("bad", LocalDate.of(2020, 1, 2));
    Event e = bad.events().get(0);
    Provenance p = e.provenance();
    Event reused = new Event(clash.eventId(), e.docId(), e.sentence(), e.date(), e.dateText(), e.dateRule(),
        e.background(), e.source(), e.target(), e.cameo(), e.goldstein(), e.ploverType(), e.ploverMode(), e.place(), p);
    CodedArticle badWithClash = new CodedArticle(bad.article(), bad.sentences(), bad.actors(), List.of(reused),
        bad.quotes(), bad.dates(), bad.places(), bad.errors(), bad.coderVersion());
    try (DyadStore store = DyadStore.inMemory()) {
      store.put(stored);
      List<CodedArticle> batch = new ArrayList<>(Corpus.articles());
      for (int i = 0; i < extra; i++) {
        batch.add(Corpus.simple("extra-" + i, LocalDate.of(2020, 2, 1)));
      }
      batch.add(badWithClash);
      batch.add(Corpus.simple("after", LocalDate.of(2020, 1, 3)));
      StoreException ex = assertThrows(StoreException.class, () -> store.putAll(batch));
      assertTrue(ex.getMessage().contains("nothing was written") && ex.getMessage().contains((8 + extra) + " documents"),
          ex.getMessage());
      assertEquals(List.of("stored"), store.docIds());
      assertEquals(1, store.countEvents());
      assertEquals(stored, store.article("stored").orElseThrow());
      // and the store still works, on both paths
      store.putAll(Corpus.articles());
      assertEquals(7, store.countArticles());
      store.putAll(batch.subList(0, batch.size() - 2));
      assertEquals(7 + extra, store.countArticles());
    }
  }

  @Test
  void duplicateEventIdsInABatchAreRefusedBeforeWriting() {
    CodedArticle a = Corpus.simple("a", LocalDate.of(2020, 1, 1));
    CodedArticle twice = new CodedArticle(a.article(), a.sentences(), a.actors(), List.of(a.events().get(0), a.events().get(0)),
        a.quotes(), a.dates(), a.places(), a.errors(), a.coderVersion());
    try (DyadStore store = DyadStore.inMemory()) {
      IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> store.put(twice));
      assertTrue(ex.getMessage().contains(a.events().get(0).eventId()), ex.getMessage());
      assertEquals(0, store.countArticles());
    }
  }

  @Test
  void recordedErrorsStayUntilTheDocumentIsPut() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.recordError(new DocumentError("broken.txt", "ENCODING", "not UTF-8 at byte 12"));
      store.recordError(new DocumentError("broken.txt", "EMPTY", "no text after cleaning"));
      store.recordError(new DocumentError("d1", "DATE", "no publication date"));
      assertEquals(3, store.countErrors());
      assertEquals(0, store.countArticles());
      List<DocumentError> errors = store.errors(10, 0);
      assertEquals(List.of("ENCODING", "EMPTY", "DATE"), errors.stream().map(DocumentError::kind).toList());
      assertEquals(1, store.errors(1, 1).size());
      store.put(Corpus.articles().get(0));
      assertEquals(2, store.countErrors(), "putting d1 replaced its recorded error");
      assertEquals(List.of(), store.article("d1").orElseThrow().errors());
      store.put(SAMPLE);
      store.recordError(new DocumentError(SAMPLE.docId(), "LATE", "found later"));
      assertEquals(List.of("ANNOTATION", "LATE"),
          store.article(SAMPLE.docId()).orElseThrow().errors().stream().map(DocumentError::kind).toList());
    }
  }

  @Test
  void deleteRemovesEveryRow() {
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(List.of(SAMPLE, Corpus.articles().get(0)));
      assertTrue(store.delete(SAMPLE.docId()));
      assertFalse(store.delete(SAMPLE.docId()));
      assertEquals(List.of("d1"), store.docIds());
      assertEquals(2, store.countEvents());
      assertEquals(0, store.countErrors());
      assertEquals(0, store.actors("qureshi", 10, 0).size());
    }
  }

  @Test
  void aStoreFilePersistsAcrossReopening(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nested/dir/dyad.duckdb");
    try (DyadStore store = DyadStore.open(file)) {
      assertEquals(Schema.LATEST, store.schemaVersion());
      store.put(SAMPLE);
      store.putAll(Corpus.articles());
    }
    assertTrue(Files.isRegularFile(file));
    try (DyadStore store = DyadStore.open(file)) {
      assertEquals(SAMPLE, store.article(SAMPLE.docId()).orElseThrow());
      assertEquals(7, store.countArticles());
      assertEquals(14, store.countEvents());
      assertEquals(file.toAbsolutePath().normalize().toString(), store.location());
    }
    assertEquals(Schema.MIGRATIONS.size(), scalar(file, "SELECT count(*) FROM schema_version"), "migrations are applied once");
  }

  @Test
  void aFileFromANewerDyadIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("newer.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()); Statement s = c.createStatement()) {
      s.execute(Schema.VERSION_TABLE);
      s.execute("INSERT INTO schema_version VALUES (99, 'future', now())");
    }
    StoreException e = assertThrows(StoreException.class, () -> DyadStore.open(file));
    assertTrue(e.getMessage().contains("99") && e.getMessage().contains("newer"), e.getMessage());
  }

  @Test
  void aFileWithUnexpectedColumnsIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("odd.duckdb");
    try (DyadStore store = DyadStore.open(file)) {
      store.put(SAMPLE);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE quotes ADD COLUMN stray INTEGER");
    }
    StoreException e = assertThrows(StoreException.class, () -> DyadStore.open(file));
    assertTrue(e.getMessage().contains("quotes") && e.getMessage().contains("stray"), e.getMessage());
  }

  @Test
  void openRefusesADirectory(@TempDir Path dir) {
    StoreException e = assertThrows(StoreException.class, () -> DyadStore.open(dir));
    assertTrue(e.getMessage().contains("directory"), e.getMessage());
  }

  @Test
  void defaultLocationComesFromTheEnvironment() {
    assertEquals(Path.of("data", "dyad.duckdb"), DyadStore.defaultLocation(Map.of()));
    assertEquals(Path.of("data", "dyad.duckdb"), DyadStore.defaultLocation(Map.of(DyadStore.ENV_STORE, " ")));
    assertEquals(Path.of("/srv/dyad/events.duckdb"),
        DyadStore.defaultLocation(Map.of(DyadStore.ENV_STORE, "/srv/dyad/events.duckdb")));
  }

  @Test
  void aClosedStoreRefusesWork() {
    DyadStore store = DyadStore.inMemory();
    store.close();
    store.close();
    assertThrows(IllegalStateException.class, store::countEvents);
    assertThrows(IllegalStateException.class, () -> store.put(SAMPLE));
  }

  @Test
  void concurrentWritersAndReaders() throws Exception {
    int writers = 6;
    int perWriter = 40;
    try (DyadStore store = DyadStore.inMemory()) {
      ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          int writer = w;
          futures.add(pool.submit(() -> {
            for (int i = 0; i < perWriter; i++) {
              CodedArticle a = Corpus.simple("w" + writer + "-" + i, LocalDate.of(2020, 1, 1).plusDays(i));
              store.put(a);
              store.put(a);
            }
          }));
        }
        for (int r = 0; r < 2; r++) {
          futures.add(pool.submit(() -> {
            for (int i = 0; i < 50; i++) {
              long n = store.count(EventQuery.all());
              long m = store.countArticles();
              assertTrue(n >= 0 && m >= 0);
              store.events(EventQuery.builder().limit(5).build());
            }
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      assertEquals(writers * perWriter, store.countArticles());
      assertEquals(writers * perWriter, store.countEvents());
    }
  }

  @Test
  void aLargeBatchIsStoredInOneGo() {
    List<CodedArticle> batch = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      batch.add(Corpus.simple(String.format("bulk-%05d", i), LocalDate.of(2019, 1, 1).plusDays(i % 365)));
    }
    batch.add(SAMPLE);
    batch.addAll(Corpus.articles());
    try (DyadStore store = DyadStore.inMemory()) {
      store.putAll(batch);
      store.putAll(batch);
      assertEquals(2007, store.countArticles());
      assertEquals(2014, store.countEvents());
      assertEquals(batch.get(1234), store.article("bulk-01234").orElseThrow());
      for (CodedArticle a : batch.subList(2000, batch.size())) {
        assertEquals(a, store.article(a.docId()).orElseThrow(), "round trip through the staged path");
      }
    }
  }
}
