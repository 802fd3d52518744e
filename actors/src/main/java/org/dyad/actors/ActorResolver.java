package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.actors.dict.AgentKind;
import org.dyad.actors.dict.Agent;
import org.dyad.actors.dict.CountryForm;
import org.dyad.actors.dict.CountryRef;
import org.dyad.actors.dict.DictionaryEntry;
import org.dyad.actors.dict.Group;
import org.dyad.actors.dict.Igo;
import org.dyad.actors.dict.DictionaryMatch;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Mention;
import org.dyad.model.NamedEntity;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds the actors of an article and resolves every mention to one of them, across the whole
 * article: "Foreign Minister Shah Mahmood Qureshi", "Mr Qureshi", "the foreign minister" and
 * "He" become one actor coded PAKGOV.
 *
 * <p>How: dictionary matches (countries, titles, agents, groups, IGOs) and the annotator's
 * PERSON names are joined into mention phrases ("US" + "Secretary of State" + "Antony Blinken");
 * persons are merged by surname; role nouns ("the foreign minister", "his US counterpart") go to
 * the person who holds that role; "he"/"his" go to the most recent person in subject position,
 * "its"/"their" to the group actor that is the subject of their clause; a title without a country
 * takes the article's home country (the country mentioned most). An agent word used as an adjective
 * ("an official visit") and a capital that starts an organisation's name ("The Washington Post")
 * name no actor.
 *
 * <p><b>NOTE:</b> thread-safe and stateless between calls; the dictionary is shared, not owned.
 */
public final class ActorResolver {
  private static final Set<String> JOINERS = Set.of("in", "of", "for", "from");
  private static final Set<String> MALE_FEMALE_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
  /** Possessives that stand for a country, an organisation or a group: "its withdrawal", "their attacks". */
  private static final Set<String> GROUP_POSSESSIVES = Set.of("its", "their");

  private final ActorDictionary dictionary;

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** What one phrase of a sentence says about the actor it names. Mutable while resolving. */
  private static final class Phrase {
    final int sentence;
    int first;
    int last;
    int head;
    String personName;
    String country;
    String countryName;
    String countryForm;
    final LinkedHashSet<String> sectors = new LinkedHashSet<>();
    String role;
    AgentKind roleKind;
    ActorCode fixedCode;
    String fixedName;
    String fixedType;
    boolean pronoun;
    /** A possessive standing for a country, organisation or group ("its", "their"), not for a person. */
    boolean group;
    /** True when the phrase's office is followed by "for"/"of" and a named group ("a spokesman for the Taliban"). */
    boolean officeOfGroup;
    /** The office a title names after a named group ("State Department spokeswoman"), or null. */
    String memberTitle;
    /** For a group possessive: the subject token of the clause it sits in, or -1. */
    int binder = -1;
    boolean plural;
    boolean subject;
    boolean foreign;
    Builder actor;
    Mention mentionStub;

    Phrase(int sentence, int first, int last) {
      this.sentence = sentence;
      this.first = first;
      this.last = last;
      this.head = last;
    }
  }

  /** An actor while its mentions are being gathered. */
  private static final class Builder {
    String key;
    String name;
    String type;
    String role;
    String country;
    final LinkedHashSet<String> sectors = new LinkedHashSet<>();
    ActorCode fixedCode;
    String codeSource;
    boolean foreign;
    final List<Phrase> phrases = new ArrayList<>();
  }

  /** Resolves all actors of an annotated article, with no knowledge from other articles. */
  public ResolvedActors resolve(AnnotatedArticle article) {
    return resolve(article, KnownActors.empty());
  }

