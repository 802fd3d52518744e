package org.dyad.formats.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Country codes and names for exports: the FIPS 10-4 code GDELT writes in its geography columns,
 * and the English short name ICEWS and PLOVER records carry, for each CAMEO country code.
 *
 * <p>The default table is Dyad's own {@value #DEFAULT_RESOURCE} next to this class. Format:
 * {@code #} comment lines, one {@code #version<TAB>value} line, the header {@code iso3 fips name},
 * then one tab-separated row per country: a three-letter code, a two-letter FIPS code and a
 * name. Loading checks every row and fails with an {@link IllegalArgumentException} naming the
 * source and line. Immutable and thread-safe.
 */
public final class Countries {
  public static final String DEFAULT_RESOURCE = "fips-countries.tsv";
  static final String HEADER = "iso3\tfips\tname";

  private record Row(String fips, String name) {}

  private final String version;
  private final Map<String, Row> byCode;

  private Countries(String version, Map<String, Row> byCode) {
    this.version = version;
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** The table shipped with Dyad, loaded once. */
  public static Countries loadDefault() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Countries INSTANCE = read();

    private static Countries read() {
      InputStream in = Countries.class.getResourceAsStream(DEFAULT_RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return load(r, DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /**
   * Reads a table; the reader is consumed, not closed.
   *
   * @param sourceName named in error messages
   */
  public static Countries load(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    BufferedReader in = new BufferedReader(reader);
    String version = null;
    boolean header = false;
    Map<String, Row> rows = new LinkedHashMap<>();
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String where = sourceName + " line " + lineNo + ": ";
        if (line.startsWith("#version")) {
          String[] f = line.split("\t", -1);
          if (f.length != 2 || f[1].isBlank() || version != null) {
            throw new IllegalArgumentException(where + "expected one '#version<TAB>value' line");
          }
          version = f[1].trim();
          continue;
        }
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          if (!line.equals(HEADER)) {
            throw new IllegalArgumentException(where + "expected the header '" + HEADER.replace('\t', ' ') + "'");
          }
          header = true;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IllegalArgumentException(where + "expected 3 tab-separated fields, found " + f.length);
        }
        if (!f[0].matches("[A-Z]{3}")) {
          throw new IllegalArgumentException(where + "country code '" + f[0] + "' is not three capital letters");
        }
        if (!f[1].matches("[A-Z]{2}")) {
          throw new IllegalArgumentException(where + "FIPS code '" + f[1] + "' is not two capital letters");
        }
        if (f[2].isBlank()) {
          throw new IllegalArgumentException(where + "the name of " + f[0] + " is empty");
        }
        if (rows.put(f[0], new Row(f[1], f[2].trim())) != null) {
          throw new IllegalArgumentException(where + "country code " + f[0] + " occurs twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    if (version == null) {
      throw new IllegalArgumentException(sourceName + ": no '#version' line");
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(sourceName + ": no rows");
    }
    return new Countries(version, rows);
  }

  /** The FIPS 10-4 code of a CAMEO country code, empty for an unknown or international code. */
  public Optional<String> fips(String code) {
    Row r = code == null ? null : byCode.get(code);
    return r == null ? Optional.empty() : Optional.of(r.fips());
  }

  /** The English short name of a CAMEO country code, empty for an unknown or international code. */
  public Optional<String> name(String code) {
    Row r = code == null ? null : byCode.get(code);
    return r == null ? Optional.empty() : Optional.of(r.name());
  }

  public String version() {
    return version;
  }

  public int size() {
    return byCode.size();
  }
}
