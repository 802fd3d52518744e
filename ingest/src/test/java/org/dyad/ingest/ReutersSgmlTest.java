package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersSgmlTest {
  @Test
  void readsArticlesWithBodiesAndSkipsTheRest(@TempDir Path dir) throws Exception {
    String sgml = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
        + "<REUTERS TOPICS=\"YES\" NEWID=\"7\">\n<DATE> 3-MAR-1987 09:01:02.00</DATE>\n<TEXT>&#2;\n"
        + "<TITLE>OPEC &lt;MEETS&gt;</TITLE>\n<BODY>Ministers met in Vienna on Monday.\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        + "<REUTERS NEWID=\"8\">\n<DATE>4-MAR-1987 10:00:00.00</DATE>\n<TEXT TYPE=\"BRIEF\"><TITLE>NO BODY</TITLE></TEXT>\n</REUTERS>\n";
    Files.writeString(dir.resolve("reut2-000.sgm"), sgml);
    Files.writeString(dir.resolve("README.txt"), "not a corpus file");
    List<Article> articles = ReutersSgml.read(dir, 10);
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals("reuters-7", a.id());
    assertEquals(LocalDate.of(1987, 3, 3), a.date());
    assertEquals("OPEC <MEETS>", a.title());
    assertEquals("Ministers met in Vienna on Monday.", a.text());
    assertEquals(0, ReutersSgml.read(dir, 0).size());
  }
}
