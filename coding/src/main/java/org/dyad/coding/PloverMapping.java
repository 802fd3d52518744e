package org.dyad.coding;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.CameoCode;
import org.dyad.model.PloverType;

/**
 * The CAMEO-to-PLOVER table: for each CAMEO event code, its PLOVER event type and mode.
 *
 * <p>The default table is Dyad's own {@code cameo-plover.tsv} on the classpath (package
 * {@code org.dyad.coding}); {@link #load(Reader, String)} reads any table of the same format:
 * {@code #} comment lines, one {@code #version<TAB>value} line, a header row
 * {@code code type mode basis note} and one tab-separated row per code. {@code type} is a PLOVER
 * type (older names such as DEMAND or FIGHT are read as their current ones), {@code mode} is empty
 * or one of {@link #modes(PloverType)}, {@code basis} is {@code ref}, {@code updated},
 * {@code revised} or {@code ours} and {@code note} is required unless the basis is {@code ref}.
 * Loading also checks for duplicates, that every 3- and 4-digit code's parent is present and that
 * all twenty roots are present, so that {@link #get(CameoCode)} always has an answer. Errors are
 * {@link IllegalArgumentException}s naming the source and line.
 *
 * <p>Instances are immutable and thread-safe; {@link #loadDefault()} returns one shared instance.
 */
public final class PloverMapping {
  /** Classpath resource name of the default table, relative to this class. */
  public static final String DEFAULT_RESOURCE = "cameo-plover.tsv";

  static final String HEADER = "code\ttype\tmode\tbasis\tnote";

  /** Values of the {@code basis} column. */
  public static final Set<String> BASES = Set.of("ref", "updated", "revised", "ours");

  private static final Map<PloverType, Set<String>> MODES = modeVocabulary();

  private final String source;
  private final String version;
  private final Map<String, PloverEntry> byCode;

  private PloverMapping(String source, String version, Map<String, PloverEntry> byCode) {
    this.source = source;
    this.version = version;
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  /** The table shipped with Dyad, loaded once and cached. */
  public static PloverMapping loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final PloverMapping INSTANCE = loadResource();

    private static PloverMapping loadResource() {
      try (Reader r = CameoCodebook.openResource(PloverMapping.class, DEFAULT_RESOURCE)) {
        return load(r, DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /**
   * The current PLOVER/POLECAT mode names of a type, in the order of the PLOVER manual; empty for
   * types without modes (AGREE, SUPPORT, CONCEDE, COOPERATE, AID). Unmodifiable.
   */
  public static Set<String> modes(PloverType type) {
    return MODES.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Reads a table. The reader is consumed but not closed.
   *
   * @param sourceName the name used in error messages, e.g. the file name
   * @throws IllegalArgumentException when the table is malformed; the message names the source
   *     and line
   */
  public static PloverMapping load(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    CameoCodebook.Table table = CameoCodebook.Table.read(reader, sourceName, HEADER, 4);
    Map<String, PloverEntry> byCode = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (CameoCodebook.Table.Row row : table.rows()) {
      CameoCode code = row.code(0);
      PloverType type;
      try {
        type = PloverType.parse(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown PLOVER type '" + row.cell(1) + "' for code " + code);
      }
      String mode = row.cell(2);
      if (!mode.isEmpty() && !modes(type).contains(mode)) {
        throw row.error("'" + mode + "' is not a PLOVER mode of " + type + " (code " + code
            + "; allowed: " + (modes(type).isEmpty() ? "none" : String.join(", ", modes(type))) + ")");
      }
      String basis = row.cell(3);
      if (!BASES.contains(basis)) {
        throw row.error("basis '" + basis + "' of code " + code + " is not one of ref, updated, revised, ours");
      }
      if (!basis.equals("ref") && row.cell(4).isEmpty()) {
        throw row.error("code " + code + " has basis '" + basis + "' but no note saying why");
      }
      Integer first = lineOf.putIfAbsent(code.value(), row.line());
      if (first != null) {
        throw row.error("duplicate code " + code + " (first on line " + first + ")");
      }
      byCode.put(code.value(), new PloverEntry(code, type, mode));
    }
    for (PloverEntry e : byCode.values()) {
      Optional<CameoCode> parent = CameoCodebook.parent(e.code());
      if (parent.isPresent() && !byCode.containsKey(parent.get().value())) {
        throw table.error(lineOf.get(e.code().value()),
            "parent code " + parent.get() + " of code " + e.code() + " is missing");
      }
    }
    for (int root = 1; root <= 20; root++) {
      String r = String.format("%02d", root);
      if (!byCode.containsKey(r)) {
        throw new IllegalArgumentException(sourceName + ": root code " + r + " is missing");
      }
    }
    return new PloverMapping(sourceName, table.version(), byCode);
  }

  /**
   * The PLOVER entry for a code: its own row, else the row of its nearest parent code, else its
   * root's row. Never null. The returned entry's {@code code} tells which row answered.
   */
  public PloverEntry get(CameoCode code) {
    Objects.requireNonNull(code, "code");
    for (Optional<CameoCode> c = Optional.of(code); c.isPresent(); c = CameoCodebook.parent(c.get())) {
      PloverEntry e = byCode.get(c.get().value());
      if (e != null) {
        return e;
      }
    }
    throw new IllegalStateException("root " + code.root() + " missing from " + source); // checked on load
  }

  /** The row of exactly this code, without falling back to a parent. */
  public Optional<PloverEntry> exact(CameoCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code").value()));
  }

  /** All entries in table order. Unmodifiable. */
  public Collection<PloverEntry> all() {
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
    return "PloverMapping[" + source + ", version " + version + ", " + byCode.size() + " codes]";
  }

  private static Map<PloverType, Set<String>> modeVocabulary() {
    Map<PloverType, Set<String>> m = new EnumMap<>(PloverType.class);
    for (PloverType t : PloverType.values()) {
      m.put(t, Set.of());
    }
    m.put(PloverType.CONSULT, ordered("visit", "third-party", "multilateral", "phone"));
    m.put(PloverType.RETREAT, ordered("withdraw", "release", "disarm", "ceasefire", "access", "resign"));
    m.put(PloverType.REQUEST, ordered("assist", "change", "yield", "meet"));
    m.put(PloverType.REJECT, ordered("assist", "change", "yield", "meet"));
    m.put(PloverType.ACCUSE, ordered("disapprove", "investigate", "allege"));
    m.put(PloverType.THREATEN, ordered("restrict", "arrest", "relations", "expel", "territory", "violence"));
    m.put(PloverType.PROTEST, ordered("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"));
    m.put(PloverType.SANCTION, ordered("convict", "expel", "withdraw", "discontinue"));
    m.put(PloverType.MOBILIZE, ordered("troops", "weapons", "police", "militia"));
    m.put(PloverType.COERCE, ordered("seize", "restrict", "censor", "curfew", "martial-law", "arrest",
        "deport", "withhold", "misinformation", "cyber"));
    m.put(PloverType.ASSAULT, ordered("abduct", "beat", "torture", "sexual", "targeted", "destroy",
        "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
        "crowd-control", "unconventional"));
    return Collections.unmodifiableMap(m);
  }

  private static Set<String> ordered(String... names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }
}
