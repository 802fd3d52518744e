package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.CameoCode;

/**
 * Dyad's CAMEO trigger dictionary: which verb and noun lemmas, under which syntactic conditions,
 * express which CAMEO event code.
 *
 * <p>The default dictionary is Dyad's own {@code triggers.tsv} on the classpath (package
 * {@code org.dyad.coding}). {@link #load(Reader, String)} reads any file of the same format
 * (UTF-8, tab separated): {@code #} comment lines and blank lines are ignored; exactly one
 * {@code #version<TAB>value} line must come before the header row
 * {@code code pos lemma requires note}; every other row has five columns (the note may be empty
 * or left off): a CAMEO code, {@code V} or {@code N}, a lower-case lemma, {@code -} or
 * {@code ;}-separated {@link Requirement}s ({@code REL:lemma|lemma}), and a note. Loading
 * rejects malformed rows, unknown relations, duplicate rows and two rows that differ only in
 * their code, with an {@link IllegalArgumentException} naming the source and line.
 *
 * <p>The event coder looks up a token with {@link #candidates(String, char)} and takes the first
 * pattern whose requirements all hold. Instances are immutable and thread-safe;
 * {@link #loadDefault()} returns one shared instance. The dictionary owns its patterns; callers
 * get unmodifiable views.
 */
public final class TriggerDictionary {
  /** Classpath resource name of the default dictionary, relative to this class. */
  public static final String DEFAULT_RESOURCE = "triggers.tsv";

  static final String HEADER = "code\tpos\tlemma\trequires\tnote";
  private static final String VERSION_PREFIX = "#version\t";

  private final String source;
  private final String version;
  private final List<TriggerPattern> all;
  private final Map<String, List<TriggerPattern>> byKey;
  private final Set<String> codes;

  private TriggerDictionary(String source, String version, List<TriggerPattern> patterns) {
    this.source = source;
    this.version = version;
    this.all = Collections.unmodifiableList(new ArrayList<>(patterns));
    Map<String, List<TriggerPattern>> grouped = new HashMap<>();
    Set<String> codeSet = new TreeSet<>();
    for (TriggerPattern p : patterns) {
      grouped.computeIfAbsent(key(p.lemma(), p.pos()), k -> new ArrayList<>()).add(p);
      codeSet.add(p.code().value());
    }
    Map<String, List<TriggerPattern>> sorted = new HashMap<>();
    for (Map.Entry<String, List<TriggerPattern>> e : grouped.entrySet()) {
      List<TriggerPattern> list = new ArrayList<>(e.getValue());
      list.sort(TriggerPattern.MOST_SPECIFIC_FIRST);
      sorted.put(e.getKey(), Collections.unmodifiableList(list));
    }
    this.byKey = Collections.unmodifiableMap(sorted);
    this.codes = Collections.unmodifiableSet(codeSet);
  }

  /** The dictionary shipped with Dyad, loaded once and cached. */
  public static TriggerDictionary loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final TriggerDictionary INSTANCE = loadResource();

