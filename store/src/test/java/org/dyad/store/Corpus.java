package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.CodedArticle;
import org.dyad.model.PloverType;
import org.dyad.testkit.CodedArticleBuilder;

/** Six small synthetic articles with ten events whose trigger words are unique, for query tests. */
final class Corpus {
  private Corpus() {}

  static List<CodedArticle> articles() {
    return List.of(
        CodedArticleBuilder.article("d1", LocalDate.of(2021, 1, 4),
                "Pakistan criticised India.", "India rejected the claim by Pakistan.")
            .actor("A1", "Pakistan", "PAK", "COUNTRY", "Pakistan", "Pakistan")
            .actor("A2", "India", "IND", "COUNTRY", "India", "India")
            .event(0, "criticised", "Pakistan", "India", "111").goldstein(-2).add()
            .event(1, "rejected", "India", "Pakistan", "120").goldstein(-4).add()
            .build(),
        CodedArticleBuilder.article("d2", LocalDate.of(2021, 1, 6),
                "The Indian army shelled rebels in Kashmir.", "Police arrested protesters in Delhi.")
            .actor("A1", "Indian army", "INDMIL", "GROUP", "Indian army")
            .actor("A2", "rebels", "REB", "GROUP", "rebels")
            .actor("A3", "Indian police", "INDCOP", "GROUP", "Police")
            .actor("A4", "protesters", "INDCVL", "GROUP", "protesters")
            .event(0, "shelled", "Indian army", "rebels", "195").goldstein(-10).add()
            .event(1, "arrested", "Police", "protesters", "173").goldstein(-5).add()
            .build(),
        CodedArticleBuilder.article("d3", LocalDate.of(2021, 2, 15),
                "The United Nations praised Pakistan.", "In 2019 the army attacked rebels.")
            .actor("A1", "United Nations", "IGOUNO", "IGO", "United Nations")
            .actor("A2", "Pakistan", "PAK", "COUNTRY", "Pakistan")
            .actor("A3", "Pakistani army", "PAKMIL", "GROUP", "the army")
            .actor("A4", "rebels", "REB", "GROUP", "rebels")
            .event(0, "praised", "United Nations", "Pakistan", "051").goldstein(3.4).add()
            .event(1, "attacked", "the army", "rebels", "190").goldstein(-10).date(null, "2019", null).background(true).add()
            .build(),
        CodedArticleBuilder.article("d4", LocalDate.of(2021, 3, 1),
                "The Pakistani government met Chinese officials.", "China gave aid to Pakistan.")
            .actor("A1", "Pakistani government", "PAKGOV", "ORGANIZATION", "Pakistani government")
            .actor("A2", "Chinese government", "CHNGOV", "ORGANIZATION", "Chinese officials")
            .actor("A3", "China", "CHN", "COUNTRY", "China")
            .actor("A4", "Pakistan", "PAK", "COUNTRY", "Pakistan")
            .event(0, "met", "Pakistani government", "Chinese officials", "040").goldstein(1).confidence(0.5).add()
            .event(1, "gave", "China", "Pakistan", "070").goldstein(7).plover(PloverType.AID, "economic").add()
            .build(),
        CodedArticleBuilder.article("d5", LocalDate.of(2021, 3, 20),
                "Turkey said it would talk.", "\"We are ready,\" the minister added.")
            .actor("A1", "Turkey", "TUR", "COUNTRY", "Turkey")
            .event(0, "said", "Turkey", null, "010").add()
            .quote("We are ready,", "A1")
            .build(),
        CodedArticleBuilder.article("d6", LocalDate.of(2021, 1, 20), "Pakistan threatened India.")
            .actor("A1", "Pakistan", "PAK", "COUNTRY", "Pakistan")
            .actor("A2", "India", "IND", "COUNTRY", "India")
            .event(0, "threatened", "Pakistan", "India", "138").goldstein(-7).add()
            .build());
  }

  /** A one-event article for bulk and concurrency tests. */
  static CodedArticle simple(String docId, LocalDate date) {
    return CodedArticleBuilder.article(docId, date, "Iran warned Israel.")
        .actor("A1", "Iran", "IRN", "COUNTRY", "Iran")
        .actor("A2", "Israel", "ISR", "COUNTRY", "Israel")
        .event(0, "warned", "Iran", "Israel", "130").goldstein(-4.4).add()
        .build();
  }
}
