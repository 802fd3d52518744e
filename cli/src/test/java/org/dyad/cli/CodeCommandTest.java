package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad code} on good and bad input, with the fast stand-in annotator. */
class CodeCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void badDocumentsAreReportedTheRestCodedAndStoredAndRerunsGiveTheSameRows(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("articles.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"good-1\",\"text\":\"Pakistan accused India.\",\"date\":\"2021-05-17\"}",
        "{\"id\":\"bad-json\",\"text\":\"Pakistan accused",
        "{\"id\":\"bad-date\",\"text\":\"Iran praised Iraq.\",\"date\":\"2021-02-30\"}",
        "{\"id\":\"empty\",\"text\":\"   \",\"date\":\"2021-05-17\"}",
        "{\"id\":\"good-2\",\"text\":\"France condemned Russia.\",\"date\":\"2021-05-18\"}") + "\n");
    Path store = dir.resolve("s.duckdb");

    FakeDyad.Result r = FakeDyad.run("code", "--input", input.toString(), "--format", "jsonl", "--store", store.toString(), "-q");
    assertEquals(ExitCodes.SOME_FAILED, r.exitCode(), r.err());
    assertTrue(r.err().contains("articles.jsonl:2"), r.err());
    assertTrue(r.err().contains("bad-date") && r.err().contains("DATE"), r.err());
    assertTrue(r.err().contains("empty") && r.err().contains("EMPTY"), r.err());
    List<JsonNode> records = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      records.add(JSON.readTree(line));
    }
    assertEquals(5, records.size(), "one record per document, failed ones with their errors");
    JsonNode good = records.get(0);
    assertEquals("good-1", good.get("doc_id").asText());
    assertEquals(1, good.get("events").size(), r.out());
    JsonNode event = good.get("events").get(0);
    assertEquals("PAK", event.get("source").get("code").asText());
    assertEquals("IND", event.get("target").get("code").asText());
    assertEquals("112", event.get("cameo").get("code").asText().substring(0, 3));
    assertFalse(records.get(2).get("errors").isEmpty());

    List<String> ids;
    try (DyadStore s = DyadStore.open(store)) {
      assertEquals(2, s.countArticles());
      ids = s.events(EventQuery.all()).stream().map(e -> e.eventId()).sorted().toList();
    }
    // the same input again: the same ids and rows, nothing duplicated
    FakeDyad.Result again = FakeDyad.run("code", "--input", input.toString(), "--format", "jsonl", "--store", store.toString(), "-q");
    assertEquals(r.out(), again.out());
    try (DyadStore s = DyadStore.open(store)) {
      assertEquals(2, s.countArticles());
      assertEquals(ids, s.events(EventQuery.all()).stream().map(e -> e.eventId()).sorted().toList());
    }
    // a later bad version of a stored document does not remove what is stored
    Path broken = dir.resolve("broken.jsonl");
    Files.writeString(broken, "{\"id\":\"good-1\",\"text\":\"\",\"date\":\"2021-05-17\"}\n");
    assertEquals(ExitCodes.SOME_FAILED, FakeDyad.run("code", "--input", broken.toString(), "--store", store.toString(), "-q").exitCode());
    try (DyadStore s = DyadStore.open(store)) {
      assertEquals(2, s.countArticles());
      assertTrue(s.article("good-1").isPresent());
    }
  }

  @Test
  void usageErrorsExitWithTwo(@TempDir Path dir) {
    assertEquals(ExitCodes.USAGE, FakeDyad.run("code", "--format", "xml", "x.txt").exitCode());
    assertEquals(ExitCodes.USAGE, FakeDyad.run("code").exitCode());
    assertEquals(ExitCodes.USAGE, FakeDyad.run("code", "--date", "2021-13-01", dir.resolve("a.txt").toString()).exitCode());
  }
}
