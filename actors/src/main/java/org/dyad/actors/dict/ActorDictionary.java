package org.dyad.actors.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.ActorCode;
import org.dyad.model.Sectors;
import org.dyad.model.Token;

/**
 * Dyad's actor knowledge: countries, agent phrases (role nouns and titles), named groups and
 * international organisations, loaded from four UTF-8 TSV files, validated, and compiled into a
 * fast phrase matcher.
 *
 * <p>Files (each: a {@code #} comment line, a {@code #version<TAB>V} line, a header row, then rows;
 * several values in one cell are separated by {@code |}):
 * <ul>
 *   <li>{@value #COUNTRIES}: {@code iso3 iso2 name aliases adjectives capital capital_lat capital_lon metonyms}
 *   <li>{@value #AGENTS}: {@code phrase sectors kind role}; the phrase cell lists alternatives
 *       (plural and spelling variants) of one row; phrases are lower case except acronyms
 *   <li>{@value #GROUPS}: {@code code name aliases}; the code's country must be a country of
 *       {@value #COUNTRIES} or an international prefix
 *   <li>{@value #IGOS}: {@code code name aliases}; the code must start with an international prefix
 * </ul>
 *
 * <p>Validation names the file and line: version line, header and column count, country codes,
 * coordinates in range, actor codes ({@link ActorCode}) and sectors ({@link Sectors#isSector}),
 * and phrases. A phrase (compared case-folded, after the cutting of {@link PhraseKeys}: "al-Qaeda"
 * = "al Qaeda", "Gen." = "Gen") may occur only once across all four files — also across files and
 * across the columns of one country — because a match must resolve to one entry. There is no
 * exception for a country adjective that is also an agent word: curators pick one file.
 *
 * <p>Matching ({@link #match}) is case-insensitive on the token word, except that a phrase piece
 * written in capitals with at most five letters (an acronym: US, UK, FO, UN, EU, PM, TTP) matches
 * only the word in exactly that case, so the pronoun "us" is never the USA. A noun token (tag
 * NN..., or no tag) also matches by its lemma, so "rebels" (lemma "rebel") matches the phrase
 * "rebel". Phrases cover whole tokens; a token made only of hyphens may sit inside a phrase
 * ("Tehrik - i - Taliban").
 *
 * <p>Instances are immutable and thread-safe; {@link #loadDefault()} is loaded once and shared.
 */
public final class ActorDictionary {
  public static final String COUNTRIES = "countries.tsv";
  public static final String AGENTS = "agents.tsv";
  public static final String GROUPS = "groups.tsv";
  public static final String IGOS = "igos.tsv";

  static final List<String> COUNTRY_HEADER =
      List.of("iso3", "iso2", "name", "aliases", "adjectives", "capital", "capital_lat", "capital_lon", "metonyms");
  static final List<String> AGENT_HEADER = List.of("phrase", "sectors", "kind", "role");
  static final List<String> CODE_HEADER = List.of("code", "name", "aliases");

  /** Reads one named dictionary file. */
  @FunctionalInterface
  interface Source {
    BufferedReader open(String file) throws IOException;
  }

  private final Map<String, Country> countries;
  private final Map<String, Country> byIso2;
  private final List<Agent> agents;
  private final List<Group> groups;
  private final List<Igo> igos;
  private final Map<String, String> versions;
  private final PhraseMatcher matcher;

  private static final class DefaultHolder {
    static final ActorDictionary INSTANCE = load(file -> {
      InputStream in = ActorDictionary.class.getResourceAsStream(file);
      if (in == null) {
        throw new IOException("not on the class path: " + file);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    });
  }

