package org.dyad.formats.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CameoCode;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Sectors;

/** Field helpers shared by the export formats. Stateless. */
final class Fields {
  private Fields() {}

  static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  static final DateTimeFormatter YYYYMMDDHHMMSS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  /**
   * A text field for a tab-separated line: null becomes empty, and tabs, line and paragraph
   * breaks and other control characters become single spaces, so a row is always one line with
   * the right number of fields (these formats have no escape syntax).
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean bad = Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029';
      if (bad && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? ' ' : ch);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * A number for an event id: the first 53 bits of the SHA-256 of {@code id}, so that it is the
   * same for the same event in every export and exact in a double (R, JavaScript, spreadsheets).
   */
  static long numericId(String id) {
    return Long.parseLong(Article.sha256Hex(id).substring(0, 14), 16) >>> 3;
  }

  /** A decimal without exponent ({@code 1.0}, {@code -10.0}, {@code 33.6844}); empty for null. */
  static String decimal(Double d) {
    if (d == null) {
      return "";
    }
    String s = BigDecimal.valueOf(d).toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  static String date(LocalDate d, DateTimeFormatter f) {
    return d == null ? "" : d.format(f);
  }

  static String timestamp(LocalDateTime t) {
    return t == null ? "" : t.format(YYYYMMDDHHMMSS);
  }

  /** GDELT's EventBaseCode: the three-digit parent of a four-digit code, else the code itself. */
  static String baseCode(CameoCode c) {
    return c.value().length() > 3 ? c.value().substring(0, 3) : c.value();
  }

  /** The name of a participant (its actor's fullest name), else its words. */
  static String name(Participant p) {
    return p.name() != null && !p.name().isBlank() ? p.name() : p.text();
  }

  /**
   * A CAMEO actor code split as GDELT splits it: the country (empty for an international or
   * sector-only code), a known group (the first part after the country that is not a sector,
   * e.g. {@code UNO} of {@code IGOUNO}) and the type codes (an international prefix and the
   * sectors, in order).
   */
  record ActorParts(String code, String country, String knownGroup, List<String> types, List<String> sectors) {
    static ActorParts of(ActorCode code) {
      List<String> parts = code.parts();
      String first = parts.get(0);
      String country = "";
      List<String> types = new ArrayList<>();
      List<String> sectors = new ArrayList<>();
      List<String> rest;
      if (ActorCode.INTERNATIONAL.contains(first)) {
        types.add(first);
        rest = parts.subList(1, parts.size());
      } else if (Sectors.isSector(first)) {
        rest = parts;
      } else {
        country = first;
        rest = parts.subList(1, parts.size());
      }
      String group = "";
      for (String p : rest) {
        if (Sectors.isSector(p)) {
          types.add(p);
          sectors.add(p);
        } else if (group.isEmpty()) {
          group = p;
        }
      }
      return new ActorParts(code.value(), country, group, List.copyOf(types), List.copyOf(sectors));
    }

    /** The top-level code: the country, else the international prefix, else empty. */
    String top() {
      if (!country.isEmpty()) {
        return country;
      }
      return !types.isEmpty() && ActorCode.INTERNATIONAL.contains(types.get(0)) ? types.get(0) : "";
    }

    String type(int i) {
      return i < types.size() ? types.get(i) : "";
    }
  }

  /**
   * GDELT's geographic resolution of a place: 1 country when it has no coordinates or is named
   * like its country, else 3 (a US city) or 4 (a city or landmark elsewhere); 0 without a place.
   * Dyad's places carry no finer resolution (states, provinces).
   */
  static int geoType(Place p, Countries countries) {
    if (p == null || (p.country() == null && p.latitude() == null)) {
      return 0;
    }
    String countryName = countries.name(p.country()).orElse(null);
    if (p.latitude() == null || p.longitude() == null || placeName(p).equalsIgnoreCase(String.valueOf(countryName))) {
      return p.country() == null ? 0 : 1;
    }
    return "USA".equals(p.country()) ? 3 : 4;
  }

  /** The resolved name of a place, else its words. */
  static String placeName(Place p) {
    return p.name() != null && !p.name().isBlank() ? p.name() : p.text();
  }
}
