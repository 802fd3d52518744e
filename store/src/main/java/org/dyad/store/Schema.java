package org.dyad.store;

import java.util.List;
import java.util.Map;

/**
 * The store's schema as a list of additive migrations, and the column order the writers use.
 *
 * <p>Migrations are never edited once released: a new version appends a migration (new tables,
 * {@code ALTER TABLE ... ADD COLUMN}). {@link #COLUMNS} must list each table's columns in the
 * order of the schema after the last migration; {@link DyadStore#open} checks it, because rows
 * are appended by position.
 */
final class Schema {
  private Schema() {}

  record Migration(int version, String description, List<String> statements) {}

  static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version ("
      + "version INTEGER NOT NULL, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)";

  static final List<Migration> MIGRATIONS = List.of(
      new Migration(1, "articles, actors, events, quotes, dates, places, errors", List.of(
          "CREATE TABLE articles ("
              + "doc_id VARCHAR PRIMARY KEY, date DATE, title VARCHAR, url VARCHAR, source VARCHAR, "
              + "text VARCHAR NOT NULL, coder_version VARCHAR NOT NULL, coded_at TIMESTAMP NOT NULL, "
              + "sentences VARCHAR NOT NULL)",
          "CREATE TABLE actors ("
              + "doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR NOT NULL, "
              + "code VARCHAR NOT NULL, country VARCHAR, sectors VARCHAR[] NOT NULL, role VARCHAR, type VARCHAR NOT NULL, "
              + "code_source VARCHAR, mentions VARCHAR NOT NULL, PRIMARY KEY (doc_id, actor_id))",
          "CREATE TABLE events ("
              + "event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, sentence INTEGER NOT NULL, "
              + "date DATE, date_text VARCHAR, date_rule VARCHAR, background BOOLEAN NOT NULL, "
              + "source_text VARCHAR NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, "
              + "source_code VARCHAR NOT NULL, source_country VARCHAR, source_sectors VARCHAR[] NOT NULL, "
              + "source_name VARCHAR, source_actor_id VARCHAR, "
              + "target_text VARCHAR, target_start INTEGER, target_end INTEGER, target_code VARCHAR, "
              + "target_country VARCHAR, target_sectors VARCHAR[], target_name VARCHAR, target_actor_id VARCHAR, "
              + "cameo_code VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, "
              + "goldstein DOUBLE NOT NULL, plover_type VARCHAR NOT NULL, plover_mode VARCHAR, "
              + "place_text VARCHAR, place_start INTEGER, place_end INTEGER, place_name VARCHAR, place_country VARCHAR, "
              + "place_lat DOUBLE, place_lon DOUBLE, place_role VARCHAR, "
              + "trigger_text VARCHAR, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, "
              + "rule_id VARCHAR NOT NULL, dictionary_version VARCHAR, coder_version VARCHAR, annotator VARCHAR, "
              + "confidence DOUBLE NOT NULL, sentence_text VARCHAR)",
          "CREATE TABLE quotes ("
              + "doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR NOT NULL, \"start\" INTEGER NOT NULL, "
              + "\"end\" INTEGER NOT NULL, sentence INTEGER NOT NULL, speaker_name VARCHAR, speaker_code VARCHAR, "
              + "speaker_actor_id VARCHAR, rule VARCHAR NOT NULL, PRIMARY KEY (doc_id, idx))",
          "CREATE TABLE dates ("
              + "doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR NOT NULL, \"start\" INTEGER NOT NULL, "
              + "\"end\" INTEGER NOT NULL, sentence INTEGER NOT NULL, type VARCHAR NOT NULL, value VARCHAR, "
              + "PRIMARY KEY (doc_id, idx))",
          "CREATE TABLE places ("
              + "doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR NOT NULL, \"start\" INTEGER NOT NULL, "
              + "\"end\" INTEGER NOT NULL, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, role VARCHAR NOT NULL, "
              + "PRIMARY KEY (doc_id, idx))",
          "CREATE TABLE errors ("
              + "doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, kind VARCHAR NOT NULL, message VARCHAR NOT NULL, "
              + "\"at\" TIMESTAMP NOT NULL, PRIMARY KEY (doc_id, idx))")),
      new Migration(2, "ingest state: content hashes of ingested documents, watched feeds and their seen items", List.of(
          "CREATE TABLE ingested ("
              + "doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, coder VARCHAR NOT NULL, origin VARCHAR, "
              + "coded_at TIMESTAMP NOT NULL)",
          "CREATE TABLE feeds ("
              + "feed VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, status VARCHAR, polled_at TIMESTAMP NOT NULL)",
          "CREATE TABLE feed_items ("
              + "feed VARCHAR NOT NULL, item_id VARCHAR NOT NULL, seen_at TIMESTAMP NOT NULL, PRIMARY KEY (feed, item_id))")));

  /** The newest schema version this code knows. */
  static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

  /** The tables that hold rows of one document, each with a {@code doc_id} column. */
  static final List<String> DOC_TABLES = List.of("articles", "actors", "events", "quotes", "dates", "places", "errors");

  /** Each table's columns in schema order: the order in which rows are appended. */
  static final Map<String, List<String>> COLUMNS = Map.of(
      "articles", List.of("doc_id", "date", "title", "url", "source", "text", "coder_version", "coded_at", "sentences"),
      "actors", List.of("doc_id", "idx", "actor_id", "name", "code", "country", "sectors", "role", "type", "code_source",
          "mentions"),
      "events", List.of("event_id", "doc_id", "idx", "sentence", "date", "date_text", "date_rule", "background",
          "source_text", "source_start", "source_end", "source_code", "source_country", "source_sectors", "source_name",
          "source_actor_id",
          "target_text", "target_start", "target_end", "target_code", "target_country", "target_sectors", "target_name",
          "target_actor_id",
          "cameo_code", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode",
          "place_text", "place_start", "place_end", "place_name", "place_country", "place_lat", "place_lon", "place_role",
          "trigger_text", "trigger_start", "trigger_end", "rule_id", "dictionary_version", "coder_version", "annotator",
          "confidence", "sentence_text"),
      "quotes", List.of("doc_id", "idx", "text", "start", "end", "sentence", "speaker_name", "speaker_code",
          "speaker_actor_id", "rule"),
      "dates", List.of("doc_id", "idx", "text", "start", "end", "sentence", "type", "value"),
      "places", List.of("doc_id", "idx", "text", "start", "end", "name", "country", "lat", "lon", "role"),
      "errors", List.of("doc_id", "idx", "kind", "message", "at"));
}
