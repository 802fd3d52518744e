package org.dyad.ingest;

import static org.dyad.ingest.Fixtures.assertMentions;
import static org.dyad.ingest.Fixtures.failed;
import static org.dyad.ingest.Fixtures.ok;
import static org.dyad.ingest.Fixtures.only;
import static org.dyad.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

class HtmlTest {
  private final ArticleReader reader = ArticleReader.create();
  private final IngestOptions opts = IngestOptions.defaults();
  private final IngestOptions dated = opts.withDefaultDate(LocalDate.of(2020, 1, 1));

  @Test
  void mainTextWithoutBoilerplateAndMetadataFromTags() {
    Article a = ok(only(reader.read(path("html/article.html"), opts)));
    assertEquals(
        "The foreign ministers of Vanuatu and Fiji signed a treaty on Monday to share the waters of the border river.\n"
            + "Fiji\u2019s minister said the agreement \u201cends twenty years of quarrels\u201d between the two neighbours.\n"
            + "Reactions\n"
            + "Opposition parties in both countries criticised the treaty, saying parliament was not consulted.",
        a.text());
    assertEquals("Ministers agree on river treaty", a.title());
    assertEquals("https://news.example.org/2021/05/17/river-treaty", a.url());
    assertEquals(Html.urlId("https://news.example.org/2021/05/17/river-treaty"), a.id());
    assertTrue(a.id().matches("u-[0-9a-f]{16}"), a.id());
    assertEquals(LocalDate.of(2021, 5, 17), a.date(), "the date as written, not shifted to UTC");
    assertEquals("The Daily Example", a.source());
  }

  @Test
  void datelineWithTheYearFromTheUrl() {
    Article a = ok(only(reader.read(path("html/dateline.html"), opts)));
    assertEquals(LocalDate.of(2021, 5, 17), a.date());
    assertTrue(a.text().startsWith("WASHINGTON, May 17 (Reuters) - The U.S. Senate"), a.text());
    assertFalse(a.text().contains("Reader comment"), a.text());
    assertFalse(a.text().contains("Markets"), a.text());
    assertEquals(2, a.text().lines().count());
  }

  @Test
  void jsonLdDateAndTheBlockWithMostParagraphText() {
    Article a = ok(only(reader.read(path("html/jsonld.html"), opts)));
    assertEquals(LocalDate.of(2021, 6, 4), a.date());
    assertEquals(
        "Negotiators left Vienna on Friday without an agreement, diplomats said.\n"
            + "The delegations blamed each other for the failure of the talks.\n"
            + "A new round may be held in July, according to one official.",
        a.text());
    assertEquals("Talks collapse in Vienna", a.title());
    assertNull(a.url());
    assertEquals(Article.contentId(a.text()), a.id());
  }

  @Test
  void timeElementAndWrittenOutDate() {
    Article t = ok(only(reader.read(path("html/time.html"), opts)));
    assertEquals(LocalDate.of(2021, 7, 9), t.date());
    assertEquals("Relief supplies reached flooded villages in the south on Friday.", t.text());
    assertEquals(LocalDate.of(2021, 5, 17), ok(only(reader.read(path("html/daymonth.html"), opts))).date());
  }

  @Test
  void truncatedHtmlKeepsWhatItHas() {
    Article a = ok(only(reader.read(path("html/truncated.html"), dated)));
    assertTrue(a.text().endsWith("expected to announce budget cu"), a.text());
    assertEquals(LocalDate.of(2020, 1, 1), a.date());
    Ingested.Failed f = failed(only(reader.read(path("html/truncated-empty.html"), dated)), ErrorKinds.EMPTY);
    assertMentions(f, "no article text", "truncated");
    assertEquals("truncated-empty.html", f.docId());
  }

  @Test
  void missingDateWhenRequired() {
    Ingested.Failed f = failed(only(reader.read(path("html/truncated.html"), opts)), ErrorKinds.DATE);
    assertMentions(f, "no publication date", "--date");
  }

  @Test
  void wrongDeclaredCharsetIsAnEncodingError() {
    Ingested.Failed f = failed(only(reader.read(path("html/wrong-charset.html"), opts)), ErrorKinds.ENCODING);
    assertMentions(f, "UTF-8", "meta charset", "wrong");
  }

  @Test
  void declaredAndUndeclaredLatin1() {
    Article a = ok(only(reader.read(path("html/latin1-declared.html"), opts)));
    assertTrue(a.text().startsWith("Le ministre français a annoncé jeudi à Genève"), a.text());
    assertEquals("Négociations suspendues", a.title());
    assertEquals(LocalDate.of(2021, 5, 20), a.date());
    Article b = ok(only(reader.read(path("html/latin1-undeclared.html"), opts)));
    assertEquals(a.text(), b.text());
  }

  @Test
  void binaryWithHtmlNameAndGivenId() {
    byte[] junk = {'<', 'h', 't', 'm', 'l', '>', 0, 0, 0, 1, 2, 3};
    assertMentions(failed(only(reader.read(new ByteArrayInputStream(junk), "page.html", opts)), ErrorKinds.BINARY), "NUL");
    String page = "<html><body><p>Rebels freed ten hostages on Sunday.</p></body></html>";
    Article a = ok(only(reader.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "x.htm",
        dated.withGivenId("h-1"))));
    assertEquals("h-1", a.id());
    assertEquals("Rebels freed ten hostages on Sunday.", a.text());
  }

  @Test
  void noExtensionHtmlIsSniffed() {
    String page = "\n<!DOCTYPE html><html><head><meta name=\"date\" content=\"2021-03-04\"></head>"
        + "<body><main><p>Parliament was dissolved.</p></main></body></html>";
    Ingested r = only(reader.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "page", opts));
    assertEquals(LocalDate.of(2021, 3, 4), ok(r).date());
  }

  @Test
  void textLongerThanMaxChars() {
    String page = "<html><body><p>" + "word ".repeat(100) + "</p></body></html>";
    assertMentions(failed(only(reader.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "p.html",
        dated.withMaxChars(200))), ErrorKinds.TOO_LARGE), "499 characters");
    byte[] huge = ("<html><body><p>" + "x".repeat(3000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    assertMentions(failed(only(reader.read(new ByteArrayInputStream(huge), "p.html", dated.withMaxChars(200))),
        ErrorKinds.TOO_LARGE), "larger than");
  }
}
