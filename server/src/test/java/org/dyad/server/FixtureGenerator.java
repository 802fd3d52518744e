package org.dyad.server;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.formats.DyadJson;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.Ingested;
import org.dyad.ingest.IngestOptions;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.DyadPipeline;

/**
 * Regenerates {@code src/test/resources/fixtures/samples.jsonl}: the bundled sample articles
 * coded by the real pipeline, one Dyad JSON record per line with the article text, so that the
 * server's tests can build a store without loading CoreNLP. Not a test; run by hand after the
 * coder changes:
 *
 * <pre>java -Xmx4g -cp "cli/target/dyad-cli.jar:cli/target/lib/*" server/src/test/java/org/dyad/server/FixtureGenerator.java samples server/src/test/resources/fixtures/samples.jsonl</pre>
 */
public final class FixtureGenerator {
  private FixtureGenerator() {}

  public static void main(String[] args) throws Exception {
    Path samples = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<CodedArticle> coded = new ArrayList<>();
    try (DyadPipeline pipeline = DyadPipeline.loadDefault()) {
      List<Ingested> input = ArticleReader.create().read(samples, IngestOptions.defaults().withRequireDate(true))
          .collect(Collectors.toList());
      for (Ingested in : input) {
        if (!(in instanceof Ingested.Ok ok)) {
          throw new IllegalStateException("cannot read sample " + in);
        }
        coded.add(pipeline.code(ok.article()));
      }
    }
    coded.sort(Comparator.comparing(CodedArticle::docId));
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (CodedArticle a : coded) {
        DyadJson.withText().writeLine(a, w);
      }
    }
    System.out.println("wrote " + coded.size() + " articles to " + out);
  }
}