  /** The built-in dictionaries from the class path, loaded on first use and cached. */
  public static ActorDictionary loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * Loads {@value #COUNTRIES}, {@value #AGENTS}, {@value #GROUPS} and {@value #IGOS} from a folder
   * (a user's own dictionaries, same format as the built-in ones).
   *
   * @throws DictionaryException naming file and line when a file is missing or malformed
   */
  public static ActorDictionary load(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return load(file -> {
      Path p = dir.resolve(file);
      if (!Files.isRegularFile(p)) {
        throw new IOException("no such file in " + dir.getFileName());
      }
      return Files.newBufferedReader(p, StandardCharsets.UTF_8);
    });
  }

  static ActorDictionary load(Source source) {
    return new ActorDictionary(source);
  }

  private static TsvTable read(Source source, String file, List<String> header) {
    try (BufferedReader in = source.open(file)) {
      return TsvTable.read(file, in, header);
    } catch (IOException e) {
      throw new DictionaryException(file, 0, "cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new DictionaryException(file, 0, "cannot read: " + e.getCause().getMessage(), e);
    }
  }

  /** Where a phrase was first seen, for duplicate errors. */
  private record Origin(String file, int line, String phrase) {}

  private ActorDictionary(Source source) {
    TsvTable ct = read(source, COUNTRIES, COUNTRY_HEADER);
    TsvTable at = read(source, AGENTS, AGENT_HEADER);
    TsvTable gt = read(source, GROUPS, CODE_HEADER);
    TsvTable it = read(source, IGOS, CODE_HEADER);

    Map<String, Origin> seen = new HashMap<>();
    PhraseMatcher.Builder builder = new PhraseMatcher.Builder();

    Map<String, Country> cs = new LinkedHashMap<>();
    Map<String, Country> c2 = new HashMap<>();
    for (TsvTable.Row r : ct.rows) {
      Country c = parseCountry(r);
      if (cs.containsKey(c.iso3())) {
        throw r.error("duplicate iso3 " + c.iso3());
      }
      if (c2.containsKey(c.iso2())) {
        throw r.error("duplicate iso2 " + c.iso2() + " (also " + c2.get(c.iso2()).iso3() + ")");
      }
      cs.put(c.iso3(), c);
      c2.put(c.iso2(), c);
      addPhrase(builder, seen, r, COUNTRIES, c.name(), new CountryRef(c, CountryForm.NAME), false);
      CountryRef name = new CountryRef(c, CountryForm.NAME);
      for (String a : c.aliases()) {
        addPhrase(builder, seen, r, COUNTRIES, a, name, false);
      }
      CountryRef adj = new CountryRef(c, CountryForm.ADJECTIVE);
      for (String a : c.adjectives()) {
        addPhrase(builder, seen, r, COUNTRIES, a, adj, false);
      }
      CountryRef met = new CountryRef(c, CountryForm.METONYM);
      for (String a : c.metonyms()) {
        addPhrase(builder, seen, r, COUNTRIES, a, met, false);
      }
    }

    List<Agent> as = new ArrayList<>();
    for (TsvTable.Row r : at.rows) {
      List<String> phrases = r.list(0, "phrase");
      if (phrases.isEmpty()) {
        throw r.error("empty phrase");
      }
      List<String> sectors = r.list(1, "sectors");
      for (String s : sectors) {
        if (!Sectors.isSector(s)) {
          throw r.error("unknown sector '" + s + "' (see org.dyad.model.Sectors)");
        }
      }
      AgentKind kind;
      try {
        kind = AgentKind.valueOf(r.required(2, "kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown kind '" + r.cell(2) + "' (TITLE, ORG, AGENT or HONORIFIC)");
      }
      Agent a = new Agent(phrases.get(0), sectors, kind, r.required(3, "role"));
      as.add(a);
      for (String p : phrases) {
        addPhrase(builder, seen, r, AGENTS, p, a, true);
      }
    }

    List<Group> gs = new ArrayList<>();
    for (TsvTable.Row r : gt.rows) {
      ActorCode code = parseCode(r);
      String country = code.country();
      if (!cs.containsKey(country) && !ActorCode.INTERNATIONAL.contains(country)) {
        throw r.error("code " + code + " starts with '" + code.value().substring(0, 3)
            + "', which is neither a country of " + COUNTRIES + " nor an international prefix " + ActorCode.INTERNATIONAL);
      }
      Group g = new Group(code, r.required(1, "name"));
      gs.add(g);
      addPhrase(builder, seen, r, GROUPS, g.name(), g, false);
      for (String p : r.list(2, "aliases")) {
        addPhrase(builder, seen, r, GROUPS, p, g, false);
      }
    }

    List<Igo> is = new ArrayList<>();
    for (TsvTable.Row r : it.rows) {
      ActorCode code = parseCode(r);
      if (!ActorCode.INTERNATIONAL.contains(code.country())) {
        throw r.error("code " + code + " must start with an international prefix " + ActorCode.INTERNATIONAL);
      }
      Igo g = new Igo(code, r.required(1, "name"));
      is.add(g);
      addPhrase(builder, seen, r, IGOS, g.name(), g, false);
      for (String p : r.list(2, "aliases")) {
        addPhrase(builder, seen, r, IGOS, p, g, false);
      }
    }

    Map<String, String> vs = new LinkedHashMap<>();
    vs.put(COUNTRIES, ct.version);
    vs.put(AGENTS, at.version);
    vs.put(GROUPS, gt.version);
    vs.put(IGOS, it.version);

    this.countries = Collections.unmodifiableMap(cs);
    this.byIso2 = Map.copyOf(c2);
    this.agents = List.copyOf(as);
    this.groups = List.copyOf(gs);
    this.igos = List.copyOf(is);
    this.versions = Collections.unmodifiableMap(vs);
    this.matcher = builder.build();
  }

  private static Country parseCountry(TsvTable.Row r) {
    String iso3 = r.required(0, "iso3");
    if (!iso3.matches("[A-Z]{3}")) {
      throw r.error("iso3 must be three capital letters: '" + iso3 + "'");
    }
    if (ActorCode.INTERNATIONAL.contains(iso3)) {
      throw r.error("iso3 " + iso3 + " is an international prefix, not a country");
    }
    String iso2 = r.required(1, "iso2");
    if (!iso2.matches("[A-Z]{2}")) {
      throw r.error("iso2 must be two capital letters: '" + iso2 + "'");
    }
    return new Country(iso3, r.required(2, "name"), r.list(3, "aliases"), r.list(4, "adjectives"),
        r.required(5, "capital"), r.number(6, "capital_lat", -90, 90), r.number(7, "capital_lon", -180, 180),
        r.list(8, "metonyms"), iso2);
  }

  private static ActorCode parseCode(TsvTable.Row r) {
    String c = r.required(0, "code");
    try {
      return ActorCode.of(c);
    } catch (IllegalArgumentException e) {
      throw r.error("bad actor code: " + e.getMessage());
    }
  }

  private static void addPhrase(PhraseMatcher.Builder builder, Map<String, Origin> seen, TsvTable.Row r, String file,
      String phrase, DictionaryEntry entry, boolean lowerCaseOnly) {
    List<String> pieces = PhraseKeys.phrasePieces(phrase);
    if (pieces.isEmpty()) {
      throw r.error("phrase '" + phrase + "' has no words");
    }
    if (lowerCaseOnly) {
      for (String p : pieces) {
        if (!p.equals(PhraseKeys.lower(p)) && !PhraseKeys.isAcronym(p)) {
          throw r.error("phrase '" + phrase + "' must be lower case (only acronyms of at most 5 capitals keep capitals)");
        }
      }
    }
    String key = PhraseKeys.key(pieces);
    Origin before = seen.putIfAbsent(key, new Origin(file, r.line(), phrase));
    if (before != null) {
      throw r.error("duplicate phrase '" + phrase + "': already at " + before.file() + ":" + before.line()
          + (before.phrase().equals(phrase) ? "" : " as '" + before.phrase() + "'"));
    }
    builder.add(pieces, entry);
  }

  /** The versions of the four files joined in a fixed order: {@code countries=V;agents=V;groups=V;igos=V}. */
  public String version() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : versions.entrySet()) {
      if (sb.length() > 0) {
        sb.append(';');
      }
      sb.append(e.getKey(), 0, e.getKey().indexOf('.')).append('=').append(e.getValue());
    }
    return sb.toString();
  }

  /** Each file's version, by file name, in the order countries, agents, groups, igos. */
  public Map<String, String> versions() {
    return versions;
  }

  /**
   * Dictionary phrases in one sentence's tokens: non-overlapping, longest match first, left to
   * right; each match covers whole tokens. See the class comment for case and lemma rules.
   *
   * @return matches in text order; empty when none
   */
  public List<DictionaryMatch> match(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return matcher.match(tokens);
  }

  /**
   * The entry whose phrase is exactly {@code phrase} (words separated by spaces; same case rules as
   * {@link #match}), e.g. "Foreign Office", "Taliban", "U.S.".
   */
  public Optional<DictionaryEntry> lookup(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String w : phrase.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      tokens.add(new Token(tokens.size(), w, w, "", "O", pos, pos + w.length()));
      pos += w.length() + 1;
    }
    return Optional.ofNullable(matcher.exact(tokens));
  }

  /** The country with this CAMEO country code (e.g. "PAK"). */
  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** The country with this ISO 3166 alpha-2 code (e.g. "PK"). */
  public Optional<Country> countryByIso2(String iso2) {
    return Optional.ofNullable(byIso2.get(iso2));
  }

  /** All countries in file order; unmodifiable. */
  public Collection<Country> countries() {
    return countries.values();
  }

  /** The country named by a name, alias, adjective or metonym ("Pakistani", "Kremlin", "U.K."). */
  public Optional<Country> countryByPhrase(String phrase) {
    return lookup(phrase).filter(e -> e instanceof CountryRef).map(e -> ((CountryRef) e).country());
  }

  /** One entry per row of {@value #AGENTS}, in file order. */
  public List<Agent> agents() {
    return agents;
  }

  /** One entry per row of {@value #GROUPS}, in file order. */
  public List<Group> groups() {
    return groups;
  }

  /** One entry per row of {@value #IGOS}, in file order. */
  public List<Igo> igos() {
    return igos;
  }

  /** Number of distinct phrases over all four files. */
  public int phraseCount() {
    return matcher.size();
  }
}
