package org.dyad.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.formats.DyadJson;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.PloverType;
import org.dyad.model.Span;

/**
 * Readers for the gold formats. Each returns a {@link GoldSet} whose items carry the record's
 * text and date for the coder and the gold labels for the scorer; malformed records are
 * reported with file and line ({@link IllegalArgumentException}). Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link #petrarch}: PETRARCH/TABARI validation XML — {@code <Sentence id date>} with
 *       {@code <EventCoding sourcecode targetcode eventcode>} (or {@code noevents}) and
 *       {@code <Text>}; records with {@code evaluate="false"} or an expected {@code error} are
 *       left out and noted.
 *   <li>{@link #plover}: PLOVER JSON records (JSON Lines or one array): {@code event} (a name or
 *       a list), {@code actor}/{@code source} and {@code recipient}/{@code target} (objects or
 *       lists with {@code code}), {@code text}, {@code date}, {@code has_event}; records with the
 *       same text are one item. Older PLOVER names are read as the current ones.
 *   <li>{@link #conll}: one token and its tag per line ({@code B-S I-S B-T I-T B-R I-R O}), blank
 *       lines between sentences; the text is the tokens joined the way news is written.
 *   <li>{@link #tsv}: {@code sentence<TAB>label} per line.
 *   <li>{@link #jsonl}: JSON Lines in Dyad's output shape ({@code doc_id}, {@code text},
 *       {@code events}), or records with {@code text} and {@code gold_roots} (CAMEO roots, empty
 *       for "no event").
 * </ul>
 */
public final class GoldFormats {
  private GoldFormats() {}

  /** The date given to records whose gold has none. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2018, 1, 1);

  /** What the label column of a TSV gold file holds. */
  public enum TsvLabels {
    /** ConfliBERT's five CAMEO classes, 0–4 (see {@link Labels#pentaClass}). */
    PENTA,
    /** A CAMEO code or root; scored at the root. */
    ROOT,
    /** A PLOVER type name. */
    PLOVER
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static String readText(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ PETRARCH XML

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence\\s*>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text\\s*>", Pattern.DOTALL);

  /** Reads PETRARCH/TABARI validation records. */
  public static GoldSet petrarch(Path file) {
    return petrarch(String.valueOf(file.getFileName()), readText(file));
  }

  /** Reads PETRARCH/TABARI validation records from a string (for tests). */
  public static GoldSet petrarch(String name, String xml) {
    String body = blankComments(xml);
    List<GoldItem> items = new ArrayList<>();
    int skippedEval = 0;
    int skippedError = 0;
    Matcher m = SENTENCE.matcher(body);
    while (m.find()) {
      int line = lineOf(body, m.start());
      Map<String, String> attrs = attrs(m.group(1));
      String inner = m.group(2);
      String id = attrs.getOrDefault("id", name + ":" + line);
      if ("false".equalsIgnoreCase(attrs.get("evaluate"))) {
        skippedEval++;
        continue;
      }
      Matcher t = TEXT.matcher(inner);
      if (!t.find()) {
        throw new IllegalArgumentException(name + ":" + line + ": record " + id + " has no <Text>");
      }
      String text = unescape(t.group(1)).replaceAll("\\s+", " ").strip();
      LocalDate date = DEFAULT_DATE;
      String d = attrs.get("date");
      if (d != null && !d.isBlank()) {
        try {
          date = LocalDate.parse(d.strip(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(name + ":" + line + ": record " + id + " has a bad date '" + d + "'");
        }
      }
      Map<String, Set<String>> gold = new LinkedHashMap<>();
      for (Level l : Schemes.cameo().levels()) {
        gold.put(l.name(), new LinkedHashSet<>());
      }
      boolean error = false;
      Matcher c = CODING.matcher(inner);
      while (c.find()) {
        Map<String, String> a = attrs(c.group(1));
        if (a.containsKey("error")) {
          error = true;
          continue;
        }
        if (a.containsKey("noevents")) {
          continue;
        }
        String code = unquote(a.get("eventcode"));
        if (code == null || code.isBlank()) {
          throw new IllegalArgumentException(name + ":" + lineOf(body, m.start(2) + c.start()) + ": record " + id
              + " has an EventCoding without eventcode");
        }
        Map<String, String> labels = Schemes.cameoLabels(code, unquote(a.get("sourcecode")), unquote(a.get("targetcode")));
        for (Map.Entry<String, String> e : labels.entrySet()) {
          gold.get(e.getKey()).add(e.getValue());
        }
      }
      if (error) {
        skippedError++;
        continue;
      }
      items.add(new GoldItem(GoldInput.of(id, text, date), gold));
    }
    List<String> notes = new ArrayList<>();
    if (skippedEval > 0) {
      notes.add(skippedEval + " records marked evaluate=\"false\" left out");
    }
    if (skippedError > 0) {
      notes.add(skippedError + " records that expect a coding error left out");
    }
    return new GoldSet(name, "petrarch", Schemes.cameo(), items, notes);
  }

  /** Comments replaced by blanks of the same length, so that line numbers stay right. */
  private static String blankComments(String xml) {
    StringBuilder sb = new StringBuilder(xml);
    Matcher m = COMMENT.matcher(xml);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (sb.charAt(i) != '\n') {
          sb.setCharAt(i, ' ');
        }
      }
    }
    return sb.toString();
  }

  private static Map<String, String> attrs(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      out.put(a.group(1).toLowerCase(Locale.ROOT), unescape(a.group(2) != null ? a.group(2) : a.group(3)));
    }
    return out;
  }

