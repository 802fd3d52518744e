package org.dyad.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.ResolvedActors;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.actors.dict.Country;
import org.dyad.actors.dict.CountryRef;
import org.dyad.actors.dict.DictionaryMatch;
import org.dyad.actors.dict.Gazetteer;
import org.dyad.actors.dict.GazetteerEntry;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.NamedEntity;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds where events happened, kept apart from places merely mentioned.
 *
 * <p>A toponym is a place of the event when it is a locative argument (in, at, near, outside ...)
 * of the trigger or of one of its arguments ("held talks in Geneva", "police in Lima arrested");
 * else, when the sentence has exactly one locative toponym, that one. A toponym that the actor
 * resolver took for an actor ("the administration in Washington" as a government) is a place
 * only when it is locative. Each place gets a country, and coordinates when the gazetteer (the
 * built-in one, plus an imported GeoNames dump) knows the name; the raw toponym is kept. When no
 * toponym is given and source and target belong to the same country, that country is the place
 * (rule "participants-country"), without coordinates.
 *
 * <p><b>NOTE:</b> immutable and thread-safe.
 */
public final class PlaceFinder {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "into",
      "throughout", "around", "within", "from", "off", "on");

  private final Gazetteer gazetteer;
  private final ActorDictionary dictionary;

  public PlaceFinder(Gazetteer gazetteer, ActorDictionary dictionary) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** A toponym found in a sentence. */
  record Toponym(int sentence, int first, int last, int head, String text, int start, int end, String name,
      String country, Double lat, Double lon, boolean locative) {}

  /** What was found: the events with their places, and every place the article mentions. */
  public record Result(List<Event> events, List<Place> places) {}

  public Result locate(AnnotatedArticle article, ResolvedActors actors, List<Event> events) {
    Map<Integer, List<Toponym>> bySentence = new HashMap<>();
    Map<Integer, Syntax> syntax = new HashMap<>();
    for (Sentence s : article.sentences()) {
      Syntax syn = new Syntax(s);
      syntax.put(s.index(), syn);
      bySentence.put(s.index(), toponyms(article, s, syn));
    }
    List<Event> out = new ArrayList<>(events.size());
    Map<Toponym, Boolean> used = new HashMap<>();
    for (Event e : events) {
      Syntax syn = syntax.get(e.sentence());
      List<Toponym> tops = bySentence.getOrDefault(e.sentence(), List.of());
      Toponym t = eventPlace(syn, e, tops);
      Place place = null;
      if (t != null) {
        used.put(t, true);
        place = new Place(t.text(), t.start(), t.end(), t.name(), t.country(), t.lat(), t.lon(), "EVENT");
      } else if (e.target() != null && !e.source().country().isEmpty()
          && e.source().country().equals(e.target().country()) && e.source().country().length() == 3) {
        String iso3 = e.source().country();
        String name = dictionary.country(iso3).map(Country::name).orElse(iso3);
        place = new Place(name, -1, -1, name, iso3, null, null, "EVENT");
      }
      out.add(new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.dateText(), e.dateRule(), e.background(),
          e.source(), e.target(), e.cameo(), e.goldstein(), e.ploverType(), e.ploverMode(), place, e.provenance()));
    }
    List<Place> places = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (Toponym t : bySentence.get(s.index())) {
        String role = used.containsKey(t) ? "EVENT" : "MENTIONED";
        if (!t.locative() && actors.at(t.sentence(), t.head()).isPresent() && !used.containsKey(t)) {
          // a country or capital standing for a government is an actor, not a place
          continue;
        }
        places.add(new Place(t.text(), t.start(), t.end(), t.name(), t.country(), t.lat(), t.lon(), role));
      }
    }
    return new Result(out, places);
  }

  private static Toponym eventPlace(Syntax syn, Event e, List<Toponym> tops) {
    List<Toponym> locative = tops.stream().filter(Toponym::locative).toList();
    if (locative.isEmpty()) {
      return null;
    }
    int trigger = syn.tokenAt(e.provenance().trigger().start());
    if (trigger >= 0) {
      for (Toponym t : locative) {
        if (syn.dominates(trigger, t.head(), 3)) {
          return t;
        }
      }
      // "police in Lima arrested": a locative on an argument
      for (Toponym t : locative) {
        int cur = t.head();
        for (int depth = 0; depth < 3; depth++) {
          Dependency h = syn.head(cur);
          if (h == null) {
            break;
          }
          cur = h.governor();
          int pos = syn.token(cur).start();
          if (pos == e.source().start() || e.source().start() <= pos && pos < e.source().end()
              || e.target() != null && e.target().start() <= pos && pos < e.target().end()) {
            return t;
          }
        }
      }
    }
    return locative.size() == 1 ? locative.get(0) : null;
  }

  private List<Toponym> toponyms(AnnotatedArticle article, Sentence s, Syntax syn) {
    List<Toponym> out = new ArrayList<>();
    boolean[] taken = new boolean[s.tokens().size()];
    String text = article.text();
    // countries and capitals by the dictionary
    for (DictionaryMatch m : dictionary.match(s.tokens())) {
      if (m.entry() instanceof CountryRef c && c.form() != org.dyad.actors.dict.CountryForm.ADJECTIVE) {
        Country country = c.country();
        int head = ActorResolver.headOf(s, m.firstToken(), m.lastToken());
        String raw = text.substring(s.token(m.firstToken()).start(), s.token(m.lastToken()).end());
        Optional<GazetteerEntry> g = best(raw, country.iso3());
        boolean capitalNamed = c.form() == org.dyad.actors.dict.CountryForm.METONYM && g.isPresent();
        Double lat = capitalNamed ? Double.valueOf(g.get().lat()) : null;
        Double lon = capitalNamed ? Double.valueOf(g.get().lon()) : null;
        String name = capitalNamed ? g.get().name() : country.name();
        out.add(new Toponym(s.index(), m.firstToken(), m.lastToken(), head, raw, s.token(m.firstToken()).start(),
            s.token(m.lastToken()).end(), name, country.iso3(), lat, lon, locative(syn, head)));
        for (int i = m.firstToken(); i <= m.lastToken(); i++) {
          taken[i] = true;
        }
      }
    }
    // other LOCATION names the gazetteer knows
    for (NamedEntity ne : article.entities()) {
      if (ne.sentence() != s.index() || !ne.type().equals("LOCATION") || taken[ne.firstToken()]) {
        continue;
      }
      Optional<GazetteerEntry> g = best(ne.text(), null);
      int head = ActorResolver.headOf(s, ne.firstToken(), ne.lastToken());
      if (g.isPresent()) {
        GazetteerEntry ge = g.get();
        out.add(new Toponym(s.index(), ne.firstToken(), ne.lastToken(), head, ne.text(), ne.start(), ne.end(),
            ge.name(), ge.iso3(), ge.lat(), ge.lon(), locative(syn, head)));
      }
    }
    // proper nouns after a locative preposition that the NER missed ("outside Congress" is no place; "in Geneva" is)
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.token(i);
      if (taken[i] || !t.isProperNoun() || !t.ner().equals("O") && !t.ner().equals("LOCATION")) {
        continue;
      }
      if (!locative(syn, i)) {
        continue;
      }
      boolean known = out.stream().anyMatch(x -> x.first() <= t.index() && t.index() <= x.last());
      Optional<GazetteerEntry> g = known ? Optional.empty() : best(t.word(), null);
      if (g.isPresent()) {
        GazetteerEntry ge = g.get();
        out.add(new Toponym(s.index(), i, i, i, t.word(), t.start(), t.end(), ge.name(), ge.iso3(), ge.lat(), ge.lon(), true));
      }
    }
    out.sort(Comparator.comparingInt(Toponym::first));
    return out;
  }

  /** The gazetteer entry for a name, preferring the given country, then the largest place. */
  private Optional<GazetteerEntry> best(String name, String iso3) {
    List<GazetteerEntry> hits = gazetteer.lookup(name);
    return hits.stream()
        .sorted(Comparator.comparing((GazetteerEntry g) -> iso3 != null && iso3.equals(g.iso3()) ? 0 : 1)
            .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed()))
        .findFirst();
  }

  /** True when the token is governed through a locative case marker: "in Geneva", "at the border". */
  private static boolean locative(Syntax syn, int token) {
    for (Dependency d : syn.parents(token)) {
      String base = d.baseRelation();
      if ((base.equals("obl") || base.equals("nmod") || base.equals("advcl")) && LOCATIVE.contains(d.marker().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
