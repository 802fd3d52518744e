package org.dyad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.model.Article;

/**
 * Reads the Reuters-21578 corpus (SGML files {@code reut2-NNN.sgm}): each {@code <REUTERS>} with
 * a {@code <BODY>} becomes an article with id {@code reuters-NEWID}, its {@code <DATE>} and title.
 * Used by benchmarks. Stateless and thread-safe.
 */
public final class ReutersSgml {
  private static final Pattern DOC = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Z]{3}-\\d{4})");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ROOT);

  private ReutersSgml() {}

  /** The articles of every {@code reut2-*.sgm} in a folder, in file order, up to {@code limit}. */
  public static List<Article> read(Path dir, int limit) {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList()) {
        // the corpus is ASCII with a few stray Latin-1 bytes
        String sgml = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        Matcher m = DOC.matcher(sgml);
        while (m.find() && out.size() < limit) {
          Article a = parse(m.group(1), m.group(2));
          if (a != null) {
            out.add(a);
          }
        }
        if (out.size() >= limit) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Reuters corpus in " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  static Article parse(String newId, String doc) {
    Matcher b = BODY.matcher(doc);
    Matcher d = DATE.matcher(doc);
    if (!b.find() || !d.find()) {
      return null;
    }
    String body = unescape(b.group(1)).replace("\u0003", "").strip();
    if (body.isEmpty()) {
      return null;
    }
    String[] parts = d.group(1).split("-");
    String month = parts[1].charAt(0) + parts[1].substring(1).toLowerCase(Locale.ROOT);
    LocalDate date = LocalDate.parse(parts[0] + "-" + month + "-" + parts[2], FORMAT);
    Matcher t = TITLE.matcher(doc);
    String title = t.find() ? unescape(t.group(1)).strip() : null;
    return new Article("reuters-" + newId, body, date, title, null, "Reuters");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#3;", "");
  }
}
