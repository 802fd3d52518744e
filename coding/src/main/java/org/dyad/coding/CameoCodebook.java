package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.CameoCode;
import org.dyad.model.QuadClass;

/**
 * The CAMEO event-code table: every code with its name, Goldstein value and quad class.
 *
 * <p>The default table is Dyad's own {@code cameo-codes.tsv} on the classpath (package
 * {@code org.dyad.coding}); {@link #load(Reader, String)} reads any table of the same format:
 * {@code #} comment lines, one {@code #version<TAB>value} line, a header row
 * {@code code root quad goldstein name} and then one tab-separated row per code. Loading checks
 * every row (code well formed, root and quad class consistent with the code, Goldstein value in
 * [-10, 10], no duplicates, every 3- and 4-digit code's parent present) and fails with an
 * {@link IllegalArgumentException} naming the source and line.
 *
 * <p>Instances are immutable and thread-safe; {@link #loadDefault()} returns one shared instance.
 */
public final class CameoCodebook {
  /** Classpath resource name of the default table, relative to this class. */
  public static final String DEFAULT_RESOURCE = "cameo-codes.tsv";

  static final String HEADER = "code\troot\tquad\tgoldstein\tname";

  private final String source;
  private final String version;
  private final Map<String, CameoEntry> byCode;