    private static TriggerDictionary loadResource() {
      InputStream in = TriggerDictionary.class.getResourceAsStream(DEFAULT_RESOURCE);
      if (in == null) {
        throw new IllegalStateException("trigger dictionary " + DEFAULT_RESOURCE + " is not on the classpath");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return load(r, DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /**
   * Reads a dictionary. The reader is consumed but not closed.
   *
   * @param sourceName the name used in error messages, e.g. the file name
   * @throws IllegalArgumentException when the file is malformed; the message names the source
   *     and line
   * @throws UncheckedIOException when the reader fails
   */
  public static TriggerDictionary load(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String version = null;
    int versionLine = 0;
    boolean header = false;
    List<TriggerPattern> patterns = new ArrayList<>();
    Map<String, TriggerPattern> exact = new HashMap<>();
    Map<String, TriggerPattern> sameTrigger = new HashMap<>();
    int lineNo = 0;
    try {
      for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
        lineNo++;
        String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          if (line.startsWith(VERSION_PREFIX) || line.startsWith("#version ")) {
            if (version != null) {
              throw error(sourceName, lineNo, "second #version line (first on line " + versionLine + ")");
            }
            version = line.substring("#version".length()).trim();
            versionLine = lineNo;
            if (version.isEmpty()) {
              throw error(sourceName, lineNo, "empty #version line");
            }
          }
          continue;
        }
        if (!header) {
          if (!line.strip().equals(HEADER)) {
            throw error(sourceName, lineNo, "expected the header row 'code<TAB>pos<TAB>lemma<TAB>requires<TAB>note', found '"
                + abbreviate(line) + "'");
          }
          if (version == null) {
            throw error(sourceName, lineNo, "missing '#version<TAB>value' line before the header");
          }
          header = true;
          continue;
        }
        TriggerPattern p = parseRow(line, sourceName, lineNo);
        String exactKey = p.code().value() + "\t" + triggerKey(p);
        TriggerPattern dup = exact.putIfAbsent(exactKey, p);
        if (dup != null) {
          throw error(sourceName, lineNo, "duplicate of line " + dup.line() + " (" + dup.id() + ")");
        }
        TriggerPattern clash = sameTrigger.putIfAbsent(triggerKey(p), p);
        if (clash != null) {
          throw error(sourceName, lineNo, "same lemma, part of speech and requirements as line " + clash.line()
              + " but code " + p.code() + " instead of " + clash.code() + ": the coder could not choose");
        }
        patterns.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    if (!header) {
      throw new IllegalArgumentException(sourceName + ": no header row 'code<TAB>pos<TAB>lemma<TAB>requires<TAB>note'"
          + (version == null ? " and no #version line" : ""));
    }
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException(sourceName + ": no patterns after the header");
    }
    return new TriggerDictionary(sourceName, version, patterns);
  }

  private static TriggerPattern parseRow(String line, String source, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != 5 && f.length != 4) {
      throw error(source, lineNo, "expected 5 tab-separated columns (code, pos, lemma, requires, note), found " + f.length);
    }
    CameoCode code;
    try {
      code = CameoCode.of(f[0].trim());
    } catch (IllegalArgumentException e) {
      throw error(source, lineNo, e.getMessage());
    }
    String pos = f[1].trim();
    if (!pos.equals("V") && !pos.equals("N")) {
      throw error(source, lineNo, "pos must be V or N, not '" + pos + "'");
    }
    String lemma = f[2].trim();
    String requiresText = f[3].trim();
    String note = f.length == 5 ? f[4].trim() : "";
    List<Requirement> requires = new ArrayList<>();
    try {
      Requirement.checkLemma(lemma, "trigger lemma");
      if (requiresText.isEmpty()) {
        throw new IllegalArgumentException("empty requires column (write '-' for none)");
      }
      if (!requiresText.equals("-")) {
        Set<Requirement> seen = new HashSet<>();
        for (String part : requiresText.split(";", -1)) {
          Requirement r = Requirement.parse(part.trim());
          if (!seen.add(r)) {
            throw new IllegalArgumentException("requirement '" + r + "' is given twice");
          }
          requires.add(r);
        }
      }
      return TriggerPattern.of(code, pos.charAt(0), lemma, requires, note, lineNo);
    } catch (IllegalArgumentException e) {
      throw error(source, lineNo, e.getMessage());
    }
  }

  /** Key of the trigger and its requirement set, independent of the order they were written in. */
  private static String triggerKey(TriggerPattern p) {
    List<String> reqs = new ArrayList<>();
    for (Requirement r : p.requires()) {
      reqs.add(r.relation() + ":" + String.join("|", new TreeSet<>(r.lemmas())));
    }
    Collections.sort(reqs);
    return p.pos() + "\t" + p.lemma() + "\t" + String.join(";", reqs);
  }

  private static String key(String lemma, char pos) {
    return pos + "\t" + lemma;
  }

  private static IllegalArgumentException error(String source, int line, String reason) {
    return new IllegalArgumentException(source + " line " + line + ": " + reason);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** The value of the file's {@code #version} line. */
  public String version() {
    return version;
  }

  /** The name the dictionary was loaded from. */
  public String sourceName() {
    return source;
  }

  /**
   * All patterns for a lemma (compared in lower case) and part of speech ({@link
   * TriggerPattern#VERB} or {@link TriggerPattern#NOUN}), most specific first (see {@link
   * TriggerPattern#MOST_SPECIFIC_FIRST}); the unconditional line, if any, comes last. Empty when
   * there are none or the part of speech is neither.
   */
  public List<TriggerPattern> candidates(String lemma, char pos) {
    if (lemma == null) {
      return List.of();
    }
    List<TriggerPattern> list = byKey.get(key(lemma.toLowerCase(Locale.ROOT), pos));
    return list == null ? List.of() : list;
  }

  /** Every pattern in file order. */
  public Collection<TriggerPattern> all() {
    return all;
  }

  /** The number of patterns. */
  public int size() {
    return all.size();
  }

  /** The distinct CAMEO codes the dictionary can produce, in code order. */
  public Set<String> codes() {
    return codes;
  }

  /** The patterns that produce the given code, in file order. */
  public List<TriggerPattern> patternsFor(CameoCode code) {
    Objects.requireNonNull(code, "code");
    List<TriggerPattern> out = new ArrayList<>();
    for (TriggerPattern p : all) {
      if (p.code().equals(code)) {
        out.add(p);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The distinct lemmas for a part of speech, sorted. */
  public Set<String> lemmas(char pos) {
    Set<String> out = new TreeSet<>();
    for (TriggerPattern p : all) {
      if (p.pos() == pos) {
        out.add(p.lemma());
      }
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(out));
  }

  @Override
  public String toString() {
    return "TriggerDictionary[" + source + " " + version + ", " + all.size() + " patterns, " + codes.size() + " codes]";
  }
}