  /**
   * Resolves all actors of an annotated article. A person the article names without a country
   * or title ("Qureshi said") takes the code of a known person of that name valid on the article
   * date; what the article itself says always wins.
   */
  public ResolvedActors resolve(AnnotatedArticle article, KnownActors known) {
    Objects.requireNonNull(known, "known");
    String text = article.text();
    List<List<Phrase>> bySentence = new ArrayList<>();
    Map<String, Integer> countryCounts = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      List<Phrase> phrases = phrases(s, article, text);
      for (Phrase p : phrases) {
        if (p.country != null && p.fixedCode == null) {
          // journalists name the country of foreign officials ("US Secretary of State"), not of their own:
          // a country that qualifies a title counts against being the home country
          boolean qualifier = p.roleKind == AgentKind.TITLE;
          countryCounts.merge(p.country, qualifier ? -2 : 1, Integer::sum);
        }
      }
      bySentence.add(phrases);
    }
    String home = "";
    int best = 0;
    int second = 0;
    for (var e : countryCounts.entrySet()) {
      if (e.getValue() > best) {
        second = best;
        best = e.getValue();
        home = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    // generic group nouns ("the government", "protesters") take the home country only when the
    // article is clearly about one country; otherwise they keep their sector alone
    String agentHome = best >= 3 && best >= 2 * second ? home : "";

    List<Builder> actors = new ArrayList<>();
    Map<String, Builder> byKey = new HashMap<>();
    // Pass 1: named and coded phrases make actors; role references and pronouns wait.
    List<Phrase> deferred = new ArrayList<>();
    for (List<Phrase> phrases : bySentence) {
      for (Phrase p : phrases) {
        if (p.pronoun || (p.personName == null && p.fixedCode == null && p.roleKind == AgentKind.TITLE)) {
          deferred.add(p);
          continue;
        }
        String key = identity(p, p.roleKind == AgentKind.AGENT ? agentHome : home);
        if (key == null) {
          continue;
        }
        Builder b = byKey.get(key);
        if (b == null && p.personName != null) {
          b = findPerson(actors, p.personName);
        }
        if (b == null) {
          b = new Builder();
          b.key = key;
          actors.add(b);
          byKey.put(key, b);
        }
        absorb(b, p);
      }
    }
    // Pass 2: role references ("the foreign minister", "his US counterpart") and pronouns.
    for (Phrase p : deferred) {
      Builder target = p.pronoun ? antecedent(p, bySentence) : roleHolder(p, actors, home);
      if (target == null && p.plural && p.country != null) {
        // "Palestinian leaders", "Iranian ministers": several office holders of one country act as a group
        String key = "agent:" + p.country + ":" + String.join("", p.sectors);
        target = byKey.get(key);
        if (target == null) {
          target = new Builder();
          target.key = key;
          target.type = "NOMINAL";
          target.name = p.mentionStub.text().replaceFirst("^(?i)the ", "");
          actors.add(target);
          byKey.put(key, target);
        }
      }
      if (target == null && !p.pronoun && !p.plural) {
        String key = "role:" + (p.country == null ? home : p.country) + ":" + p.role;
        target = byKey.get(key);
        if (target == null) {
          target = new Builder();
          target.key = key;
          actors.add(target);
          byKey.put(key, target);
        }
      }
      if (target != null) {
        absorb(target, p);
      }
    }
    return freeze(actors, home, agentHome, text, known, article.article().date());
  }

  private static Builder findPerson(List<Builder> actors, String name) {
    String surname = surname(name);
    for (Builder b : actors) {
      if ("PERSON".equals(b.type) && b.name != null && surname(b.name).equals(surname) && compatible(b.name, name)) {
        return b;
      }
    }
    return null;
  }

  private static boolean compatible(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length > 1 && y.length > 1) {
      return x[0].equalsIgnoreCase(y[0]) || x.length != y.length;
    }
    return true;
  }

