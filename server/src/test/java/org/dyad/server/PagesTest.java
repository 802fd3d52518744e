package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.store.DyadStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML pages over HTTP (no browser): status, escaping, security headers, form errors. */
class PagesTest {
  static DyadStore store;
  static DyadServer server;
  static Http http;

  @BeforeAll
  static void start() {
    store = Fixtures.store();
    server = DyadServer.start(store, null, ServerConfig.defaults(0));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void everyPageAnswersWithCspAndNoInlineScript() {
    for (String p : new String[] {"/", "/events", "/events?name=Qureshi&quad=1", "/articles/" + Fixtures.SEED, "/network",
        "/timeline?source=PAK&target=USA", "/actors", "/code", "/api/docs"}) {
      Http.Res r = http.get(p);
      assertEquals(200, r.status(), p + ": " + r.body());
      assertTrue(r.header("Content-Type").startsWith("text/html"), p);
      assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"), p);
      assertEquals("nosniff", r.header("X-Content-Type-Options"));
      assertFalse(r.body().matches("(?s).*<script>.*"), p + " has an inline script");
    }
  }

  @Test
  void hostileTextIsEscapedOnEveryPage() {
    for (String p : new String[] {"/articles/" + Fixtures.XSS, "/events?doc=" + Fixtures.XSS, "/actors?q=Ruritania"}) {
      String body = http.get(p).body();
      assertFalse(body.contains(Fixtures.SCRIPT), p);
      assertFalse(body.contains(Fixtures.IMG), p);
      assertFalse(body.contains("onmouseover=\"alert"), p);
    }
    assertTrue(http.get("/articles/" + Fixtures.XSS).body().contains("&lt;img src=x onerror=alert(1)&gt;"));
  }

  @Test
  void badParametersGiveAnHtmlPageWithTheMessage() {
    Http.Res r = http.get("/events?from=%3Cscript%3E");
    assertEquals(400, r.status());
    assertTrue(r.header("Content-Type").startsWith("text/html"));
    assertTrue(r.body().contains("from must be a date as YYYY-MM-DD, got &#39;&lt;script&gt;&#39;"), r.body());
    assertEquals(400, http.get("/network?level=galaxy").status());
    assertEquals(400, http.get("/timeline?period=century").status());
    assertEquals(404, http.get("/articles/missing").status());
  }

  @Test
  void theFilterFormKeepsItsValuesAndPagesKeepTheFilters() {
    String body = http.get("/events?name=Qureshi&limit=2").body();
    assertTrue(body.contains("name=\"name\" id=\"f-name\" value=\"Qureshi\""), body);
    assertTrue(body.contains("href=\"/events?name=Qureshi&amp;offset=2&amp;limit=2\""), body);
    assertTrue(body.contains("href=\"/api/events.csv?name=Qureshi\""));
  }

  @Test
  void thePasteBoxReportsProblemsInThePage() {
    Http.Res r = http.post("/code", "application/x-www-form-urlencoded", "text=Pakistan+met+India.&date=");
    assertEquals(400, r.status());
    assertTrue(r.body().contains("date is required"), r.body());
    assertTrue(r.body().contains("Pakistan met India."), "the text is kept");
    Http.Res off = http.post("/code", "application/x-www-form-urlencoded", "text=Pakistan+met+India.&date=2021-01-01");
    assertEquals(503, off.status());
    assertTrue(off.body().contains("coding is off"));
    Http.Res store = http.post("/code", "application/x-www-form-urlencoded", "text=a&date=2021-01-01&store=true");
    assertEquals(403, store.status());
    assertTrue(store.body().contains("writes are off"));
    assertEquals(415, http.post("/code", "application/x-json", "{}").status());
    Http.Res big = http.post("/code", "application/x-www-form-urlencoded", "text=" + "a".repeat(3 * 1024 * 1024) + "&date=2021-01-01");
    assertEquals(413, big.status());
    assertTrue(big.body().contains("larger than the limit"), big.body());
  }
}
