package org.dyad.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.MentionRef;
import org.dyad.actors.ResolvedActors;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CameoCode;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Codes events from the dependency parse: finds trigger words from the {@link TriggerDictionary},
 * then the source and target among their arguments, and turns each (trigger, source, target)
 * into one {@link Event} with CAMEO code, Goldstein, QuadClass, PLOVER type and provenance.
 *
 * <p>Rules that hold for every event: the source is a resolved actor; source and target are
 * different actors (a target that is the source itself is dropped, the event kept without one); one
 * event per (trigger, source, target). A negated trigger ("did not agree") codes nothing, except a
 * cooperation withheld in the future or refused ("will not meet": a 12x refusal). Coordinated
 * subjects of a mutual act are coded both ways. Dates are left to {@link EventDater}.
 *
 * <p><b>NOTE:</b> immutable and thread-safe; the dictionaries are shared, not owned.
 */
public final class EventCoder {
  /** Bumped whenever coding rules change: part of every event id. */
  public static final String VERSION = "dyad-coder-0.3";

  /** Relations of a verb whose dependent can be the target, in order of preference. */
  private static final List<String> VERB_TARGET_RELATIONS = List.of(
      "obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:on", "obl:upon", "obl:at", "obl:toward", "obl:towards",
      "obl:into", "obl:for", "obl:from", "obl:over", "obl:between", "obl:of");
  /** Relations of a nominal trigger whose dependent can be the target. */
  private static final List<String> NOUN_TARGET_RELATIONS = List.of(
      "nmod:against", "nmod:with", "nmod:on", "nmod:upon", "nmod:to", "nmod:toward", "nmod:towards", "nmod:for",
      "nmod:between", "nmod:of", "nmod:at", "nmod:into", "nmod:from", "acl:against");
  /** Relations through which a non-actor argument leads on to an actor ("partnership with America"). */
  private static final List<String> LEAD_ON = List.of(
      "nmod:with", "nmod:to", "nmod:against", "nmod:between", "nmod:for", "nmod:of", "nmod:on", "nmod:toward",
      "nmod:towards", "nmod:from", "conj:and", "amod", "compound");
  /**
   * Relations through which a verb without a subject takes its governor's: "Talking to X, Y said"
   * (advcl), "Y agreed to meet" (xcomp), "Y met X and signed" (conj). Never ccomp: in reported
   * speech the speaker is not the source of the reported act.
   */
  private static final Set<String> PASS_THROUGH = Set.of("advcl", "xcomp", "conj", "acl", "obl");
  /** Verbs that report speech: as events they are statements of an identifiable speaker only. */
  private static final Set<String> REPORTING = Set.of("say", "tell");
  /** Verbs whose nominal object is an act of the verb's subject: "held talks", "launched strikes". */
  private static final Set<String> LIGHT_VERBS = Set.of(
      "hold", "launch", "carry", "conduct", "stage", "make", "give", "sign", "impose", "offer", "provide", "extend",
      "pay", "mount", "begin", "start", "continue", "resume", "step", "announce", "reaffirm", "express", "declare",
      "issue", "reach", "conclude", "deliver", "send", "take", "have", "lodge", "file", "press", "renew", "intensify",
      "escalate", "order", "approve", "pledge", "promise", "vow", "threaten", "propose", "host", "attend", "join",
      "complete", "finish");

  private final TriggerDictionary triggers;
  private final CameoCodebook codebook;
  private final PloverMapping plover;
  private final String dictionaryVersion;

  public EventCoder(TriggerDictionary triggers, CameoCodebook codebook, PloverMapping plover, String actorDictionaryVersion) {
    this.triggers = Objects.requireNonNull(triggers, "triggers");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.plover = Objects.requireNonNull(plover, "plover");
    this.dictionaryVersion = "triggers " + triggers.version() + "; cameo " + codebook.version() + "; plover "
        + plover.version() + "; actors " + Objects.requireNonNull(actorDictionaryVersion, "actorDictionaryVersion");
  }

  /** The coder with the built-in dictionaries. */
  public static EventCoder loadDefault(String actorDictionaryVersion) {
    return new EventCoder(TriggerDictionary.loadDefault(), CameoCodebook.loadDefault(), PloverMapping.loadDefault(),
        actorDictionaryVersion);
  }

  public String dictionaryVersion() {
    return dictionaryVersion;
  }

  public CameoCodebook codebook() {
    return codebook;
  }

  /** A trigger: the pattern that fired, the code it gives in this sentence's mood, and the mood. */
  record Trigger(int token, TriggerPattern pattern, CameoCode code, Modality.Mood mood, boolean frame, boolean embedded) {
    Trigger(int token, TriggerPattern pattern) {
      this(token, pattern, pattern.code(), Modality.Mood.ACTUAL, false, false);
    }

    Trigger(int token, TriggerPattern pattern, CameoCode code, Modality.Mood mood) {
      this(token, pattern, code, mood, false, false);
    }
  }

  private static final Set<String> EMBEDDING = Set.of("acl", "ccomp", "advcl", "csubj");

  /** True when a trigger sits in a clause below the main one (relative, complement, adverbial). */
  private static boolean embedded(Syntax syn, int token) {
    int cur = token;
    for (int depth = 0; depth < 6; depth++) {
      Dependency h = syn.head(cur);
      if (h == null) {
        return false;
      }
      if (h.baseRelation().equals("ccomp") && h.governor() > token && REPORTED_CLAUSE_VERBS.contains(syn.lemma(h.governor()))) {
        // "a car bomb killed 75 people, a monitor said": the attribution after the report does not
        // make the report background
        return false;
      }
      if (EMBEDDING.contains(h.baseRelation())) {
        return true;
      }
      cur = h.governor();
    }
    return false;
  }

