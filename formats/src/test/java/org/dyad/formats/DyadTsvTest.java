package org.dyad.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.CodedArticle;
import org.dyad.testkit.CodedArticleBuilder;
import org.dyad.testkit.DyadAssertions;
import org.dyad.testkit.SampleArticles;
import org.junit.jupiter.api.Test;

class DyadTsvTest {
  @Test
  void headerAndOneLinePerEvent() throws Exception {
    CodedArticle a = SampleArticles.diplomacy();
    StringBuilder sb = new StringBuilder();
    DyadTsv.writeAll(List.of(a), sb);
    String[] lines = sb.toString().split("\n");
    assertEquals(1 + a.events().size(), lines.length);
    assertEquals("doc_id\tevent_id\tdate\tsource_code\tsource_name\ttarget_code\ttarget_name\tcameo\troot\tquad_class"
        + "\tgoldstein\tplover_type\tplover_mode\tbackground\tsentence\ttrigger\trule\tconfidence\tevidence", lines[0]);

    List<String> first = DyadTsv.split(lines[1]);
    assertEquals(DyadTsv.COLUMNS.size(), first.size());
    assertEquals(List.of(a.docId(), a.events().get(0).eventId(), "2021-05-16", "PAKGOV", "Shah Mahmood Qureshi", "IND",
        "India", "111", "11", "3", "-2.0", "ACCUSE", "disapprove", "false", "0", "criticised", "test:criticised", "0.9",
        "Pakistan's Foreign Minister Shah Mahmood Qureshi criticised India on Sunday in Islamabad."), first);

    List<String> background = DyadTsv.split(lines[3]);
    assertEquals("", background.get(2), "no date");
    assertEquals("true", background.get(13));
    assertEquals("REB", background.get(5));

    List<String> noTarget = DyadTsv.split(lines[4]);
    assertEquals("", noTarget.get(5));
    assertEquals("", noTarget.get(6));
    assertEquals("010", noTarget.get(7), "leading zero kept");
  }

  @Test
  void tabsNewlinesAndBackslashesAreEscaped() throws Exception {
    String evidence = "Officials in\tKabul said:\n\"The army\\police attacked\r\nprotesters.\"";
    CodedArticle a = CodedArticleBuilder.article("t1", LocalDate.of(2020, 6, 1), "Intro line.", evidence)
        .actor("A1", "the army", "AFGMIL", "GROUP", "army")
        .actor("A2", "protesters", "AFGCVL", "GROUP", "protesters")
        .event(1, "attacked", "army", "protesters", "180").goldstein(-9).add().build();
    DyadAssertions.assertValidCodedArticle(a);
    String line = DyadTsv.line(a, a.events().get(0));
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertEquals(DyadTsv.COLUMNS.size(), line.split("\t", -1).length);
    assertEquals(evidence, DyadTsv.split(line).get(18));
    assertEquals("Officials in\\tKabul said:\\n\"The army\\\\police attacked\\r\\nprotesters.\"",
        line.substring(line.lastIndexOf('\t') + 1));
  }

  @Test
  void escapeRoundTrip() {
    for (String s : List.of("", "plain", "a\tb", "a\\tb", "\\", "\\\\n", "x\ny\rz", "end\\")) {
      assertEquals(s, DyadTsv.unescape(DyadTsv.escape(s)), s);
    }
    assertEquals("", DyadTsv.escape(null));
    assertThrows(IllegalArgumentException.class, () -> DyadTsv.unescape("bad\\x"));
    assertThrows(IllegalArgumentException.class, () -> DyadTsv.unescape("bad\\"));
  }

  @Test
  void evidenceIsEmptyWithoutText() {
    CodedArticle a = SampleArticles.diplomacy();
    CodedArticle noText = DyadJson.standard().fromJson(DyadJson.standard().toJson(a));
    List<String> f = DyadTsv.split(DyadTsv.line(noText, noText.events().get(0)));
    assertEquals("", f.get(18));
    assertEquals("criticised", f.get(15));
  }
}
