package org.dyad.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CameoCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.PloverType;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Dyad's JSON format: one record per coded article, and JSON Lines (one record per line) for
 * many. Other tools read it, so the field names are fixed:
 *
 * <pre>
 * {"doc_id","date","title","url","source","actors":[...],"events":[...],"quotes":[...],
 *  "dates":[...],"places":[...],"errors":[...],"sentences":[[start,end],...],"coder_version"}
 * </pre>
 *
 * <p>An event is {@code {"event_id","sentence","date","date_text","date_rule","background",
 * "source":{participant},"target":{participant}|null,"cameo":{"code","root","goldstein","quad_class"},
 * "plover":{"type","mode"},"place":{place}|null,"provenance":{...}}}; a participant is
 * {@code {"text","start","end","code","country","sectors","name","actor_id"}}. Dates are ISO
 * strings or null, quad classes the numbers 1–4, an empty country is null, sectors are arrays.
 *
 * <p>The article text is not part of the standard record; {@link #withText()} adds a
 * {@code "text"} field after {@code "source"}. Reading tolerates missing newer fields: a missing
 * array is empty, a missing string null, a missing sentence index is found from the sentence
 * spans, missing provenance offsets are the participants', a missing confidence is 0, a missing
 * text is "". Mention head tokens are not written and read back as -1; a participant's country
 * and sectors are derived from its code and ignored on reading. Malformed input raises
 * {@link IllegalArgumentException} naming the document, the field and (for JSON Lines) the line.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class DyadJson {
  private static final DyadJson STANDARD = new DyadJson(false);
  private static final DyadJson WITH_TEXT = new DyadJson(true);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final boolean includeText;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectMapper prettyMapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DyadJson(boolean includeText) {
    this.includeText = includeText;
  }

  /** The standard format, without the article text. */
  public static DyadJson standard() {
    return STANDARD;
  }

  /** The standard format plus a {@code "text"} field, so that a reader gets the full article back. */
  public static DyadJson withText() {
    return WITH_TEXT;
  }

  public boolean includesText() {
    return includeText;
  }

  // ------------------------------------------------------------------ writing

  public ObjectNode toJson(CodedArticle a) {
    Objects.requireNonNull(a, "article");
    Article art = a.article();
    ObjectNode n = F.objectNode();
    n.put("doc_id", art.id());
    n.put("date", art.date() == null ? null : art.date().toString());
    n.put("title", art.title());
    n.put("url", art.url());
    n.put("source", art.source());
    if (includeText) {
      n.put("text", art.text());
    }
    putArray(n, "actors", a.actors(), this::actorToJson);
    putArray(n, "events", a.events(), this::eventToJson);
    putArray(n, "quotes", a.quotes(), this::quoteToJson);
    putArray(n, "dates", a.dates(), this::dateToJson);
    putArray(n, "places", a.places(), this::placeToJson);
    putArray(n, "errors", a.errors(), this::errorToJson);
    putArray(n, "sentences", a.sentences(), s -> F.arrayNode().add(s.start()).add(s.end()));
    n.put("coder_version", a.coderVersion());
    return n;
  }

  public String toJsonString(CodedArticle a, boolean pretty) {
    return write(toJson(a), pretty);
  }

  /** One event as in the {@code "events"} array. */
  public ObjectNode eventToJson(Event e) {
    ObjectNode n = F.objectNode();
    n.put("event_id", e.eventId());
    n.put("sentence", e.sentence());
    n.put("date", e.date() == null ? null : e.date().toString());
    n.put("date_text", e.dateText());
    n.put("date_rule", e.dateRule());
    n.put("background", e.background());
    n.set("source", participantToJson(e.source()));
    n.set("target", e.target() == null ? F.nullNode() : participantToJson(e.target()));
    ObjectNode cameo = n.putObject("cameo");
    cameo.put("code", e.cameo().value());
    cameo.put("root", e.cameo().root());
    cameo.put("goldstein", e.goldstein());
    cameo.put("quad_class", e.quadClass().number());
    ObjectNode plover = n.putObject("plover");
    plover.put("type", e.ploverType().name());
    plover.put("mode", e.ploverMode());
    n.set("place", e.place() == null ? F.nullNode() : placeToJson(e.place()));
    Provenance p = e.provenance();
    ObjectNode prov = n.putObject("provenance");
    prov.put("doc_id", p.docId());
    prov.put("sentence", p.sentence());
    prov.set("trigger", located(p.triggerText(), p.trigger().start(), p.trigger().end()));
    prov.set("source", spanToJson(p.source()));
    prov.set("target", p.target() == null ? F.nullNode() : spanToJson(p.target()));
    prov.put("rule", p.ruleId());
    prov.put("dictionary_version", p.dictionaryVersion());
    prov.put("coder_version", p.coderVersion());
    prov.put("annotator", p.annotator());
    prov.put("confidence", p.confidence());
    return n;
  }

  /** One actor as in the {@code "actors"} array. */
  public ObjectNode actorToJson(Actor a) {
    ObjectNode n = F.objectNode();
    n.put("id", a.id());
    n.put("name", a.name());
    n.put("code", a.code().value());
    n.put("country", emptyToNull(a.country()));
    n.set("sectors", strings(a.sectors()));
    n.put("role", a.role());
    n.put("type", a.type());
    n.put("code_source", a.codeSource());
    putArray(n, "mentions", a.mentions(), DyadJson::mentionToJson);
    return n;
  }

  private static ObjectNode mentionToJson(Mention m) {
    ObjectNode n = located(m.text(), m.start(), m.end());
    n.put("sentence", m.sentence());
    n.put("kind", m.kind());
    return n;
  }

  /** One quote as in the {@code "quotes"} array. */
  public ObjectNode quoteToJson(Quote q) {
    ObjectNode n = located(q.text(), q.start(), q.end());
    n.put("sentence", q.sentence());
    if (q.speakerName() == null && q.speakerCode() == null && q.speakerActorId() == null) {
      n.putNull("speaker");
    } else {
      ObjectNode s = n.putObject("speaker");
      s.put("name", q.speakerName());
      s.put("code", q.speakerCode() == null ? null : q.speakerCode().value());
      s.put("actor_id", q.speakerActorId());
    }
    n.put("rule", q.rule());
    return n;
  }

  public ObjectNode dateToJson(TimeExpression t) {
    ObjectNode n = located(t.text(), t.start(), t.end());
    n.put("sentence", t.sentence());
    n.put("type", t.type());
    n.put("value", t.value());
    return n;
  }

  public ObjectNode placeToJson(Place p) {
    ObjectNode n = located(p.text(), p.start(), p.end());
    n.put("name", p.name());
    n.put("country", emptyToNull(p.country()));
    n.put("lat", p.latitude());
    n.put("lon", p.longitude());
    n.put("role", p.role());
    return n;
  }

  public ObjectNode errorToJson(DocumentError e) {
    ObjectNode n = F.objectNode();
    n.put("doc_id", e.docId());
    n.put("kind", e.kind());
    n.put("message", e.message());
    return n;
  }

  private ObjectNode participantToJson(Participant p) {
    ObjectNode n = located(p.text(), p.start(), p.end());
    n.put("code", p.code().value());
    n.put("country", emptyToNull(p.country()));
    n.set("sectors", strings(p.sectors()));
    n.put("name", p.name());
    n.put("actor_id", p.actorId());
    return n;
  }

  /** The words of the text a record stands for and their character offsets: {@code text}, {@code start}, {@code end}. */
  private static ObjectNode located(String text, int start, int end) {
    ObjectNode n = F.objectNode();
    n.put("text", text);
    n.put("start", start);
    n.put("end", end);
    return n;
  }

  private static ObjectNode spanToJson(Span s) {
    ObjectNode n = F.objectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    return n;
  }

  /** Adds {@code field} to {@code n}: an array of {@code values}, each as {@code toJson} writes it, in order. */
  private static <T> void putArray(ObjectNode n, String field, List<T> values, Function<T, JsonNode> toJson) {
    ArrayNode array = n.putArray(field);
    for (T v : values) {
      array.add(toJson.apply(v));
    }
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private String write(JsonNode n, boolean pretty) {
    try {
      return (pretty ? prettyMapper : mapper).writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ reading

  /** Reads one article record; see the class comment for what may be missing. */
  public CodedArticle fromJson(JsonNode n) {
    Objects.requireNonNull(n, "json");
    if (!n.isObject()) {
      throw new IllegalArgumentException("a Dyad article record must be a JSON object, got " + n.getNodeType());
    }
    String docId = requiredText(n, "doc_id", "record");
    In in = new In(docId);
    List<Span> sentences = new ArrayList<>();
    for (JsonNode s : in.array(n, "sentences", "")) {
      if (!s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()) {
        throw in.bad("sentences", "expected [start,end], got " + s);
      }
      sentences.add(in.span(s.get(0).intValue(), s.get(1).intValue(), "sentences"));
    }
    in.sentences = sentences;
    Article article = new Article(docId, orElse(in.text(n, "text"), ""), in.date(n, "date", ""), in.text(n, "title"),
        in.text(n, "url"), in.text(n, "source"));

    List<Actor> actors = in.list(n, "actors", "", in::actor);
    List<Event> events = in.list(n, "events", "", in::event);
    List<Quote> quotes = in.list(n, "quotes", "", in::quote);
    List<TimeExpression> dates = in.list(n, "dates", "", in::timeExpression);
    List<Place> places = in.list(n, "places", "", in::place);
    List<DocumentError> errors = in.list(n, "errors", "", in::error);
    return new CodedArticle(article, sentences, actors, events, quotes, dates, places, errors,
        orElse(in.text(n, "coder_version"), ""));
  }

  /** Parses a JSON string holding one article record. */
  public CodedArticle fromJsonString(String json) {
    try {
      return fromJson(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads one event as written by {@link #eventToJson}; {@code docId} is the article's. */
  public Event eventFromJson(JsonNode n, String docId) {
    return new In(docId).event(n, "event");
  }

  // ------------------------------------------------------------------ JSON Lines

  /** Writes one article as one line (compact JSON and a newline). */
  public void writeLine(CodedArticle a, Writer out) throws IOException {
    out.write(toJsonString(a, false));
    out.write('\n');
  }

  /** Writes articles as JSON Lines; does not close {@code out}. */
  public void writeJsonl(Iterable<CodedArticle> articles, Writer out) throws IOException {
    for (CodedArticle a : articles) {
      writeLine(a, out);
    }
    out.flush();
  }

  /** Writes articles as a UTF-8 JSON Lines file, creating parent directories and replacing the file. */
  public void writeJsonl(Path file, Iterable<CodedArticle> articles) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeJsonl(articles, w);
    }
  }

  /**
   * Reads JSON Lines, one article per non-blank line, handing each to {@code sink} as it is read.
   *
   * @param sourceName names the input in error messages (a file name)
   * @throws IllegalArgumentException for a malformed line, naming {@code sourceName} and the line number
   */
  public void readJsonl(Reader in, String sourceName, Consumer<CodedArticle> sink) throws IOException {
    BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      CodedArticle a;
      try {
        a = fromJsonString(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(sourceName + ":" + lineNo + ": " + e.getMessage(), e);
      }
      sink.accept(a);
    }
  }

  /** Reads a whole UTF-8 JSON Lines file. */
  public List<CodedArticle> readJsonl(Path file) throws IOException {
    List<CodedArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      readJsonl(r, file.getFileName().toString(), out::add);
    }
    return out;
  }

  // ------------------------------------------------------------------ reading helpers

  private static String orElse(String s, String dflt) {
    return s == null ? dflt : s;
  }

  private static String requiredText(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(where + ": missing field '" + field + "'");
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + ": field '" + field + "' must be a string, got " + v);
    }
    return v.textValue();
  }

  /** Reading state for one document: its id (for messages) and its sentence spans. */
  private static final class In {
    final String docId;
    List<Span> sentences = List.of();

    In(String docId) {
      this.docId = docId;
    }

    IllegalArgumentException bad(String where, String why) {
      return new IllegalArgumentException("document " + docId + ": " + (where.isEmpty() ? "" : where + ": ") + why);
    }

    String text(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isTextual()) {
        throw bad(field, "must be a string, got " + v);
      }
      return v.textValue();
    }

    String requiredText(JsonNode n, String field, String where) {
      String s = text(n, field);
      if (s == null) {
        throw bad(where, "missing field '" + field + "'");
      }
      return s;
    }

    int requiredInt(JsonNode n, String field, String where) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        throw bad(where, "missing field '" + field + "'");
      }
      if (!v.canConvertToInt() || !v.isIntegralNumber()) {
        throw bad(where, "field '" + field + "' must be an integer, got " + v);
      }
      return v.intValue();
    }

    Integer optInt(JsonNode n, String field, String where) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      return requiredInt(n, field, where);
    }

    Double optDouble(JsonNode n, String field, String where) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isNumber()) {
        throw bad(where, "field '" + field + "' must be a number, got " + v);
      }
      return v.doubleValue();
    }

    boolean optBoolean(JsonNode n, String field, String where) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        throw bad(where, "field '" + field + "' must be true or false, got " + v);
      }
      return v.booleanValue();
    }

    JsonNode object(JsonNode n, String field, String where) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isObject()) {
        throw bad(where, "field '" + field + "' must be an object, got " + v);
      }
      return v;
    }

    JsonNode requiredObject(JsonNode n, String field, String where) {
      JsonNode v = object(n, field, where);
      if (v == null) {
        throw bad(where, "missing field '" + field + "'");
      }
      return v;
    }

    Iterable<JsonNode> array(JsonNode n, String field, String where) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw bad(where.isEmpty() ? field : where, "field '" + field + "' must be an array, got " + v.getNodeType());
      }
      return v;
    }

    /**
     * The elements of the array {@code field} of {@code n} (none when it is missing), each read
     * by {@code read} with its place, {@code where.field[i]} (or {@code field[i]} at the top).
     */
    <T> List<T> list(JsonNode n, String field, String where, BiFunction<JsonNode, String, T> read) {
      String prefix = (where.isEmpty() ? "" : where + ".") + field + "[";
      List<T> out = new ArrayList<>();
      int i = 0;
      for (JsonNode v : array(n, field, where)) {
        out.add(read.apply(v, prefix + i++ + "]"));
      }
      return out;
    }

    LocalDate date(JsonNode n, String field, String where) {
      String s = text(n, field);
      if (s == null) {
        return null;
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw bad(where.isEmpty() ? field : where + "." + field, "not an ISO date (yyyy-mm-dd): '" + s + "'");
      }
    }

    Span span(int start, int end, String where) {
      try {
        return new Span(start, end);
      } catch (IllegalArgumentException e) {
        throw bad(where, e.getMessage());
      }
    }

    Span spanOf(JsonNode n, String where) {
      return span(requiredInt(n, "start", where), requiredInt(n, "end", where), where);
    }

    ActorCode code(String value, String where) {
      try {
        return ActorCode.of(value);
      } catch (IllegalArgumentException e) {
        throw bad(where, e.getMessage());
      }
    }

    /** The "sentence" field, or the index of the sentence holding {@code start}, or 0. */
    int sentence(JsonNode n, int start, String where) {
      Integer s = optInt(n, "sentence", where);
      if (s != null) {
        return s;
      }
      for (int i = 0; i < sentences.size(); i++) {
        if (start >= sentences.get(i).start() && start < sentences.get(i).end()) {
          return i;
        }
      }
      return 0;
    }

    TimeExpression timeExpression(JsonNode t, String where) {
      int start = requiredInt(t, "start", where);
      return new TimeExpression(requiredText(t, "text", where), start, requiredInt(t, "end", where),
          sentence(t, start, where), orElse(text(t, "type"), "DATE"), text(t, "value"));
    }

    DocumentError error(JsonNode e, String where) {
      return new DocumentError(orElse(text(e, "doc_id"), docId), requiredText(e, "kind", where),
          requiredText(e, "message", where));
    }

    Mention mention(JsonNode m, String where) {
      int start = requiredInt(m, "start", where);
      return new Mention(requiredText(m, "text", where), start, requiredInt(m, "end", where), sentence(m, start, where), -1,
          orElse(text(m, "kind"), "NAME"));
    }

    Actor actor(JsonNode a, String where) {
      List<Mention> mentions = list(a, "mentions", where, this::mention);
      return new Actor(requiredText(a, "id", where), requiredText(a, "name", where),
          code(requiredText(a, "code", where), where + ".code"), text(a, "role"), orElse(text(a, "type"), "UNKNOWN"),
          text(a, "code_source"), mentions);
    }

    Participant participant(JsonNode p, String where) {
      return new Participant(requiredText(p, "text", where), requiredInt(p, "start", where), requiredInt(p, "end", where),
          code(requiredText(p, "code", where), where + ".code"), text(p, "name"), text(p, "actor_id"));
    }

    Place place(JsonNode p, String where) {
      return new Place(requiredText(p, "text", where), requiredInt(p, "start", where), requiredInt(p, "end", where),
          text(p, "name"), text(p, "country"), optDouble(p, "lat", where), optDouble(p, "lon", where),
          orElse(text(p, "role"), "MENTIONED"));
    }

    Quote quote(JsonNode q, String where) {
      JsonNode s = object(q, "speaker", where);
      String name = null;
      ActorCode code = null;
      String actorId = null;
      if (s != null) {
        name = text(s, "name");
        String c = text(s, "code");
        code = c == null ? null : code(c, where + ".speaker.code");
        actorId = text(s, "actor_id");
      }
      int start = requiredInt(q, "start", where);
      return new Quote(requiredText(q, "text", where), start, requiredInt(q, "end", where), sentence(q, start, where),
          name, code, actorId, orElse(text(q, "rule"), ""));
    }

    Event event(JsonNode e, String where) {
      String eventId = requiredText(e, "event_id", where);
      where = where + " (" + eventId + ")";
      Participant source = participant(requiredObject(e, "source", where), where + ".source");
      JsonNode t = object(e, "target", where);
      Participant target = t == null ? null : participant(t, where + ".target");
      int sentence = e.has("sentence") && !e.get("sentence").isNull() ? requiredInt(e, "sentence", where)
          : sentence(e, source.start(), where);

      JsonNode c = requiredObject(e, "cameo", where);
      CameoCode cameo;
      try {
        cameo = CameoCode.of(requiredText(c, "code", where + ".cameo"));
      } catch (IllegalArgumentException ex) {
        throw bad(where + ".cameo.code", ex.getMessage());
      }
      Double goldstein = optDouble(c, "goldstein", where + ".cameo");
      if (goldstein == null) {
        throw bad(where + ".cameo", "missing field 'goldstein'");
      }
      JsonNode pl = requiredObject(e, "plover", where);
      PloverType plover;
      String ploverName = requiredText(pl, "type", where + ".plover");
      try {
        plover = PloverType.parse(ploverName);
      } catch (IllegalArgumentException ex) {
        throw bad(where + ".plover.type", "unknown PLOVER type '" + ploverName + "'");
      }
      JsonNode placeNode = object(e, "place", where);
      Place place = placeNode == null ? null : place(placeNode, where + ".place");

      JsonNode p = requiredObject(e, "provenance", where);
      String pw = where + ".provenance";
      JsonNode trig = requiredObject(p, "trigger", pw);
      Span trigger = spanOf(trig, pw + ".trigger");
      JsonNode ps = object(p, "source", pw);
      Span provSource = ps == null ? source.span() : spanOf(ps, pw + ".source");
      JsonNode pt = object(p, "target", pw);
      Span provTarget = pt == null ? (target == null ? null : target.span()) : spanOf(pt, pw + ".target");
      Integer provSentence = optInt(p, "sentence", pw);
      Double confidence = optDouble(p, "confidence", pw);
      Provenance prov;
      try {
        prov = new Provenance(orElse(text(p, "doc_id"), docId), provSentence == null ? sentence : provSentence, trigger,
            text(trig, "text"), provSource, provTarget, orElse(text(p, "rule"), ""), text(p, "dictionary_version"),
            text(p, "coder_version"), text(p, "annotator"), confidence == null ? 0.0 : confidence);
      } catch (IllegalArgumentException ex) {
        throw bad(pw, ex.getMessage());
      }
      return new Event(eventId, docId, sentence, date(e, "date", where), text(e, "date_text"), text(e, "date_rule"),
          optBoolean(e, "background", where), source, target, cameo, goldstein, plover, text(pl, "mode"), place, prov);
    }
  }
}