  private static String unquote(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    while (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  private static int lineOf(String s, int offset) {
    int n = 1;
    for (int i = 0; i < offset && i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ PLOVER JSON

  /** Reads PLOVER JSON records. */
  public static GoldSet plover(Path file) {
    return plover(String.valueOf(file.getFileName()), readText(file));
  }

  /** Reads PLOVER JSON records from a string (JSON Lines or one JSON array). */
  public static GoldSet plover(String name, String content) {
    List<JsonNode> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    readJsonRecords(name, content, records, lines);
    Map<String, String> idOf = new LinkedHashMap<>();
    Map<String, LocalDate> dateOf = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> goldOf = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode r = records.get(i);
      String where = name + ":" + lines.get(i);
      String text = textField(r, "text");
      if (text == null) {
        throw new IllegalArgumentException(where + ": a PLOVER record needs a \"text\" to code");
      }
      text = text.strip();
      Map<String, Set<String>> gold = goldOf.computeIfAbsent(text, k -> {
        Map<String, Set<String>> g = new LinkedHashMap<>();
        g.put(Schemes.TYPE, new LinkedHashSet<>());
        g.put(Schemes.TYPE_COUNTRIES, new LinkedHashSet<>());
        return g;
      });
      idOf.putIfAbsent(text, textField(r, "id") != null ? textField(r, "id") : name + ":" + lines.get(i));
      dateOf.putIfAbsent(text, date(textField(r, "date"), where));
      JsonNode has = r.get("has_event");
      if (has != null && (has.isBoolean() && !has.booleanValue() || has.isTextual() && has.asText().equalsIgnoreCase("false"))) {
        continue;
      }
      List<String> types = new ArrayList<>();
      JsonNode ev = r.get("event");
      if (ev == null) {
        ev = r.get("event_type");
      }
      if (ev != null && ev.isArray()) {
        for (JsonNode e : ev) {
          types.add(e.asText());
        }
      } else if (ev != null && !ev.isNull()) {
        types.add(ev.asText());
      }
      List<String> sources = codes(r, "actor", "source");
      List<String> targets = codes(r, "recipient", "target");
      for (String t : types) {
        String type;
        try {
          type = PloverType.parse(t).name();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": unknown PLOVER event type '" + t + "'");
        }
        gold.get(Schemes.TYPE).add(type);
        for (String s : sources.isEmpty() ? List.of(Labels.NONE) : sources) {
          for (String g : targets.isEmpty() ? List.of(Labels.NONE) : targets) {
            gold.get(Schemes.TYPE_COUNTRIES).add(type + "|" + Labels.country(s) + "|" + Labels.country(g));
          }
        }
      }
    }
    List<GoldItem> items = new ArrayList<>();
    for (Map.Entry<String, Map<String, Set<String>>> e : goldOf.entrySet()) {
      items.add(new GoldItem(GoldInput.of(idOf.get(e.getKey()), e.getKey(), dateOf.get(e.getKey())), e.getValue()));
    }
    return new GoldSet(name, "plover", Schemes.plover(), items, List.of());
  }

  private static List<String> codes(JsonNode r, String... fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      JsonNode n = r.get(f);
      if (n == null || n.isNull()) {
        continue;
      }
      for (JsonNode x : n.isArray() ? n : List.of(n)) {
        if (x.isTextual()) {
          out.add(x.asText());
        } else if (x.isObject()) {
          String c = textField(x, "code");
          if (c == null) {
            c = textField(x, "country");
          }
          if (c != null) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  private static void readJsonRecords(String name, String content, List<JsonNode> records, List<Integer> lines) {
    String trimmed = content.strip();
    if (trimmed.startsWith("[")) {
      try {
        JsonNode arr = JSON.readTree(trimmed);
        int i = 0;
        for (JsonNode n : arr) {
          records.add(n);
          lines.add(++i);
        }
      } catch (IOException e) {
        throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage(), e);
      }
      return;
    }
    String[] ls = content.split("\r?\n", -1);
    for (int i = 0; i < ls.length; i++) {
      String l = ls[i].strip();
      if (l.isEmpty()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(l);
        if (!n.isObject()) {
          throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected a JSON object");
        }
        records.add(n);
        lines.add(i + 1);
      } catch (IOException e) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": not valid JSON: " + e.getMessage(), e);
      }
    }
  }

  private static String textField(JsonNode n, String f) {
    JsonNode x = n.get(f);
    return x == null || x.isNull() ? null : x.asText();
  }

  private static LocalDate date(String s, String where) {
    if (s == null || s.isBlank()) {
      return DEFAULT_DATE;
    }
    String t = s.strip();
    try {
      if (t.matches("\\d{8}")) {
        return LocalDate.parse(t, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      }
      return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": bad date '" + s + "'");
    }
  }

  // ------------------------------------------------------------------ CoNLL spans

  /** Reads CoNLL-style source/target span files. */
  public static GoldSet conll(Path file) {
    return conll(String.valueOf(file.getFileName()), readText(file));
  }

  /** Reads CoNLL-style source/target spans from a string. */
  public static GoldSet conll(String name, String content) {
    List<GoldItem> items = new ArrayList<>();
    String[] ls = content.split("\r?\n", -1);
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= ls.length; i++) {
      String l = i < ls.length ? ls[i].strip() : "";
      if (l.isEmpty()) {
        if (!words.isEmpty()) {
          items.add(conllItem(name, start, words, tags));
          words.clear();
          tags.clear();
        }
        continue;
      }
      if (l.startsWith("-DOCSTART-")) {
        continue;
      }
      String[] f = l.split("\\s+");
      if (f.length < 2) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected a token and a tag, found '" + l + "'");
      }
      String tag = f[f.length - 1];
      if (!tag.equals("O") && !tag.matches("[BI]-[STR]")) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown tag '" + tag + "' (O, B-S, I-S, B-T, I-T, B-R, I-R)");
      }
      if (words.isEmpty()) {
        start = i + 1;
      }
      words.add(f[0]);
      tags.add(tag);
    }
    return new GoldSet(name, "conll", Schemes.spans(), items, List.of());
  }

