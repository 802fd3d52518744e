package org.dyad.formats.export;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The event export formats of other event data sets, and how to open a writer for each.
 * Parquet is not here: the store writes it itself (DuckDB {@code COPY}).
 */
public enum EventFormat {
  /** GDELT 2.0 event table, 61 tab-separated columns ({@link GdeltWriter}). */
  GDELT(GdeltWriter.COLUMNS, false),
  /** ICEWS coded event file, 20 tab-separated columns ({@link IcewsWriter}). */
  ICEWS(IcewsWriter.COLUMNS, true),
  /** Phoenix (OEDA PETRARCH2 pipeline) event file, 26 tab-separated columns ({@link PhoenixWriter}). */
  PHOENIX(PhoenixWriter.COLUMNS, false),
  /** PLOVER/POLECAT-style JSON Lines ({@link PloverWriter}). */
  PLOVER(List.of(), false);

  private final List<String> columns;
  private final boolean headerByDefault;

  EventFormat(List<String> columns, boolean headerByDefault) {
    this.columns = columns;
    this.headerByDefault = headerByDefault;
  }

  /** The column names of a tab-separated format, in order; empty for JSON Lines. */
  public List<String> columns() {
    return columns;
  }

  /** Whether files of this format have a header line by custom. */
  public boolean headerByDefault() {
    return headerByDefault;
  }

  /** The format named {@code name} (case-insensitive): gdelt, icews, phoenix or plover. */
  public static EventFormat parse(String name) {
    Objects.requireNonNull(name, "name");
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "': use gdelt, icews, phoenix or plover", e);
    }
  }

  /**
   * A writer of this format on {@code out}, which it owns and closes. A header asked for is
   * written even when no event follows; JSON Lines never has one.
   */
  public EventWriter open(Writer out, ExportOptions options) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    boolean header = options.header() == null ? headerByDefault : options.header();
    Countries countries = Countries.loadDefault();
    switch (this) {
      case GDELT:
        return new GdeltWriter(out, header, countries);
      case ICEWS:
        return new IcewsWriter(out, header, countries, options.cameoNames());
      case PHOENIX:
        return new PhoenixWriter(out, header);
      default:
        return new PloverWriter(out, countries);
    }
  }
}