  private static String surname(String name) {
    String[] parts = name.trim().split("\\s+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT);
  }

  /** The identity key of a phrase that names its actor itself, or null when it names none. */
  private static String identity(Phrase p, String home) {
    if (p.personName != null) {
      return "person:" + surname(p.personName);
    }
    if (p.fixedCode != null) {
      return "code:" + p.fixedCode.value() + ":" + p.fixedName;
    }
    String country = p.country != null ? p.country : p.foreign ? "foreign" : home;
    if (p.roleKind == AgentKind.ORG) {
      return "org:" + country + ":" + p.role;
    }
    if (p.roleKind == AgentKind.AGENT) {
      if (country.isEmpty() && p.sectors.isEmpty()) {
        return null;
      }
      return "agent:" + country + ":" + String.join("", p.sectors);
    }
    if (p.country != null) {
      return "country:" + p.country + ("METONYM".equals(p.countryForm) ? ":GOV" : "");
    }
    return null;
  }

  private static void absorb(Builder b, Phrase p) {
    p.actor = b;
    b.phrases.add(p);
    b.foreign |= p.foreign;
    if (p.personName != null) {
      b.type = "PERSON";
      if (b.name == null || p.personName.length() > b.name.length()) {
        b.name = p.personName;
      }
    } else if (p.fixedCode != null && b.type == null) {
      b.type = p.fixedType;
      b.name = p.fixedName;
      b.fixedCode = p.fixedCode;
    } else if (b.type == null && p.roleKind == AgentKind.ORG) {
      b.type = "ORGANIZATION";
      b.name = p.role;
    } else if (b.type == null && p.roleKind == AgentKind.AGENT) {
      b.type = "NOMINAL";
      b.name = p.mentionStub.text().replaceFirst("^(?i)the ", "");
    } else if (b.type == null && p.roleKind == AgentKind.TITLE) {
      b.type = "PERSON";
      b.name = p.role;
    } else if (b.type == null && p.country != null) {
      b.type = "COUNTRY";
      b.name = p.countryName;
    }
    if (p.pronoun) {
      return;
    }
    if (p.role != null && p.roleKind == AgentKind.TITLE && (b.role == null || !"Counterpart".equalsIgnoreCase(p.role))
        && !"counterpart".equalsIgnoreCase(p.role)) {
      if (b.role == null) {
        b.role = p.role;
      }
    } else if (p.role != null && p.roleKind == AgentKind.ORG && b.role == null) {
      b.role = p.role;
    }
    if (p.country != null && b.country == null) {
      b.country = p.country;
      if ("METONYM".equals(p.countryForm) && p.personName == null && p.roleKind == null) {
        b.sectors.add("GOV");
      }
    }
    b.sectors.addAll(p.sectors);
  }

  /** The person who holds the role a title phrase names, most recent first. */
  private static Builder roleHolder(Phrase p, List<Builder> actors, String home) {
    if (p.plural) {
      return null;
    }
    Builder found = null;
    int foundAt = -1;
    boolean counterpart = "counterpart".equalsIgnoreCase(p.role);
    for (Builder b : actors) {
      if (!"PERSON".equals(b.type) || b.name == null) {
        continue;
      }
      boolean roleMatches = counterpart ? !b.sectors.isEmpty() || b.role != null : p.role != null && p.role.equalsIgnoreCase(b.role);
      String bCountry = b.country;
      boolean countryMatches = p.country == null || p.country.equals(bCountry) || (bCountry == null && p.country.equals(home) && !counterpart);
      if (!roleMatches || !countryMatches) {
        continue;
      }
      if (counterpart && bCountry == null) {
        continue;
      }
      int last = -1;
      for (Phrase q : b.phrases) {
        if (q.sentence <= p.sentence) {
          last = Math.max(last, q.sentence);
        }
      }
      if (last > foundAt) {
        found = b;
        foundAt = last;
      }
    }
    return found;
  }

  /** True when every token of a match is tagged as an adjective. */
  private static boolean allAdjectives(List<Token> tokens, DictionaryMatch m) {
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      if (!tokens.get(i).pos().startsWith("JJ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a match is followed, inside one organisation name, by a capitalised word that no
   * dictionary entry covers ("Washington Post"; not "Kabul government").
   */
  private static boolean inLongerName(List<Token> tokens, DictionaryMatch m, List<DictionaryMatch> matches) {
    int next = m.lastToken() + 1;
    if (next >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(next);
    if (!"ORGANIZATION".equals(t.ner()) || !"ORGANIZATION".equals(tokens.get(m.lastToken()).ner()) || !t.isProperNoun()) {
      return false;
    }
    for (DictionaryMatch o : matches) {
      if (o.firstToken() <= next && next <= o.lastToken()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject of the clause a token sits in: walking up from the token, the first verb or predicate
   * with a nominal subject (its controller for an infinitive), or -1. A pronoun subject binds nothing.
   */
  private static int clauseSubject(Sentence s, int token) {
    int cur = token;
    List<Integer> path = new ArrayList<>();
    path.add(token);
    for (int depth = 0; depth < 6; depth++) {
      List<Dependency> up = s.parents(cur);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        return -1;
      }
      int gov = up.get(0).governor();
      Token g = s.token(gov);
      if (g.isVerb() || g.pos().startsWith("JJ")) {
        for (Dependency d : s.children(gov)) {
          // "its embassy said": a possessive inside the subject is not bound by that subject
          if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) && !path.contains(d.dependent())) {
            return s.token(d.dependent()).isPronoun() ? -1 : d.dependent();
          }
        }
      }
      cur = gov;
      path.add(cur);
    }
    return -1;
  }

  /**
   * The antecedent of a pronoun: for "he"/"his", the most recent person that is a subject in this or the
   * two previous sentences; for "its"/"their", the group actor that is the subject of the pronoun's clause.
   */
  private static Builder antecedent(Phrase p, List<List<Phrase>> bySentence) {
    if (p.group) {
      // "the United States completed its withdrawal", "Sudan is willing to withdraw its troops": a group
      // possessive stands for the subject of its own clause, and for nothing when that is no group actor
      for (Phrase q : bySentence.get(p.sentence)) {
        if (q != p && !q.pronoun && q.actor != null && q.first <= p.binder && p.binder <= q.last
            && !("PERSON".equals(q.actor.type) && !q.plural)) {
          return q.actor;
        }
      }
      return null;
    }
    Builder fallback = null;
    for (int s = p.sentence; s >= Math.max(0, p.sentence - 2); s--) {
      List<Phrase> phrases = bySentence.get(s);
      for (int i = phrases.size() - 1; i >= 0; i--) {
        Phrase q = phrases.get(i);
        if (q == p || q.actor == null || !"PERSON".equals(q.actor.type) || q.plural) {
          continue;
        }
        if (s == p.sentence && q.first > p.first) {
          continue;
        }
        if (q.subject) {
          return q.actor;
        }
        if (fallback == null) {
          fallback = q.actor;
        }
      }
      if (fallback != null) {
        return fallback;
      }
    }
    return fallback;
  }

  private ResolvedActors freeze(List<Builder> builders, String home, String agentHome, String text, KnownActors known,
      java.time.LocalDate date) {
    List<Actor> actors = new ArrayList<>();
    Map<Long, MentionRef> byToken = new HashMap<>();
    int n = 0;
    builders.sort((a, b) -> {
      Phrase pa = a.phrases.get(0);
      Phrase pb = b.phrases.get(0);
      return pa.sentence != pb.sentence ? Integer.compare(pa.sentence, pb.sentence) : Integer.compare(pa.first, pb.first);
    });
    for (Builder b : builders) {
      if (b.phrases.isEmpty()) {
        continue;
      }
      ActorCode code;
      String source;
      if (b.fixedCode != null) {
        code = b.fixedCode;
        source = "dictionary";
      } else if ("PERSON".equals(b.type) && b.name != null && (b.country == null || b.sectors.isEmpty())
          && known.lookup(b.name, date).isPresent()) {
        // the article does not say who this is fully; another article did
        KnownActor k = known.lookup(b.name, date).get();
        String country = b.country != null ? b.country : k.code().country();
        List<String> sectors = b.sectors.isEmpty() ? k.code().sectors() : new ArrayList<>(b.sectors);
        code = ActorCode.of(country, sectors.size() > 2 ? sectors.subList(0, 2) : sectors);
        source = "known:" + k.origin().toLowerCase(Locale.ROOT);
        if (b.role == null) {
          b.role = k.role();
        }
      } else {
        String country = b.country;
        source = "text";
        if (country == null) {
          String fallback = "NOMINAL".equals(b.type) ? agentHome : home;
          country = b.foreign ? "" : fallback;
          source = country.isEmpty() ? "sector-only" : "home-country";
        }
        if ("PERSON".equals(b.type) && b.sectors.isEmpty() && b.phrases.stream().anyMatch(q -> "counterpart".equalsIgnoreCase(q.role))) {
          // a minister's or president's "counterpart" holds the same kind of office: a government one
          b.sectors.add("GOV");
        }
        List<String> sectors = new ArrayList<>(b.sectors);
        if (country.isEmpty() && sectors.isEmpty()) {
          continue;
        }
        if (sectors.size() > 2) {
          sectors = sectors.subList(0, 2);
        }
        code = ActorCode.of(country, sectors);
      }
      String id = "A" + (++n);
      List<Mention> mentions = new ArrayList<>();
      List<Phrase> phrases = b.phrases;
      phrases.sort((x, y) -> x.sentence != y.sentence ? Integer.compare(x.sentence, y.sentence) : Integer.compare(x.first, y.first));
      for (Phrase p : phrases) {
        mentions.add(p.mentionStub);
      }
      String name = b.name != null ? b.name : code.value();
      Actor actor = new Actor(id, name, code, b.role, b.type == null ? "NOMINAL" : b.type, source, mentions);
      actors.add(actor);
      for (Phrase p : phrases) {
        MentionRef ref = new MentionRef(actor, p.mentionStub);
        for (int t = p.first; t <= p.last; t++) {
          byToken.putIfAbsent(ResolvedActors.key(p.sentence, t), ref);
        }
      }
    }
    return new ResolvedActors(actors, byToken, home);
  }

  // ---------------------------------------------------------------- phrases of one sentence

  private List<Phrase> phrases(Sentence s, AnnotatedArticle article, String text) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    // unit per token: the dictionary match or person name that covers it
    Object[] unit = new Object[n];
    List<DictionaryMatch> matches = dictionary.match(tokens);
    for (DictionaryMatch m : matches) {
      if (m.entry() instanceof Agent ag && ag.kind() != AgentKind.TITLE && afterHyphen(tokens, m.firstToken())) {
        // "anti-government protesters", "six-party talks": the second part of a hyphenated modifier
        // names no actor (a title still does: "ex-prime minister")
        continue;
      }
      if (m.entry() instanceof Agent && allAdjectives(tokens, m)) {
        // "his first official visit", "military ties": an agent word used as an adjective names no actor
        continue;
      }
      if (m.entry() instanceof CountryRef c && c.form() == CountryForm.METONYM && inLongerName(tokens, m, matches)) {
        // "The Washington Post", "the Moscow Times": a capital that starts the name of an organisation
        // stands for no government
        continue;
      }
      for (int i = m.firstToken(); i <= m.lastToken(); i++) {
        unit[i] = m;
      }
    }
    for (NamedEntity e : article.entities()) {
      if (e.sentence() != s.index() || !"PERSON".equals(e.type())) {
        continue;
      }
      int first = e.firstToken();
      int last = e.lastToken();
      while (first <= last && (unit[first] != null || !tokens.get(first).isProperNoun())) {
        first++;
      }
      if (first > last) {
        continue;
      }
      int[] span = {first, last};
      for (int i = first; i <= last; i++) {
        if (unit[i] == null) {
          unit[i] = span;
        }
      }
    }
    // proper nouns right after an honorific or a title, which the NER missed
    for (int i = 0; i < n; i++) {
      if (unit[i] instanceof DictionaryMatch m && m.entry() instanceof Agent ag
          && (ag.kind() == AgentKind.HONORIFIC || ag.kind() == AgentKind.TITLE)) {
        int j = m.lastToken() + 1;
        int k = j;
        while (k < n && unit[k] == null && tokens.get(k).isProperNoun() && Character.isUpperCase(tokens.get(k).word().charAt(0))) {
          k++;
        }
        if (k > j) {
          int[] span = {j, k - 1};
          for (int t = j; t < k; t++) {
            unit[t] = span;
          }
        }
        i = Math.max(i, m.lastToken());
      }
    }

    List<Phrase> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (unit[i] == null) {
        Token t = tokens.get(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        boolean group = GROUP_POSSESSIVES.contains(w) && t.pos().equals("PRP$");
        if (t.isPronoun() && (MALE_FEMALE_PRONOUNS.contains(w) || group)) {
          Phrase p = new Phrase(s.index(), i, i);
          p.pronoun = true;
          p.group = group;
          p.binder = group ? clauseSubject(s, i) : -1;
          p.subject = isSubject(s, i);
          out.add(stub(p, s, text));
        }
        i++;
        continue;
      }
      Phrase p = new Phrase(s.index(), i, i);
      int j = i;
      boolean hasCountry = false;
      while (j < n && unit[j] != null) {
        Object u = unit[j];
        int end = u instanceof DictionaryMatch m ? m.lastToken() : ((int[]) u)[1];
        if (u instanceof DictionaryMatch m && m.entry() instanceof CountryRef c) {
          // "Bree Prime Minister Romendacil", where an imported dictionary knows the person only as a name of
          // Bree: the same country again after a title completes the phrase; another country starts a new one
          boolean sameAfterTitle = c.country().iso3().equals(p.country) && p.roleKind != null
              && p.roleKind != AgentKind.HONORIFIC && p.personName == null && p.fixedCode == null;
          if (hasCountry && !sameAfterTitle) {
            break;
          }
          hasCountry = true;
        }
        if (!apply(p, u, tokens, text)) {
          break;
        }
        p.last = end;
        j = end + 1;
        // "administration in Washington", "Foreign Minister of Pakistan"
        if (j + 1 < n && unit[j] == null && JOINERS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
            && p.roleKind != null && p.personName == null && !hasCountry
            && !(tokens.get(j).word().equalsIgnoreCase("from") && p.first > 0
                && tokens.get(p.first - 1).word().equalsIgnoreCase("foreign"))
            && unit[j + 1] instanceof DictionaryMatch nm && nm.entry() instanceof CountryRef) {
          j = j + 1;
        }
        // "a spokesman for the Taliban", "the head of the United Nations": an office of a named group
        int g = j + 1 < n && tokens.get(j + 1).pos().equals("DT") ? j + 2 : j + 1;
        if (g < n && unit[j] == null && (tokens.get(j).word().equalsIgnoreCase("for") || tokens.get(j).word().equalsIgnoreCase("of"))
            && p.roleKind != null && p.roleKind != AgentKind.HONORIFIC && p.personName == null && p.fixedCode == null && !hasCountry
            && unit[g] instanceof DictionaryMatch gm && (gm.entry() instanceof Group || gm.entry() instanceof Igo)) {
          p.officeOfGroup = true;
          j = g;
        }
        // "Gondor's government", "the Syrian main opposition group": a country, then a possessive
        // or up to two adjectives, then a role noun
        if (hasCountry && p.roleKind == null && p.personName == null && p.fixedCode == null && j < n && unit[j] == null) {
          int k = j;
          while (k < n && k - j < 2 && unit[k] == null
              && (tokens.get(k).pos().equals("POS") || tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().equals("VBN"))) {
            k++;
          }
          if (k > j && k < n && unit[k] instanceof DictionaryMatch am && am.entry() instanceof Agent ag
              && ag.kind() != AgentKind.HONORIFIC) {
            j = k;
          }
        }
      }
      if (p.last < i) {
        p.last = i;
      }
      p.foreign = p.first > 0 && tokens.get(p.first - 1).word().equalsIgnoreCase("foreign") && p.country == null;
      p.head = headOf(s, p.first, p.last);
      p.subject = isSubject(s, p.head);
      p.plural = p.personName == null && tokens.get(p.head).pos().endsWith("S") && p.roleKind == AgentKind.TITLE;
      boolean useful = p.personName != null || p.fixedCode != null || p.country != null
          || (p.roleKind != null && p.roleKind != AgentKind.HONORIFIC);
      if (useful) {
        out.add(stub(p, s, text));
      }
      i = Math.max(j, p.last + 1);
    }
    return out;
  }

  /** Adds one unit to a phrase; false when the unit cannot join it (the phrase ends before it). */
  private static boolean apply(Phrase p, Object u, List<Token> tokens, String text) {
    if (u instanceof int[] span) {
      if (p.personName == null && p.fixedCode != null && p.memberTitle != null && !p.fixedCode.country().isEmpty()) {
        // "U.S. State Department spokeswoman Heather Nauert": the named holder of a group's office is a
        // person with the group's code
        p.country = p.fixedCode.country();
        p.sectors.addAll(p.fixedCode.sectors());
        p.role = p.memberTitle;
        p.roleKind = AgentKind.TITLE;
        p.fixedCode = null;
        p.fixedName = null;
        p.fixedType = null;
        p.personName = text.substring(tokens.get(span[0]).start(), tokens.get(span[1]).end());
        return true;
      }
      if (p.personName != null || p.fixedCode != null) {
        return false;
      }
      p.personName = text.substring(tokens.get(span[0]).start(), tokens.get(span[1]).end());
      return true;
    }
    DictionaryMatch m = (DictionaryMatch) u;
    DictionaryEntry e = m.entry();
    if (e instanceof CountryRef c) {
      if (p.personName != null || p.fixedCode != null) {
        return false;
      }
      p.country = c.country().iso3();
      p.countryName = c.country().name();
      p.countryForm = c.form().name();
      return true;
    }
    if (e instanceof Agent a) {
      if (p.personName == null && p.fixedCode != null && p.roleKind == null
          && (a.kind() == AgentKind.AGENT || a.kind() == AgentKind.TITLE)) {
        // "State Department officials", "Hamas fighters": members of the named group act as the group
        if (a.kind() == AgentKind.TITLE) {
          p.memberTitle = a.role();
        }
        return true;
      }
      if (p.personName != null || p.fixedCode != null) {
        return false;
      }
      p.sectors.addAll(a.sectors());
      if (a.kind() != AgentKind.HONORIFIC) {
        p.role = a.role();
        p.roleKind = a.kind();
      } else if (p.roleKind == null) {
        p.roleKind = AgentKind.HONORIFIC;
      }
      return true;
    }
    if (e instanceof Group g) {
      return named(p, g.code(), g.name(), "GROUP");
    }
    if (e instanceof Igo g) {
      return named(p, g.code(), g.name(), "IGO");
    }
    return false;
  }

  /**
   * Adds a named group or international organisation to a phrase: the phrase's office for or of it makes
   * the phrase one of its members ("a spokesman for the Taliban"); else it joins only a phrase with no
   * name, code or office yet.
   */
  private static boolean named(Phrase p, ActorCode code, String name, String type) {
    if (p.officeOfGroup && p.personName == null && p.fixedCode == null) {
      if (p.roleKind == AgentKind.TITLE) {
        p.memberTitle = p.role;
      }
      p.role = null;
      p.roleKind = null;
      p.sectors.clear();
    } else if (p.personName != null || p.fixedCode != null || p.roleKind != null) {
      return false;
    }
    p.fixedCode = code;
    p.fixedName = name;
    p.fixedType = type;
    return true;
  }

  /** True when the token follows a word-joining hyphen ("anti-government", "six-party"): tagged HYPH or written without spaces. */
  private static boolean afterHyphen(List<Token> tokens, int i) {
    if (i < 2) {
      return false;
    }
    Token h = tokens.get(i - 1);
    return h.word().equals("-")
        && (h.pos().equals("HYPH") || h.end() == tokens.get(i).start() && tokens.get(i - 2).end() == h.start());
  }

  /** The token of a span that is not governed from inside the span (its syntactic head). */
  public static int headOf(Sentence s, int first, int last) {
    for (int t = last; t >= first; t--) {
      boolean inside = false;
      for (Dependency d : s.parents(t)) {
        if (d.governor() >= first && d.governor() <= last && d.governor() != t && !d.relation().startsWith("conj")) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        return t;
      }
    }
    return last;
  }

  private static boolean isSubject(Sentence s, int token) {
    for (Dependency d : s.parents(token)) {
      if (d.relation().startsWith("nsubj") && !d.relation().equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  private static Phrase stub(Phrase p, Sentence s, String text) {
    int first = p.first;
    boolean nounPhrase = p.roleKind != null || p.fixedCode != null || s.token(p.last).isNoun();
    if (!p.pronoun && p.personName == null && nounPhrase && first > 0 && s.token(first - 1).pos().equals("DT")
        && s.token(first - 1).word().equalsIgnoreCase("the")) {
      first--;
    }
    Token a = s.token(first);
    Token b = s.token(p.last);
    String kind = p.pronoun ? "PRONOUN" : p.personName != null ? "NAME" : p.fixedCode != null ? "NAME"
        : p.roleKind == AgentKind.TITLE ? "TITLE" : p.roleKind != null ? "NOMINAL" : "COUNTRY";
    p.mentionStub = new Mention(text.substring(a.start(), b.end()), a.start(), b.end(), s.index(), p.head, kind);
    return p;
  }
}