  private static GoldItem conllItem(String name, int line, List<String> words, List<String> tags) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0 && spaceBefore(words.get(i - 1), w)) {
        text.append(' ');
      }
      int s = text.length();
      text.append(w);
      spans.add(new Span(s, text.length()));
    }
    Map<String, Set<String>> gold = Schemes.empty(Schemes.spans().levels());
    String role = null;
    int from = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = role != null && tag.equals("I-" + role);
      if (!continues && role != null) {
        Schemes.goldSpan(gold, role, from, i);
        role = null;
      }
      if (!continues && !tag.equals("O")) {
        role = tag.substring(2);
        from = i;
      }
    }
    return new GoldItem(new GoldInput(name + ":" + line, text.toString(), DEFAULT_DATE, spans), gold);
  }

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S",
      "’s", "'re", "'ve", "'d", "'ll", "'m", "n't", "'", "’", "''");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "#");

  private static boolean spaceBefore(String prev, String w) {
    return !NO_SPACE_BEFORE.contains(w) && !NO_SPACE_AFTER.contains(prev);
  }

  // ------------------------------------------------------------------ TSV

  /** Reads {@code sentence<TAB>label} lines. */
  public static GoldSet tsv(Path file, TsvLabels labels) {
    return tsv(String.valueOf(file.getFileName()), readText(file), labels);
  }

  /** Reads {@code sentence<TAB>label} lines from a string; a first line whose label is not a label is a header. */
  public static GoldSet tsv(String name, String content, TsvLabels labels) {
    List<GoldItem> items = new ArrayList<>();
    String[] ls = content.split("\r?\n", -1);
    Scheme scheme = switch (labels) {
      case PENTA -> Schemes.penta();
      case ROOT -> Schemes.roots();
      case PLOVER -> Schemes.plover();
    };
    for (int i = 0; i < ls.length; i++) {
      String l = ls[i];
      if (l.isBlank()) {
        continue;
      }
      int tab = l.lastIndexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'sentence<TAB>label'");
      }
      String text = l.substring(0, tab).strip();
      String label = l.substring(tab + 1).strip();
      String level;
      String value;
      try {
        switch (labels) {
          case PENTA -> {
            if (!label.matches("[0-4]")) {
              throw new IllegalArgumentException("a class is 0 to 4");
            }
            level = Schemes.PENTA;
            value = label;
          }
          case ROOT -> {
            org.dyad.model.CameoCode.of(label);
            level = Schemes.ROOT;
            value = Labels.root(label);
          }
          default -> {
            level = Schemes.TYPE;
            value = PloverType.parse(label).name();
          }
        }
      } catch (IllegalArgumentException e) {
        if (items.isEmpty() && i == firstNonBlank(ls)) {
          continue; // a header row
        }
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": bad label '" + label + "': " + e.getMessage());
      }
      Map<String, Set<String>> gold = Schemes.empty(scheme.levels());
      gold.get(level).add(value);
      items.add(new GoldItem(GoldInput.of(name + ":" + (i + 1), text, DEFAULT_DATE), gold));
    }
    return new GoldSet(name, "tsv", scheme, items, List.of());
  }

  private static int firstNonBlank(String[] ls) {
    for (int i = 0; i < ls.length; i++) {
      if (!ls[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ JSON Lines

  /** Reads Dyad-shaped JSON Lines gold, or {@code text} + {@code gold_roots} records. */
  public static GoldSet jsonl(Path file) {
    return jsonl(String.valueOf(file.getFileName()), readText(file));
  }

  /** As {@link #jsonl(Path)}, from a string. */
  public static GoldSet jsonl(String name, String content) {
    List<JsonNode> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    readJsonRecords(name, content, records, lines);
    if (records.isEmpty()) {
      return new GoldSet(name, "jsonl", Schemes.cameo(), List.of(), List.of("no records"));
    }
    boolean roots = records.get(0).has("gold_roots");
    List<GoldItem> items = new ArrayList<>();
    DyadJson dj = DyadJson.withText();
    for (int i = 0; i < records.size(); i++) {
      JsonNode r = records.get(i);
      String where = name + ":" + lines.get(i);
      if (roots) {
        String text = textField(r, "text");
        JsonNode g = r.get("gold_roots");
        if (text == null || g == null || !g.isArray()) {
          throw new IllegalArgumentException(where + ": expected \"text\" and a \"gold_roots\" list");
        }
        Set<String> rs = new LinkedHashSet<>();
        for (JsonNode x : g) {
          String root = x.asText().strip();
          if (!root.matches("\\d{2,4}")) {
            throw new IllegalArgumentException(where + ": bad CAMEO root '" + root + "'");
          }
          rs.add(Labels.root(root));
        }
        String id = textField(r, "id") != null ? textField(r, "id") : where;
        items.add(new GoldItem(GoldInput.of(id, text, date(textField(r, "date"), where)), Map.of(Schemes.ROOT, rs)));
        continue;
      }
      CodedArticle a;
      try {
        a = dj.fromJson(r);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (a.article().text().isBlank()) {
        throw new IllegalArgumentException(where + ": the gold record has no \"text\" to code");
      }
      Map<String, Set<String>> gold = Schemes.empty(Schemes.cameo().levels());
      for (Event e : a.events()) {
        Map<String, String> l = Schemes.cameoLabels(e.cameo().value(), Labels.actor(e.source()), Labels.actor(e.target()));
        l.forEach((k, v) -> gold.get(k).add(v));
      }
      LocalDate d = a.article().date() != null ? a.article().date() : DEFAULT_DATE;
      items.add(new GoldItem(GoldInput.of(a.docId(), a.article().text(), d), gold));
    }
    return new GoldSet(name, "jsonl", roots ? Schemes.roots() : Schemes.cameo(), items, List.of());
  }
}
