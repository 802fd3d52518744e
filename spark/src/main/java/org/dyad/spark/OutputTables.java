package org.dyad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.formats.DyadJson;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;

/**
 * The job's Parquet tables: Dyad JSON flattened, with Dyad JSON's field names in snake case.
 *
 * <ul>
 *   <li>{@code articles}: one row per input document, coded or not, with counts, the text and the
 *       whole Dyad JSON record (without the text) in {@code dyad_json}, from which
 *       {@link DyadJson#fromJsonString} rebuilds the coded article;
 *   <li>{@code events}: one row per event; the source, target, CAMEO, PLOVER, place and
 *       provenance objects become {@code source_*}, {@code target_*}, {@code cameo_*},
 *       {@code plover_*}, {@code place_*} and provenance columns; a missing target or place has
 *       null columns;
 *   <li>{@code actors}: one row per actor of an article, mentions as an array of structs;
 *   <li>{@code quotes}: one row per quote, with its index in the article;
 *   <li>{@code errors}: one row per document error, with where the document came from.
 * </ul>
 *
 * <p>As in Dyad JSON, an empty country is null and sectors are arrays. Stateless.
 */
public final class OutputTables {
  private OutputTables() {}

  /** The table names, which are also the output's sub-folders. */
  public static final List<String> NAMES = List.of("articles", "events", "actors", "quotes", "errors");

  private static StructField f(String name, DataType t) {
    return DataTypes.createStructField(name, t, true);
  }

  private static StructField req(String name, DataType t) {
    return DataTypes.createStructField(name, t, false);
  }

  private static final DataType S = DataTypes.StringType;
  private static final DataType I = DataTypes.IntegerType;
  private static final DataType D = DataTypes.DoubleType;
  private static final DataType STRINGS = DataTypes.createArrayType(S, false);

  public static final StructType ARTICLES = DataTypes.createStructType(new StructField[] {
      req("doc_id", S), f("origin", S), f("date", DataTypes.DateType), f("title", S), f("url", S), f("source", S),
      f("text", S), f("coder_version", S), req("sentences", I), req("actors", I), req("events", I), req("quotes", I),
      req("errors", I), req("dyad_json", S)});

  public static final StructType EVENTS = DataTypes.createStructType(new StructField[] {
      req("event_id", S), req("doc_id", S), req("sentence", I), f("date", DataTypes.DateType), f("date_text", S),
      f("date_rule", S), req("background", DataTypes.BooleanType),
      req("source_text", S), req("source_start", I), req("source_end", I), req("source_code", S), f("source_country", S),
      req("source_sectors", STRINGS), f("source_name", S), f("source_actor_id", S),
      f("target_text", S), f("target_start", I), f("target_end", I), f("target_code", S), f("target_country", S),
      f("target_sectors", STRINGS), f("target_name", S), f("target_actor_id", S),
      req("cameo_code", S), req("cameo_root", S), req("goldstein", D), req("quad_class", I),
      req("plover_type", S), f("plover_mode", S),
      f("place_text", S), f("place_start", I), f("place_end", I), f("place_name", S), f("place_country", S),
      f("place_lat", D), f("place_lon", D), f("place_role", S),
      f("trigger_text", S), req("trigger_start", I), req("trigger_end", I),
      req("provenance_source_start", I), req("provenance_source_end", I),
      f("provenance_target_start", I), f("provenance_target_end", I),
      req("rule", S), f("dictionary_version", S), f("coder_version", S), f("annotator", S), req("confidence", D)});

  private static final StructType MENTION = DataTypes.createStructType(new StructField[] {
      req("text", S), req("start", I), req("end", I), req("sentence", I), req("kind", S)});

  public static final StructType ACTORS = DataTypes.createStructType(new StructField[] {
      req("doc_id", S), req("actor_id", S), req("name", S), req("code", S), f("country", S), req("sectors", STRINGS),
      f("role", S), req("type", S), f("code_source", S), req("mentions", DataTypes.createArrayType(MENTION, false))});

  public static final StructType QUOTES = DataTypes.createStructType(new StructField[] {
      req("doc_id", S), req("quote_index", I), req("text", S), req("start", I), req("end", I), req("sentence", I),
      f("speaker_name", S), f("speaker_code", S), f("speaker_actor_id", S), req("rule", S)});

  public static final StructType ERRORS = DataTypes.createStructType(new StructField[] {
      req("doc_id", S), f("origin", S), req("kind", S), req("message", S)});

