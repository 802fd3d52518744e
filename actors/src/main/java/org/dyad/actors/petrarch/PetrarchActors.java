package org.dyad.actors.petrarch;

import org.dyad.actors.dict.PhraseKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.actors.dict.Agent;
import org.dyad.actors.dict.AgentKind;
import org.dyad.actors.dict.Country;
import org.dyad.actors.dict.DictionaryEntry;
import org.dyad.model.ActorCode;
import org.dyad.model.Sectors;

/**
 * PETRARCH/TABARI actor dictionaries ({@code .actors} files such as the Phoenix country,
 * international and non-state files) read into {@link PetrarchActor} records, and turned into
 * Dyad's own dictionary format for one date.
 *
 * <p>Reading follows PETRARCH: a primary phrase line with an optional {@code [CODE]}, synonym
 * lines starting with {@code +}, and date restriction lines {@code \t[CODE YYMMDD-YYMMDD]},
 * {@code [CODE >YYMMDD]}, {@code [CODE <YYMMDD]}; consecutive primary lines without a code share
 * the codes that follow them. A restriction that cannot be read is skipped and listed in
 * {@link #problems()}.
 *
 * <p>Import ({@link #toDyad}): the code valid on the given date is chosen for each record; a
 * three-letter country code becomes a row of {@code countries.tsv} (Dyad's coordinates and ISO
 * codes where Dyad knows the country), a longer code a row of {@code groups.tsv} (persons too: a
 * person's phrase carries the code of the office held on that date), a code starting with an
 * international prefix a row of {@code igos.tsv}, and agents become rows of {@code agents.tsv}
 * with the sectors of their code that Dyad knows. PETRARCH phrases are upper case; they are
 * written in lower case (matched without regard to case) except one-word acronyms of at most
 * three letters ("US", "UN", "ANC"), which match only in capitals. What cannot be expressed is
 * counted by reason in the {@link ImportReport}: codes starting with a sector or not made of
 * three-letter blocks, null codes, phrases already taken, agent codes with no Dyad sector,
 * prefix agents ({@code NGO~}).
 *
 * <p>The importer reads Dyad's built-in dictionary only for country metadata and agent kinds;
 * the imported dictionary holds only the PETRARCH phrases. Immutable and thread-safe.
 */
public final class PetrarchActors {
  private final List<PetrarchActor> actors;
  private final List<String> problems;

  private PetrarchActors(List<PetrarchActor> actors, List<String> problems) {
    this.actors = List.copyOf(actors);
    this.problems = List.copyOf(problems);
  }

