package org.dyad.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Time buckets for aggregations; weeks start on Monday (ISO). */
public enum Period {
  DAY("date"),
  WEEK("CAST(date_trunc('week', date) AS DATE)"),
  MONTH("CAST(date_trunc('month', date) AS DATE)"),
  YEAR("CAST(date_trunc('year', date) AS DATE)"),
  /** One bucket for all time: the period start is null. */
  ALL("CAST(NULL AS DATE)");

  /** SQL for the period start of column {@code date}; a constant of this enum, never user input. */
  final String sql;

  Period(String sql) {
    this.sql = sql;
  }

  /** Parses {@code day|week|month|year|all}, case-insensitive; null means {@link #ALL}. */
  public static Period parse(String s) {
    if (s == null) {
      return ALL;
    }
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown period '" + s + "': use day, week, month, year or all");
    }
  }

  /** The start of the period holding {@code d}. */
  public LocalDate start(LocalDate d) {
    switch (this) {
      case DAY: return d;
      case WEEK: return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH: return d.withDayOfMonth(1);
      case YEAR: return d.withDayOfYear(1);
      default: return null;
    }
  }

  /** The start of the period after the one starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    switch (this) {
      case DAY: return start.plusDays(1);
      case WEEK: return start.plusWeeks(1);
      case MONTH: return start.plusMonths(1);
      case YEAR: return start.plusYears(1);
      default: throw new IllegalStateException("no next period for ALL");
    }
  }
}