  /** The schema of a table by name. */
  public static StructType schema(String table) {
    return switch (table) {
      case "articles" -> ARTICLES;
      case "events" -> EVENTS;
      case "actors" -> ACTORS;
      case "quotes" -> QUOTES;
      case "errors" -> ERRORS;
      default -> throw new IllegalArgumentException("no such table: " + table);
    };
  }

  /** The rows of one table for one coded document. */
  static Iterator<Row> rows(String table, CodedDoc doc) {
    CodedArticle a = doc.article();
    List<Row> out = switch (table) {
      case "articles" -> List.of(articleRow(a, doc.origin()));
      case "events" -> eventRows(a);
      case "actors" -> actorRows(a);
      case "quotes" -> quoteRows(a);
      case "errors" -> errorRows(a, doc.origin());
      default -> throw new IllegalArgumentException("no such table: " + table);
    };
    return out.iterator();
  }

  static Row articleRow(CodedArticle a, String origin) {
    var art = a.article();
    return row(ARTICLES, art.id(), origin, art.date(), art.title(), art.url(), art.source(), art.text(), a.coderVersion(),
        a.sentences().size(), a.actors().size(), a.events().size(), a.quotes().size(), a.errors().size(),
        DyadJson.standard().toJsonString(a, false));
  }

  static List<Row> eventRows(CodedArticle a) {
    List<Row> out = new ArrayList<>();
    for (Event e : a.events()) {
      Participant s = e.source();
      Participant t = e.target();
      Place p = e.place();
      Provenance pr = e.provenance();
      out.add(row(EVENTS, e.eventId(), e.docId(), e.sentence(), e.date(), e.dateText(), e.dateRule(), e.background(),
          s.text(), s.start(), s.end(), s.code().value(), emptyToNull(s.country()), seq(s.sectors()), s.name(), s.actorId(),
          t == null ? null : t.text(), t == null ? null : t.start(), t == null ? null : t.end(),
          t == null ? null : t.code().value(), t == null ? null : emptyToNull(t.country()), t == null ? null : seq(t.sectors()),
          t == null ? null : t.name(), t == null ? null : t.actorId(),
          e.cameo().value(), e.cameo().root(), e.goldstein(), e.quadClass().number(), e.ploverType().name(), e.ploverMode(),
          p == null ? null : p.text(), p == null ? null : p.start(), p == null ? null : p.end(), p == null ? null : p.name(),
          p == null ? null : emptyToNull(p.country()), p == null ? null : p.latitude(), p == null ? null : p.longitude(),
          p == null ? null : p.role(),
          pr.triggerText(), pr.trigger().start(), pr.trigger().end(), pr.source().start(), pr.source().end(),
          pr.target() == null ? null : pr.target().start(), pr.target() == null ? null : pr.target().end(),
          pr.ruleId(), pr.dictionaryVersion(), pr.coderVersion(), pr.annotator(), pr.confidence()));
    }
    return out;
  }

  static List<Row> actorRows(CodedArticle a) {
    List<Row> out = new ArrayList<>();
    for (Actor actor : a.actors()) {
      List<Row> mentions = new ArrayList<>();
      for (Mention m : actor.mentions()) {
        mentions.add(row(MENTION, m.text(), m.start(), m.end(), m.sentence(), m.kind()));
      }
      out.add(row(ACTORS, a.docId(), actor.id(), actor.name(), actor.code().value(), emptyToNull(actor.country()),
          seq(actor.sectors()), actor.role(), actor.type(), actor.codeSource(), seq(mentions)));
    }
    return out;
  }

  static List<Row> quoteRows(CodedArticle a) {
    List<Row> out = new ArrayList<>();
    int i = 0;
    for (Quote q : a.quotes()) {
      out.add(row(QUOTES, a.docId(), i++, q.text(), q.start(), q.end(), q.sentence(), q.speakerName(),
          q.speakerCode() == null ? null : q.speakerCode().value(), q.speakerActorId(), q.rule()));
    }
    return out;
  }

  static List<Row> errorRows(CodedArticle a, String origin) {
    List<Row> out = new ArrayList<>();
    for (DocumentError e : a.errors()) {
      out.add(row(ERRORS, e.docId(), origin, e.kind(), e.message()));
    }
    return out;
  }

  /** A row of {@code schema}; the values must match its fields in number. */
  private static Row row(StructType schema, Object... values) {
    if (values.length != schema.fields().length) {
      throw new IllegalStateException("row of " + values.length + " values for " + schema.fields().length + " columns");
    }
    return new GenericRowWithSchema(values, schema);
  }

  /** Spark's rows take arrays as Scala sequences. */
  private static scala.collection.immutable.Seq<Object> seq(List<?> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(values)).toList();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
