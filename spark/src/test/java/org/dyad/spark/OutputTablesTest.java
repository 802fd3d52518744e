package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.dyad.formats.DyadJson;
import org.dyad.model.CodedArticle;
import org.dyad.testkit.SampleArticles;
import org.junit.jupiter.api.Test;

/**
 * Every column of the events, actors and quotes tables holds the value of a Dyad JSON field,
 * and every Dyad JSON field of those records has its column.
 */
class OutputTablesTest {
  private final CodedArticle article = SampleArticles.diplomacy();
  private final CodedDoc doc = CodedDoc.of(article, "/news/diplomacy.txt");
  private final DyadJson json = DyadJson.standard();

  private static List<Row> rows(String table, CodedDoc d) {
    List<Row> out = new ArrayList<>();
    OutputTables.rows(table, d).forEachRemaining(out::add);
    return out;
  }

  /** Event JSON path to column: nested objects joined by "_", provenance and CAMEO details unprefixed. */
  private static String eventColumn(String path) {
    if (path.startsWith("provenance.trigger.")) {
      return "trigger_" + path.substring("provenance.trigger.".length());
    }
    if (path.startsWith("provenance.source.") || path.startsWith("provenance.target.")) {
      return path.replace('.', '_');
    }
    if (path.startsWith("provenance.")) {
      return path.substring("provenance.".length());
    }
    if (path.equals("cameo.goldstein") || path.equals("cameo.quad_class")) {
      return path.substring("cameo.".length());
    }
    return path.replace('.', '_');
  }

  @Test
  void eventColumnsAreDyadJsonFields() {
    List<Row> rows = rows("events", doc);
    assertEquals(article.events().size(), rows.size());
    Set<String> covered = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode e = json.eventToJson(article.events().get(i));
      covered.addAll(compare(rows.get(i), OutputTables.EVENTS, e, "", OutputTablesTest::eventColumn, e.get("event_id").asText()));
    }
    Set<String> all = new TreeSet<>(List.of(OutputTables.EVENTS.fieldNames()));
    assertEquals(all, covered, "columns that no Dyad JSON field fills");
  }

  @Test
  void actorAndQuoteColumnsAreDyadJsonFields() {
    List<Row> actors = rows("actors", doc);
    assertEquals(article.actors().size(), actors.size());
    Set<String> covered = new TreeSet<>(Set.of("doc_id"));
    for (int i = 0; i < actors.size(); i++) {
      Row r = actors.get(i);
      assertEquals(article.docId(), r.getAs("doc_id"));
      JsonNode a = json.actorToJson(article.actors().get(i));
      covered.addAll(compare(r, OutputTables.ACTORS, a, "", p -> p.equals("id") ? "actor_id" : p, a.get("id").asText()));
    }
    assertEquals(new TreeSet<>(List.of(OutputTables.ACTORS.fieldNames())), covered);

    List<Row> quotes = rows("quotes", doc);
    assertEquals(article.quotes().size(), quotes.size());
    Set<String> qCovered = new TreeSet<>(Set.of("doc_id", "quote_index"));
    for (int i = 0; i < quotes.size(); i++) {
      Row r = quotes.get(i);
      assertEquals(i, (int) r.getAs("quote_index"));
      JsonNode q = json.quoteToJson(article.quotes().get(i));
      qCovered.addAll(compare(r, OutputTables.QUOTES, q, "", p -> p.replace('.', '_'), "quote " + i));
    }
    assertEquals(new TreeSet<>(List.of(OutputTables.QUOTES.fieldNames())), qCovered);
  }

  @Test
  void articleAndErrorRows() {
    Row a = rows("articles", doc).get(0);
    assertEquals(SampleArticles.DIPLOMACY_ID, a.getAs("doc_id"));
    assertEquals("/news/diplomacy.txt", a.getAs("origin"));
    assertEquals(LocalDate.of(2021, 5, 16), a.getAs("date"));
    assertEquals("Pakistan criticises India", a.getAs("title"));
    assertEquals(article.article().text(), a.getAs("text"));
    assertEquals(article.events().size(), (int) a.getAs("events"));
    assertEquals(article.sentences().size(), (int) a.getAs("sentences"));
    assertEquals(json.toJsonString(article, false), a.getAs("dyad_json"));
    assertEquals(json.toJsonString(article, false), json.toJsonString(json.fromJsonString(a.getAs("dyad_json")), false));
    List<Row> errors = rows("errors", doc);
    assertEquals(1, errors.size());
    assertEquals("ANNOTATION", errors.get(0).getAs("kind"));
    assertEquals("/news/diplomacy.txt", errors.get(0).getAs("origin"));
    for (String t : OutputTables.NAMES) {
      for (Row r : rows(t, doc)) {
        assertEquals(OutputTables.schema(t).fields().length, r.length(), t);
      }
    }
  }

  /**
   * Compares each leaf of {@code node} with its column; a null object means null columns.
   *
   * @return the columns compared
   */
  private static Set<String> compare(Row row, StructType schema, JsonNode node, String prefix, UnaryOperator<String> columnOf,
      String what) {
    Set<String> covered = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> f = it.next();
      String path = prefix + f.getKey();
      JsonNode v = f.getValue();
      if (v.isObject()) {
        covered.addAll(compare(row, schema, v, path + ".", columnOf, what));
        continue;
      }
      if (v.isNull() && !List.of(schema.fieldNames()).contains(columnOf.apply(path))) {
        // a null object (no target, no place, no speaker): every column under it is null
        String start = columnOf.apply(path + ".x");
        String columnPrefix = start.substring(0, start.length() - 1);
        boolean any = false;
        for (String c : schema.fieldNames()) {
          if (c.startsWith(columnPrefix)) {
            assertNull(row.getAs(c), what + ": " + c);
            any = true;
          }
        }
        assertTrue(any, what + ": no columns for " + path);
        continue;
      }
      String column = columnOf.apply(path);
      assertTrue(List.of(schema.fieldNames()).contains(column), what + ": no column for " + path + " (" + column + ")");
      covered.add(column);
      Object actual = row.get(row.fieldIndex(column));
      if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
        List<?> list = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) actual);
        assertEquals(v.size(), list.size(), what + ": " + column);
        for (int i = 0; i < v.size(); i++) {
          Row inner = (Row) list.get(i);
          compare(inner, inner.schema() == null ? mentionSchema() : inner.schema(), v.get(i), "", UnaryOperator.identity(),
              what + "." + column + "[" + i + "]");
        }
      } else {
        assertEquals(plain(v), plain(actual), what + ": " + path + " vs " + column);
      }
    }
    return covered;
  }

  private static StructType mentionSchema() {
    return (StructType) ((org.apache.spark.sql.types.ArrayType) OutputTables.ACTORS.apply("mentions").dataType()).elementType();
  }

  /** A JSON value or a column value as a comparable plain value. */
  private static Object plain(Object v) {
    if (v instanceof JsonNode n) {
      if (n.isNull()) {
        return null;
      }
      if (n.isArray()) {
        List<Object> out = new ArrayList<>();
        n.forEach(x -> out.add(plain(x)));
        return out;
      }
      if (n.isNumber()) {
        return n.asDouble();
      }
      if (n.isBoolean()) {
        return n.asBoolean();
      }
      return n.asText();
    }
    if (v instanceof scala.collection.Seq<?> s) {
      List<Object> out = new ArrayList<>();
      scala.jdk.javaapi.CollectionConverters.asJava(s).forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    return v;
  }
}
