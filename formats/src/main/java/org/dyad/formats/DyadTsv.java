package org.dyad.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Span;

/**
 * Dyad's tab-separated event table: a header line, then one line per event.
 *
 * <p>Columns, in order: {@link #COLUMNS}. Empty fields stand for null. In text fields a
 * backslash, tab, newline and carriage return are written as {@code \\}, {@code \t}, {@code \n}
 * and {@code \r}, so that every event is exactly one line with exactly
 * {@code COLUMNS.size()} fields; {@link #split} undoes it. The {@code evidence} column is the
 * text of the event's sentence, empty when the article text is not known.
 *
 * <p>Stateless and thread-safe.
 */
public final class DyadTsv {
  private DyadTsv() {}

  /** The column names, in order. */
  public static final List<String> COLUMNS = List.of(
      "doc_id", "event_id", "date", "source_code", "source_name", "target_code", "target_name",
      "cameo", "root", "quad_class", "goldstein", "plover_type", "plover_mode", "background",
      "sentence", "trigger", "rule", "confidence", "evidence");

  /** The header line, without a line break. */
  public static String header() {
    return String.join("\t", COLUMNS);
  }

  /** The line of one event of {@code a}, without a line break. */
  public static String line(CodedArticle a, Event e) {
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(e.docId());
    f.add(e.eventId());
    f.add(e.date() == null ? "" : e.date().toString());
    f.add(e.source().code().value());
    f.add(e.source().name());
    f.add(e.target() == null ? "" : e.target().code().value());
    f.add(e.target() == null ? "" : e.target().name());
    f.add(e.cameo().value());
    f.add(e.cameo().root());
    f.add(Integer.toString(e.quadClass().number()));
    f.add(Double.toString(e.goldstein()));
    f.add(e.ploverType().name());
    f.add(e.ploverMode());
    f.add(Boolean.toString(e.background()));
    f.add(Integer.toString(e.sentence()));
    f.add(e.provenance().triggerText());
    f.add(e.provenance().ruleId());
    f.add(Double.toString(e.provenance().confidence()));
    f.add(evidence(a, e));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(escape(f.get(i)));
    }
    return sb.toString();
  }

  /** Writes the lines of every event of {@code a}, each ended by a newline; no header. */
  public static void write(CodedArticle a, Appendable out) throws IOException {
    for (Event e : a.events()) {
      out.append(line(a, e)).append('\n');
    }
  }

  /** Writes the header and the events of every article. */
  public static void writeAll(Iterable<CodedArticle> articles, Appendable out) throws IOException {
    out.append(header()).append('\n');
    for (CodedArticle a : articles) {
      write(a, out);
    }
  }

  /** The text of the event's sentence, or "" when the text or the sentence is not known. */
  static String evidence(CodedArticle a, Event e) {
    String text = a.article().text();
    if (e.sentence() < 0 || e.sentence() >= a.sentences().size()) {
      return "";
    }
    Span s = a.sentences().get(e.sentence());
    return s.end() <= text.length() ? s.of(text) : "";
  }

  /** Escapes a field value: null → "", backslash, tab, newline, carriage return → two-char escapes. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep;
      switch (c) {
        case '\\': rep = "\\\\"; break;
        case '\t': rep = "\\t"; break;
        case '\n': rep = "\\n"; break;
        case '\r': rep = "\\r"; break;
        default: rep = null;
      }
      if (rep != null && sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Undoes {@link #escape} (an empty string stays empty). */
  public static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 't': sb.append('\t'); break;
          case 'n': sb.append('\n'); break;
          case 'r': sb.append('\r'); break;
          case '\\': sb.append('\\'); break;
          default: throw new IllegalArgumentException("unknown escape '\\" + n + "' at " + (i - 1) + " in TSV field '" + s + "'");
        }
      } else if (c == '\\') {
        throw new IllegalArgumentException("dangling backslash at the end of TSV field '" + s + "'");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Splits one line into its unescaped fields. */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        out.add(unescape(line.substring(from)));
        return out;
      }
      out.add(unescape(line.substring(from, tab)));
      from = tab + 1;
    }
  }
}
