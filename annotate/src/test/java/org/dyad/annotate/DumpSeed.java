package org.dyad.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.model.Article;

/** Dev tool: java DumpSeed FILE DATE. */
public class DumpSeed {
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    try (CoreNlpAnnotator a = CoreNlpAnnotator.load(AnnotatorSettings.defaults())) {
      long t1 = System.nanoTime();
      String text = Files.readString(Path.of(args[0]));
      var ann = a.annotate(Article.fromText(text, LocalDate.parse(args[1])));
      long t2 = System.nanoTime();
      System.out.println(AnnotationDump.render(ann));
      System.err.printf("load %.1fs annotate %.2fs%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
  }
}
