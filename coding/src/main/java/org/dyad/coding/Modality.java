package org.dyad.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.CameoCode;
import org.dyad.model.Dependency;

/**
 * How a sentence presents an act: done, intended (future or wished), hypothetical, or asked
 * about. An intended cooperative act is coded as CAMEO 03x (express intent to ...), an intended
 * violent or coercive one as 13x (threaten ...); hypothetical acts and questions code nothing.
 *
 * <p><b>NOTE:</b> stateless and thread-safe.
 */
final class Modality {
  enum Mood { ACTUAL, INTENDED, HYPOTHETICAL, QUESTION }

  /** Verbs whose complement is an act not (yet) done: "plans to meet", "vowed to retaliate". */
  static final Set<String> INTENT_VERBS = Set.of(
      "plan", "intend", "want", "wish", "seek", "hope", "aim", "expect", "prepare", "promise", "pledge",
      "vow", "offer", "threaten", "propose", "agree", "undertake", "commit", "resolve", "consider", "mull", "weigh",
      // predicate adjectives: "is willing to withdraw", "is ready to contribute"
      "willing", "ready", "prepared", "eager", "keen", "determined");
  /** Verbs that ask another actor to act: their complement is the act asked for, not one done. */
  static final Set<String> DIRECTIVE_VERBS = Set.of(
      "urge", "call", "ask", "appeal", "request", "demand", "press", "encourage", "exhort", "implore", "beg",
      "petition", "invite", "challenge");
  /** "will", and "would" as the future of reported speech ("the EU would hold talks"). */
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would", "'d");
  /** Possible or obliged acts are not done: "could attack", "must withdraw". */
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should", "must");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");

  /** Intended act root → the 03x or 13x code that expresses or threatens it. */
  private static final Map<String, String> INTENT_OF_ROOT = Map.ofEntries(
      Map.entry("04", "036"), Map.entry("05", "032"), Map.entry("06", "031"), Map.entry("07", "033"),
      Map.entry("08", "035"), Map.entry("15", "138"), Map.entry("16", "131"), Map.entry("17", "137"),
      Map.entry("18", "138"), Map.entry("19", "138"), Map.entry("20", "138"));

  private Modality() {}

  static Mood of(Syntax syn, int trigger) {
    int n = syn.size();
    if (n > 0 && syn.token(n - 1).word().equals("?")) {
      return Mood.QUESTION;
    }
    // walk up the clauses the trigger belongs to
    int cur = trigger;
    for (int depth = 0; depth < 4; depth++) {
      for (Dependency d : syn.children(cur)) {
        String lemma = syn.lemma(d.dependent());
        String word = syn.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("mark") && CONDITIONAL_MARKS.contains(lemma)) {
          return Mood.HYPOTHETICAL;
        }
        if (d.relation().startsWith("aux") && depth == 0) {
          if (HYPOTHETICAL_AUX.contains(word)) {
            return Mood.HYPOTHETICAL;
          }
          if (FUTURE_AUX.contains(word)) {
            return Mood.INTENDED;
          }
        }
      }
      Dependency h = syn.head(cur);
      if (h == null) {
        break;
      }
      String base = h.baseRelation();
      if (base.equals("xcomp") && INTENT_VERBS.contains(syn.lemma(h.governor()))) {
        return Mood.INTENDED;
      }
      if ((base.equals("xcomp") || base.equals("ccomp") || base.equals("advcl") && h.marker().equals("to"))
          && DIRECTIVE_VERBS.contains(syn.lemma(h.governor())) && syn.token(h.governor()).isVerb()) {
        // "urged Eriador to respond", "demanded that India withdraw", "a resolution calling on the US to lift
        // the embargo": what one actor asks of another is not done; the asking is the event
        return Mood.HYPOTHETICAL;
      }
      if (!(base.equals("conj") || base.equals("xcomp"))) {
        break;
      }
      cur = h.governor();
    }
    return Mood.ACTUAL;
  }

  /** The governing intent verb of a trigger, or -1. */
  static int intentHead(Syntax syn, int trigger) {
    Dependency h = syn.head(trigger);
    if (h != null && h.baseRelation().equals("xcomp") && INTENT_VERBS.contains(syn.lemma(h.governor()))) {
      return h.governor();
    }
    return -1;
  }

  /** Withheld cooperation by root → the CAMEO refusal: "will not meet" 125, "did not lift" 124 ... */
  private static final Map<String, String> REFUSAL_OF_ROOT = Map.ofEntries(
      Map.entry("03", "120"), Map.entry("04", "125"), Map.entry("05", "120"), Map.entry("06", "121"),
      Map.entry("07", "122"), Map.entry("08", "124"));

  /** Auxiliaries that make a negation a refusal or an inability: "will not meet", "cannot accept". */
  private static final Set<String> REFUSING_AUX = Set.of("will", "would", "wo", "shall", "'ll", "'d", "can", "ca", "could");

  /**
   * True when a negated verb reports a state of affairs, not a refusal: a perfect or progressive with no
   * future or modal ("has not informed the AGP", "is not discussing firing him").
   */
  static boolean negatedState(Syntax syn, int verb) {
    boolean aspect = false;
    for (Dependency d : syn.children(verb)) {
      if (!d.relation().equals("aux")) {
        continue;
      }
      String word = syn.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (REFUSING_AUX.contains(word)) {
        return false;
      }
      String lemma = syn.lemma(d.dependent());
      aspect |= lemma.equals("have") || lemma.equals("be");
    }
    return aspect;
  }

  /** The refusal that a negated cooperative act expresses, or null for acts whose negation is no event. */
  static CameoCode refusal(CameoCode code) {
    String r = REFUSAL_OF_ROOT.get(code.root());
    return r == null ? null : CameoCode.of(r);
  }

  /** The code for an intended act: 03x for cooperation, 13x for force and coercion, else the code itself. */
  static CameoCode intended(CameoCode code) {
    String intent = INTENT_OF_ROOT.get(code.root());
    return intent == null ? code : CameoCode.of(intent);
  }
}
