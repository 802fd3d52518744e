package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The web UI in real headless Chromium over a store of the coded sample articles. */
@Tag("browser")
class BrowserTest {
  static DyadStore store;
  static DyadServer server;
  static Browser b;
  static String base;

  @BeforeAll
  static void start() {
    store = Fixtures.store();
    server = DyadServer.start(store, BrowserTest::echo, ServerConfig.defaults(0));
    base = server.url();
    b = Browser.open();
  }

  /** Stand-in coder for the paste box: the article coded as the fixture's hostile article when its text matches, else nothing. */
  static CodedArticle echo(org.dyad.model.Article a) {
    CodedArticle h = Fixtures.hostile();
    if (a.text().equals(h.article().text())) {
      return new CodedArticle(a, h.sentences(), h.actors(), h.events(), h.quotes(), h.dates(), h.places(), h.errors(),
          h.coderVersion());
    }
    return new CodedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "none");
  }

  @AfterAll
  static void stop() {
    if (b != null) {
      b.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void startPageCountsTheStore() {
    b.driver.get(base + "/");
    assertTrue(b.driver.findElement(By.id("counts")).getText().contains("4 articles"));
    b.screenshot("home");
  }

  @Test
  void filterEventsThenOpenTheSeedCallWithItsEvidence() {
    b.driver.get(base + "/events");
    int all = Integer.parseInt(b.driver.findElement(By.id("total")).getText());
    assertEquals(store.countEvents(), all);
    b.screenshot("events");

    b.driver.findElement(By.id("f-name")).sendKeys("Qureshi");
    new Select(b.driver.findElement(By.id("f-quad"))).selectByValue("1");
    b.driver.findElement(By.id("f-cameo")).sendKeys("041");
    b.driver.findElement(By.id("apply")).click();
    b.waiting(10).until(ExpectedConditions.urlContains("cameo=041"));
    List<WebElement> rows = b.driver.findElements(By.cssSelector("#events tbody tr.event"));
    assertEquals(1, rows.size());
    WebElement row = rows.get(0);
    assertTrue(row.getText().contains("PAKGOV") && row.getText().contains("USAGOV") && row.getText().contains("Talking"),
        row.getText());
    assertEquals("Qureshi", b.driver.findElement(By.id("f-name")).getAttribute("value"));
    b.screenshot("events-filtered");

    String eventId = row.getAttribute("data-event");
    row.findElement(By.cssSelector("a.evidence")).click();
    b.waiting(10).until(ExpectedConditions.urlContains("/articles/"));
    assertTrue(b.driver.getCurrentUrl().endsWith("#event-" + eventId), b.driver.getCurrentUrl());

    // the call's row, with the rule that fired and its sentence marked
    WebElement ev = b.driver.findElement(By.id("event-" + eventId));
    assertTrue(ev.getText().contains("041") && ev.getText().contains("CONSULT"), ev.getText());
    assertTrue(ev.findElement(By.cssSelector("td.rule")).getText().startsWith("041/V/talk"));
    assertEquals("Talking", ev.findElement(By.cssSelector("td.evidence .hl.trigger")).getText());
    assertEquals("Mr Qureshi", ev.findElement(By.cssSelector("td.evidence .hl.source")).getText());
    assertEquals("US Secretary of State Antony Blinken", ev.findElement(By.cssSelector("td.evidence .hl.target")).getText());

    // in the text, the event's words are highlighted and outlined
    List<WebElement> focused = b.driver.findElements(By.cssSelector("#text .hl.focus"));
    StringBuilder words = new StringBuilder();
    focused.forEach(f -> words.append(f.getText()).append('|'));
    assertTrue(words.toString().contains("Talking"), words.toString());
    assertTrue(words.toString().contains("Mr Qureshi"), words.toString());
    assertTrue(words.toString().contains("Blinken"), words.toString());
    WebElement trigger = b.driver.findElements(By.cssSelector("#text .hl.trigger.focus")).get(0);
    assertEquals("Talking", trigger.getText());
    assertFalse(b.driver.findElements(By.cssSelector("#text .hl.date")).isEmpty());
    assertFalse(b.driver.findElements(By.cssSelector("#text .hl.quote")).isEmpty());
    assertFalse(b.driver.findElements(By.cssSelector("#text .hl.actor")).isEmpty());
    b.js("document.getElementById('event-' + arguments[0]).scrollIntoView({block: 'center'})", eventId);
    b.screenshot("article-evidence");
    b.js("window.scrollTo(0, 0)");
    b.screenshot("article");
  }

  @Test
  void networkShowsDyadsAndAnEdgeLeadsToItsEvents() {
    b.driver.get(base + "/network");
    b.waiting(20).until(d -> b.js("return window.dyadNetwork ? window.dyadNetwork.nodes().length : 0") instanceof Long n
        && n > 0);
    assertTrue((Boolean) b.js("return window.dyadNetwork.getElementById('n:PAK').length === 1"));
    assertTrue((Boolean) b.js("return window.dyadNetwork.getElementById('n:USA').length === 1"));
    // cooperative PAK→USA is green-ish, the Peruvian clashes (PER→PER) red-ish
    String coop = (String) b.js("return window.dyadNetwork.getElementById('e:PAK→USA').data('colour')");
    String conflict = (String) b.js("return window.dyadNetwork.getElementById('e:PER→PER').data('colour')");
    int[] g = rgb(coop);
    int[] red = rgb(conflict);
    assertTrue(g[1] > g[0], coop);
    assertTrue(red[0] > red[1], conflict);
    assertTrue(b.driver.findElement(By.id("network-status")).getText().contains("actors"));
    b.screenshot("network");

    b.js("window.dyadNetwork.getElementById('e:PAK→USA').emit('tap')");
    b.waiting(10).until(ExpectedConditions.urlContains("/events?"));
    assertTrue(b.driver.getCurrentUrl().contains("source=PAK") && b.driver.getCurrentUrl().contains("target=USA"));
    List<WebElement> rows = b.driver.findElements(By.cssSelector("#events tbody tr.event"));
    assertFalse(rows.isEmpty());
    for (WebElement r : rows) {
      List<WebElement> codes = r.findElements(By.tagName("code"));
      assertTrue(codes.get(0).getText().startsWith("PAK") && codes.get(2).getText().startsWith("USA"), r.getText());
    }
  }

  private static int[] rgb(String css) {
    String[] p = css.replaceAll("[^0-9,]", "").split(",");
    return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
  }

  @Test
  void timelineDrawsCooperationAndConflictForAPair() {
    b.driver.get(base + "/timeline?source=PAK&target=USA&period=day");
    b.waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-svg path.series.coop")));
    assertFalse(b.driver.findElements(By.cssSelector("#timeline-svg path.series.conf")).isEmpty());
    List<WebElement> rows = b.driver.findElements(By.cssSelector("#timeline-table tbody tr"));
    assertFalse(rows.isEmpty());
    long coop = 0;
    for (WebElement r : rows) {
      coop += Long.parseLong(r.findElements(By.tagName("td")).get(1).getText());
    }
    assertTrue(coop >= 4, "cooperative PAK-USA events: " + coop);
    assertTrue(b.driver.findElement(By.id("timeline-status")).getText().contains("cooperative"));
    b.screenshot("timeline");
  }

  @Test
  void hostileArticleRendersAsTextWithoutRunningAnything() {
    b.driver.get(base + "/articles/" + Fixtures.XSS);
    assertFalse(b.alertOpen(), "an alert opened");
    String text = b.driver.findElement(By.id("text")).getText();
    assertTrue(text.contains(Fixtures.SCRIPT), text);
    assertTrue(text.contains(Fixtures.IMG), text);
    assertTrue(b.driver.getTitle().contains(Fixtures.SCRIPT), b.driver.getTitle());
    assertTrue(b.driver.findElement(By.tagName("h1")).getText().contains(Fixtures.SCRIPT));
    assertEquals(0L, b.js("return document.querySelectorAll('main img, main script, [onerror], [onmouseover]').length"));
    assertTrue(b.driver.findElement(By.id("actors")).getText().contains("Ruritania " + Fixtures.IMG));
    assertTrue(b.driver.findElement(By.id("quotes")).getText().contains(Fixtures.IMG));
    assertTrue(b.driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
    b.screenshot("xss-article");

    b.driver.get(base + "/events?doc=" + Fixtures.XSS);
    assertFalse(b.alertOpen());
    assertEquals(0L, b.js("return document.querySelectorAll('main img, main script').length"));

    b.driver.get(base + "/actors?q=Ruritania");
    assertFalse(b.alertOpen());
    assertTrue(b.driver.findElement(By.id("actors")).getText().contains(Fixtures.IMG));
    assertEquals(0L, b.js("return document.querySelectorAll('main img, main script').length"));

    b.driver.get(base + "/events?from=%3Cscript%3Ealert(1)%3C/script%3E");
    assertFalse(b.alertOpen());
    assertTrue(b.driver.findElement(By.id("error")).getText().contains(Fixtures.SCRIPT));

    // pasted markup is shown as text too
    b.driver.get(base + "/code");
    b.driver.findElement(By.id("f-text")).sendKeys(Fixtures.hostile().article().text());
    b.js("document.getElementById('f-date').value = '2022-03-01'");
    b.driver.findElement(By.id("code-submit")).click();
    b.waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.id("coded")));
    assertFalse(b.alertOpen());
    assertTrue(b.driver.findElement(By.id("text")).getText().contains(Fixtures.IMG));
    assertEquals(0L, b.js("return document.querySelectorAll('main img, main script').length"));
    assertEquals(1, b.driver.findElements(By.cssSelector("#events tr.event")).size());
  }

  @Test
  void actorsPageAndApiDocs() {
    b.driver.get(base + "/actors?q=Blinken");
    assertTrue(b.driver.findElement(By.id("actors")).getText().contains("Antony Blinken"));
    b.screenshot("actors");
    b.driver.get(base + "/api/docs");
    b.waiting(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
    assertTrue(b.driver.findElements(By.cssSelector(".swagger-ui .opblock")).size() >= 16);
    b.screenshot("api-docs");
  }
}
