package org.dyad.spark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.Ingested;
import org.dyad.model.Article;
import org.dyad.spark.JobSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkBenchTest {
  @TempDir
  Path tmp;

  @Test
  void theBenchInputReadsBackAsTheSameArticles() throws Exception {
    List<Article> articles = List.of(
        new Article("reuters-1", "Showers continued \"throughout\" the week.\nReuter", LocalDate.of(1987, 2, 26),
            "BAHIA COCOA REVIEW", null, "Reuters"),
        new Article("reuters-2", "Standard Oil <SRD.TO> said...", LocalDate.of(1987, 2, 26), null, null, "Reuters"));
    Path f = tmp.resolve("r.jsonl");
    SparkBench.writeJsonl(articles, f);
    try (Stream<Ingested> in = ArticleReader.create().read(f, IngestOptions.defaults())) {
      assertEquals(articles, in.map(i -> ((Ingested.Ok) i).article()).toList());
    }
  }

  @Test
  void ratesAfterTheModelLoadAndSummariesRoundTrip() {
    JobSummary s = new JobSummary("local[2]", 100, 98, 2, 300, 400, 50, 60.0, 1, 10.0);
    assertEquals(2.0, SparkBench.afterLoad(s), 1e-9);
    assertEquals(100 / 60.0, s.documentsPerSecond(), 1e-9);
    assertEquals(s, JobSummary.fromJson(s.toJson()));
  }
}
