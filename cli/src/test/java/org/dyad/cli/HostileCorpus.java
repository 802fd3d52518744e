package org.dyad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;

/**
 * Writes a hostile corpus for ingest tests and benches: valid articles in every format mixed with
 * binary junk, empty and whitespace-only files, huge files, bad encodings, broken markup, invalid
 * feed XML, corrupt gzip and malformed JSON lines, and says what reading each should give.
 *
 * <p>Deterministic for a seed. Each file is one "document" of the count; JSON-lines files and
 * feeds hold several records, each expected separately. Not thread-safe.
 */
final class HostileCorpus {
  private HostileCorpus() {}

  /** A record that must be stored under {@code docId}. */
  record Good(String docId, String file) {}

  /** A record that must be reported as failed, by its origin (path, {@code path:line} or {@code path#item-N}). */
  record Bad(String origin, String kind) {}

  /** What was written. */
  record Corpus(Path dir, int files, List<Good> good, List<Bad> bad, Map<String, Integer> kinds, long bytes) {}

  static final String[] COUNTRIES = {"France", "Germany", "Russia", "Ukraine", "Japan", "China", "Kenya", "Uganda",
      "Brazil", "Argentina", "India", "Pakistan", "Egypt", "Israel", "Iran", "Turkey", "Canada", "Mexico", "Nigeria",
      "Ghana"};
  static final String[] VERBS = {"accused", "criticized", "condemned", "praised", "threatened", "met", "visited",
      "rejected", "welcomed", "urged", "thanked", "denounced", "blamed"};
  static final String[] TAILS = {"on Tuesday", "over the border dispute", "after talks in Geneva", "at the summit",
      "over trade tariffs", "on Friday", "in a statement"};

  /** Kinds of file, cycled through; "huge" (over 1 MB, text or HTML) only in every {@value #HUGE_EVERY}th round. */
  private static final String[] CYCLE = {
      "text+sidecar", "text+sidecar", "html", "jsonl", "binary", "text+sidecar", "empty", "rss", "text-dated-name",
      "latin1-text", "gzip", "whitespace", "html-latin1", "truncated-html", "text+sidecar", "invalid-feed",
      "broken-html", "utf16-nobom", "corrupt-gzip", "text-no-date", "html", "jsonl-broken", "html-no-date", "huge"};
  static final int HUGE_EVERY = 5;

