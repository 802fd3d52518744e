package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesEveryMarkupCharacter() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.esc(Fixtures.SCRIPT));
    assertEquals("&lt;img src=x onerror=alert(1)&gt;", Html.esc(Fixtures.IMG));
    assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", Html.esc("a & b \"c\" 'd'"));
    assertEquals("", Html.esc(null));
    assertEquals("ab", Html.esc("a\0b"));
    String plain = "Qureshi — “quoted”";
    assertTrue(plain == Html.esc(plain), "unchanged text is returned as is");
    assertEquals("a+b%26c%3D%3Cd%3E", Html.url("a b&c=<d>"));
  }

  @Test
  void highlightCutsOverlappingMarksAndEscapes() {
    String text = "A <b> met C.";
    String html = ArticleView.highlight(text, List.of(
        new ArticleView.Mark(0, 5, "actor", "x\"y", null),
        new ArticleView.Mark(2, 9, "trigger", "t", "e-1"),
        new ArticleView.Mark(8, 99, "date", "outside", null),
        new ArticleView.Mark(-1, 2, "date", "outside", null)));
    assertEquals("<span class=\"hl actor\" title=\"x&quot;y\">A </span>"
        + "<span class=\"hl actor trigger\" title=\"x&quot;y\nt\" data-events=\"e-1\">&lt;b&gt;</span>"
        + "<span class=\"hl trigger\" title=\"t\" data-events=\"e-1\"> met</span> C.", html);
  }

  @Test
  void theHostileArticleRendersWithoutMarkup() {
    CodedArticle a = Fixtures.hostile();
    String html = ArticleView.render(a);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("onmouseover=\"alert"), html);
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
  }

  @Test
  void evidenceMarksTheEventsWordsInItsSentence() {
    CodedArticle a = Fixtures.samples().stream().filter(x -> x.docId().equals(Fixtures.SEED)).findFirst().orElseThrow();
    var call = a.events().stream().filter(e -> e.cameo().value().equals("041")).findFirst().orElseThrow();
    String ev = ArticleView.evidence(a, call);
    assertTrue(ev.startsWith("<span class=\"hl trigger\" title=\"trigger\">Talking</span> to "
        + "<span class=\"hl target\" title=\"target USAGOV\">US Secretary of State Antony Blinken</span>"), ev);
    assertTrue(ev.contains("<span class=\"hl source\" title=\"source PAKGOV\">Mr Qureshi</span>"), ev);
  }
}
