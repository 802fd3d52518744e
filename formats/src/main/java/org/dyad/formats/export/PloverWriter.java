package org.dyad.formats.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.PloverType;

/**
 * PLOVER/POLECAT-style event records: one JSON object per event, one per line (JSON Lines),
 * with the field names of the PLOVER manual's data-field chapter where it has one.
 *
 * <p>Fields: {@code id} (Dyad's event id), {@code date}, {@code event} (a one-element list) and
 * {@code event_type} (the same, as POLECAT names it), {@code mode} (a list, empty when none),
 * {@code context} (always empty: Dyad codes no contexts), {@code actor} and {@code recipient}
 * (lists of one entity object, the recipient list empty without a target), {@code event_text}
 * (the trigger words), {@code quad_code} (PLOVER's quad of the event type), {@code event_loc}
 * (null without a place), {@code text} (the sentence), {@code text_info.sequence} (the
 * sentence, counted from 1), {@code cite_info} (url, title, publication), {@code coder},
 * {@code coded_date}, {@code coded_time}, {@code link} (the cluster id, shared by reports of
 * one event). Beyond PLOVER: {@code story_id}, {@code sentence_number}, {@code cameo_code},
 * {@code goldstein}, {@code num_mentions}, {@code num_sources}, {@code num_articles}.
 *
 * <p>An entity object: {@code code} (the country or international prefix, null when the actor
 * has neither), {@code country} (ISO alpha-3, null for international actors),
 * {@code country_name}, {@code sector} (the first sector, in PLOVER's codes), {@code
 * other_sector_codes}, {@code entity_text} (the words in the sentence), {@code entity_name}
 * (the actor's fullest name), {@code cameo_code} (Dyad's whole CAMEO actor code). Sector codes
 * follow PLOVER where it renamed CAMEO's: media MED → JRN, health HLH → MED, insurgents and
 * separatists INS, SEP → REB; the others are CAMEO's.
 *
 * <p>Not thread-safe.
 */
public final class PloverWriter implements EventWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** CAMEO sector → PLOVER sector where PLOVER renamed or merged one. */
  static final Map<String, String> SECTOR_RENAMES = Map.of("MED", "JRN", "HLH", "MED", "INS", "REB", "SEP", "REB");

  private final Writer out;
  private final Countries countries;
  private long count;

  PloverWriter(Writer out, Countries countries) {
    this.out = Objects.requireNonNull(out, "out");
    this.countries = countries;
  }

  /** PLOVER's quad code of an event type: 1 verbal cooperation ... 4 material conflict (PLOVER manual). */
  public static int quadCode(PloverType t) {
    switch (t) {
      case AGREE: case CONSULT: case SUPPORT: case CONCEDE:
        return 1;
      case COOPERATE: case AID: case RETREAT:
        return 2;
      case REQUEST: case ACCUSE: case REJECT: case SANCTION: case THREATEN:
        return 3;
      default:
        return 4;
    }
  }

  @Override
  public void write(ExportRecord r) throws IOException {
    out.write(JSON.writeValueAsString(toJson(r)));
    out.write('\n');
    count++;
  }

  /** The JSON object of one event. */
  ObjectNode toJson(ExportRecord r) {
    Event e = r.event();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.eventId());
    o.put("date", e.date() == null ? null : e.date().toString());
    o.putArray("event").add(e.ploverType().name());
    o.put("event_type", e.ploverType().name());
    ArrayNode mode = o.putArray("mode");
    if (e.ploverMode() != null && !e.ploverMode().isBlank()) {
      mode.add(e.ploverMode());
    }
    o.putArray("context");
    o.putArray("actor").add(entity(e.source()));
    ArrayNode recipient = o.putArray("recipient");
    if (e.target() != null) {
      recipient.add(entity(e.target()));
    }
    ArrayNode eventText = o.putArray("event_text");
    if (e.provenance().triggerText() != null) {
      eventText.add(e.provenance().triggerText());
    }
    o.put("quad_code", quadCode(e.ploverType()));
    Place p = e.place();
    if (p == null) {
      o.putNull("event_loc");
    } else {
      ObjectNode loc = o.putObject("event_loc");
      loc.put("extracted_place", p.text());
      loc.put("resolved_place", p.name());
      loc.put("lat", p.latitude());
      loc.put("lon", p.longitude());
      loc.put("country", countries.name(p.country()).orElse(null));
      loc.put("country_code", p.country());
    }
    o.put("text", r.sentenceText());
    o.putObject("text_info").put("sequence", e.sentence() + 1);
    ObjectNode cite = o.putObject("cite_info");
    cite.put("url", r.article().url());
    cite.put("title", r.article().title());
    cite.put("publication", r.article().source());
    String coder = e.provenance().coderVersion() == null ? "dyad" : "dyad " + e.provenance().coderVersion();
    cite.put("coder", coder);
    o.put("coder", coder);
    if (r.article().codedAt() == null) {
      o.putNull("coded_date");
      o.putNull("coded_time");
    } else {
      o.put("coded_date", r.article().codedAt().toLocalDate().toString());
      o.put("coded_time", r.article().codedAt().toLocalTime().withNano(0).atOffset(ZoneOffset.UTC).toString());
    }
    o.put("link", r.coverage().clusterId());
    o.put("story_id", e.docId());
    o.put("sentence_number", e.sentence() + 1);
    o.put("cameo_code", e.cameo().value());
    o.put("goldstein", e.goldstein());
    o.put("num_mentions", r.coverage().mentions());
    o.put("num_sources", r.coverage().sources());
    o.put("num_articles", r.coverage().articles());
    return o;
  }

  private ObjectNode entity(Participant p) {
    Fields.ActorParts a = Fields.ActorParts.of(p.code());
    ObjectNode o = JSON.createObjectNode();
    String top = a.top();
    o.put("code", top.isEmpty() ? null : top);
    o.put("country", a.country().isEmpty() ? null : a.country());
    o.put("country_name", countries.name(a.country()).orElse(null));
    List<String> sectors = a.sectors();
    o.put("sector", sectors.isEmpty() ? null : plover(sectors.get(0)));
    ArrayNode other = o.putArray("other_sector_codes");
    for (int i = 1; i < sectors.size(); i++) {
      other.add(plover(sectors.get(i)));
    }
    o.put("entity_text", p.text());
    o.put("entity_name", Fields.name(p));
    o.put("cameo_code", p.code().value());
    return o;
  }

  private static String plover(String sector) {
    return SECTOR_RENAMES.getOrDefault(sector, sector);
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