  /** Reads one or more actor files, in order. */
  public static PetrarchActors read(Path... files) {
    List<PetrarchActor> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      parse(PetrarchLines.read(f), out, problems);
    }
    return new PetrarchActors(out, problems);
  }

  /** Reads already split lines (tests, in-memory files). */
  public static PetrarchActors parse(PetrarchLines... files) {
    List<PetrarchActor> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (PetrarchLines f : files) {
      parse(f, out, problems);
    }
    return new PetrarchActors(out, problems);
  }

  /** A record while it is read. */
  private static final class Pending {
    final List<String> phrases = new ArrayList<>();
    final List<DatedCode> codes = new ArrayList<>();
    final int line;

    Pending(int line) {
      this.line = line;
    }
  }

  private static void parse(PetrarchLines file, List<PetrarchActor> out, List<String> problems) {
    Pending cur = null;
    for (PetrarchLines.Line l : file.lines()) {
      if (l.isBlank()) {
        continue;
      }
      String s = l.trimmed();
      if (s.startsWith("[")) {
        if (cur == null) {
          problems.add(file.where(l) + ": code restriction before any actor phrase");
          continue;
        }
        addCodes(s, cur, file, l, problems);
        continue;
      }
      if (s.startsWith("+")) {
        if (cur == null) {
          problems.add(file.where(l) + ": synonym before any actor phrase");
          continue;
        }
        int bracket = s.indexOf('[');
        String syn = cleanPhrase(bracket < 0 ? s.substring(1) : s.substring(1, bracket));
        if (!syn.isEmpty()) {
          cur.phrases.add(syn);
        }
        continue;
      }
      // a primary phrase
      int open = s.indexOf('[');
      String phrase = cleanPhrase(open < 0 ? s : s.substring(0, open));
      if (phrase.isEmpty()) {
        problems.add(file.where(l) + ": no phrase");
        continue;
      }
      if (cur != null && cur.codes.isEmpty() && open < 0) {
        // PETRARCH: code-less primary phrases in a row share the codes that follow
        cur.phrases.add(phrase);
        continue;
      }
      if (cur != null && cur.codes.isEmpty() && open >= 0 && !cur.phrases.isEmpty()) {
        // the earlier code-less phrases take this line's codes
        cur.phrases.add(phrase);
        addCodes(s.substring(open), cur, file, l, problems);
        continue;
      }
      flush(cur, file, out);
      cur = new Pending(l.number());
      cur.phrases.add(phrase);
      if (open >= 0) {
        addCodes(s.substring(open), cur, file, l, problems);
      }
    }
    flush(cur, file, out);
  }

  private static void addCodes(String s, Pending cur, PetrarchLines file, PetrarchLines.Line l, List<String> problems) {
    int pos = 0;
    while (true) {
      int open = s.indexOf('[', pos);
      if (open < 0) {
        return;
      }
      int close = s.indexOf(']', open);
      if (close < 0) {
        problems.add(file.where(l) + ": missing ']'");
        return;
      }
      try {
        cur.codes.add(DatedCode.parse(s.substring(open + 1, close)));
      } catch (IllegalArgumentException e) {
        problems.add(file.where(l) + ": " + e.getMessage() + "; restriction skipped");
      }
      pos = close + 1;
    }
  }

  private static void flush(Pending p, PetrarchLines file, List<PetrarchActor> out) {
    if (p != null && !p.phrases.isEmpty()) {
      out.add(new PetrarchActor(p.phrases, p.codes, file.file(), p.line));
    }
  }

  /** Underscores to spaces, white space collapsed, a trailing marker underscore dropped. */
  static String cleanPhrase(String s) {
    return s.replace('_', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Every record in file order. */
  public List<PetrarchActor> actors() {
    return actors;
  }

  /** Lines that were skipped, as {@code file:line: reason}. */
  public List<String> problems() {
    return problems;
  }

  // ------------------------------------------------------------------ import

  /**
   * What an import produced: the four files' text and counts.
   *
   * @param asOf the date codes were chosen for
   */
  public record DyadImport(LocalDate asOf, String countries, String agents, String groups, String igos, ImportReport report) {
    public DyadImport {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(countries, "countries");
      Objects.requireNonNull(agents, "agents");
      Objects.requireNonNull(groups, "groups");
      Objects.requireNonNull(igos, "igos");
      Objects.requireNonNull(report, "report");
    }

    /** Writes the four files into {@code dir} (created when missing) under Dyad's file names. */
    public void write(Path dir) {
      try {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ActorDictionary.COUNTRIES), countries, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ActorDictionary.AGENTS), agents, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ActorDictionary.GROUPS), groups, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ActorDictionary.IGOS), igos, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the imported dictionary: " + e.getMessage(), e);
      }
    }

    /** Loads the imported files as a Dyad dictionary (through a temporary folder, removed afterwards). */
    public ActorDictionary dictionary() {
      Path tmp = null;
      try {
        tmp = Files.createTempDirectory("dyad-petrarch-");
        write(tmp);
        return ActorDictionary.load(tmp);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the imported dictionary: " + e.getMessage(), e);
      } finally {
        if (tmp != null) {
          deleteQuietly(tmp);
        }
      }
    }
  }

  /**
   * Counts of an import.
   *
   * @param records actor records read
   * @param countries rows of countries.tsv
   * @param groups rows of groups.tsv
   * @param igos rows of igos.tsv
   * @param agents rows of agents.tsv
   * @param phrases phrases written in all four files
   * @param skipped what was not imported, by reason
   */
  public record ImportReport(int records, int countries, int groups, int igos, int agents, int phrases, Map<String, Integer> skipped) {
    public ImportReport {
      skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** One line per count, for printing. */
    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(records).append(" actor records -> ").append(countries).append(" countries, ").append(groups)
          .append(" groups/persons, ").append(igos).append(" international, ").append(agents).append(" agents; ")
          .append(phrases).append(" phrases");
      for (Map.Entry<String, Integer> e : skipped.entrySet()) {
        sb.append("\n  not imported: ").append(e.getValue()).append(" ").append(e.getKey());
      }
      return sb.toString();
    }
  }

  /** Imports with the code of each record valid on {@code asOf}; agents may be null. */
  public ActorDictionary dictionary(LocalDate asOf, PetrarchAgents agents) {
    return toDyad(asOf, agents).dictionary();
  }

  /** Rows for one country while importing. */
  private static final class CountryRow {
    final String iso3;
    final List<String> phrases = new ArrayList<>();

    CountryRow(String iso3) {
      this.iso3 = iso3;
    }
  }

  private record CodeRow(String code, List<String> phrases) {}

  /**
   * Turns the records into Dyad's four dictionary files, choosing each record's code valid on
   * {@code asOf}. {@code agents} may be null (an empty agents file is written).
   */
  public DyadImport toDyad(LocalDate asOf, PetrarchAgents agents) {
    Objects.requireNonNull(asOf, "asOf");
    ActorDictionary dyad = ActorDictionary.loadDefault();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    Map<String, CountryRow> countries = new LinkedHashMap<>();
    List<CodeRow> groups = new ArrayList<>();
    List<CodeRow> igos = new ArrayList<>();
    int phrases = 0;

    for (PetrarchActor a : actors) {
      Optional<String> at = a.codeAt(asOf);
      if (at.isEmpty()) {
        count(skipped, a.codes().isEmpty() ? "records without a code" : "records with no code on " + asOf);
        continue;
      }
      String code = at.get();
      if (code.chars().allMatch(c -> c == '-' || c == '+')) {
        count(skipped, "records with a null code (---)");
        continue;
      }
      if (!code.matches("[A-Z0-9]+") || code.length() % 3 != 0) {
        count(skipped, "records whose code is not made of three-letter blocks");
        continue;
      }
      String first = code.substring(0, 3);
      if (Sectors.isSector(first)) {
        count(skipped, "records whose code starts with a sector (no country)");
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (String p : a.phrases()) {
        String dp = dyadPhrase(p);
        if (dp == null) {
          count(skipped, "phrases with characters a TSV cell cannot hold");
          continue;
        }
        if (!taken.add(PhraseKeys.duplicateKey(dp))) {
          count(skipped, "phrases already taken by an earlier record");
          continue;
        }
        kept.add(dp);
      }
      if (kept.isEmpty()) {
        count(skipped, "records with no phrase left");
        continue;
      }
      phrases += kept.size();
      if (ActorCode.INTERNATIONAL.contains(first)) {
        igos.add(new CodeRow(code, kept));
      } else if (!first.matches("[A-Z]{3}")) {
        count(skipped, "records whose country block is not three letters");
        phrases -= kept.size();
      } else if (code.length() == 3) {
        countries.computeIfAbsent(code, CountryRow::new).phrases.addAll(kept);
      } else {
        countries.computeIfAbsent(first, CountryRow::new);
        groups.add(new CodeRow(code, kept));
      }
    }

    // agents
    StringBuilder agentRows = new StringBuilder();
    int agentCount = 0;
    if (agents != null) {
      for (PetrarchAgent g : agents.agents()) {
        if (g.prefix()) {
          count(skipped, "agents with a prefix code (e.g. NGO~)");
          continue;
        }
        if (g.code().length() % 3 != 0) {
          count(skipped, "agents whose code is not made of three-letter blocks");
          continue;
        }
        List<String> sectors = new ArrayList<>();
        boolean dropped = false;
        for (String part : g.parts()) {
          if (Sectors.isSector(part)) {
            if (!sectors.contains(part)) {
              sectors.add(part);
            }
          } else {
            dropped = true;
          }
        }
        if (sectors.isEmpty()) {
          count(skipped, "agents with no sector Dyad knows");
          continue;
        }
        if (dropped) {
          count(skipped, "agent code blocks Dyad does not know (dropped, the agent kept)");
        }
        List<String> forms = new ArrayList<>();
        for (String f : g.forms()) {
          String dp = dyadPhrase(f);
          if (dp == null) {
            continue;
          }
          dp = dp.toLowerCase(Locale.ROOT);
          if (!taken.add(PhraseKeys.duplicateKey(dp))) {
            count(skipped, "agent phrases already taken");
            continue;
          }
          forms.add(dp);
        }
        if (forms.isEmpty()) {
          continue;
        }
        phrases += forms.size();
        agentCount++;
        agentRows.append(String.join("|", forms)).append('\t').append(String.join("|", sectors)).append('\t')
            .append(kindOf(dyad, forms.get(0)).name()).append('\t').append(title(forms.get(0))).append('\n');
      }
    }

    // countries: Dyad's metadata where it knows the code
    Set<String> iso2Used = new HashSet<>();
    for (CountryRow c : countries.values()) {
      dyad.country(c.iso3).ifPresent(k -> iso2Used.add(k.iso2()));
    }
    StringBuilder countryRows = new StringBuilder();
    java.util.Iterator<String> spare = spareIso2(dyad, iso2Used);
    for (CountryRow c : countries.values()) {
      Optional<Country> known = dyad.country(c.iso3);
      String name;
      List<String> aliases;
      if (c.phrases.isEmpty()) {
        name = "code:" + c.iso3; // never matches a token: only completes the country for its groups
        aliases = List.of();
      } else {
        name = c.phrases.get(0);
        aliases = c.phrases.subList(1, c.phrases.size());
      }
      String iso2 = known.map(Country::iso2).orElseGet(spare::next);
      String capital = known.map(Country::capital).orElse(name);
      double lat = known.map(Country::capitalLat).orElse(0.0);
      double lon = known.map(Country::capitalLon).orElse(0.0);
      countryRows.append(c.iso3).append('\t').append(iso2).append('\t').append(name).append('\t')
          .append(String.join("|", aliases)).append("\t\t").append(capital).append('\t').append(lat).append('\t')
          .append(lon).append("\t\n");
    }
    StringBuilder groupRows = new StringBuilder();
    for (CodeRow g : groups) {
      groupRows.append(codeRow(g));
    }
    StringBuilder igoRows = new StringBuilder();
    for (CodeRow g : igos) {
      igoRows.append(codeRow(g));
    }
    String version = "petrarch." + asOf.toString().replace("-", "");
    String countriesTsv = "# Countries imported from PETRARCH actor dictionaries, codes as of " + asOf + ".\n#version\t" + version
        + "\niso3\tiso2\tname\taliases\tadjectives\tcapital\tcapital_lat\tcapital_lon\tmetonyms\n" + countryRows;
    String agentsTsv = "# Agents imported from PETRARCH agent dictionaries.\n#version\t" + version
        + "\nphrase\tsectors\tkind\trole\n" + agentRows;
    String groupsTsv = "# Groups and persons imported from PETRARCH actor dictionaries, codes as of " + asOf + ".\n#version\t"
        + version + "\ncode\tname\taliases\n" + groupRows;
    String igosTsv = "# International actors imported from PETRARCH actor dictionaries, codes as of " + asOf
        + ".\n#version\t" + version + "\ncode\tname\taliases\n" + igoRows;
    ImportReport report = new ImportReport(actors.size(), countries.size(), groups.size(), igos.size(), agentCount, phrases, skipped);
    return new DyadImport(asOf, countriesTsv, agentsTsv, groupsTsv, igosTsv, report);
  }

  private static String codeRow(CodeRow g) {
    return g.code() + "\t" + g.phrases().get(0) + "\t" + String.join("|", g.phrases().subList(1, g.phrases().size())) + "\n";
  }

  private static void count(Map<String, Integer> m, String reason) {
    m.merge(reason, 1, Integer::sum);
  }

  /**
   * A PETRARCH phrase in Dyad's form: lower case, except a one-word acronym of at most three
   * capitals; null when it holds characters a TSV cell cannot ({@code | TAB}) or starts with
   * {@code #}.
   */
  static String dyadPhrase(String petrarch) {
    String p = cleanPhrase(petrarch);
    if (p.isEmpty() || p.indexOf('|') >= 0 || p.indexOf('\t') >= 0 || p.startsWith("#") || PhraseKeys.duplicateKey(p).isEmpty()) {
      return null;
    }
    if (!p.contains(" ")) {
      long letters = p.chars().filter(Character::isLetter).count();
      boolean caps = p.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      if (letters >= 1 && letters <= 3 && caps) {
        return p;
      }
    }
    return p.toLowerCase(Locale.ROOT);
  }

  /** The kind Dyad's own dictionary gives the phrase or its last word; AGENT when it knows neither. */
  private static AgentKind kindOf(ActorDictionary dyad, String phrase) {
    Optional<DictionaryEntry> e = dyad.lookup(phrase);
    if (e.isEmpty()) {
      String[] words = phrase.split(" ");
      e = dyad.lookup(words[words.length - 1]);
    }
    if (e.isPresent() && e.get() instanceof Agent a) {
      return a.kind();
    }
    return AgentKind.AGENT;
  }

  private static String title(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  private static java.util.Iterator<String> spareIso2(ActorDictionary dyad, Set<String> used) {
    Set<String> taken = new HashSet<>(used);
    for (Country c : dyad.countries()) {
      taken.add(c.iso2());
    }
    List<String> free = new ArrayList<>();
    for (char a = 'Z'; a >= 'A'; a--) {
      for (char b = 'Z'; b >= 'A'; b--) {
        String s = "" + a + b;
        if (!taken.contains(s)) {
          free.add(s);
        }
      }
    }
    java.util.Iterator<String> it = free.iterator();
    return new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        if (!it.hasNext()) {
          throw new IllegalStateException("more than " + free.size() + " countries unknown to Dyad: no two-letter codes left");
        }
        return it.next();
      }
    };
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      });
    } catch (IOException ignored) {
      // ditto
    }
  }

  @Override
  public String toString() {
    return "PetrarchActors[" + actors.size() + " records, " + problems.size() + " problems]";
  }
}
