package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.formats.DyadJson;
import org.dyad.model.Article;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** POST /api/code and the paste box with the real pipeline, on the seed article. */
@Tag("corenlp")
class CodingWithCoreNlpTest {
  static final String TOKEN = "corenlp-test-token";
  static DyadPipeline pipeline;
  static DyadStore store;
  static DyadServer server;
  static Http http;
  static String seed;

  @BeforeAll
  static void start() throws Exception {
    seed = Files.readString(Path.of("..", "samples", "dawn-2021-05-17.txt"));
    pipeline = SharedPipeline.get();
    store = DyadStore.inMemory();
    server = DyadServer.start(store, pipeline::code, ServerConfig.defaults(0).withToken(TOKEN));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static boolean isSeedCall(JsonNode e) {
    return e.at("/cameo/code").asText().equals("041") && e.at("/source/code").asText().equals("PAKGOV")
        && e.at("/target/code").asText().equals("USAGOV") && e.at("/provenance/trigger/text").asText().equals("Talking");
  }

  @Test
  void codesTheSeedLikeTheCliAndStoresItWithTheToken() {
    ObjectNode body = Http.JSON.createObjectNode();
    body.put("text", seed);
    body.put("date", "2021-05-17");
    body.put("id", "seed-posted");
    Http.Res r = http.post("/api/code?store=true", "application/json", body.toString(), "Authorization", "Bearer " + TOKEN);
    assertEquals(200, r.status(), r.body());
    JsonNode n = r.json();
    assertTrue(java.util.stream.StreamSupport.stream(n.get("events").spliterator(), false)
        .anyMatch(CodingWithCoreNlpTest::isSeedCall), n.get("events").toString());
    // the same record as dyad code prints: DyadJson of the pipeline's output
    JsonNode direct = DyadJson.standard().toJson(pipeline.code(new Article("seed-posted", seed, LocalDate.of(2021, 5, 17),
        null, null, null)));
    assertEquals(direct, n);
    JsonNode stored = http.get("/api/events?doc=seed-posted&cameo=041&source=PAKGOV").json();
    assertEquals(1, stored.get("total").asInt());
  }

  @Test
  @Tag("browser")
  void pasteTheSeedAndSeeItsEvents() {
    try (Browser b = Browser.open()) {
      b.driver.get(server.url() + "/code");
      b.js("document.getElementById('f-text').value = arguments[0]", seed);
      b.js("document.getElementById('f-date').value = '2021-05-17'");
      b.screenshot("code-form");
      b.driver.findElement(By.id("code-submit")).click();
      b.waiting(120).until(ExpectedConditions.presenceOfElementLocated(By.id("coded")));
      assertTrue(b.driver.findElement(By.id("coded")).getText().contains("Not stored"));
      List<WebElement> rows = b.driver.findElements(By.cssSelector("#events tr.event"));
      assertTrue(rows.size() >= 10, "events: " + rows.size());
      WebElement call = b.driver.findElement(By.cssSelector("#events tr.event[data-cameo='041'][data-source='PAKGOV']"));
      assertEquals("Talking", call.findElement(By.cssSelector("td.evidence .hl.trigger")).getText());
      assertEquals("US Secretary of State Antony Blinken", call.findElement(By.cssSelector("td.evidence .hl.target")).getText());
      assertFalse(b.driver.findElements(By.cssSelector("#text .hl.trigger")).isEmpty());
      b.screenshot("code-result");
    }
  }
}
