package org.dyad.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.formats.DyadJson;
import org.dyad.model.CodedArticle;
import org.dyad.store.DyadStore;
import org.dyad.testkit.CodedArticleBuilder;

/** Stores for the server tests: the sample articles as coded by Dyad (a committed fixture) and a hostile article. */
final class Fixtures {
  private Fixtures() {}

  static final String SEED = "dawn-2021-05-17-qureshi-blinken";
  static final String XSS = "xss-test";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";

  /** The three sample articles, coded by the real pipeline ({@link FixtureGenerator}), with their text. */
  static List<CodedArticle> samples() {
    List<CodedArticle> out = new ArrayList<>();
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/samples.jsonl")) {
      if (in == null) {
        throw new IllegalStateException("fixtures/samples.jsonl missing from the test classpath");
      }
      DyadJson.withText().readJsonl(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "samples.jsonl",
          out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** An article whose text, title, actor names, roles and quote carry markup that must render as text. */
  static CodedArticle hostile() {
    return CodedArticleBuilder.article(XSS, LocalDate.of(2022, 3, 1),
            "Ruritania criticised Freedonia " + SCRIPT + " on Tuesday.",
            "\"We reject " + IMG + " entirely\" said the minister of Freedonia.")
        .meta("Title " + SCRIPT, "javascript:alert(1)", "Source " + IMG)
        .actorWithRole("A1", "Ruritania " + IMG, "RUR", "role " + SCRIPT, "COUNTRY", "Ruritania")
        .actor("A2", "Freedonia \" onmouseover=\"alert(1)", "FRE", "COUNTRY", "Freedonia", "Freedonia")
        .event(0, "criticised", "Ruritania", "Freedonia", "111").goldstein(-2).add()
        .quote("We reject " + IMG + " entirely", "A2")
        .date("Tuesday", "DATE", "2022-03-01")
        .build();
  }

  /** An in-memory store with the samples and the hostile article. */
  static DyadStore store() {
    DyadStore s = DyadStore.inMemory();
    List<CodedArticle> all = new ArrayList<>(samples());
    all.add(hostile());
    s.putAll(all);
    return s;
  }
}
