package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of {@code dyad ingest} of 1,000 articles (plus some bad documents), three
 * times at different points, then a run to the end: the store is exactly the store of one clean
 * run (every row of every table, leaving out only the times of writing), and it opens after every
 * kill. The ingests run in child JVMs ({@link FakeDyad} as main class) that are killed with
 * {@link Process#destroyForcibly()}, which is SIGKILL on Linux.
 */
class CrashSafetyTest {
  private static final Pattern PROGRESS = Pattern.compile("^(\\d+) articles, ");

  @TempDir
  Path tmp;

  @Test
  void killedAndRerunEqualsCleanRun() throws Exception {
    Path corpus = tmp.resolve("corpus");
    int articles = writeCorpus(corpus);
    assertEquals(1000, articles);

    Path clean = tmp.resolve("clean.duckdb");
    FakeDyad.Result c = FakeDyad.run("ingest", corpus.toString(), "--store", clean.toString());
    assertEquals(ExitCodes.SOME_FAILED, c.exitCode(), c.err());
    assertTrue(c.err().contains("1000 coded"), c.err());

    Path store = tmp.resolve("killed.duckdb");
    long[] killAt = {250, 520, 860};
    List<String> finished = new ArrayList<>();
    for (long at : killAt) {
      Child ch = start(corpus, store);
      long seen = ch.awaitProgress(at);
      ch.process.destroyForcibly();
      assertTrue(ch.process.waitFor(30, TimeUnit.SECONDS));
      assertFalse(ch.finishedNormally(), "the run was killed before it ended");
      try (DyadStore s = DyadStore.open(store)) {
        long n = s.countArticles();
        finished.add(seen + " seen, " + n + " stored");
        assertTrue(n < 1000, "killed before the end: " + n);
      }
    }
    Child last = start(corpus, store);
    assertEquals(ExitCodes.SOME_FAILED, last.process.waitFor(120, TimeUnit.SECONDS) ? last.process.exitValue() : -1);
    String summary = last.summary();
    Matcher m = Pattern.compile("(\\d+) coded \\(\\d+ events\\), (\\d+) unchanged").matcher(summary);
    assertTrue(m.find(), summary);
    assertTrue(Long.parseLong(m.group(2)) > 0, "the rerun skips what is stored: " + summary);
    assertEquals(1000, Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)), summary);

    Map<String, List<String>> want = StoreDump.dump(clean, false);
    Map<String, List<String>> got = StoreDump.dump(store, false);
    assertEquals(StoreDump.counts(want), StoreDump.counts(got));
    for (String table : want.keySet()) {
      assertEquals(want.get(table), got.get(table), "table " + table);
    }
    assertEquals(1000, want.get("articles").size());
    assertTrue(want.get("events").size() > 1000);
    System.out.println("crash safety: kills at " + finished + "; last run: " + summary + "; rows " + StoreDump.counts(got));
  }

  /** 700 text files with sidecars, 50 JSON-lines files of 6 articles, 20 bad files, 5 bad lines. */
  static int writeCorpus(Path dir) throws IOException {
    int n = 0;
    for (int i = 0; i < 700; i++) {
      Path sub = dir.resolve("t" + (i / 100));
      Files.createDirectories(sub);
      Files.writeString(sub.resolve("a" + i + ".txt"), HostileCorpus.articleText(i));
      Files.writeString(sub.resolve("a" + i + ".meta.json"),
          "{\"id\": \"txt-" + i + "\", \"date\": \"" + HostileCorpus.dateOf(i) + "\"}");
      n++;
      if (i % 35 == 0) {
        Files.write(sub.resolve("junk" + i + ".bin"), new byte[] {0, 1, 2, 3, (byte) i});
      }
    }
    Files.createDirectories(dir.resolve("j"));
    for (int f = 0; f < 50; f++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 6; k++) {
        int i = 10_000 + f * 6 + k;
        sb.append("{\"id\": \"jl-").append(i).append("\", \"text\": ").append(HostileCorpus.jsonString(HostileCorpus.articleText(i)))
            .append(", \"date\": \"").append(HostileCorpus.dateOf(i)).append("\"}\n");
        n++;
      }
      if (f % 10 == 3) {
        sb.append("{\"id\": \"broken\n");
      }
      Files.writeString(dir.resolve("j").resolve("batch" + f + ".jsonl"), sb);
    }
    return n;
  }

  /** A child JVM running the ingest, its stderr collected line by line. */
  private record Child(Process process, BlockingQueue<String> lines, List<String> all) {
    long awaitProgress(long atLeast) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line == null) {
          continue;
        }
        Matcher m = PROGRESS.matcher(line);
        if (m.find() && Long.parseLong(m.group(1)) >= atLeast) {
          return Long.parseLong(m.group(1));
        }
      }
      throw new AssertionError("no progress to " + atLeast + " within 120 s: " + all);
    }

    boolean finishedNormally() {
      synchronized (all) {
        return all.stream().anyMatch(l -> l.startsWith("dyad: ingest: "));
      }
    }

    String summary() throws InterruptedException {
      for (int i = 0; i < 50 && !finishedNormally(); i++) {
        Thread.sleep(100);
      }
      synchronized (all) {
        return all.stream().filter(l -> l.startsWith("dyad: ingest: ")).findFirst().orElse("no summary in " + all);
      }
    }
  }

  private static Child start(Path corpus, Path store) throws IOException {
    FakeDyad.Spawned c = FakeDyad.spawn("1g", "ingest", corpus.toString(), "--store", store.toString(), "--threads", "2");
    return new Child(c.process(), c.lines(), c.all());
  }
}
