package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in a web page: main text without navigation and boilerplate, title, canonical URL,
 * publication date, site name.
 *
 * <p>Main text: scripts, styles, navigation, headers, footers, asides, forms, figures and
 * elements whose class or id marks them as ads, sharing, related links, comments etc. are
 * dropped; the text comes from {@code [itemprop=articleBody]}, else {@code <article>}, else
 * {@code <main>}, else the element holding the most paragraph text; its blocks (paragraphs,
 * subheads, list items, quotes) are joined with newlines. The {@code <h1>} is the title, not
 * text. Stateless; mutates the document it is given.
 */
final class HtmlExtractor {
  private HtmlExtractor() {}

  /** What was found in a page; any field but {@code text} may be null. */
  record Extracted(String text, String title, String url, LocalDate date, String site, String firstBlock) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DROP =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form,"
          + " button, select, input, textarea, figure, figcaption, dialog, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";

  private static final Set<String> BOILERPLATE_TOKENS = Set.of(
      "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "banner",
      "sponsor", "sponsored", "promo", "promoted", "promotion", "related", "recommended", "share", "sharing",
      "social", "newsletter", "subscribe", "subscription", "paywall", "cookie", "cookies", "consent",
      "comment", "comments", "breadcrumb", "breadcrumbs", "sidebar", "menu", "navbar", "nav", "popup",
      "modal", "byline", "author", "meta", "timestamp", "credit", "caption", "outbrain", "taboola", "trending", "most-read", "mostread", "tags", "byline-share");

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "address", "hr", "br", "center",
      "details", "summary", "body");

  private static final String DATE_META =
      "meta[property=article:published_time], meta[property=og:published_time],"
          + " meta[name=article:published_time], meta[itemprop=datePublished], meta[name=date],"
          + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=dc.date],"
          + " meta[name=dc.date.issued], meta[name=dcterms.date], meta[name=dcterms.created],"
          + " meta[name=DC.date.issued], meta[name=DC.date], meta[name=sailthru.date],"
          + " meta[name=parsely-pub-date], meta[property=article:published]";

  static Extracted extract(Document doc) {
    String title = first(
        attr(doc, "meta[property=og:title]", "content"),
        attr(doc, "meta[name=twitter:title]", "content"),
        text(doc.selectFirst("h1")),
        doc.title());
    String url = first(attr(doc, "link[rel=canonical]", "abs:href"), attr(doc, "meta[property=og:url]", "abs:content"));
    String site = attr(doc, "meta[property=og:site_name]", "content");
    JsonLd ld = jsonLd(doc);
    LocalDate date = metaDate(doc);
    if (date == null && ld.datePublished != null) {
      date = Dates.parseLoose(ld.datePublished);
    }

    Element body = doc.body();
    if (body == null) {
      return new Extracted("", title, url, date, site, null);
    }
    body.select(DROP).remove();
    removeBoilerplate(body);
    Element root = root(body);
    List<String> blocks = blocks(root);
    if (blocks.isEmpty() && ld.articleBody != null && !ld.articleBody.isBlank()) {
      blocks = List.of(ld.articleBody.trim().split("\\s*\\n\\s*"));
    }
    String text = String.join("\n", blocks);
    return new Extracted(text, title, url, date, site, blocks.isEmpty() ? null : blocks.get(0));
  }

  /** The text of an HTML fragment (a feed item's description or content), blocks on lines. */
  static String fragmentText(String html) {
    Document d = org.jsoup.Jsoup.parseBodyFragment(html);
    d.body().select(DROP).remove();
    return String.join("\n", blocks(d.body()));
  }

  // ------------------------------------------------------------------ date

  private static LocalDate metaDate(Document doc) {
    for (Element m : doc.select(DATE_META)) {
      LocalDate d = Dates.parseLoose(m.attr("content"));
      if (d != null) {
        return d;
      }
    }
    Elements times = doc.select("time[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]");
    for (Element t : times) {
      LocalDate d = Dates.parseLoose(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static final class JsonLd {
    String datePublished;
    String articleBody;
  }

  private static JsonLd jsonLd(Document doc) {
    JsonLd r = new JsonLd();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        if (r.datePublished == null) {
          JsonNode d = n.findValue("datePublished");
          if (d != null && d.isTextual()) {
            r.datePublished = d.textValue();
          }
        }
        if (r.articleBody == null) {
          JsonNode b = n.findValue("articleBody");
          if (b != null && b.isTextual()) {
            r.articleBody = b.textValue();
          }
        }
      } catch (Exception e) {
        // broken JSON-LD is common; the other sources still count
      }
    }
    return r;
  }

  // ------------------------------------------------------------------ main text

  private static void removeBoilerplate(Element body) {
    long pageText = paragraphText(body);
    List<Element> drop = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop")) {
        continue;
      }
      if (isBoilerplate(e.className()) || isBoilerplate(e.id())) {
        // a wrapper such as "layout-with-sidebar" around the story must stay
        boolean wrapsStory = e.selectFirst("article, main, [itemprop=articleBody]") != null
            || pageText > 0 && paragraphText(e) * 2 > pageText;
        if (!wrapsStory) {
          drop.add(e);
        }
      }
    }
    for (Element e : drop) {
      e.remove();
    }
  }

  private static long paragraphText(Element e) {
    long n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static boolean isBoilerplate(String names) {
    if (names == null || names.isEmpty()) {
      return false;
    }
    for (String name : names.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (BOILERPLATE_TOKENS.contains(name)) {
        return true;
      }
      for (String token : name.split("[-_]+")) {
        if (BOILERPLATE_TOKENS.contains(token)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Element root(Element body) {
    Element best = largest(body.select("[itemprop=articleBody]"));
    if (best == null) {
      best = largest(body.select("article"));
    }
    if (best == null) {
      best = largest(body.select("main, [role=main]"));
    }
    if (best != null) {
      return best;
    }
    Map<Element, Integer> byParent = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        byParent.merge(parent, p.text().length(), Integer::sum);
      }
    }
    Element top = null;
    int topLen = 0;
    for (Map.Entry<Element, Integer> e : byParent.entrySet()) {
      if (e.getValue() > topLen) {
        top = e.getKey();
        topLen = e.getValue();
      }
    }
    return top != null ? top : body;
  }

  /** The element with the most paragraph text (or any text when none has paragraphs), or null. */
  private static Element largest(Elements candidates) {
    Element best = null;
    long bestScore = 0;
    for (Element c : candidates) {
      long p = paragraphText(c);
      long score = p * 4 + c.text().length();
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static List<String> blocks(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      int skipDepth = -1;

      @Override
      public void head(Node node, int depth) {
        if (skipDepth >= 0) {
          return;
        }
        if (node instanceof TextNode t) {
          cur.append(t.getWholeText());
        } else if (node instanceof Element e) {
          if (e.normalName().equals("h1")) {
            flush(out, cur);
            skipDepth = depth;
          } else if (BLOCKS.contains(e.normalName())) {
            flush(out, cur);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (skipDepth >= 0) {
          if (depth == skipDepth) {
            skipDepth = -1;
          }
          return;
        }
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(out, cur);
        }
      }
    }, root);
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    if (cur.length() == 0) {
      return;
    }
    String s = cur.toString().replace('\u00A0', ' ').replaceAll("[\\s\u200B]+", " ").trim();
    cur.setLength(0);
    if (!s.isEmpty() && !s.equalsIgnoreCase("advertisement") && !s.equalsIgnoreCase("story continues below advertisement")) {
      out.add(s);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr).trim();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().trim();
    return t.isEmpty() ? null : t;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
