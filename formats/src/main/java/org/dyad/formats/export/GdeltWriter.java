package org.dyad.formats.export;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Place;

/**
 * The GDELT 2.0 event table: 61 tab-separated columns ({@link #COLUMNS}), no header unless asked
 * for, as GDELT publishes it.
 *
 * <ul>
 *   <li>GLOBALEVENTID: a 53-bit number derived from Dyad's event id (see {@link #globalEventId}).</li>
 *   <li>SQLDATE, MonthYear, Year, FractionDate: the event date ({@code (month-1)*30+day)/365} as
 *       GDELT computes it); empty for an undated event.</li>
 *   <li>Actor columns from the CAMEO actor code: the code, the name in capitals, the country, a
 *       known group (a part that is not a sector, e.g. UNO of IGOUNO), and up to three type codes
 *       (an IGO/NGO/IMG/MNC/UIS prefix, then the sectors). Ethnic and religion codes are empty:
 *       Dyad's codes do not carry them.</li>
 *   <li>IsRootEvent: 1 for an event of the article's first sentence (its lead), else 0.</li>
 *   <li>EventCode, EventBaseCode, EventRootCode: strings with their leading zeros.</li>
 *   <li>NumMentions, NumSources, NumArticles: the counts of the event's cluster (1/1/1 without).</li>
 *   <li>AvgTone: empty; Dyad does not measure tone, and 0 would claim a neutral one.</li>
 *   <li>Actor1Geo and Actor2Geo: type 0 and empty (Dyad does not place actors); ActionGeo from
 *       the event's place: type (see {@link Fields#geoType}), full name, FIPS country code,
 *       coordinates, and as FeatureID the FIPS code for a country-level place; ADM1 and ADM2 empty.</li>
 *   <li>DATEADDED: when the article was coded, UTC, {@code yyyyMMddHHmmss}.</li>
 *   <li>SOURCEURL: the article's URL, else its document id.</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
public final class GdeltWriter extends TabWriter {
  /** The GDELT 2.0 event table columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private final Countries countries;

  GdeltWriter(Writer out, boolean header, Countries countries) {
    super(out, header);
    this.countries = countries;
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  /** GLOBALEVENTID of a Dyad event id: the first 53 bits of its SHA-256. */
  public static long globalEventId(String eventId) {
    return Fields.numericId(eventId);
  }

  /** GDELT's FractionDate: year + ((month - 1) * 30 + day) / 365, four decimals. */
  static String fractionDate(LocalDate d) {
    double f = d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", f);
  }

  @Override
  List<String> row(ExportRecord r) {
    Event e = r.event();
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Long.toString(globalEventId(e.eventId())));
    LocalDate d = e.date();
    f.add(d == null ? "" : d.format(Fields.YYYYMMDD));
    f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
    f.add(d == null ? "" : Integer.toString(d.getYear()));
    f.add(d == null ? "" : fractionDate(d));
    actor(f, e.source());
    actor(f, e.target());
    f.add(e.sentence() == 0 ? "1" : "0");
    f.add(e.cameo().value());
    f.add(Fields.baseCode(e.cameo()));
    f.add(e.cameo().root());
    f.add(Integer.toString(e.quadClass().number()));
    f.add(Fields.decimal(e.goldstein()));
    f.add(Integer.toString(r.coverage().mentions()));
    f.add(Integer.toString(r.coverage().sources()));
    f.add(Integer.toString(r.coverage().articles()));
    f.add("");
    geo(f, null);
    geo(f, null);
    geo(f, e.place());
    f.add(Fields.timestamp(r.article().codedAt()));
    String url = r.article().url();
    f.add(url != null && !url.isBlank() ? url : e.docId());
    return f;
  }

  private static void actor(List<String> f, Participant p) {
    if (p == null) {
      for (int i = 0; i < 10; i++) {
        f.add("");
      }
      return;
    }
    Fields.ActorParts a = Fields.ActorParts.of(p.code());
    f.add(a.code());
    f.add(Fields.name(p).toUpperCase(Locale.ROOT));
    f.add(a.country());
    f.add(a.knownGroup());
    f.add("");
    f.add("");
    f.add("");
    f.add(a.type(0));
    f.add(a.type(1));
    f.add(a.type(2));
  }

  private void geo(List<String> f, Place p) {
    int type = Fields.geoType(p, countries);
    f.add(Integer.toString(type));
    if (type == 0) {
      for (int i = 0; i < 7; i++) {
        f.add("");
      }
      return;
    }
    String fips = countries.fips(p.country()).orElse("");
    String countryName = countries.name(p.country()).orElse("");
    String name = type == 1 && !countryName.isEmpty() ? countryName : Fields.placeName(p);
    f.add(type == 1 || countryName.isEmpty() || name.equalsIgnoreCase(countryName) ? name : name + ", " + countryName);
    f.add(fips);
    f.add("");
    f.add("");
    f.add(Fields.decimal(p.latitude()));
    f.add(Fields.decimal(p.longitude()));
    f.add(type == 1 ? fips : "");
  }
}
