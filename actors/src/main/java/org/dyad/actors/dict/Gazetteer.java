package org.dyad.actors.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names with coordinates: Dyad's built-in {@value #FILE} (every capital of
 * {@code countries.tsv} plus major cities and regions of political news), a user's file in the
 * same format, or the GeoNames {@code cities15000.txt} dump imported with {@link #importGeoNames}.
 *
 * <p>{@value #FILE} columns: {@code name aliases iso3 lat lon kind population}, after a {@code #}
 * comment line and a {@code #version<TAB>V} line; aliases separated by {@code |}; kind CAPITAL,
 * CITY or REGION; population empty or 0 when unknown. A name or alias may occur once per country.
 *
 * <p>Look-ups fold case, diacritics, hyphens and repeated spaces ("kyiv" = "Kyiv", "Zurich" =
 * "Zürich", "Port au Prince" = "Port-au-Prince") and return every place with that name, most
 * populous first. Instances are immutable and thread-safe; {@link #loadDefault()} is loaded once.
 */
public final class Gazetteer {
  public static final String FILE = "gazetteer.tsv";
  static final List<String> HEADER = List.of("name", "aliases", "iso3", "lat", "lon", "kind", "population");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Comparator<GazetteerEntry> ORDER = Comparator
      .comparingLong(GazetteerEntry::population).reversed()
      .thenComparing(GazetteerEntry::kind)
      .thenComparing(GazetteerEntry::name)
      .thenComparing(GazetteerEntry::iso3);

  private final List<GazetteerEntry> entries;
  private final Map<String, List<GazetteerEntry>> index;
  private final String version;

  private Gazetteer(List<GazetteerEntry> entries, String version) {
    this.entries = List.copyOf(entries);
    this.version = version;
    Map<String, List<GazetteerEntry>> idx = new HashMap<>();
    for (GazetteerEntry e : this.entries) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(fold(e.name()));
      for (String a : e.aliases()) {
        keys.add(fold(a));
      }
      for (String k : keys) {
        if (!k.isEmpty()) {
          idx.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
        }
      }
    }
    for (Map.Entry<String, List<GazetteerEntry>> en : idx.entrySet()) {
      List<GazetteerEntry> l = en.getValue();
      if (l.size() > 1) {
        l.sort(ORDER);
      }
      en.setValue(List.copyOf(l));
    }
    this.index = Map.copyOf(idx);
  }

  /** Builds a gazetteer from entries in memory (e.g. for tests or other sources). */
  public static Gazetteer of(List<GazetteerEntry> entries, String version) {
    return new Gazetteer(Objects.requireNonNull(entries, "entries"), Objects.requireNonNull(version, "version"));
  }

  private static final class DefaultHolder {
    static final Gazetteer INSTANCE = loadResource();

    private static Gazetteer loadResource() {
      InputStream in = Gazetteer.class.getResourceAsStream(FILE);
      if (in == null) {
        throw new DictionaryException(FILE, 0, "not on the class path");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return read(FILE, r);
      } catch (IOException e) {
        throw new DictionaryException(FILE, 0, "cannot read: " + e.getMessage(), e);
      }
    }
  }

  /** The built-in {@value #FILE}, loaded on first use and cached. */
  public static Gazetteer loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * Loads a gazetteer file in the format of {@value #FILE}.
   *
   * @throws DictionaryException naming the file and line when it is missing or malformed
   */
  public static Gazetteer load(Path file) {
    String name = file.getFileName().toString();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(name, r);
    } catch (IOException e) {
      throw new DictionaryException(name, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private static Gazetteer read(String file, BufferedReader in) {
    TsvTable t = TsvTable.read(file, in, HEADER);
    List<GazetteerEntry> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (TsvTable.Row r : t.rows) {
      String name = r.required(0, "name");
      List<String> aliases = r.list(1, "aliases");
      String iso3 = r.required(2, "iso3");
      if (!iso3.matches("[A-Z]{3}")) {
        throw r.error("iso3 must be three capital letters: '" + iso3 + "'");
      }
      double lat = r.number(3, "lat", -90, 90);
      double lon = r.number(4, "lon", -180, 180);
      PlaceKind kind;
      try {
        kind = PlaceKind.valueOf(r.required(5, "kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown kind '" + r.cell(5) + "' (CAPITAL, CITY or REGION)");
      }
      long population = 0;
      if (!r.cell(6).isEmpty()) {
        try {
          population = Long.parseLong(r.cell(6));
        } catch (NumberFormatException e) {
          throw r.error("population is not a whole number: '" + r.cell(6) + "'");
        }
        if (population < 0) {
          throw r.error("negative population " + population);
        }
      }
      List<String> names = new ArrayList<>();
      names.add(name);
      names.addAll(aliases);
      for (String n : names) {
        Integer before = seen.putIfAbsent(fold(n) + "\t" + iso3, r.line());
        if (before != null && before != r.line()) {
          throw r.error("duplicate place name '" + n + "' in " + iso3 + ": already at line " + before);
        }
      }
      out.add(new GazetteerEntry(name, aliases, iso3, lat, lon, kind, population));
    }
    return new Gazetteer(out, "gazetteer=" + t.version);
  }

  /**
   * Imports a GeoNames dump such as {@code cities15000.txt}: tab-separated, 19 columns (geonameid,
   * name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country
   * code, cc2, admin1-4, population, elevation, dem, timezone, modification date), no header.
   * Country codes (ISO alpha-2) are mapped to CAMEO codes through the default dictionary's
   * {@code countries.tsv}; rows of countries it does not know are skipped.
   *
   * @throws DictionaryException naming the file and line for a malformed row
   */
  public static Gazetteer importGeoNames(Path citiesTxt) {
    return importGeoNames(citiesTxt, ActorDictionary.loadDefault());
  }

  /**
   * As {@link #importGeoNames(Path)}, mapping country codes through {@code countries}. Kinds: feature
   * code PPLC is a CAPITAL, feature class A (administrative division) a REGION, anything else a
   * CITY. Aliases are the ASCII name and those alternate names written in Latin letters (airport
   * and other codes of up to four capitals are left out).
   */
  public static Gazetteer importGeoNames(Path citiesTxt, ActorDictionary countries) {
    Objects.requireNonNull(countries, "countries");
    String file = citiesTxt.getFileName().toString();
    List<GazetteerEntry> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(citiesTxt, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 19) {
          throw new DictionaryException(file, lineNo, "expected 19 tab-separated GeoNames columns but found " + c.length);
        }
        String name = c[1].trim();
        if (name.isEmpty()) {
          throw new DictionaryException(file, lineNo, "empty name");
        }
        double lat = geoNumber(file, lineNo, c[4], "latitude", 90);
        double lon = geoNumber(file, lineNo, c[5], "longitude", 180);
        String iso2 = c[8].trim();
        Country country = countries.countryByIso2(iso2).orElse(null);
        if (country == null) {
          continue;
        }
        PlaceKind kind = "PPLC".equals(c[7].trim()) ? PlaceKind.CAPITAL
            : "A".equals(c[6].trim()) ? PlaceKind.REGION : PlaceKind.CITY;
        long population = 0;
        if (!c[14].isBlank()) {
          try {
            population = Math.max(0, Long.parseLong(c[14].trim()));
          } catch (NumberFormatException e) {
            throw new DictionaryException(file, lineNo, "population is not a whole number: '" + c[14] + "'");
          }
        }
        Set<String> aliases = new LinkedHashSet<>();
        String folded = fold(name);
        if (!c[2].isBlank() && !fold(c[2]).equals(folded)) {
          aliases.add(c[2].trim());
        }
        if (!c[3].isBlank()) {
          for (String a : c[3].split(",")) {
            String t = a.trim();
            if (isLatinName(t) && !fold(t).equals(folded)) {
              aliases.add(t);
            }
          }
        }
        out.add(new GazetteerEntry(name, List.copyOf(aliases), country.iso3(), lat, lon, kind, population));
      }
    } catch (IOException e) {
      throw new DictionaryException(file, 0, "cannot read: " + e.getMessage(), e);
    }
    return new Gazetteer(out, "geonames=" + file);
  }

  private static double geoNumber(String file, int line, String cell, String column, double max) {
    double d;
    try {
      d = Double.parseDouble(cell.trim());
    } catch (NumberFormatException e) {
      throw new DictionaryException(file, line, column + " is not a number: '" + cell + "'");
    }
    if (!(d >= -max && d <= max)) {
      throw new DictionaryException(file, line, column + " " + cell + " is outside " + -max + ".." + max);
    }
    return d;
  }

  /** A name in Latin letters (accents allowed), not a short all-capital code. */
  private static boolean isLatinName(String s) {
    if (s.length() < 2) {
      return false;
    }
    boolean letter = false;
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isLetter(ch)) {
        if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
          return false;
        }
        letter = true;
        lower |= Character.isLowerCase(ch);
      }
    }
    return letter && (lower || s.length() > 4);
  }

  /** Case, diacritics, hyphens and spacing folded away: the look-up key of a place name. */
  static String fold(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("");
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '\u2019' || ch == '\u2018') {
        ch = '\'';
      }
      if (Character.isWhitespace(ch) || ch == '-' || ch == '\u2010' || ch == '\u2011' || ch == '\u2013') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.toLowerCase(ch));
    }
    return sb.toString();
  }

  /** Every place with this name or alias, most populous first; empty when none. */
  public List<GazetteerEntry> lookup(String name) {
    Objects.requireNonNull(name, "name");
    List<GazetteerEntry> l = index.get(fold(name));
    return l == null ? List.of() : l;
  }

  /**
   * This gazetteer plus the places of {@code other} that it does not have already. A place of
   * {@code other} is the same as one here when they share a folded name or alias, the country, and
   * lie within half a degree of each other; then this gazetteer's entry is kept.
   */
  public Gazetteer merge(Gazetteer other) {
    Objects.requireNonNull(other, "other");
    List<GazetteerEntry> out = new ArrayList<>(entries);
    for (GazetteerEntry e : other.entries) {
      if (!hasSame(e)) {
        out.add(e);
      }
    }
    return new Gazetteer(out, version + "+" + other.version);
  }

  private boolean hasSame(GazetteerEntry e) {
    List<String> names = new ArrayList<>();
    names.add(e.name());
    names.addAll(e.aliases());
    for (String n : names) {
      for (GazetteerEntry mine : lookup(n)) {
        if (mine.iso3().equals(e.iso3()) && Math.abs(mine.lat() - e.lat()) <= 0.5 && Math.abs(mine.lon() - e.lon()) <= 0.5) {
          return true;
        }
      }
    }
    return false;
  }

  /** All places in load order. */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** Number of places. */
  public int size() {
    return entries.size();
  }

  /** Where the places came from: {@code gazetteer=V} for a file, {@code geonames=FILE} for an import, joined by {@code +} after a merge. */
  public String version() {
    return version;
  }
}
