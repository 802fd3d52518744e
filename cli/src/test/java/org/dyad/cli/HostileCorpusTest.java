package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} over a generated hostile corpus (10,000 files by default; system property
 * {@code dyad.hostile.files} changes it) with the fast fake annotator: no crash, exit code 1, every
 * bad document listed with its reason on stderr, in the failures file and in the store's errors
 * table, every good one coded and stored.
 */
class HostileCorpusTest {
  @TempDir
  Path tmp;

  @Test
  void everyBadDocumentIsListedAndEveryGoodOneStored() throws Exception {
    int files = Integer.getInteger("dyad.hostile.files", 10_000);
    long t0 = System.nanoTime();
    HostileCorpus.Corpus corpus = HostileCorpus.write(tmp.resolve("corpus"), files, 42);
    long t1 = System.nanoTime();
    Path store = tmp.resolve("hostile.duckdb");
    Path failures = tmp.resolve("failures.jsonl");
    FakeDyad.Result r = FakeDyad.run("ingest", corpus.dir().toString(), "--store", store.toString(),
        "--failures", failures.toString(), "--threads", "2");
    long t2 = System.nanoTime();
    check(corpus, r.exitCode(), r.err(), store, failures);
    System.out.printf("hostile corpus: %d files (%.1f MB), kinds %s; %d good records, %d bad; generated in %.1f s,"
            + " ingested in %.1f s; %s%n",
        corpus.files(), corpus.bytes() / 1e6, corpus.kinds(), corpus.good().size(), corpus.bad().size(), (t1 - t0) / 1e9,
        (t2 - t1) / 1e9, lastLine(r.err()));
  }

  /**
   * Checks a finished ingest of {@code corpus}: exit code 1, every bad record in the failures file
   * with its expected kind and a reason and on stderr, the errors table holding exactly the
   * reported documents, every good record stored with events. Also used by {@link HostileBench}.
   */
  static void check(HostileCorpus.Corpus corpus, int exitCode, String err, Path store, Path failures) throws Exception {
    FakeDyad.Result r = new FakeDyad.Result(exitCode, "", err);
    assertEquals(ExitCodes.SOME_FAILED, r.exitCode(), () -> tail(r.err()));

    // every bad record is in the failures file with the expected kind and a reason
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> reported = new HashMap<>();
    for (String line : Files.readAllLines(failures)) {
      JsonNode n = json.readTree(line);
      reported.put(n.get("origin").asText(), n);
    }
    Set<String> expectedBad = new TreeSet<>();
    for (HostileCorpus.Bad b : corpus.bad()) {
      expectedBad.add(b.origin());
      JsonNode n = reported.get(b.origin());
      assertTrue(n != null, () -> "not reported: " + b);
      if (b.kind() != null) {
        assertEquals(b.kind(), n.get("kind").asText(), () -> b + " reported as " + n);
      }
      assertTrue(n.get("message").asText().length() > 10, () -> "no clear reason: " + n);
      assertTrue(r.err().contains("dyad: skipped " + b.origin()), () -> "not on stderr: " + b);
    }
    assertEquals(expectedBad, new TreeSet<>(reported.keySet()), "reported failures = expected bad documents");

    // every good record is stored and coded; the errors table holds the bad ones
    Set<String> goodIds = new HashSet<>();
    corpus.good().forEach(g -> goodIds.add(g.docId()));
    assertEquals(corpus.good().size(), goodIds.size(), "generated ids are unique");
    try (DyadStore s = DyadStore.open(store)) {
      assertEquals(new TreeSet<>(goodIds), new TreeSet<>(s.docIds()), "stored = good");
      assertTrue(s.countEvents() >= goodIds.size(), "each generated article has coded events: " + s.countEvents());
      Set<String> errorDocs = new HashSet<>();
      s.errors(100_000, 0).forEach(e -> errorDocs.add(e.docId()));
      Set<String> reportedIds = new HashSet<>();
      reported.values().forEach(n -> reportedIds.add(n.get("doc_id").asText()));
      assertEquals(reportedIds, errorDocs, "errors table = reported failures");
    }
  }

  static String tail(String s) {
    return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
  }

  static String lastLine(String s) {
    List<String> lines = s.lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
