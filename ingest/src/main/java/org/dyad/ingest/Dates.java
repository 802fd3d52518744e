package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from ISO strings, file names, meta tags and datelines. Stateless.
 *
 * <p>A timestamp keeps the calendar date as written ({@code 2021-05-17T23:30-05:00} is 17 May),
 * because that is the date the article's "today" refers to. Impossible dates (30 February) are
 * never accepted.
 */
final class Dates {
  private Dates() {}

  /** Why a string is not an ISO date. */
  static final class BadDate extends Exception {
    BadDate(String message) {
      super(message);
    }
  }

  private static final Pattern ISO_PREFIX =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?$)");

  /**
   * Parses an ISO 8601 date ({@code 2021-05-17}) or date-time ({@code 2021-05-17T10:00:00Z},
   * {@code 2021-05-17T10:00+05:00}); returns the calendar date as written.
   *
   * @throws BadDate with a reason: not ISO, or not a real date
   */
  static LocalDate parseIso(String s) throws BadDate {
    String t = s.trim();
    Matcher m = ISO_PREFIX.matcher(t);
    if (!m.matches()) {
      throw new BadDate("'" + s + "' is not an ISO date (YYYY-MM-DD)");
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new BadDate("'" + s + "' is not a real date (" + e.getMessage() + ")");
    }
  }

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
      Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
      Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|T)");

  /**
   * A date from a meta tag or similar free-form value: ISO date or date-time, {@code 2021/05/17},
   * {@code 20210517}, {@code 17 May 2021}, {@code May 17, 2021}, RFC 1123. Null when none.
   */
  static LocalDate parseLoose(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.trim();
    try {
      return parseIso(t);
    } catch (BadDate e) {
      // try other forms
    }
    Matcher m = ISO_PREFIX_LOOSE.matcher(t);
    if (m.find()) {
      LocalDate d = of(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = SLASHED.matcher(t);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(t);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    return inText(t);
  }

  private static final Pattern ISO_PREFIX_LOOSE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  /** The first written-out date ({@code 17 May 2021}, {@code May 17, 2021}) in a text, or null. */
  static LocalDate inText(String t) {
    Matcher a = DAY_MONTH_YEAR.matcher(t);
    Matcher b = MONTH_DAY_YEAR.matcher(t);
    LocalDate da = null;
    LocalDate db = null;
    int ia = Integer.MAX_VALUE;
    int ib = Integer.MAX_VALUE;
    while (da == null && a.find()) {
      da = of(a.group(3), month(a.group(2)), a.group(1));
      ia = a.start();
    }
    while (db == null && b.find()) {
      db = of(b.group(3), month(b.group(1)), b.group(2));
      ib = b.start();
    }
    if (da == null) {
      return db;
    }
    if (db == null) {
      return da;
    }
    return ia <= ib ? da : db;
  }

  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*[A-Z][\\p{L} .'\\-]{1,40}(?:,\\s*[\\p{L} .'\\-]{1,30})?,\\s*"
              + MONTH
              + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\)\\s*)?[-\u2013\u2014:]");

  /**
   * A date from the start of an article's first paragraph: a dateline such as
   * {@code WASHINGTON, May 17 (Reuters) -} (the year comes from {@code yearHint} when the dateline
   * has none) or a written-out date like {@code 17 May 2021} in its first 200 chars. Null when
   * none.
   */
  static LocalDate dateline(String firstParagraph, Integer yearHint) {
    if (firstParagraph == null || firstParagraph.isBlank()) {
      return null;
    }
    Matcher m = DATELINE.matcher(firstParagraph);
    if (m.find()) {
      String year = m.group(3);
      if (year != null) {
        LocalDate d = of(year, month(m.group(1)), m.group(2));
        if (d != null) {
          return d;
        }
      } else if (yearHint != null) {
        LocalDate d = of(String.valueOf(yearHint), month(m.group(1)), m.group(2));
        if (d != null) {
          return d;
        }
      }
    }
    String head = firstParagraph.substring(0, Math.min(200, firstParagraph.length()));
    return inText(head);
  }

  private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/");

  /** A year from a URL path like {@code /2021/05/17/...}, or null. */
  static Integer yearInUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_YEAR.matcher(url);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static final Pattern NAME_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-_]?)(\\d{2})\\2(\\d{2})(?!\\d)");

  /** The first real date in a file name like {@code dawn-2021-05-17.txt} or {@code 20210517.txt}. */
  static LocalDate inFileName(String name) {
    Matcher m = NAME_DATE.matcher(name);
    while (m.find()) {
      LocalDate d = of(m.group(1), m.group(3), m.group(4));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String month(String name) {
    Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    return n == null ? null : String.valueOf(n);
  }

  private static LocalDate of(String y, String mo, String d) {
    if (y == null || mo == null || d == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
