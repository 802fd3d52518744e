package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end with the real CoreNLP pipeline: a web page and a broken file in, coded events out; again: nothing to do. */
@Tag("corenlp")
class CoreNlpIngestTest {
  @TempDir
  Path tmp;

  @Test
  void ingestsAPageWithCoreNlpAndSkipsItTheSecondTime() throws Exception {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("page.html"), HostileCorpus.html(
        "France accused Germany of violating the trade agreement on Tuesday. Russia threatened Ukraine over the dam.",
        "Trade row", "https://news.example.org/2024/03/trade-row", LocalDate.of(2024, 3, 5), "utf-8", ""));
    Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, 3});
    Path store = tmp.resolve("s.duckdb");
    String[] args = {"ingest", dir.toString(), "--store", store.toString(), "-q"};
    String first = run(args);
    assertTrue(first.contains("2 documents: 1 coded"), first);
    assertTrue(first.contains("junk.bin [junk.bin]: BINARY"), first);
    try (DyadStore s = DyadStore.open(store)) {
      CodedArticle a = s.article(HostileCorpus.urlId("https://news.example.org/2024/03/trade-row")).orElseThrow();
      assertEquals("Trade row", a.article().title());
      assertTrue(a.events().stream().anyMatch(e -> e.source().code().value().startsWith("FRA")
          && e.target() != null && e.target().code().value().startsWith("DEU")), a.events().toString());
    }
    String second = run(args);
    assertTrue(second.contains("2 documents: 0 coded (0 events), 1 unchanged, 1 failed"), second);
  }

  private static String run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setErr(p);
      int code = Main.commandLine().execute(args);
      assertEquals(ExitCodes.SOME_FAILED, code, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
