package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dyad.ingest.IngestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file as the executors do, on the local file system and on another one. */
class FileDocsTest {
  @TempDir
  Path tmp;

  private static List<InputDoc> all(java.util.Iterator<InputDoc> it) {
    List<InputDoc> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private List<InputDoc> read(String input, IngestOptions o) throws Exception {
    Configuration conf = new Configuration();
    OtherSchemeFileSystem.register(conf);
    List<InputDoc> out = new ArrayList<>();
    for (FileRef f : InputFiles.list(conf, input, InputFormat.AUTO).files()) {
      out.addAll(all(FileDocs.read(f, o, conf)));
    }
    return out;
  }

  @Test
  void aTextFileOnAnotherFileSystemKeepsItsSidecarAndItsDateFromTheName() throws Exception {
    Files.writeString(tmp.resolve("talks.txt"), "Armenia and Azerbaijan held talks.");
    Files.writeString(tmp.resolve("talks.meta.json"), "{\"id\": \"talks-1\", \"date\": \"2023-03-08\", \"source\": \"Wire\"}");
    Files.writeString(tmp.resolve("report-2022-11-15.txt"), "Police arrested protesters.");
    Files.writeString(tmp.resolve("empty.txt"), "");
    IngestOptions o = IngestOptions.defaults();

    List<InputDoc> remote = read(OtherSchemeFileSystem.uri(tmp), o);
    List<InputDoc> local = read(tmp.toString(), o);

    assertEquals(3, remote.size());
    for (int i = 0; i < 3; i++) {
      InputDoc r = remote.get(i);
      InputDoc l = local.get(i);
      assertEquals(l.docId(), r.docId());
      assertEquals(l.date(), r.date());
      assertEquals(l.source(), r.source());
      assertEquals(l.text(), r.text());
      assertEquals(l.errorKind(), r.errorKind());
      assertTrue(r.origin().startsWith(OtherSchemeFileSystem.SCHEME + ":"), r.origin());
      assertTrue(l.origin().startsWith(tmp.toString()), l.origin());
    }
    InputDoc talks = remote.stream().filter(d -> d.docId().equals("talks-1")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2023, 3, 8), talks.date());
    assertEquals("Wire", talks.source());
    assertEquals(LocalDate.of(2022, 11, 15),
        remote.stream().filter(d -> "Police arrested protesters.".equals(d.text())).findFirst().orElseThrow().date());
    assertEquals("EMPTY", remote.stream().filter(InputDoc::isFailed).findFirst().orElseThrow().errorKind());
  }

  @Test
  void aLargeJsonLinesFileIsStreamedWithItsLineNumbers() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      sb.append(i == 17 ? "{not json" : "{\"id\": \"d" + i + "\", \"text\": \"Text number " + i + ".\", \"date\": \"2020-01-01\"}")
          .append('\n');
    }
    Files.writeString(tmp.resolve("big.jsonl"), sb.toString(), StandardCharsets.UTF_8);
    IngestOptions small = IngestOptions.defaults().withMaxChars(100); // the file is larger than one article may be
    assertTrue(Files.size(tmp.resolve("big.jsonl")) > small.maxTextBytes());

    List<InputDoc> docs = read(OtherSchemeFileSystem.uri(tmp.resolve("big.jsonl")), small);

    assertEquals(40, docs.size());
    InputDoc bad = docs.get(16);
    assertEquals("MALFORMED", bad.errorKind());
    assertEquals("big.jsonl:17", bad.docId());
    assertTrue(bad.origin().endsWith("big.jsonl:17"), bad.origin());
    assertEquals("d40", docs.get(39).docId());
  }
}
