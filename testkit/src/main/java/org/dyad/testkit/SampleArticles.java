package org.dyad.testkit;

import java.time.LocalDate;
import org.dyad.model.CodedArticle;
import org.dyad.model.PloverType;

/**
 * Ready-made valid coded articles for tests of stores, formats and servers.
 *
 * <p>{@link #diplomacy()} exercises every field: actors with roles, sectors, an international
 * code and a sector-only code; an event with a place and its own date; a code with a leading
 * zero; an undated background event; an event without a target; a quote with a speaker; dates;
 * places; a document error. Stateless and thread-safe; each call builds a new article.
 */
public final class SampleArticles {
  private SampleArticles() {}

  public static final String DIPLOMACY_ID = "sample-diplomacy";

  /** A five-sentence article about Pakistan, India and the United Nations, dated 2021-05-16. */
  public static CodedArticle diplomacy() {
    return CodedArticleBuilder.article(DIPLOMACY_ID, LocalDate.of(2021, 5, 16),
            "Pakistan's Foreign Minister Shah Mahmood Qureshi criticised India on Sunday in Islamabad.",
            "\"We will not accept this,\" Qureshi told reporters.",
            "He later met United Nations officials to discuss the crisis.",
            "In 2019, Indian troops attacked rebels in Kashmir.",
            "The ministry said the talks would continue.")
        .meta("Pakistan criticises India", "https://example.org/news/1", "Example News")
        .actorWithRole("A1", "Shah Mahmood Qureshi", "PAKGOV", "Foreign Minister", "PERSON", "Shah Mahmood Qureshi", "Qureshi", "He")
        .actor("A2", "India", "IND", "COUNTRY", "India")
        .actor("A3", "United Nations", "IGOUNO", "IGO", "United Nations officials")
        .actor("A4", "Indian troops", "INDMIL", "GROUP", "Indian troops")
        .actor("A5", "rebels", "REB", "GROUP", "rebels")
        .actor("A6", "Foreign Office", "PAKGOV", "ORGANIZATION", "The ministry")
        .event(0, "criticised", "Shah Mahmood Qureshi", "India", "111").goldstein(-2.0)
            .plover(PloverType.ACCUSE, "disapprove").date(LocalDate.of(2021, 5, 16), "Sunday", "OWN")
            .at("Islamabad", "Islamabad", "PAK", 33.69, 73.06).add()
        .event(2, "met", "He", "United Nations officials", "042").goldstein(1.9).plover(PloverType.CONSULT, "visit")
            .confidence(0.75).add()
        .event(3, "attacked", "Indian troops", "rebels", "190").goldstein(-10.0)
            .date(null, "2019", null).background(true).add()
        .event(4, "said", "The ministry", null, "010").add()
        .quote("We will not accept this,", "A1")
        .date("Sunday", "DATE", "2021-05-16")
        .date("2019", "DATE", "2019")
        .place("Islamabad", "Islamabad", "PAK", 33.69, 73.06, "EVENT")
        .place("Kashmir", "Kashmir", null, null, null, "MENTIONED")
        .error("ANNOTATION", "sentence 6 was longer than the parser limit and was skipped")
        .build();
  }
}
