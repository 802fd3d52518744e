package org.dyad.formats.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Sectors;

/**
 * ICEWS-style coded events: the 20 tab-separated columns of the public ICEWS event files
 * ({@link #COLUMNS}), with a header line unless told otherwise, as those files have.
 *
 * <ul>
 *   <li>Event ID: the same 53-bit number as GDELT's GLOBALEVENTID; Event Date {@code yyyy-mm-dd}.</li>
 *   <li>Source/Target Name: the actor's fullest name; Sectors: the names of its sector codes,
 *       comma-separated (e.g. {@code Government}); Country: the English country name, empty for
 *       international actors.</li>
 *   <li>Event Text: the name of the CAMEO code (from {@link ExportOptions#cameoNames()}; empty when
 *       not given); CAMEO Code with leading zeros; Intensity: the Goldstein value.</li>
 *   <li>Story ID: Dyad's document id; Sentence Number counted from 1; Publisher: the article's
 *       source.</li>
 *   <li>City, Country, Latitude, Longitude from the event's place (City empty for a country-level
 *       place); District and Province empty (Dyad's places carry no administrative units).</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
public final class IcewsWriter extends TabWriter {
  /** The ICEWS event file columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
      "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
      "City", "District", "Province", "Country", "Latitude", "Longitude");

  private final Countries countries;
  private final Function<String, String> cameoNames;

  IcewsWriter(Writer out, boolean header, Countries countries, Function<String, String> cameoNames) {
    super(out, header);
    this.countries = countries;
    this.cameoNames = cameoNames;
  }

  @Override
  List<String> columns() {
    return COLUMNS;
  }

  @Override
  List<String> row(ExportRecord r) {
    Event e = r.event();
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Long.toString(Fields.numericId(e.eventId())));
    f.add(e.date() == null ? "" : e.date().toString());
    actor(f, e.source());
    String name = cameoNames.apply(e.cameo().value());
    f.add(name == null ? "" : name);
    f.add(e.cameo().value());
    f.add(Fields.decimal(e.goldstein()));
    actor(f, e.target());
    f.add(e.docId());
    f.add(Integer.toString(e.sentence() + 1));
    f.add(r.article().source());
    Place p = e.place();
    int type = Fields.geoType(p, countries);
    f.add(type >= 3 ? Fields.placeName(p) : "");
    f.add("");
    f.add("");
    f.add(p == null ? "" : countries.name(p.country()).orElse(p.country() == null ? "" : p.country()));
    f.add(p == null ? "" : Fields.decimal(p.latitude()));
    f.add(p == null ? "" : Fields.decimal(p.longitude()));
    return f;
  }

  private void actor(List<String> f, Participant p) {
    if (p == null) {
      f.add("");
      f.add("");
      f.add("");
      return;
    }
    Fields.ActorParts a = Fields.ActorParts.of(p.code());
    f.add(Fields.name(p));
    List<String> names = new ArrayList<>();
    for (String t : a.types()) {
      String n = Sectors.ALL.get(t);
      if (n != null) {
        names.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
      }
    }
    f.add(String.join(",", names));
    f.add(countries.name(a.country()).orElse(a.country()));
  }
}