  private CameoCodebook(String source, String version, Map<String, CameoEntry> byCode) {
    this.source = source;
    this.version = version;
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** The table shipped with Dyad, loaded once and cached. */
  public static CameoCodebook loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final CameoCodebook INSTANCE = loadResource();

    private static CameoCodebook loadResource() {
      try (Reader r = openResource(CameoCodebook.class, DEFAULT_RESOURCE)) {
        return load(r, DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /**
   * Reads a table. The reader is consumed but not closed.
   *
   * @param sourceName the name used in error messages, e.g. the file name
   * @throws IllegalArgumentException when the table is malformed; the message names the source
   *     and line
   */
  public static CameoCodebook load(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Table table = Table.read(reader, sourceName, HEADER, 5);
    Map<String, CameoEntry> byCode = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (Table.Row row : table.rows()) {
      CameoCode code = row.code(0);
      if (!row.cell(1).equals(code.root())) {
        throw row.error("root '" + row.cell(1) + "' does not match code " + code
            + " (expected " + code.root() + ")");
      }
      int quad;
      try {
        quad = Integer.parseInt(row.cell(2));
      } catch (NumberFormatException e) {
        throw row.error("quad class '" + row.cell(2) + "' is not a number 1-4");
      }
      if (quad != code.quadClass().number()) {
        throw row.error("quad class " + quad + " does not match root " + code.root()
            + " of code " + code + " (expected " + code.quadClass().number() + ")");
      }
      double goldstein;
      try {
        goldstein = Double.parseDouble(row.cell(3));
      } catch (NumberFormatException e) {
        throw row.error("Goldstein value '" + row.cell(3) + "' is not a number");
      }
      if (!Double.isFinite(goldstein) || goldstein < -10.0 || goldstein > 10.0) {
        throw row.error("Goldstein value " + row.cell(3) + " of code " + code + " is outside [-10, 10]");
      }
      if (row.cell(4).isEmpty()) {
        throw row.error("empty name for code " + code);
      }
      Integer first = lineOf.putIfAbsent(code.value(), row.line());
      if (first != null) {
        throw row.error("duplicate code " + code + " (first on line " + first + ")");
      }
      byCode.put(code.value(), new CameoEntry(code, row.cell(4), goldstein, QuadClass.ofNumber(quad)));
    }
    for (CameoEntry e : byCode.values()) {
      Optional<CameoCode> parent = parent(e.code());
      if (parent.isPresent() && !byCode.containsKey(parent.get().value())) {
        throw table.error(lineOf.get(e.code().value()),
            "parent code " + parent.get() + " of code " + e.code() + " is missing");
      }
    }
    return new CameoCodebook(sourceName, table.version(), byCode);
  }

  /**
   * The parent of a code in the CAMEO hierarchy: a 4-digit code's 3-digit prefix, a 3-digit
   * code's root; empty for a root.
   */
  public static Optional<CameoCode> parent(CameoCode code) {
    String v = code.value();
    return v.length() <= 2 ? Optional.empty() : Optional.of(CameoCode.of(v.substring(0, v.length() - 1)));
  }

  /** The entry of a code given as a string; empty when the table has no such code. */
  public Optional<CameoEntry> get(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /** The entry of a code; empty when the table has no such code. */
  public Optional<CameoEntry> get(CameoCode code) {
    return get(code.value());
  }

  /**
   * The entry of a code that must be in the table.
   *
   * @throws IllegalArgumentException naming the code when it is not in the table
   */
  public CameoEntry require(String code) {
    Objects.requireNonNull(code, "code");
    CameoEntry e = byCode.get(code);
    if (e == null) {
      throw new IllegalArgumentException(
          "unknown CAMEO event code '" + code + "' (not in " + source + ", version " + version + ")");
    }
    return e;
  }

  /**
   * The entry of the code, or else of its nearest ancestor in the table (e.g. {@code 0411} falls
   * back to {@code 041}, then {@code 04}); empty only when not even the root is present.
   */
  public Optional<CameoEntry> nearest(CameoCode code) {
    Optional<CameoCode> c = Optional.of(code);
    while (c.isPresent()) {
      CameoEntry e = byCode.get(c.get().value());
      if (e != null) {
        return Optional.of(e);
      }
      c = parent(c.get());
    }
    return Optional.empty();
  }

  /**
   * The Goldstein value of a code that must be in the table.
   *
   * @throws IllegalArgumentException naming the code when it is not in the table
   */
  public double goldstein(String code) {
    return require(code).goldstein();
  }

  /** All entries in table order (roots before their children). Unmodifiable. */
  public Collection<CameoEntry> all() {
    return byCode.values();
  }

  public int size() {
    return byCode.size();
  }

  /** The value of the table's {@code #version} line. */
  public String version() {
    return version;
  }

  /** The source name the table was loaded from. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "CameoCodebook[" + source + ", version " + version + ", " + byCode.size() + " codes]";
  }

  static Reader openResource(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("classpath resource " + name + " of package "
          + owner.getPackageName() + " is missing");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * A parsed tab-separated table with {@code #} comments, one {@code #version<TAB>value} line
   * and a fixed header row. Shared by the loaders of this package; immutable once read.
   */
  static final class Table {
    private final String source;
    private final String version;
    private final List<Row> rows;

    private Table(String source, String version, List<Row> rows) {
      this.source = source;
      this.version = version;
      this.rows = rows;
    }

    String version() {
      return version;
    }

    List<Row> rows() {
      return rows;
    }

    IllegalArgumentException error(int line, String reason) {
      return error(source, line, reason);
    }

    static IllegalArgumentException error(String source, int line, String reason) {
      return new IllegalArgumentException(source + " line " + line + ": " + reason);
    }

    /**
     * Reads the table. Rows must have {@code columns} tab-separated cells; trailing empty cells
     * may be missing (editors strip trailing tabs) as long as at least {@code required} remain.
     */
    static Table read(Reader reader, String source, String header, int required) {
      int columns = header.split("\t", -1).length;
      BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
      String version = null;
      boolean headerSeen = false;
      List<Row> rows = new ArrayList<>();
      int lineNo = 0;
      try {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNo++;
          if (lineNo == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
          }
          if (line.isBlank()) {
            continue;
          }
          if (line.startsWith("#")) {
            if (line.startsWith("#version")) {
              String[] parts = line.split("\t", -1);
              if (!parts[0].equals("#version") || parts.length != 2 || parts[1].isBlank()
                  || !parts[1].strip().equals(parts[1])) {
                throw error(source, lineNo, "malformed version line, expected '#version<TAB>value': '" + line + "'");
              }
              if (version != null) {
                throw error(source, lineNo, "second #version line");
              }
              if (headerSeen) {
                throw error(source, lineNo, "#version line after the header row");
              }
              version = parts[1];
            }
            continue;
          }
          if (!headerSeen) {
            if (!line.equals(header)) {
              throw error(source, lineNo, "expected header row '" + header.replace("\t", "<TAB>")
                  + "' but found '" + line.replace("\t", "<TAB>") + "'");
            }
            headerSeen = true;
            continue;
          }
          String[] cells = line.split("\t", -1);
          if (cells.length > columns || cells.length < required) {
            throw error(source, lineNo, "expected " + columns + " tab-separated columns but found "
                + cells.length + ": '" + line.replace("\t", "<TAB>") + "'");
          }
          String[] padded = Arrays.copyOf(cells, columns);
          for (int i = 0; i < columns; i++) {
            padded[i] = padded[i] == null ? "" : padded[i].strip();
          }
          rows.add(new Row(source, lineNo, padded));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source + " (after line " + lineNo + ")", e);
      }
      if (version == null) {
        throw new IllegalArgumentException(source + ": no '#version<TAB>value' line");
      }
      if (!headerSeen) {
        throw new IllegalArgumentException(source + ": no header row '" + header.replace("\t", "<TAB>") + "'");
      }
      return new Table(source, version, List.copyOf(rows));
    }

    /** One data row with its line number. */
    record Row(String source, int line, String[] cells) {
      String cell(int i) {
        return cells[i];
      }

      CameoCode code(int i) {
        try {
          return CameoCode.of(cells[i]);
        } catch (IllegalArgumentException e) {
          throw error(e.getMessage());
        }
      }

      IllegalArgumentException error(String reason) {
        return Table.error(source, line, reason);
      }
    }
  }
}
