package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting the same input again changes nothing in the store (not even a timestamp); a changed
 * document, or one replaced or deleted by other commands, is coded again, and only that one.
 */
class ReingestTest {
  @TempDir
  Path tmp;

  @Test
  void reingestIsANoOpAndOnlyChangedDocumentsAreCodedAgain() throws Exception {
    HostileCorpus.Corpus corpus = HostileCorpus.write(tmp.resolve("c"), 120, 7);
    int good = corpus.good().size();
    Path store = tmp.resolve("s.duckdb");
    String dir = corpus.dir().toString();

    FakeDyad.Result first = FakeDyad.run("ingest", dir, "--store", store.toString(), "-q");
    assertEquals(ExitCodes.SOME_FAILED, first.exitCode(), first.err());
    assertTrue(first.err().contains(good + " coded"), first.err());
    Map<String, List<String>> before = StoreDump.dump(store, true);

    FakeDyad.Result again = FakeDyad.run("ingest", dir, "--store", store.toString(), "-q");
    assertEquals(ExitCodes.SOME_FAILED, again.exitCode(), "bad documents are still reported");
    assertTrue(again.err().contains(" 0 coded (0 events), " + good + " unchanged, " + corpus.bad().size() + " failed"), again.err());
    assertEquals(before, StoreDump.dump(store, true), "a second ingest changes nothing, timestamps included");

    // change one text, replace one stored document by another command, delete one
    HostileCorpus.Good changed = corpus.good().stream().filter(g -> g.docId().startsWith("doc-")).findFirst().orElseThrow();
    Files.writeString(Path.of(changed.file()), Files.readString(Path.of(changed.file())) + " Egypt thanked Israel.");
    String replaced;
    String deleted;
    try (DyadStore s = DyadStore.open(store)) {
      List<String> ids = corpus.good().stream().map(HostileCorpus.Good::docId).filter(id -> id.startsWith("j-")).toList();
      replaced = ids.get(0);
      deleted = ids.get(1);
      CodedArticle a = s.article(replaced).orElseThrow();
      s.put(a);
      assertTrue(s.delete(deleted));
    }
    FakeDyad.Result third = FakeDyad.run("ingest", dir, "--store", store.toString(), "-q");
    assertTrue(third.err().contains(" 3 coded "), third.err());
    assertTrue(third.err().contains((good - 3) + " unchanged"), third.err());
    Map<String, List<String>> after = StoreDump.dump(store, true);
    assertEquals(before.get("articles").size(), after.get("articles").size());
    assertNotEquals(before.get("articles"), after.get("articles"));
    long changedRows = after.get("articles").stream().filter(r -> !before.get("articles").contains(r)).count();
    assertEquals(3, changedRows, "only the three documents are rewritten");
    assertEquals(before.get("errors"), after.get("errors"), "errors are not recorded twice");
  }

  @Test
  void whenTwoDocumentsShareAnIdTheLastWinsOnEveryRun() throws Exception {
    Path dir = tmp.resolve("dup");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"same\", \"text\": \"France accused Germany.\", \"date\": \"2024-01-01\"}\n"
        + "{\"id\": \"other\", \"text\": \"Kenya praised Uganda.\", \"date\": \"2024-01-01\"}\n"
        + "{\"id\": \"same\", \"text\": \"Russia threatened Ukraine.\", \"date\": \"2024-01-02\"}\n");
    Path store = tmp.resolve("dup.duckdb");
    for (int run = 0; run < 2; run++) {
      FakeDyad.Result r = FakeDyad.run("ingest", dir.toString(), "--store", store.toString(), "-q");
      assertEquals(ExitCodes.OK, r.exitCode(), r.err());
      try (DyadStore s = DyadStore.open(store)) {
        assertEquals("Russia threatened Ukraine.", s.article("same").orElseThrow().article().text(), "run " + run);
        assertEquals(2, s.countArticles());
      }
    }
  }
}
