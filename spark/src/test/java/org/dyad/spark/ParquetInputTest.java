package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/** Parquet rows (text, id, date, title, url, source, file) to articles, by the rules of JSON records. */
class ParquetInputTest {
  private static final String FILE = "hdfs://nn/in/part-0.parquet";

  private static InputDoc doc(String text, String id, String date) {
    Row r = RowFactory.create(text, id, date, "T", "http://x", "S", FILE);
    return ParquetInput.toDoc(r, null, 1000);
  }

  @Test
  void aGoodRowIsAnArticle() {
    InputDoc d = doc("Text.", "id-1", "2021-05-17T23:30:00-05:00");
    assertEquals("id-1", d.docId());
    assertEquals(LocalDate.of(2021, 5, 17), d.date());
    assertEquals("T", d.title());
    assertEquals("S", d.source());
    assertEquals(FILE, d.origin());
  }

  @Test
  void aMissingIdIsTheContentId() {
    assertEquals(Article.contentId("Text."), doc("Text.", " ", "2021-05-17").docId());
  }

  @Test
  void badRowsAreErrorsNamingTheFile() {
    InputDoc noText = doc(null, null, "2021-05-17");
    assertEquals("MALFORMED", noText.errorKind());
    assertEquals("part-0.parquet", noText.docId());
    assertTrue(noText.errorMessage().startsWith("a row of part-0.parquet has no \"text\""), noText.errorMessage());
    assertEquals("EMPTY", doc("  ", "e", "2021-05-17").errorKind());
    assertEquals("TOO_LARGE", doc("x".repeat(1001), "big", "2021-05-17").errorKind());
    InputDoc noDate = doc("Text.", "n", null);
    assertEquals("DATE", noDate.errorKind());
    assertEquals("n", noDate.docId());
    InputDoc badDate = doc("Text.", "b", "2021-02-30");
    assertEquals("DATE", badDate.errorKind());
    assertTrue(badDate.errorMessage().contains("not a real date"), badDate.errorMessage());
    assertEquals(LocalDate.of(2020, 1, 1),
        ParquetInput.toDoc(RowFactory.create("Text.", "d", null, null, null, null, FILE), LocalDate.of(2020, 1, 1), 1000).date());
  }

  @Test
  void isoDates() {
    assertEquals(LocalDate.of(2021, 5, 17), ParquetInput.isoDate("2021-05-17"));
    assertEquals(LocalDate.of(2021, 5, 17), ParquetInput.isoDate("2021-05-17 10:00:00"));
    assertThrows(IllegalArgumentException.class, () -> ParquetInput.isoDate("17 May 2021"));
  }
}