  /** True when the verb's object (or what it says) is itself a trigger of this sentence. */
  private static boolean objectIsEvent(Syntax syn, int verb, Set<Integer> fired) {
    for (Dependency d : syn.children(verb)) {
      String base = d.baseRelation();
      if ((base.equals("obj") || base.equals("ccomp")) && fired.contains(d.dependent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs that report what someone says, thinks or decides: their complement's "it"/"they" is
   * usually the speaker. Not {@link QuoteAttributor#SPEECH_VERBS}, which lists the verbs that
   * introduce a quotation (with "praise", "condemn" and the like, and without thinking verbs).
   */
  static final Set<String> REPORTED_CLAUSE_VERBS = Set.of(
      "say", "tell", "announce", "state", "declare", "insist", "claim", "add", "stress", "confirm", "reiterate",
      "warn", "report", "write", "tweet", "note", "explain", "argue", "maintain", "assert", "affirm", "indicate",
      "signal", "acknowledge", "admit", "reply", "respond", "believe", "think", "hope", "decide", "vow", "pledge",
      "promise", "threaten", "emphasize", "emphasise", "underline", "reaffirm", "agree");
  /** Verbs of approval whose object, when itself an act, is what the sentence reports: "approved the extradition". */
  private static final Set<String> APPROVALS = Set.of("approve", "authorize", "authorise", "endorse");
  /** Subject pronouns that may stand for an organisation or country ("Russia said it would ..."). */
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "we");

  /** True when a claim's complement has the claimant as subject: a pronoun, or the claim's own subject. */
  private static boolean claimsOwnAct(Syntax syn, int verb) {
    List<Integer> claimants = syn.children(verb, "nsubj");
    for (int c : syn.children(verb, "ccomp")) {
      for (int s : syn.children(c, "nsubj")) {
        if (claimants.contains(s) || syn.token(s).isPronoun()
            && !syn.token(s).word().equalsIgnoreCase("you")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a trigger is the complement of "fail" or "decline" ("failed to reach agreement"): the act did not happen. */
  private static boolean failedTo(Syntax syn, int token) {
    Dependency h = syn.head(token);
    return h != null && h.baseRelation().equals("xcomp") && NEGATING_GOVERNORS.contains(syn.lemma(h.governor()));
  }

  /** Verbs whose complement is an act not done: "failed to reach", "declined to resign". */
  private static final Set<String> NEGATING_GOVERNORS = Set.of("fail", "decline", "refuse");

  /**
   * The clause a speech verb reports when it says what someone must do ("said Iran must stop", "Iran must
   * stop, the minister said"), or -1.
   */
  static int obligationClause(Syntax syn, int verb) {
    for (Dependency d : syn.children(verb)) {
      // "dep": the parser sometimes leaves "says Israel must end" without a clausal relation
      if ((d.baseRelation().equals("ccomp") || d.relation().equals("dep")) && hasMust(syn, d.dependent())) {
        return d.dependent();
      }
    }
    Dependency h = syn.head(verb);
    if (h != null && h.baseRelation().equals("parataxis") && hasMust(syn, h.governor())) {
      return h.governor();
    }
    return -1;
  }

  private static boolean hasMust(Syntax syn, int clause) {
    for (Dependency d : syn.children(clause)) {
      if (d.relation().startsWith("aux") && syn.token(d.dependent()).word().equalsIgnoreCase("must")) {
        return true;
      }
    }
    return false;
  }

  /** An argument: the actor mention and the relation path that led to it. */
  record Arg(MentionRef ref, String via, int depth) {}

  /** Codes every sentence of an article. Events come back undated (date fields null). */
  public List<Event> code(AnnotatedArticle article, ResolvedActors actors) {
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : article.sentences()) {
      Syntax syn = new Syntax(s);
      List<Trigger> found = new ArrayList<>();
      boolean[] consumed = new boolean[syn.size()];
      for (int i = 0; i < syn.size(); i++) {
        Optional<Trigger> trig = trigger(syn, i);
        if (trig.isEmpty()) {
          continue;
        }
        if (syn.isNegated(i) || failedTo(syn, i)) {
          // "will not lift the sanctions", "refused ... did not agree": a cooperation withheld is a
          // refusal (12x); any other negated act is no event, and so is one that has simply not
          // happened yet ("has not informed the AGP")
          CameoCode refusal = failedTo(syn, i) || !Modality.negatedState(syn, i)
              ? Modality.refusal(trig.get().pattern().code()) : null;
          if (refusal == null) {
            continue;
          }
          trig = Optional.of(new Trigger(i, trig.get().pattern(), refusal, Modality.Mood.ACTUAL));
        }
        found.add(trig.get());
        markConsumed(syn, trig.get(), consumed);
      }
      Set<Integer> fired = new HashSet<>();
      for (Trigger t : found) {
        // a noun that a verb pattern required ("expressed optimism") is part of that verb's act, not an act of its own
        if (!(t.pattern().pos() == 'N' && consumed[t.token()])) {
          fired.add(t.token());
        }
      }
      for (Trigger t : found) {
        // "desires a partnership with America": the noun that a verb pattern required is part of
        // the verb's event, not an event of its own
        if (t.pattern().pos() == 'N' && consumed[t.token()]) {
          continue;
        }
        Modality.Mood mood = Modality.of(syn, t.token());
        if (mood == Modality.Mood.HYPOTHETICAL || mood == Modality.Mood.QUESTION) {
          continue;
        }
        if (mood == Modality.Mood.INTENDED && !t.code().root().equals("12")) {
          // "threatened to attack": the threat is the event, coded on "threatened" itself
          if (fired.contains(Modality.intentHead(syn, t.token()))) {
            continue;
          }
          t = new Trigger(t.token(), t.pattern(), Modality.intended(t.pattern().code()), mood);
        }
        if (t.code().root().equals("01") && REPORTED_CLAUSE_VERBS.contains(syn.lemma(t.token()))
            && obligationClause(syn, t.token()) >= 0) {
          // "X said (that) Y must do Z": what the speaker says another must do is a demand (10)
          t = new Trigger(t.token(), t.pattern(), CameoCode.of("10"), t.mood());
        }
        boolean ownClaim = t.code().value().equals("010") && syn.lemma(t.token()).equals("claim") && claimsOwnAct(syn, t.token());
        if (ownClaim) {
          // "the Taliban claimed that they had attacked the base": claiming one's own act is claiming responsibility
          t = new Trigger(t.token(), t.pattern(), CameoCode.of("015"), t.mood());
        }
        // only a plain statement frames what it states: an expressed hope, concern, denial or condolence
        // ("expressed hopes the government will change") is itself the event
        boolean plainStatement = t.code().value().equals("010") || t.code().value().equals("01");
        boolean frame = !ownClaim && (plainStatement || APPROVALS.contains(syn.lemma(t.token())))
            && objectIsEvent(syn, t.token(), fired);
        // "announced the release of ...", "approved the extradition of ...": the announced or approved
        // act is the event; the announcement or approval is its frame
        t = new Trigger(t.token(), t.pattern(), t.code(), t.mood(), frame, embedded(syn, t.token()));
        codeTrigger(article, actors, syn, t, events, seen);
      }
    }
    return events;
  }

  /** The most specific pattern whose requirements hold at token {@code i}, if any. */
  Optional<Trigger> trigger(Syntax syn, int i) {
    Token t = syn.token(i);
    // a proper noun is a name ("Competence Call Center"), not a nominal event
    char pos = t.isVerb() ? 'V' : t.isNoun() && !t.isProperNoun() ? 'N' : 0;
    if (pos == 0 || inName(t)) {
      return Optional.empty();
    }
    // "cease-fire", "sit-in": the compound is the trigger when the dictionary knows it
    String compound = syn.hyphenated(i);
    Optional<Trigger> found = compound == null ? Optional.empty() : firstSatisfied(syn, i, compound, pos);
    String lemma = syn.lemma(i);
    if (found.isEmpty()) {
      found = firstSatisfied(syn, i, lemma, pos);
    }
    // "cyber-attacks", "counter-offensive" as one token: the head noun names the act
    String head = pos == 'N' ? Syntax.hyphenHead(lemma) : null;
    if (found.isEmpty() && head != null) {
      found = firstSatisfied(syn, i, head, pos);
    }
    if (found.isEmpty() && pos == 'N' && t.pos().equals("NNS")) {
      // a plural the lemmatizer left alone ("talks" as a proper plural noun)
      found = firstSatisfied(syn, i, t.word().toLowerCase(Locale.ROOT), pos);
    }
    return found;
  }

  /** The first of a word's patterns, most specific first, whose requirements hold at token {@code i}. */
  private Optional<Trigger> firstSatisfied(Syntax syn, int i, String word, char pos) {
    for (TriggerPattern p : triggers.candidates(word, pos)) {
      if (satisfied(syn, i, p)) {
        return Optional.of(new Trigger(i, p));
      }
    }
    return Optional.empty();
  }

  /** Entity types whose capitalised words are part of a name ("Competence Call Center", "Truth Commission"). */
  private static final Set<String> NAME_ENTITIES = Set.of("ORGANIZATION", "PERSON", "LOCATION", "MISC");

  /** True when a capitalised word, not the first of its sentence, lies inside a named entity. */
  private static boolean inName(Token t) {
    return t.index() > 0 && NAME_ENTITIES.contains(t.ner()) && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0));
  }

  /** Marks the tokens that satisfied a verb pattern's obj/tree requirements. */
  private void markConsumed(Syntax syn, Trigger t, boolean[] consumed) {
    if (t.pattern().pos() != 'V') {
      return;
    }
    for (Requirement r : t.pattern().requires()) {
      if (!r.relation().equals("obj") && !r.relation().equals("tree")) {
        continue;
      }
      for (Dependency d : syn.children(t.token())) {
        if (!treeRoot(syn, t.token(), d)) {
          continue;
        }
        if (syn.lemmaIn(r.lemmas(), d.dependent())) {
          consumed[d.dependent()] = true;
        }
        if (r.relation().equals("tree")) {
          for (int x : syn.descendants(d.dependent(), 3)) {
            if (syn.lemmaIn(r.lemmas(), x)) {
              consumed[x] = true;
            }
          }
        }
      }
    }
  }

  /**
   * True when a dependent heads a subtree that a {@code tree} requirement searches: an object or a
   * complement (but not a clause that reports an act of its own subject), or, for a verb the parser
   * left without an object, what it attached loosely after the verb ("removed the sanctions on Rusal
   * ... linked to" as dep, "provided over 3.5 million in funding" as advmod).
   */
  private boolean treeRoot(Syntax syn, int verb, Dependency d) {
    String base = d.baseRelation();
    if (base.equals("ccomp")) {
      // "announced that it will not lift the ban": a clause with a subject of its own whose verb names an act
      // reports that act; "allowed that Mordor isn't a pleasant place" has none
      int c = d.dependent();
      boolean ownSubject = !syn.children(c, "nsubj").isEmpty() || !syn.children(c, "nsubj:pass").isEmpty();
      return !(ownSubject && syn.token(c).isVerb() && !triggers.candidates(syn.lemma(c), 'V').isEmpty());
    }
    if (base.equals("obj") || base.equals("xcomp") || base.equals("nmod") || base.equals("obl")) {
      return true;
    }
    return (d.relation().equals("dep") || base.equals("advmod")) && d.dependent() > verb && syn.children(verb, "obj").isEmpty();
  }

  private boolean satisfied(Syntax syn, int i, TriggerPattern p) {
    for (Requirement r : p.requires()) {
      if (!holds(syn, i, r)) {
        return false;
      }
    }
    return true;
  }

  private boolean holds(Syntax syn, int i, Requirement r) {
    Set<String> lemmas = r.lemmas();
    switch (r.relation()) {
      case "obj":
        return anyChild(syn, i, "obj", lemmas) || clauseObject(syn, i, lemmas) || participleOf(syn, i, lemmas);
      case "obl":
        return anyChild(syn, i, "obl", lemmas);
      case "prt":
        return anyChild(syn, i, "compound:prt", lemmas);
      case "xcomp":
        return anyChild(syn, i, "xcomp", lemmas);
      case "nmod":
        return anyChild(syn, i, "nmod", lemmas);
      case "prep":
        for (Dependency d : syn.children(i)) {
          String base = d.baseRelation();
          if ((base.equals("obl") || base.equals("nmod")) && lemmas.contains(d.marker())) {
            return true;
          }
          // "a call for according him a welcome", "called for ending the war": a gerund clause after the marker
          if ((base.equals("acl") || base.equals("advcl")) && lemmas.contains(d.marker())
              && syn.token(d.dependent()).pos().equals("VBG")) {
            return true;
          }
          // "call on the US to lift the sanctions": the parser may make "on" the marker of the clause asked for
          if ((base.equals("advcl") || base.equals("ccomp") || base.equals("xcomp")) && d.dependent() > i) {
            for (int m : syn.children(d.dependent(), "mark")) {
              if (m < d.dependent() && m == i + 1 && lemmas.contains(syn.lemma(m))) {
                return true;
              }
            }
          }
          // "called on the prosecutor": the parser may take "on" for a particle
          if (d.relation().equals("compound:prt") && lemmas.contains(syn.lemma(d.dependent()))) {
            return true;
          }
        }
        return false;
      case "tree":
        for (Dependency d : syn.children(i)) {
          if (treeRoot(syn, i, d)) {
            if (syn.lemmaIn(lemmas, d.dependent())) {
              return true;
            }
            for (int x : syn.descendants(d.dependent(), 3)) {
              if (syn.lemmaIn(lemmas, x)) {
                return true;
              }
            }
          }
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * "rejected accusations his government had taken ...": the parser makes the noun right after a verb
   * with no object part of a following clause; it is still what the verb acts on.
   */
  private static boolean clauseObject(Syntax syn, int i, Set<String> lemmas) {
    if (!syn.children(i, "obj").isEmpty()) {
      return false;
    }
    for (int c : syn.children(i, "ccomp")) {
      for (Dependency d : syn.children(c)) {
        int x = d.dependent();
        boolean next = x == i + 1 || (x == i + 2 && syn.token(i + 1).pos().equals("DT"));
        if (next && (d.relation().equals("dep") || d.relation().equals("nsubj")) && syn.lemmaIn(lemmas, x)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "hostages held by rebels", "the embargo imposed on Cuba": a past participle modifying a noun acts on
   * that noun, which stands for its object.
   */
  private static boolean participleOf(Syntax syn, int i, Set<String> lemmas) {
    Dependency h = syn.head(i);
    return h != null && h.baseRelation().equals("acl") && syn.token(i).pos().equals("VBN") && syn.lemmaIn(lemmas, h.governor());
  }

  private static boolean anyChild(Syntax syn, int i, String rel, Set<String> lemmas) {
    for (int c : syn.children(i, rel)) {
      if (syn.lemmaIn(lemmas, c)) {
        return true;
      }
    }
    return false;
  }

  private void codeTrigger(AnnotatedArticle article, ResolvedActors actors, Syntax syn, Trigger trig, List<Event> out, Set<String> seen) {
    int i = trig.token();
    boolean noun = trig.pattern().pos() == 'N';
    List<Arg> sources = noun ? nounSources(actors, syn, i, 0) : verbSources(actors, syn, i, 0);
    List<Arg> targets = noun ? nounTargets(actors, syn, i, trig) : verbTargets(actors, syn, i, trig);
    String argRule;
    if (!noun && targets.isEmpty() && figurativeObject(actors, syn, trig)) {
      return;
    }
    if (sources.isEmpty() || (targets.isEmpty() && sources.size() < 2)) {
      List<Arg> between = between(actors, syn, i);
      if (between.size() == 2) {
        argRule = "between";
        emit(article, syn, trig, List.of(between.get(0)), List.of(between.get(1)), argRule, out, seen);
        if (RECIPROCAL_ROOTS.contains(trig.code().root())) {
          // "fighting resumed between the Taliban and the Afghan government": each side acts on the other
          emit(article, syn, trig, List.of(between.get(1)), List.of(between.get(0)), argRule, out, seen);
        }
        return;
      }
    }
    if (sources.isEmpty() && !noun && !passive(syn, i) && !reducedRelative(syn, i) && !hasSubject(syn, i)) {
      // the parse found no subject (a mis-tagged or mis-attached one, often): read the nearest
      // actor before the verb as its source and the nearest after it as its target
      Arg left = nearestActor(actors, syn, i, -1);
      if (left != null) {
        Arg right = targets.isEmpty() ? nearestActor(actors, syn, i, +1) : null;
        List<Arg> tgts = right == null ? targets : List.of(right);
        emit(article, syn, trig, List.of(left), tgts, "surface", out, seen);
      }
      return;
    }
    if (sources.isEmpty()) {
      return;
    }
    if (targets.isEmpty() && sources.size() >= 2 && !noun && (RECIPROCAL_ROOTS.contains(trig.code().root()) || jointObject(syn, i))) {
      // "Qureshi and Blinken spoke", "India and Pakistan agreed": coordinated subjects of a mutual act act on
      // each other, each one the source of an event aimed at each other one ("Russia and China condemned"
      // is no condemnation of each other)
      List<Arg> parties = sources.subList(0, Math.min(sources.size(), 4));
      for (Arg src : parties) {
        for (Arg tgt : parties) {
          if (src != tgt) {
            emit(article, syn, trig, List.of(src), List.of(tgt), "coordinated-subjects", out, seen);
          }
        }
      }
      return;
    }
    emit(article, syn, trig, sources, targets, "args", out, seen);
  }

  /** True when the verb acts on something its subjects share: "postponed their meeting", "broke off talks with each other". */
  private static boolean jointObject(Syntax syn, int verb) {
    for (Dependency d : syn.children(verb)) {
      if (!d.relation().equals("obj") && !d.baseRelation().equals("obl")) {
        continue;
      }
      String w = syn.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (w.equals("other") || w.equals("another")) {
        return true;
      }
      for (int p : syn.children(d.dependent(), "nmod:poss")) {
        if (syn.token(p).word().equalsIgnoreCase("their")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of struggle that take causes and ills as objects as readily as enemies ("fight corruption"). */
  private static final Set<String> STRUGGLE_VERBS = Set.of("fight", "battle", "combat", "tackle");

  /**
   * "fight COVID-19", "fighting the root causes of migration", "mobilising funds", "deployed rescue teams",
   * "reinforced its commitment": a force-posture verb (15) or a verb of struggle taken on its word alone,
   * whose object is no actor, leads to none and is no number or pronoun, uses no force. Verbs of
   * attack keep their non-actor objects ("stormed a camp", "attacked a military base").
   */
  private static boolean figurativeObject(ResolvedActors actors, Syntax syn, Trigger trig) {
    boolean posture = trig.code().root().equals("15");
    boolean struggle = trig.code().root().equals("19") && STRUGGLE_VERBS.contains(syn.lemma(trig.token()));
    if (!trig.pattern().isFallback() || !(posture || struggle)) {
      return false;
    }
    for (int o : syn.children(trig.token(), "obj")) {
      Token t = syn.token(o);
      if (actors.at(syn.sentence.index(), o).isEmpty() && !t.isPronoun() && !t.pos().equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /** Roots of acts that two parties do with each other: intent to cooperate, consult, cooperate, yield, cut ties, fight. */
  private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06", "08", "16", "19");

  private void emit(AnnotatedArticle article, Syntax syn, Trigger trig, List<Arg> sources, List<Arg> targets,
      String argRule, List<Event> out, Set<String> seen) {
    String docId = article.article().id();
    Sentence s = syn.sentence;
    Token tt = syn.token(trig.token());
    Span triggerSpan = tt.span();
    for (Arg src : sources) {
      List<Arg> tgts = targets.stream().filter(t -> !t.ref().actor().id().equals(src.ref().actor().id())).toList();
      if (tgts.isEmpty()) {
        // "began their assault", "withdrew its troops", or two mentions the resolver took for one actor: an
        // act is never aimed at its own source; it is kept with no target
        tgts = Collections.singletonList(null);
      }
      for (Arg tgt : tgts) {
        String key = trig.token() + "/" + s.index() + "/" + src.ref().actor().id() + "/" + (tgt == null ? "-" : tgt.ref().actor().id());
        if (!seen.add(key)) {
          continue;
        }
        Participant source = participant(src.ref());
        Participant target = tgt == null ? null : participant(tgt.ref());
        if (REPORTING.contains(trig.pattern().lemma()) && source.country().isEmpty() && attributionTail(syn, trig.token())) {
          // "..., a senior official said": an unplaced, unnamed speaker after the report only attributes it
          continue;
        }
        CameoCode code = codeFor(trig, source, target);
        if (code == null) {
          continue;
        }
        var entry = codebook.nearest(code).orElseThrow(() -> new IllegalStateException("no CAMEO entry for " + code));
        var pe = plover.get(code);
        double confidence = confidence(trig, src, tgt, argRule);
        String rule = trig.pattern().id() + " | src " + src.via() + (tgt == null ? "" : " | tgt " + tgt.via()) + " | " + argRule
            + (trig.mood() == Modality.Mood.ACTUAL ? "" : " | mood " + trig.mood().name().toLowerCase(Locale.ROOT));
        Provenance prov = new Provenance(docId, s.index(), triggerSpan, tt.word(), source.span(),
            target == null ? null : target.span(), rule, dictionaryVersion, VERSION, article.annotator(), confidence);
        String id = Event.idFor(docId, s.index(), triggerSpan, source.span(), target == null ? null : target.span(),
            code.value(), VERSION);
        out.add(new Event(id, docId, s.index(), null, null, null, false, source, target, code, entry.goldstein(),
            pe.type(), pe.mode(), null, prov));
      }
    }
  }

  /**
   * The code of a trigger's event between these participants, or null when they make it no event: the
   * trigger's code, read again for who acts on whom (arrivals, journalists, the press, irregular forces).
   */
  private static CameoCode codeFor(Trigger trig, Participant source, Participant target) {
    if (trig.code().value().equals("042") && trig.pattern().lemma().equals("arrive")) {
      if (!foreignArrival(source, target)) {
        // "arrived in Harare's main sports stadium": an arrival is a visit only when it reaches an actor, and
        // not one of the arriving actor's own country
        return null;
      }
      if (source.code().value().startsWith("IGOPKO")) {
        // "Chinese peacekeepers arrived in South Sudan": peacekeepers arriving provide peacekeeping
        return CameoCode.of("074");
      }
      if (source.sectors().contains("MIL")) {
        // "British troops have arrived in Mali to join the mission": forces arriving make no visit; what they
        // come to do is the event
        return null;
      }
    }
    if (trig.code().root().equals("04") && source.sectors().contains("MED")) {
      // "NPR's Michel Martin speaks with Peter Edelman": a journalist talking with someone is an interview,
      // not a consultation between political actors
      return null;
    }
    return irregularForce(pressStatement(trig.code(), target), source, target);
  }

  /** True when an arrival reaches an actor, and not one of the arriving actor's own country. */
  private static boolean foreignArrival(Participant source, Participant target) {
    // "arrives for a session at the Assembly": with neither country known, nothing says the arrival crosses a border
    return target != null && !(target.country().isEmpty() && source.country().isEmpty())
        && !target.country().equals(source.country());
  }

  /** True when a reporting verb comes after the clause it reports ("X did Y, officials said"). */
  private static boolean attributionTail(Syntax syn, int verb) {
    for (int k = 0; k < verb; k++) {
      Dependency h = syn.head(k);
      // "Mahanta has said ...": the reporting verb's own auxiliary is not a reported clause
      boolean ownAux = h != null && h.governor() == verb && h.relation().startsWith("aux");
      if (syn.token(k).isVerb() && !ownAux) {
        return true;
      }
    }
    return false;
  }

  /** "spoke to reporters": talking to the press is a statement (010), not a consultation (04x). */
  private static CameoCode pressStatement(CameoCode code, Participant target) {
    if (code.root().equals("04") && target != null && target.sectors().contains("MED") && target.country().isEmpty()) {
      return CameoCode.of("010");
    }
    return code;
  }

  /** Sectors of armed actors outside a state's forces: rebels, insurgents, separatists, gunmen, criminals. */
  private static final Set<String> IRREGULAR_SECTORS = Set.of("REB", "INS", "SEP", "UAF", "CRM");
  private static final Set<String> STATE_FORCE_SECTORS = Set.of("MIL", "COP", "GOV", "SPY");

  /**
   * "A suicide bomber killed five people", "militants killed ten villagers": CAMEO's conventional
   * military force (19) is combat between armed forces ("fighting between the Taliban and the
   * government"); a bomber's killing is a bombing (183, 1831 for a suicide bomber), and irregular
   * forces' violence against anyone but a state's forces is unconventional violence (180). Only the
   * unspecified 190 is recoded.
   */
  static CameoCode irregularForce(CameoCode code, Participant source, Participant target) {
    if (!code.value().equals("190")) {
      return code;
    }
    List<String> sectors = source.sectors();
    if (sectors.stream().noneMatch(IRREGULAR_SECTORS::contains) || sectors.stream().anyMatch(STATE_FORCE_SECTORS::contains)) {
      return code;
    }
    String text = source.text().toLowerCase(Locale.ROOT);
    if (text.contains("bomber")) {
      return CameoCode.of(text.contains("suicide") ? "1831" : "183");
    }
    boolean againstState = target != null && target.sectors().stream().anyMatch(STATE_FORCE_SECTORS::contains);
    return againstState ? code : CameoCode.of("180");
  }

  private static double confidence(Trigger trig, Arg src, Arg tgt, String argRule) {
    double c = 0.9;
    if (trig.pattern().requires().isEmpty()) {
      c -= 0.05;
    }
    c -= 0.05 * src.depth();
    if (tgt == null) {
      c -= 0.15;
    } else {
      c -= 0.05 * tgt.depth();
    }
    if (argRule.equals("between") || argRule.equals("surface")) {
      c -= 0.15;
    }
    if ("PRONOUN".equals(src.ref().mention().kind())) {
      c -= 0.05;
    }
    if (trig.frame()) {
      c -= 0.3;
    }
    if (trig.embedded()) {
      // what a sentence asserts is its main clause; acts in relative, complement and adverbial
      // clauses ("condemned Trump's decision to recognise Jerusalem") are background to it
      c -= 0.15;
    }
    if (trig.code().value().equals("010") && trig.pattern().lemma().equals("say")) {
      // "X said ...": a statement is the weakest reading of a sentence; what was said usually matters more
      c -= 0.4;
    }
    return Math.max(0.1, Math.min(1.0, Math.round(c * 100) / 100.0));
  }

  private static Participant participant(MentionRef ref) {
    var m = ref.mention();
    var a = ref.actor();
    if ("PRONOUN".equals(m.kind())) {
      // "Netanyahu says he will seek support": the participant is named by the sentence's own mention of
      // the pronoun's actor, when there is one before it
      for (var other : a.mentions()) {
        if (other.sentence() == m.sentence() && other.start() < m.start() && !"PRONOUN".equals(other.kind())) {
          m = other;
        }
      }
    }
    return new Participant(m.text(), m.start(), m.end(), a.code(), a.name(), a.id());
  }

  // ------------------------------------------------------------------ arguments

  private List<Arg> verbSources(ResolvedActors actors, Syntax syn, int v, int depth) {
    List<Arg> out = new ArrayList<>();
    boolean passive = passive(syn, v);
    for (Dependency d : syn.children(v)) {
      String rel = d.relation();
      boolean subj = (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("csubj")) && !passive;
      boolean agent = rel.equals("obl:agent") || (rel.equals("obl:by") && passive);
      if (subj || agent) {
        int before = out.size();
        addActor(actors, syn, d.dependent(), rel, depth, out, true);
        if (out.size() == before) {
          // "Syrian government warplanes attacked", "the EU's diplomatic chief rejected",
          // "missiles fired by the Israeli military struck": the actor behind a non-actor subject
          sourceLeadOn(actors, syn, d.dependent(), rel, depth, out);
        }
        if (out.size() == before && subj && depth < 3 && syn.token(d.dependent()).isPronoun()
            && GROUP_PRONOUNS.contains(syn.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
          // "Russia said it would ...", "the rebels said they will ...": the speaker
          int speech = speechGovernor(syn, v);
          if (speech >= 0) {
            for (Arg a : verbSources(actors, syn, speech, depth + 1)) {
              out.add(new Arg(a.ref(), rel + "=speaker^" + a.via(), a.depth()));
            }
          }
        }
      }
    }
    if (!out.isEmpty() || depth >= 3 || passive) {
      // a passive verb's subject is its patient: its source can only be a by-agent
      return out;
    }
    for (Dependency d : syn.children(v)) {
      String ner = syn.token(d.dependent()).ner();
      if ((d.relation().startsWith("nsubj") || d.relation().startsWith("csubj"))
          && !(d.relation().equals("nsubj:xsubj") && NOT_AGENTS.contains(ner)) && !TIMES_AND_NUMBERS.contains(ner)) {
        // the clause names its own subject ("she refused"): it is nobody else's. A controller the parser
        // took from a date ("the ministry decided Monday to inspect") names nobody.
        return out;
      }
    }
    Dependency h = syn.head(v);
    if (h == null) {
      return out;
    }
    String base = h.baseRelation();
    if (base.equals("acl") && syn.token(v).pos().equals("VBN")) {
      // "a driver arrested for ...": the noun is the participle's patient, not its agent
      return out;
    }
    if (PASS_THROUGH.contains(base)) {
      Token gov = syn.token(h.governor());
      if (gov.isVerb() && (base.equals("xcomp") || base.equals("obl") || base.equals("advcl"))
          && (base.equals("xcomp") || h.marker().equals("of") || h.marker().equals("for"))) {
        // object control: "urged both sides to talk", "accused Azerbaijan of blocking the road"
        for (int o : syn.children(h.governor(), "obj")) {
          addActor(actors, syn, o, h.relation() + "^obj", depth + 1, out, true);
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
      // "Australia is willing to withdraw", "the army was guilty of violating the ceasefire": the subject
      // of a predicate adjective that governs the act
      boolean adjective = gov.pos().startsWith("JJ") && (base.equals("xcomp") || base.equals("advcl"));
      if ((gov.isVerb() || adjective) && !base.equals("obl")) {
        for (Arg a : verbSources(actors, syn, h.governor(), depth + 1)) {
          out.add(new Arg(a.ref(), h.relation() + "^" + a.via(), a.depth()));
        }
      }
      if (out.isEmpty() && gov.isNoun() && base.equals("acl")) {
        // "the court's decision to release X"
        for (Arg a : nounSources(actors, syn, h.governor(), depth + 1)) {
          out.add(new Arg(a.ref(), h.relation() + "^" + a.via(), a.depth() + 1));
        }
      }
    }
    return out;
  }

  /** The speech verb whose reported clause (ccomp, through coordinated clauses) holds verb {@code v}, or -1. */
  private static int speechGovernor(Syntax syn, int v) {
    int cur = v;
    for (int depth = 0; depth < 3; depth++) {
      Dependency h = syn.head(cur);
      if (h == null) {
        return -1;
      }
      String base = h.baseRelation();
      // "Bangladesh has told the UN it cannot accept ...": the parser may attach the reported clause as parataxis
      boolean reported = base.equals("ccomp") || base.equals("parataxis") && h.governor() < cur;
      if (reported && REPORTED_CLAUSE_VERBS.contains(syn.lemma(h.governor())) && syn.token(h.governor()).isVerb()) {
        return h.governor();
      }
      if ((base.equals("ccomp") || base.equals("parataxis")) && madeClear(syn, h.governor())) {
        // "the government has made it clear it will not lift the ban"
        return h.governor();
      }
      if (!base.equals("conj")) {
        return -1;
      }
      cur = h.governor();
    }
    return -1;
  }

  /** True for "made (it) clear": a verb "make" whose complement is the adjective "clear". */
  private static boolean madeClear(Syntax syn, int verb) {
    if (!syn.lemma(verb).equals("make")) {
      return false;
    }
    for (Dependency d : syn.children(verb)) {
      if ((d.baseRelation().equals("xcomp") || d.relation().equals("advmod")) && syn.lemma(d.dependent()).equals("clear")) {
        return true;
      }
    }
    return false;
  }

  /** Sources of a nominal trigger; {@code depth} bounds the climb (enhanced graphs have cycles). */
  private List<Arg> nounSources(ResolvedActors actors, Syntax syn, int n, int depth) {
    List<Arg> out = new ArrayList<>();
    for (Dependency d : syn.children(n)) {
      String rel = d.relation();
      if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:by") || rel.equals("nmod:agent")) {
        // "his hunger strike", "his private battles": a pronoun's nominal is too often personal, not political
        if (!syn.token(d.dependent()).isPronoun()) {
          int before = out.size();
          addActor(actors, syn, d.dependent(), rel, 0, out, false);
          if (out.size() > before && rel.equals("compound") && affectedGroup(out.get(out.size() - 1))) {
            // "child abuse", "refugee crisis": a group of civilians named before the act is what it affects
            out.remove(out.size() - 1);
          }
        }
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    // a nominal as the object of a light verb takes the verb's subject ("Y held talks with X");
    // not of other verbs ("Y condemned the arrests": Y did not arrest)
    Dependency h = syn.head(n);
    if (depth < 3 && h != null && (h.relation().equals("obj") || h.baseRelation().equals("obl")) && syn.token(h.governor()).isVerb()
        && LIGHT_VERBS.contains(syn.lemma(h.governor()))) {
      for (Arg a : verbSources(actors, syn, h.governor(), depth + 1)) {
        out.add(new Arg(a.ref(), h.relation() + "^" + a.via(), a.depth()));
      }
    }
    if (out.isEmpty() && depth < 3 && h != null && h.relation().equals("compound") && syn.token(h.governor()).isNoun()) {
      // "launched a mediation effort", "an aid package from Japan": the act names the kind of the noun it modifies
      for (Arg a : nounSources(actors, syn, h.governor(), depth + 1)) {
        out.add(new Arg(a.ref(), "compound^" + a.via(), a.depth()));
      }
    }
    return out;
  }

  /** Sectors of groups that acts befall more than they act: civilians, refugees. */
  private static final Set<String> AFFECTED_SECTORS = Set.of("CVL", "REF");

  /** True when an argument is a generic group of civilians or refugees with no country ("child", "refugees"). */
  private static boolean affectedGroup(Arg a) {
    var code = a.ref().actor().code();
    return code.country().isEmpty() && !code.sectors().isEmpty() && AFFECTED_SECTORS.containsAll(code.sectors());
  }

  /**
   * A participle modifying a noun: the noun before a past participle is its patient ("two Americans
   * accused of helping", "a journalist arrested in Bali"), the noun before a present participle its
   * subject ("a youth hailing from ..."), so no surface reading may take another actor for the source.
   * The parser may also attach the participle as an adjective; a past participle before its noun
   * ("Gunmen released two priests" parsed as "released priests") is then no modifier of a noun before
   * it, and the surface reading stays open to it.
   */
  private static boolean reducedRelative(Syntax syn, int v) {
    Dependency h = syn.head(v);
    if (h == null) {
      return false;
    }
    String pos = syn.token(v).pos();
    return h.baseRelation().equals("acl") && (pos.equals("VBN") || pos.equals("VBG"))
        || h.relation().equals("amod") && (h.governor() < v || pos.equals("VBG"));
  }

  /**
   * True when the parse gave the verb a subject, an actor or not ("NPR's Michel Martin speaks with",
   * "a plot to blow up"): a subject that is no actor leaves the act without a source; no actor
   * elsewhere in the sentence stands in for it.
   */
  private static boolean hasSubject(Syntax syn, int v) {
    for (Dependency d : syn.children(v)) {
      String r = d.relation();
      if ((r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("csubj") || r.equals("expl"))
          && !NOT_AGENTS.contains(syn.token(d.dependent()).ner())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Entity types that do not act, so a subject of this type is a parse error ("MIAMI A federal jury
   * convicted", "Hours after ..., X announced"): dateline places that are no actor, times, numbers.
   */
  private static final Set<String> NOT_AGENTS;
  /** Entity types that are never a subject ("Japan decided on Thursday to ease", parsed with Thursday as subject). */
  private static final Set<String> TIMES_AND_NUMBERS = Set.of(
      "DATE", "DURATION", "TIME", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  static {
    Set<String> notAgents = new HashSet<>(TIMES_AND_NUMBERS);
    notAgents.add("LOCATION");
    NOT_AGENTS = Set.copyOf(notAgents);
  }

  /** Passive, or a past participle with a by-agent ("a ceasefire facilitated by Pakistan"). */
  private static boolean passive(Syntax syn, int v) {
    if (syn.isPassive(v)) {
      return true;
    }
    return syn.token(v).pos().equals("VBN") && !syn.children(v, "obl:by").isEmpty()
        || !syn.children(v, "obl:agent").isEmpty();
  }

  private List<Arg> verbTargets(ResolvedActors actors, Syntax syn, int v, Trigger trig) {
    List<Arg> out = new ArrayList<>();
    List<Arg> ownForces = null;
    if (trig.code().value().equals("10") && REPORTED_CLAUSE_VERBS.contains(syn.lemma(v))) {
      int clause = obligationClause(syn, v);
      if (clause >= 0) {
        // "said Indonesia must ensure security": the demand is made of the clause's subject
        for (Dependency d : syn.children(clause)) {
          if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
            int before = out.size();
            addActor(actors, syn, d.dependent(), "ccomp>" + d.relation(), 1, out, true);
            if (out.size() == before) {
              sourceLeadOn(actors, syn, d.dependent(), "ccomp>" + d.relation(), 0, out);
            }
          }
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    if (passive(syn, v)) {
      for (Dependency d : syn.children(v)) {
        if (d.relation().equals("nsubj:pass") || d.relation().equals("nsubj")) {
          addActor(actors, syn, d.dependent(), d.relation(), 0, out, true);
        }
      }
      Dependency h = syn.head(v);
      if (out.isEmpty() && reducedRelative(syn, v) && h != null) {
        // "hostages held by rebels": the noun a passive participle modifies is what it acts on
        addActor(actors, syn, h.governor(), "acl^", 0, out, true);
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    for (String rel : VERB_TARGET_RELATIONS) {
      for (Dependency d : syn.children(v)) {
        if (!d.relation().equals(rel)) {
          continue;
        }
        int before = out.size();
        argumentOrLeadOn(actors, syn, d.dependent(), rel, out);
        if (out.size() == before && rel.equals("obj") && !requiredBy(trig, syn, d.dependent())) {
          // "condemned Trump's decision", "rejected Netanyahu's suggestion": the owner of the thing acted on
          for (int poss : syn.children(d.dependent(), "nmod:poss")) {
            // "postponed their meeting": a possessive pronoun stands for the subject, never the target
            if (!syn.token(poss).isPronoun()) {
              addActor(actors, syn, poss, "obj>nmod:poss", 1, out, true);
            }
          }
        }
        if (out.size() == before && rel.equals("obj")) {
          // "condemned an attack by Osgiliath soldiers", "rejected the proposal made by the EU": the
          // agent of the act or thing acted on
          agentOf(actors, syn, d.dependent(), "obj", out);
        }
      }
      if (!out.isEmpty() && rel.equals("obj") && ownForces(out) && !VIOLENT_ROOTS.contains(trig.code().root())) {
        // "deployed troops to Mali", "withdrew its forces from Abyei": country-less forces are the
        // source's instrument; where they go, or whom they act on, is the target
        ownForces = new ArrayList<>(out);
        out.clear();
        continue;
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    if (ownForces != null) {
      placeTargets(actors, syn, v, VERB_PLACE_RELATIONS, out);
      if (out.isEmpty()) {
        out.addAll(ownForces);
      }
      return out;
    }
    if (out.isEmpty() && trig.code().value().equals("015")) {
      // "claimed that they had attacked two LTTE camps": responsibility for an act against its target
      for (int c : syn.children(v, "ccomp")) {
        if (argumentsIn(actors, syn, c, VERB_TARGET_RELATIONS, "ccomp>", out)) {
          return out;
        }
      }
    }
    if (PLACE_TARGET_ROOTS.contains(trig.code().root())) {
      placeTargets(actors, syn, v, VERB_PLACE_RELATIONS, out);
    }
    if (out.isEmpty() && trig.code().value().equals("042")) {
      // "arrived in South Sudan": the country visited
      for (Dependency d : syn.children(v)) {
        if (d.relation().equals("obl:in") || d.relation().equals("obl:at")) {
          argumentOrLeadOn(actors, syn, d.dependent(), d.relation(), out);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    if (out.isEmpty()) {
      // "threatened to strike Israel", "agreed to send troops to Iraq", "is considering sending aid to North
      // Korea": the act the subject intends, threatens or weighs names the target
      for (Dependency d : syn.children(v)) {
        // "signed an accord to supply Gondor with wheat": a purpose clause too
        boolean complement = d.baseRelation().equals("xcomp")
            || (d.baseRelation().equals("acl") && syn.token(d.dependent()).pos().equals("VBG"))
            || (d.baseRelation().equals("advcl") && d.marker().equals("to"));
        if (!complement || !syn.token(d.dependent()).isVerb()) {
          continue;
        }
        if (argumentsIn(actors, syn, d.dependent(), VERB_TARGET_RELATIONS, "xcomp>", out)) {
          return out;
        }
        if (PLACE_TARGET_ROOTS.contains(trig.code().root()) || trig.code().root().equals("13")) {
          placeTargets(actors, syn, d.dependent(), VERB_PLACE_RELATIONS, out);
        }
      }
    }
    if (out.isEmpty() && CLAUSE_TARGET_ROOTS.contains(trig.code().root())) {
      // "expressed hopes that Osgiliath could be drawn in", "demanded that Israel withdraw": an appeal, demand or
      // threat is aimed at whoever its clause says should act
      List<Integer> clauses = new ArrayList<>(syn.children(v, "ccomp"));
      for (Dependency d : syn.children(v)) {
        if (d.baseRelation().equals("advcl") && d.marker().equals("to")) {
          // "called on the US to lift the sanctions", with "the US" parsed as the subject of "lift"
          clauses.add(d.dependent());
        }
      }
      for (int o : syn.children(v, "obj")) {
        clauses.addAll(syn.children(o, "ccomp"));
        for (Dependency d : syn.children(o)) {
          if (d.baseRelation().equals("acl") && !syn.token(d.dependent()).pos().equals("VBN")) {
            clauses.add(d.dependent());
          }
        }
      }
      for (int c : clauses) {
        for (Dependency d : syn.children(c)) {
          if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
            addActor(actors, syn, d.dependent(), "ccomp>" + d.relation(), 1, out, true);
          }
        }
      }
    }
    if (out.isEmpty()) {
      // "criticized the closure of guest houses in Bree": with no actor anywhere else, the place of what is
      // acted on stands for its target (where the act itself happens, "met in Kabul", does not)
      for (int o : syn.children(v, "obj")) {
        if (!requiredBy(trig, syn, o)) {
          leadOn(actors, syn, o, "obj", out, OBJECT_PLACE_LEAD_ON);
        }
      }
    }
    return out;
  }

  /** Roots of acts aimed at whoever their clause says should act: appeals, demands, threats. */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "13");

  /** How an object that is no actor leads on to the place it belongs to, after every other way has failed. */
  private static final List<String> OBJECT_PLACE_LEAD_ON = List.of("nmod:of", "nmod:in", "compound", "amod");

  /** Roots whose acts fall on a place, which then stands for its target: curfews, blockades, force, assaults, fighting. */
  private static final Set<String> PLACE_TARGET_ROOTS = Set.of("15", "17", "18", "19", "20");
  /**
   * Where an act happens, for a verb: "imposed a curfew in Kashmir", "declared an emergency across
   * Bolivia", "fired shells near a vessel".
   */
  private static final List<String> VERB_PLACE_RELATIONS = List.of(
      "obl:in", "obl:on", "obl:across", "obl:throughout", "obl:inside", "obl:at", "obl:near");
  /** The same for a nominal act: "attacks in the Gulf". */
  private static final List<String> NOUN_PLACE_RELATIONS = List.of(
      "nmod:in", "nmod:across", "nmod:throughout", "nmod:inside");
  /**
   * How a non-actor object of a force act leads on to the actor or place it belongs to: "a target in the
   * Gaza Strip's border regions", "the rebel-held enclave" ("rebel" is the holder of "held").
   */
  private static final List<String> PLACE_LEAD_ON = List.of(
      "nmod:in", "nmod:poss", "nmod:of", "nmod:across", "nmod:inside", "compound", "amod", "obl",
      "obl:npmod", "nmod:on", "nmod:at", "nmod:from");

  /**
   * Targets of a force or coercion act with no actor argument: the actor or place its object belongs to,
   * else the place where it happens. Adds nothing when neither is an actor.
   */
  private static void placeTargets(ResolvedActors actors, Syntax syn, int trigger, List<String> placeRelations, List<Arg> out) {
    for (String rel : List.of("obj", "nmod:on", "nmod:against", "obl:on", "obl:against")) {
      for (int o : syn.children(trigger, rel)) {
        leadOn(actors, syn, o, rel, out, PLACE_LEAD_ON);
      }
      if (!out.isEmpty()) {
        return;
      }
    }
    for (String rel : placeRelations) {
      for (Dependency d : syn.children(trigger)) {
        if (d.relation().equals(rel)) {
          int before = out.size();
          addActor(actors, syn, d.dependent(), rel, 1, out, true);
          if (out.size() == before) {
            leadOn(actors, syn, d.dependent(), rel, out, PLACE_LEAD_ON);
          }
        }
      }
      if (!out.isEmpty()) {
        return;
      }
    }
  }

  /** Roots whose object is the victim, never the instrument: "killed 17 soldiers". */
  private static final Set<String> VIOLENT_ROOTS = Set.of("17", "18", "19", "20");

  /** True when every argument is an armed or police force named without a country ("troops", "the military"). */
  private static boolean ownForces(List<Arg> args) {
    for (Arg a : args) {
      var code = a.ref().actor().code();
      if (!code.country().isEmpty() || !(code.sectors().contains("MIL") || code.sectors().contains("COP"))) {
        return false;
      }
    }
    return true;
  }

  /** The by-agent of a nominal ("an attack by X") or of a participle on it ("a proposal made by X"). */
  private static void agentOf(ResolvedActors actors, Syntax syn, int noun, String via, List<Arg> out) {
    for (Dependency d : syn.children(noun)) {
      if (d.relation().equals("nmod:by") || d.relation().equals("nmod:agent")) {
        int before = out.size();
        addActor(actors, syn, d.dependent(), via + ">" + d.relation(), 1, out, true);
        if (out.size() == before) {
          sourceLeadOn(actors, syn, d.dependent(), via + ">" + d.relation(), 1, out);
        }
      }
    }
    if (!out.isEmpty()) {
      return;
    }
    for (Dependency d : syn.children(noun)) {
      if (d.baseRelation().equals("acl") && syn.token(d.dependent()).pos().equals("VBN")) {
        for (Dependency a : syn.children(d.dependent())) {
          if (a.relation().equals("obl:agent") || a.relation().equals("obl:by")) {
            addActor(actors, syn, a.dependent(), via + ">acl>" + a.relation(), 2, out, true);
          }
        }
      }
    }
  }

  /**
   * The arguments of a node under the first of {@code relations} (in order of preference) that yields any,
   * each as itself or the actor it leads on to; true when some were found.
   */
  private static boolean argumentsIn(ResolvedActors actors, Syntax syn, int node, List<String> relations, String viaPrefix,
      List<Arg> out) {
    for (String rel : relations) {
      for (Dependency d : syn.children(node)) {
        if (d.relation().equals(rel)) {
          argumentOrLeadOn(actors, syn, d.dependent(), viaPrefix + rel, out);
        }
      }
      if (!out.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The argument itself when it is an actor, else the actor it leads on to ("partnership with America"). */
  private static void argumentOrLeadOn(ResolvedActors actors, Syntax syn, int arg, String rel, List<Arg> out) {
    int before = out.size();
    addActor(actors, syn, arg, rel, 0, out, true);
    if (out.size() == before) {
      leadOn(actors, syn, arg, rel, out);
    }
  }

  /** True when the pattern that fired names this token's lemma: "reaffirmed support" (support is part of the act). */
  private static boolean requiredBy(Trigger trig, Syntax syn, int token) {
    for (Requirement r : trig.pattern().requires()) {
      if (syn.lemmaIn(r.lemmas(), token)) {
        return true;
      }
    }
    return false;
  }

  private List<Arg> nounTargets(ResolvedActors actors, Syntax syn, int n, Trigger trig) {
    List<Arg> out = new ArrayList<>();
    if (argumentsIn(actors, syn, n, NOUN_TARGET_RELATIONS, "", out)) {
      return out;
    }
    // a nominal object of a verb takes the verb's target ("launched strikes on X")
    Dependency h = syn.head(n);
    if (h != null && h.relation().equals("obj") && syn.token(h.governor()).isVerb()) {
      for (Dependency d : syn.children(h.governor())) {
        if (d.dependent() != n && VERB_TARGET_RELATIONS.contains(d.relation()) && !d.relation().equals("obj")) {
          addActor(actors, syn, d.dependent(), h.relation() + "^" + d.relation(), 1, out, true);
        }
      }
    }
    if (out.isEmpty() && h != null && h.relation().equals("compound") && syn.token(h.governor()).isNoun()) {
      // "a mediation effort between the two parties"
      argumentsIn(actors, syn, h.governor(), NOUN_TARGET_RELATIONS, "compound^", out);
    }
    if (out.isEmpty() && PLACE_TARGET_ROOTS.contains(trig.code().root())) {
      placeTargets(actors, syn, n, NOUN_PLACE_RELATIONS, out);
    }
    return out;
  }

  /** Modifiers of a non-actor subject that name the actor behind it, in order of preference. */
  private static final List<String> SOURCE_LEAD_ON = List.of("compound", "nmod:poss", "amod", "nmod:of", "nmod:from", "nmod:by");

  private static void sourceLeadOn(ResolvedActors actors, Syntax syn, int subject, String via, int depth, List<Arg> out) {
    for (String rel : SOURCE_LEAD_ON) {
      for (Dependency d : syn.children(subject)) {
        if (d.relation().equals(rel)) {
          addActor(actors, syn, d.dependent(), via + ">" + rel, depth + 1, out, true);
        }
      }
      if (!out.isEmpty()) {
        return;
      }
    }
    // "The Government Accountability Office said": a name's words chain as compounds; its agent word may
    // sit two compounds away from the head
    for (int c : syn.children(subject, "compound")) {
      for (int cc : syn.children(c, "compound")) {
        addActor(actors, syn, cc, via + ">compound>compound", depth + 1, out, true);
      }
    }
    if (!out.isEmpty()) {
      return;
    }
    // "missiles fired by the Israeli military": the agent of a participle on the subject
    for (Dependency d : syn.children(subject)) {
      if (d.baseRelation().equals("acl")) {
        for (Dependency a : syn.children(d.dependent())) {
          if (a.relation().equals("obl:agent") || a.relation().equals("obl:by")) {
            addActor(actors, syn, a.dependent(), via + ">acl>" + a.relation(), depth + 1, out, true);
          }
        }
      }
    }
  }

  /** Follows a non-actor argument down to an actor: "partnership with America", "need for cooperation with the US". */
  private static void leadOn(ResolvedActors actors, Syntax syn, int start, String via, List<Arg> out) {
    leadOn(actors, syn, start, via, out, LEAD_ON);
  }

  private static void leadOn(ResolvedActors actors, Syntax syn, int start, String via, List<Arg> out, List<String> relations) {
    List<Integer> frontier = List.of(start);
    for (int depth = 1; depth <= 3 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int t : frontier) {
        for (String rel : relations) {
          for (Dependency d : syn.children(t)) {
            if (d.relation().equals(rel) && !(rel.equals("nmod:poss") && syn.token(d.dependent()).isPronoun())) {
              int before = out.size();
              addActor(actors, syn, d.dependent(), via + ">" + rel, depth, out, true);
              if (out.size() == before) {
                next.add(d.dependent());
              }
            }
          }
        }
      }
      if (!out.isEmpty() && (depth == 3 || out.stream().anyMatch(a -> !a.ref().actor().country().isEmpty()))) {
        return;
      }
      if (!out.isEmpty()) {
        // only actors without a country so far ("other foreign forces"): look one level deeper
        List<Arg> deeper = new ArrayList<>();
        for (int t : next) {
          leadOnOne(actors, syn, t, via, depth + 1, deeper, relations);
        }
        if (deeper.stream().anyMatch(a -> !a.ref().actor().country().isEmpty())) {
          out.clear();
          out.addAll(deeper);
        }
        return;
      }
      frontier = next;
    }
  }

  private static void leadOnOne(ResolvedActors actors, Syntax syn, int t, String via, int depth, List<Arg> out, List<String> relations) {
    for (String rel : relations) {
      for (Dependency d : syn.children(t)) {
        if (d.relation().equals(rel)) {
          addActor(actors, syn, d.dependent(), via + ">" + rel, depth, out, true);
        }
      }
    }
  }

  private static void addActor(ResolvedActors actors, Syntax syn, int token, String via, int depth, List<Arg> out, boolean allowAdjective) {
    Optional<MentionRef> ref = actors.at(syn.sentence.index(), token);
    if (ref.isEmpty()) {
      return;
    }
    MentionRef r = ref.get();
    for (Arg a : out) {
      if (a.ref().actor().id().equals(r.actor().id())) {
        return;
      }
    }
    out.add(new Arg(r, via, depth));
  }

  /**
   * The nearest actor mention before ({@code dir} -1) or after (+1) a verb, within 10 tokens and
   * without crossing a sentence-internal boundary (another finite verb, a semicolon, a relative
   * pronoun or "that").
   */
  private static Arg nearestActor(ResolvedActors actors, Syntax syn, int verb, int dir) {
    for (int k = verb + dir, steps = 0; k >= 0 && k < syn.size() && steps < 10; k += dir, steps++) {
      Token t = syn.token(k);
      Optional<MentionRef> ref = actors.at(syn.sentence.index(), k);
      if (ref.isPresent() && !"PRONOUN".equals(ref.get().mention().kind()) && !isLocative(syn, ref.get().mention().headToken())) {
        return new Arg(ref.get(), dir < 0 ? "surface-left" : "surface-right", 2);
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || w.equals(";") || w.equals("that")
          || t.pos().startsWith("W") || w.equals("said") || w.equals("says")) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> LOCATIVE_CASES = Set.of("in", "near", "at", "outside", "across", "into", "inside", "throughout", "around");

  /** "near Damascus", "in Kabul": a place, not a participant. */
  private static boolean isLocative(Syntax syn, int token) {
    if (token < 0 || token >= syn.size()) {
      return false;
    }
    for (Dependency d : syn.children(token)) {
      if (d.relation().equals("case") && LOCATIVE_CASES.contains(syn.lemma(d.dependent()))) {
        return true;
      }
    }
    // "in Egypt's Sinai", "in the Kabul region": the possessor or modifier of a place
    Dependency h = syn.head(token);
    if (h != null && (h.relation().equals("nmod:poss") || h.relation().equals("compound"))) {
      for (Dependency d : syn.children(h.governor())) {
        if (d.relation().equals("case") && LOCATIVE_CASES.contains(syn.lemma(d.dependent()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "fighting resumed between the Taliban and Afghan government": a surface reading when the parse fails. */
  private static List<Arg> between(ResolvedActors actors, Syntax syn, int trigger) {
    int n = syn.size();
    for (int k = trigger + 1; k < Math.min(n, trigger + 5); k++) {
      if (!syn.token(k).word().equalsIgnoreCase("between")) {
        continue;
      }
      List<Arg> found = new ArrayList<>();
      String lastActor = null;
      boolean sawAnd = false;
      for (int j = k + 1; j < Math.min(n, k + 12); j++) {
        Token t = syn.token(j);
        Optional<MentionRef> ref = actors.at(syn.sentence.index(), j);
        if (ref.isPresent()) {
          String id = ref.get().actor().id();
          if (id.equals(lastActor)) {
            continue;
          }
          if (found.isEmpty() || sawAnd) {
            found.add(new Arg(ref.get(), "between", 1));
            lastActor = id;
            if (found.size() == 2) {
              return found;
            }
          }
        } else if (t.word().equalsIgnoreCase("and")) {
          sawAnd = !found.isEmpty();
        } else if (!t.pos().equals("DT") && !t.pos().startsWith("JJ") && !t.pos().equals("PRP$") && !t.pos().equals("CD")) {
          if (!found.isEmpty() && !sawAnd) {
            break;
          }
        }
      }
    }
    return List.of();
  }
}
