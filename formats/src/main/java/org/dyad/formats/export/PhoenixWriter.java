package org.dyad.formats.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.ActorCode;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Place;

/**
 * Phoenix event data (the OEDA Phoenix/PETRARCH2 pipeline's output): 26 tab-separated columns
 * ({@link #COLUMNS}), no header unless asked for, as the Phoenix files have none.
 *
 * <ul>
 *   <li>EventID: the same 53-bit number as GDELT's GLOBALEVENTID; Date {@code yyyymmdd}, Year,
 *       Month and Day (two digits).</li>
 *   <li>Actors split as the Phoenix post-processing splits them: Full (the whole code), Entity
 *       (the country or IGO/NGO/IMG/MNC prefix), Role (the next code when it is one of Phoenix's
 *       primary agents GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL; for a code without a
 *       country, its first part) and Attribute (the other parts, {@code ;}-separated).</li>
 *   <li>QuadClass: Phoenix's own five-way class: 0 neutral (roots 01, 02), 1 verbal cooperation
 *       (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13 and 16), 4 material
 *       conflict (14, 15, 17–20). GoldsteinScore: the code's Goldstein value.</li>
 *   <li>Issues: empty (Dyad codes no issues).</li>
 *   <li>Lat, Lon, LocationName, CountryCode (ISO alpha-3) from the event's place; StateName empty.</li>
 *   <li>SentenceID ({@code docid-n}, n counted from 1), URLs and NewsSources: every report the
 *       row stands for, {@code ;}-separated, as Phoenix lists the stories of a deduplicated event.</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
public final class PhoenixWriter extends TabWriter {
  /** The Phoenix columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "EventID", "Date", "Year", "Month", "Day",
      "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
      "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
      "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
      "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources");

  /** Phoenix's primary agents (the Role column). */
  static final Set<String> PRIMARY_AGENTS = Set.of(
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL");

  /** Phoenix's QuadClass of CAMEO roots 01..20 (index = root). */
  private static final int[] QUAD = {-1, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4};

  PhoenixWriter(Writer out, boolean header) {
    super(out, header);
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  /** Phoenix's QuadClass (0..4) of a CAMEO root (1..20). */
  public static int quadClass(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root out of range: " + root);
    }
    return QUAD[root];
  }

  @Override
  List<String> row(ExportRecord r) {
    Event e = r.event();
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Long.toString(Fields.numericId(e.eventId())));
    if (e.date() == null) {
      f.add("");
      f.add("");
      f.add("");
      f.add("");
    } else {
      f.add(e.date().format(Fields.YYYYMMDD));
      f.add(Integer.toString(e.date().getYear()));
      f.add(String.format(Locale.ROOT, "%02d", e.date().getMonthValue()));
      f.add(String.format(Locale.ROOT, "%02d", e.date().getDayOfMonth()));
    }
    actor(f, e.source());
    actor(f, e.target());
    f.add(e.cameo().value());
    f.add(e.cameo().root());
    f.add(Integer.toString(quadClass(e.cameo().rootNumber())));
    f.add(Fields.decimal(e.goldstein()));
    f.add("");
    Place p = e.place();
    boolean located = p != null && p.latitude() != null && p.longitude() != null;
    f.add(located ? Fields.decimal(p.latitude()) : "");
    f.add(located ? Fields.decimal(p.longitude()) : "");
    f.add(p == null ? "" : Fields.placeName(p));
    f.add("");
    f.add(p == null || p.country() == null ? "" : p.country());
    Set<String> ids = new LinkedHashSet<>();
    Set<String> urls = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Report rep : r.reports()) {
      ids.add(rep.docId() + "-" + (rep.sentence() + 1));
      if (rep.url() != null && !rep.url().isBlank()) {
        urls.add(rep.url().replace(';', ','));
      }
      if (rep.source() != null && !rep.source().isBlank()) {
        sources.add(rep.source().replace(';', ','));
      }
    }
    f.add(String.join(";", ids));
    f.add(String.join(";", urls));
    f.add(String.join(";", sources));
    return f;
  }

  private static void actor(List<String> f, Participant p) {
    if (p == null) {
      for (int i = 0; i < 4; i++) {
        f.add("");
      }
      return;
    }
    List<String> parts = p.code().parts();
    String entity = "";
    int i = 0;
    if (!p.code().country().isEmpty() || ActorCode.INTERNATIONAL.contains(parts.get(0))) {
      entity = parts.get(0);
      i = 1;
    }
    String role = "";
    if (i < parts.size() && (entity.isEmpty() || PRIMARY_AGENTS.contains(parts.get(i)))) {
      role = parts.get(i);
      i++;
    }
    f.add(p.code().value());
    f.add(entity);
    f.add(role);
    f.add(String.join(";", parts.subList(i, parts.size())));
  }
}
