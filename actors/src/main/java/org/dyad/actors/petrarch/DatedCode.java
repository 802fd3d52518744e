package org.dyad.actors.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a PETRARCH actor with the dates it holds for, e.g. {@code [PAKGOV 900101-930718]}:
 * from and to are inclusive, null when open ({@code >date} has no end, {@code <date} no start,
 * a bare {@code [CODE]} neither). Immutable.
 *
 * @param code the actor code as written, upper case
 * @param from first day the code holds, or null
 * @param to last day the code holds, or null
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {
  public DatedCode {
    Objects.requireNonNull(code, "code");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("end date " + to + " is before start date " + from + " for " + code);
    }
  }

  /** True when the code has no date bounds (a default code). */
  public boolean isDefault() {
    return from == null && to == null;
  }

  /** True when the code holds on {@code date}. */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * Parses the inside of a restriction: {@code CODE}, {@code CODE YYMMDD-YYMMDD},
   * {@code CODE >YYMMDD}, {@code CODE <YYMMDD} (dates YYMMDD or YYYYMMDD, mixed freely; a
   * two-digit year 00-30 is 20YY, else 19YY, as in TABARI and PETRARCH). A lone date after the
   * code is read as a start date.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static DatedCode parse(String inside) {
    String s = inside.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty code");
    }
    int sp = indexOfSpaceOrSign(s);
    String code = (sp < 0 ? s : s.substring(0, sp)).strip().toUpperCase(java.util.Locale.ROOT);
    String rest = sp < 0 ? "" : s.substring(sp).strip();
    if (rest.isEmpty()) {
      return new DatedCode(code, null, null);
    }
    if (rest.startsWith(">")) {
      return new DatedCode(code, date(rest.substring(1).strip()), null);
    }
    if (rest.startsWith("<")) {
      return new DatedCode(code, null, date(rest.substring(1).strip()));
    }
    int dash = rest.indexOf('-');
    if (dash < 0) {
      return new DatedCode(code, date(rest), null);
    }
    return new DatedCode(code, date(rest.substring(0, dash).strip()), date(rest.substring(dash + 1).strip()));
  }

  private static int indexOfSpaceOrSign(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '<' || c == '>') {
        return i;
      }
    }
    return -1;
  }

  /** A PETRARCH date: YYMMDD or YYYYMMDD. */
  public static LocalDate date(String d) {
    if (!d.matches("\\d{6}|\\d{8}")) {
      throw new IllegalArgumentException("date '" + d + "' is neither YYMMDD nor YYYYMMDD");
    }
    int year;
    int rest;
    if (d.length() == 6) {
      int yy = Integer.parseInt(d.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else {
      year = Integer.parseInt(d.substring(0, 4));
      rest = 4;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(d.substring(rest, rest + 2)), Integer.parseInt(d.substring(rest + 2)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date '" + d + "' is not a calendar date");
    }
  }

  /** The first code of {@code codes} that holds on {@code date}: dated codes first in file order, then the first default. */
  public static Optional<String> at(java.util.List<DatedCode> codes, LocalDate date) {
    for (DatedCode c : codes) {
      if (!c.isDefault() && c.covers(date)) {
        return Optional.of(c.code());
      }
    }
    for (DatedCode c : codes) {
      if (c.isDefault()) {
        return Optional.of(c.code());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "[" + code + (isDefault() ? "" : " " + (from == null ? "<" + to : to == null ? ">" + from : from + "-" + to)) + "]";
  }
}