  /** A short English news text about two countries; unique for {@code n}. */
  static String articleText(long n) {
    Random r = new Random(n * 7919 + 17);
    StringBuilder sb = new StringBuilder();
    int sentences = 3 + r.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      String a = COUNTRIES[r.nextInt(COUNTRIES.length)];
      String b = COUNTRIES[r.nextInt(COUNTRIES.length)];
      if (a.equals(b)) {
        b = COUNTRIES[(java.util.Arrays.asList(COUNTRIES).indexOf(a) + 1) % COUNTRIES.length];
      }
      sb.append(a).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ').append(b).append(' ')
          .append(TAILS[r.nextInt(TAILS.length)]).append(". ");
    }
    sb.append("Officials filed report number ").append(n).append(" with reporters.");
    return sb.toString();
  }

  static LocalDate dateOf(long n) {
    return LocalDate.of(2024, 1, 1).plusDays(n % 365);
  }

  /** Writes {@code files} files under {@code dir} (in sub-folders of 1,000). */
  static Corpus write(Path dir, int files, long seed) throws IOException {
    Random r = new Random(seed);
    List<Good> good = new ArrayList<>();
    List<Bad> bad = new ArrayList<>();
    Map<String, Integer> kinds = new TreeMap<>();
    long bytes = 0;
    int cycle = 0;
    for (int i = 0; i < files; i++) {
      Path sub = dir.resolve(String.format("part-%02d", i / 1000));
      Files.createDirectories(sub);
      int round = cycle / CYCLE.length;
      String kind = CYCLE[cycle++ % CYCLE.length];
      if (kind.equals("huge") && round % HUGE_EVERY != 0) {
        kind = r.nextBoolean() ? "text+sidecar" : "binary";
      } else if (kind.equals("huge")) {
        kind = (round / HUGE_EVERY) % 2 == 0 ? "huge-text" : "huge-html";
      }
      kinds.merge(kind, 1, Integer::sum);
      long n = seed * 1_000_000L + i;
      String stem = String.format("d%05d", i);
      String text = articleText(n);
      LocalDate date = dateOf(n);
      Path f;
      switch (kind) {
        case "text+sidecar" -> {
          f = sub.resolve(stem + ".txt");
          Files.writeString(f, text);
          Files.writeString(sub.resolve(stem + ".meta.json"),
              "{\"id\": \"doc-" + n + "\", \"date\": \"" + date + "\", \"source\": \"Test Wire\", \"title\": \"Report " + n + "\"}");
          good.add(new Good("doc-" + n, f.toString()));
        }
        case "text-dated-name" -> {
          f = sub.resolve(stem + "-" + date + ".txt");
          Files.writeString(f, text);
          good.add(new Good(Article.contentId(text), f.toString()));
        }
        case "text-no-date" -> {
          f = sub.resolve(stem + "-undated.txt");
          Files.writeString(f, text);
          bad.add(new Bad(f.toString(), "DATE"));
        }
        case "gzip" -> {
          f = sub.resolve(stem + ".txt.gz");
          try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
          }
          Files.writeString(sub.resolve(stem + ".meta.json"), "{\"id\": \"gz-" + n + "\", \"date\": \"" + date + "\"}");
          good.add(new Good("gz-" + n, f.toString()));
        }
        case "corrupt-gzip" -> {
          f = sub.resolve(stem + ".txt.gz");
          byte[] gz = gzip(text.getBytes(StandardCharsets.UTF_8));
          byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
          cut[12] ^= 0x55;
          Files.write(f, cut);
          bad.add(new Bad(f.toString(), null));
        }
        case "html" -> {
          f = sub.resolve(stem + ".html");
          String url = "https://news.example.org/2024/world/story-" + n;
          Files.writeString(f, html(text, "Report " + n, url, date, "utf-8", ""));
          good.add(new Good(urlId(url), f.toString()));
        }
        case "html-no-date" -> {
          f = sub.resolve(stem + ".html");
          String url = "https://news.example.org/undated/story-" + n;
          Files.writeString(f, html(text, "Report " + n, url, null, "utf-8", ""));
          bad.add(new Bad(f.toString(), "DATE"));
        }
        case "html-latin1" -> {
          f = sub.resolve(stem + ".htm");
          String url = "https://news.example.org/2024/latin/story-" + n;
          String t = text.replace("Officials", "Les fonctionnaires à Genève ont déclaré que les officiels");
          Files.write(f, html(t, "Rapport " + n, url, date, "iso-8859-1", "").getBytes(StandardCharsets.ISO_8859_1));
          good.add(new Good(urlId(url), f.toString()));
        }
        case "broken-html" -> {
          f = sub.resolve(stem + ".html");
          String url = "https://news.example.org/2024/broken/story-" + n;
          String page = html(text, "Report " + n, url, date, "utf-8", "").replace("</p>", "").replace("</article>", "")
              .replace("</body>", "<div><span><b>unclosed").replace("</html>", "");
          Files.writeString(f, page);
          good.add(new Good(urlId(url), f.toString()));
        }
        case "truncated-html" -> {
          f = sub.resolve(stem + ".html");
          String page = html(text, "Report " + n, "https://news.example.org/2024/cut/story-" + n, date, "utf-8", "");
          Files.writeString(f, page.substring(0, page.indexOf("<body")));
          bad.add(new Bad(f.toString(), "EMPTY"));
        }
        case "huge-html" -> {
          f = sub.resolve(stem + ".html");
          String url = "https://news.example.org/2024/huge/story-" + n;
          StringBuilder script = new StringBuilder("<script>var data = [");
          while (script.length() < 1_100_000) {
            script.append("\"").append(Long.toHexString(r.nextLong())).append("\",");
          }
          script.append("0];</script>");
          Files.writeString(f, html(text, "Report " + n, url, date, "utf-8", script.toString()));
          good.add(new Good(urlId(url), f.toString()));
        }
        case "huge-text" -> {
          f = sub.resolve(stem + "-" + date + ".txt");
          StringBuilder big = new StringBuilder(1_250_000);
          while (big.length() < 1_200_000) {
            big.append(text).append('\n');
          }
          Files.writeString(f, big);
          bad.add(new Bad(f.toString(), "TOO_LARGE"));
        }
        case "jsonl", "jsonl-broken" -> {
          f = sub.resolve(stem + ".jsonl");
          StringBuilder sb = new StringBuilder();
          int line = 0;
          for (int k = 0; k < 3; k++) {
            long m = n * 10 + k;
            String t = articleText(m);
            sb.append("{\"id\": \"j-").append(m).append("\", \"text\": ").append(jsonString(t)).append(", \"date\": \"")
                .append(dateOf(m)).append("\", \"source\": \"Test Wire\"}\n");
            line++;
            good.add(new Good("j-" + m, f.toString()));
            if (kind.equals("jsonl-broken") && k == 1) {
              sb.append("{\"id\": \"j-broken-").append(m).append("\", \"text\": \"unterminated\n");
              line++;
              bad.add(new Bad(f + ":" + line, "MALFORMED"));
              sb.append("{\"id\": \"j-nodate-").append(m).append("\", \"text\": \"Kenya praised Uganda.\"}\n");
              line++;
              bad.add(new Bad(f + ":" + line, "DATE"));
            }
          }
          Files.writeString(f, sb);
        }
        case "rss" -> {
          f = sub.resolve(stem + ".rss");
          StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
              + "<title>Test Wire</title><link>https://news.example.org/</link><description>feed</description>\n");
          for (int k = 0; k < 2; k++) {
            long m = n * 10 + k;
            String link = "https://news.example.org/2024/feed/item-" + m;
            sb.append("<item><title>Item ").append(m).append("</title><link>").append(link).append("</link><pubDate>")
                .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(dateOf(m).atStartOfDay(java.time.ZoneOffset.UTC)))
                .append("</pubDate><description>").append(xml(articleText(m))).append("</description></item>\n");
            good.add(new Good(urlId(link), f.toString()));
          }
          sb.append("</channel></rss>\n");
          Files.writeString(f, sb);
        }
        case "invalid-feed" -> {
          f = sub.resolve(stem + ".xml");
          Files.writeString(f, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken</title>\n<item><title>A & B"
              + "</title><description>" + text + "</description>\n");
          bad.add(new Bad(f.toString(), "MALFORMED"));
        }
        case "binary" -> {
          f = sub.resolve(stem + (r.nextBoolean() ? ".bin" : ".txt"));
          byte[] b = new byte[512 + r.nextInt(8192)];
          r.nextBytes(b);
          b[0] = (byte) 0x89;
          b[1] = 0;
          Files.write(f, b);
          bad.add(new Bad(f.toString(), "BINARY"));
        }
        case "empty" -> {
          f = sub.resolve(stem + ".txt");
          Files.write(f, new byte[0]);
          bad.add(new Bad(f.toString(), "EMPTY"));
        }
        case "whitespace" -> {
          f = sub.resolve(stem + ".txt");
          Files.writeString(f, " \n\t\r\n   \n");
          bad.add(new Bad(f.toString(), "EMPTY"));
        }
        case "latin1-text" -> {
          f = sub.resolve(stem + "-" + date + ".txt");
          Files.write(f, (text + " Le ministre a déclaré à Genève que c'était grave.").getBytes(StandardCharsets.ISO_8859_1));
          bad.add(new Bad(f.toString(), "ENCODING"));
        }
        case "utf16-nobom" -> {
          f = sub.resolve(stem + "-" + date + ".txt");
          Files.write(f, text.getBytes(StandardCharsets.UTF_16LE));
          bad.add(new Bad(f.toString(), "BINARY"));
        }
        default -> throw new IllegalStateException(kind);
      }
      bytes += Files.size(f);
    }
    return new Corpus(dir, files, good, bad, kinds, bytes);
  }

  static String html(String text, String title, String url, LocalDate date, String charset, String extraHead) {
    StringBuilder p = new StringBuilder();
    for (String s : text.split("(?<=\\.) ")) {
      p.append("<p>").append(xml(s)).append("</p>\n");
    }
    return "<!DOCTYPE html>\n<html><head><meta charset=\"" + charset + "\"><title>" + xml(title) + " | Test News</title>\n"
        + "<link rel=\"canonical\" href=\"" + url + "\">\n"
        + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "T08:30:00Z\">\n")
        + extraHead + "</head>\n<body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> "
        + "<a href=\"/sport\">Sport</a></nav></header>\n"
        + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies.</div>\n"
        + "<article><h1>" + xml(title) + "</h1>\n" + p + "</article>\n"
        + "<aside class=\"related\"><h2>Related</h2><ul><li>Brazil praised Argentina in 1999</li></ul></aside>\n"
        + "<footer>Copyright Test News. All rights reserved.</footer></body></html>\n";
  }

  static String urlId(String url) {
    return "u-" + Article.sha256Hex(url.trim()).substring(0, 16);
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  static byte[] gzip(byte[] b) throws IOException {
    java.io.ByteArrayOutputStream bo = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bo)) {
      out.write(b);
    }
    return bo.toByteArray();
  }

  /** Bytes of a string in a charset, for fixtures. */
  static byte[] bytes(String s, Charset cs) {
    return s.getBytes(cs);
  }
}
