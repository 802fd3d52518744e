package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir
  Path tmp;
  private final Configuration conf = new Configuration();

  @BeforeEach
  void files() throws Exception {
    OtherSchemeFileSystem.register(conf);
    Files.createDirectories(tmp.resolve("news/b"));
    Files.createDirectories(tmp.resolve("news/.git"));
    Files.createDirectories(tmp.resolve("news/_temporary"));
    Files.writeString(tmp.resolve("news/z.txt"), "z");
    Files.writeString(tmp.resolve("news/z.meta.json"), "{}");
    Files.writeString(tmp.resolve("news/a.jsonl"), "{}");
    Files.writeString(tmp.resolve("news/b/c.txt.gz"), "c");
    Files.writeString(tmp.resolve("news/b/c.txt.meta.json"), "{}");
    Files.writeString(tmp.resolve("news/b/page.html"), "<html>");
    Files.writeString(tmp.resolve("news/.hidden.txt"), "h");
    Files.writeString(tmp.resolve("news/.git/config"), "g");
    Files.writeString(tmp.resolve("news/_SUCCESS"), "");
    Files.writeString(tmp.resolve("news/_temporary/part"), "p");
  }

  private static List<String> names(InputFiles.Listing l) {
    return l.files().stream().map(f -> f.uri().substring(f.uri().indexOf("/news/") + 6)).toList();
  }

  @Test
  void aFolderIsWalkedInSortedOrderSkippingHiddenBookkeepingAndSidecars() throws Exception {
    InputFiles.Listing l = InputFiles.list(conf, tmp.resolve("news").toString(), InputFormat.AUTO);
    assertEquals(List.of("a.jsonl", "b/c.txt.gz", "b/page.html", "z.txt"), names(l));
    assertFalse(l.parquet());
    FileRef z = l.files().get(3);
    assertEquals(1, z.sidecars().size());
    assertTrue(z.sidecars().get(0).endsWith("news/z.meta.json"), z.sidecars()::toString);
    assertEquals(1, z.size());
    FileRef c = l.files().get(1);
    assertTrue(c.sidecars().get(0).endsWith("news/b/c.txt.meta.json"), c.sidecars()::toString);
    assertTrue(l.files().get(0).sidecars().isEmpty());
  }

  @Test
  void theFormatChoosesFilesByName() throws Exception {
    assertEquals(List.of("a.jsonl"), names(InputFiles.list(conf, tmp.resolve("news").toString(), InputFormat.JSONL)));
    assertEquals(List.of("b/c.txt.gz", "z.txt"), names(InputFiles.list(conf, tmp.resolve("news").toString(), InputFormat.TEXT)));
    assertTrue(InputFiles.list(conf, tmp.resolve("news").toString(), InputFormat.PARQUET).files().isEmpty());
  }

  @Test
  void anyHadoopFileSystemAndGlobs() throws Exception {
    InputFiles.Listing l = InputFiles.list(conf, OtherSchemeFileSystem.uri(tmp.resolve("news")), InputFormat.AUTO);
    assertEquals(4, l.files().size());
    assertTrue(l.files().get(0).uri().startsWith(OtherSchemeFileSystem.SCHEME + ":"), l.files().get(0).uri());
    assertTrue(l.files().get(3).sidecars().get(0).startsWith(OtherSchemeFileSystem.SCHEME + ":"));
    InputFiles.Listing g = InputFiles.list(conf, tmp.resolve("news").toString() + "/*.txt", InputFormat.AUTO);
    assertEquals(List.of("z.txt"), names(g));
    assertEquals(1, g.files().get(0).sidecars().size());
  }

  @Test
  void parquetIsRecognised() throws Exception {
    Files.createDirectories(tmp.resolve("pq"));
    Files.writeString(tmp.resolve("pq/part-0.snappy.parquet"), "x");
    Files.writeString(tmp.resolve("pq/_SUCCESS"), "");
    assertTrue(InputFiles.list(conf, tmp.resolve("pq").toString(), InputFormat.AUTO).parquet());
  }

  @Test
  void missingInputsAndMismatchedFilesAreUsageErrors() {
    var e1 = assertThrows(SparkJobOptions.UsageException.class,
        () -> InputFiles.list(conf, tmp.resolve("none").toString(), InputFormat.AUTO));
    assertTrue(e1.getMessage().startsWith("no such file or folder"), e1.getMessage());
    var e2 = assertThrows(SparkJobOptions.UsageException.class,
        () -> InputFiles.list(conf, tmp.resolve("news/*.csv").toString(), InputFormat.AUTO));
    assertTrue(e2.getMessage().startsWith("no file matches"), e2.getMessage());
    var e3 = assertThrows(SparkJobOptions.UsageException.class,
        () -> InputFiles.list(conf, tmp.resolve("news/z.txt").toString(), InputFormat.JSONL));
    assertTrue(e3.getMessage().contains("--format jsonl does not take 'z.txt'"), e3.getMessage());
  }

  @Test
  void sidecarCandidatesFollowDyadsRule() {
    assertEquals(List.of("/d/a.meta.json", "/d/a.txt.meta.json"),
        InputFiles.sidecarCandidates(new org.apache.hadoop.fs.Path("/d/a.txt.gz")));
    assertEquals(List.of("/d/README.meta.json"), InputFiles.sidecarCandidates(new org.apache.hadoop.fs.Path("/d/README")));
  }
}
