package org.dyad.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.CameoCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Assertions that check every invariant of Dyad's events and coded articles, not only the one a
 * test is about (like Lucene's {@code BaseTokenStreamTestCase}).
 *
 * <p>Each {@code assert...} method collects all problems it finds and throws one
 * {@link AssertionError} that lists them, naming the document, the event and the reason. The
 * {@code ...Problems} methods return the same list without throwing, for callers that want to
 * report rather than fail.
 *
 * <p>Invariants of an event: a non-blank id equal to {@link Event#idFor} recomputed; trigger,
 * source and target offsets inside the text (and inside the event's sentence when sentences are
 * known) with participant text equal to the text at its offsets; provenance offsets equal to the
 * participants'; a valid CAMEO code whose quad class agrees with its root; Goldstein in
 * [-10, 10]; provenance for the same document and sentence with a rule id, non-blank versions
 * and confidence in [0, 1]; never the same actor as source and target (actor ids when both are
 * known, else the spans); an undated event is background.
 *
 * <p>Stateless and thread-safe.
 */
public final class DyadAssertions {
  private DyadAssertions() {}

  // ---------------------------------------------------------------- events

  /** Asserts that {@code e} is a valid event of an article with text {@code articleText}. */
  public static void assertValidEvent(Event e, String articleText) {
    failIfAny("event " + label(e), eventProblems(e, articleText, null));
  }

  /**
   * Asserts that {@code e} is a valid event of an article with text {@code articleText} and
   * sentence spans {@code sentences}; its offsets must also lie inside its sentence.
   */
  public static void assertValidEvent(Event e, String articleText, List<Span> sentences) {
    failIfAny("event " + label(e), eventProblems(e, articleText, sentences));
  }

  /**
   * The problems of one event, empty when it is valid.
   *
   * @param sentences the article's sentence spans, or null when unknown
   */
  public static List<String> eventProblems(Event e, String articleText, List<Span> sentences) {
    Objects.requireNonNull(e, "event");
    Objects.requireNonNull(articleText, "articleText");
    List<String> p = new ArrayList<>();
    Provenance prov = e.provenance();

    if (e.eventId().isBlank()) {
      p.add("event id is blank");
    }
    if (e.docId().isBlank()) {
      p.add("doc id is blank");
    }

    Span sentenceSpan = null;
    if (e.sentence() < 0) {
      p.add("sentence index is negative: " + e.sentence());
    } else if (sentences != null) {
      if (e.sentence() >= sentences.size()) {
        p.add("sentence index " + e.sentence() + " out of range (article has " + sentences.size() + " sentences)");
      } else {
        sentenceSpan = sentences.get(e.sentence());
      }
    }

    // trigger
    checkSpan(p, "trigger", prov.trigger(), prov.triggerText(), articleText, sentenceSpan);
    if (prov.triggerText() == null) {
      p.add("provenance has no trigger text");
    } else if (prov.triggerText().isBlank()) {
      p.add("trigger text is blank");
    }

    // participants
    checkParticipant(p, "source", e.source(), articleText, sentenceSpan);
    if (!e.source().span().equals(prov.source())) {
      p.add("provenance source " + str(prov.source()) + " != source offsets " + str(e.source().span()));
    }
    if (e.target() != null) {
      checkParticipant(p, "target", e.target(), articleText, sentenceSpan);
      if (prov.target() == null) {
        p.add("event has a target but provenance has no target offsets");
      } else if (!e.target().span().equals(prov.target())) {
        p.add("provenance target " + str(prov.target()) + " != target offsets " + str(e.target().span()));
      }
      if (sameActor(e.source(), e.target())) {
        p.add("source and target are the same actor: " + describe(e.source()) + " / " + describe(e.target()));
      }
    } else if (prov.target() != null) {
      p.add("event has no target but provenance has target offsets " + str(prov.target()));
    }

    // code
    CameoCode cameo = e.cameo();
    try {
      CameoCode again = CameoCode.of(cameo.value());
      QuadClass expected = QuadClass.ofRoot(again.rootNumber());
      if (e.quadClass() != expected) {
        p.add("quad class " + e.quadClass() + " does not match root " + again.root() + " (" + expected + ")");
      }
      if (!cameo.root().equals(cameo.value().substring(0, 2))) {
        p.add("CAMEO root " + cameo.root() + " is not the first two digits of " + cameo.value());
      }
    } catch (IllegalArgumentException ex) {
      p.add("invalid CAMEO code: " + ex.getMessage());
    }
    if (!Double.isFinite(e.goldstein()) || e.goldstein() < -10 || e.goldstein() > 10) {
      p.add("Goldstein score out of [-10,10]: " + e.goldstein());
    }

    // date
    if (e.date() == null && !e.background()) {
      p.add("event has no date but is not background");
    }
    if (e.date() != null && isBlank(e.dateRule())) {
      p.add("event has a date but no date rule");
    }
    if (e.dateText() != null && !articleText.contains(e.dateText())) {
      p.add("date text '" + e.dateText() + "' does not occur in the text");
    }

    // place
    if (e.place() != null) {
      checkPlace(p, "place", e.place(), articleText);
    }

    // provenance
    if (!prov.docId().equals(e.docId())) {
      p.add("provenance doc id '" + prov.docId() + "' != event doc id '" + e.docId() + "'");
    }
    if (prov.sentence() != e.sentence()) {
      p.add("provenance sentence " + prov.sentence() + " != event sentence " + e.sentence());
    }
    if (prov.ruleId().isBlank()) {
      p.add("provenance rule id is blank");
    }
    if (isBlank(prov.dictionaryVersion())) {
      p.add("provenance dictionary version is blank");
    }
    if (isBlank(prov.coderVersion())) {
      p.add("provenance coder version is blank");
    }
    if (isBlank(prov.annotator())) {
      p.add("provenance annotator is blank");
    }
    if (!Double.isFinite(prov.confidence()) || prov.confidence() < 0 || prov.confidence() > 1) {
      p.add("confidence out of [0,1]: " + prov.confidence());
    }

    // id
    if (e.provenance().coderVersion() != null) {
      String expected = Event.idFor(e.docId(), e.sentence(), prov.trigger(), e.source().span(),
          e.target() == null ? null : e.target().span(), cameo.value(), prov.coderVersion());
      if (!expected.equals(e.eventId())) {
        p.add("event id " + e.eventId() + " != Event.idFor(...) = " + expected);
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- articles

  /** Asserts that a coded article and everything in it is valid (see the class comment). */
  public static void assertValidCodedArticle(CodedArticle a) {
    failIfAny("coded article " + a.docId(), articleProblems(a));
  }

  /**
   * The problems of a coded article, empty when it is valid: every event valid and of this
   * document, unique event ids, one event per (trigger, source actor, target actor), participant
   * and speaker actor ids that exist, quotes, dates, places and mentions whose text equals the
   * text at their offsets, sentence spans ordered and non-overlapping, errors of this document.
   */
  public static List<String> articleProblems(CodedArticle a) {
    Objects.requireNonNull(a, "article");
    List<String> p = new ArrayList<>();
    String text = a.article().text();
    String docId = a.docId();
    List<Span> sentences = a.sentences();

    if (a.coderVersion().isBlank()) {
      p.add("coder version is blank");
    }

    // sentences
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (s.end() > text.length()) {
        p.add("sentence " + i + " " + str(s) + " ends after the text (length " + text.length() + ")");
      }
      if (i > 0) {
        Span prev = sentences.get(i - 1);
        if (s.start() < prev.end()) {
          p.add("sentence " + i + " " + str(s) + " is not after sentence " + (i - 1) + " " + str(prev)
              + " (sentences must be ordered and must not overlap)");
        }
      }
    }

    // actors
    Map<String, Actor> actors = new HashMap<>();
    for (Actor actor : a.actors()) {
      String where = "actor " + actor.id() + " (" + actor.name() + ")";
      if (actor.id().isBlank()) {
        p.add(where + ": id is blank");
      }
      if (actors.put(actor.id(), actor) != null) {
        p.add(where + ": duplicate actor id");
      }
      if (actor.name().isBlank()) {
        p.add(where + ": name is blank");
      }
      for (int i = 0; i < actor.mentions().size(); i++) {
        Mention m = actor.mentions().get(i);
        String mw = where + " mention " + i;
        checkSpan(p, mw, m.start(), m.end(), m.text(), text, null);
        checkSentenceIndex(p, mw, m.sentence(), m.start(), m.end(), sentences);
      }
    }

    // events
    Set<String> ids = new HashSet<>();
    Map<String, String> byKey = new HashMap<>();
    for (Event e : a.events()) {
      String where = "event " + label(e);
      for (String problem : eventProblems(e, text, sentences.isEmpty() ? null : sentences)) {
        p.add(where + ": " + problem);
      }
      if (!e.docId().equals(docId)) {
        p.add(where + ": doc id '" + e.docId() + "' != article doc id '" + docId + "'");
      }
      if (!ids.add(e.eventId())) {
        p.add(where + ": duplicate event id");
      }
      String key = str(e.provenance().trigger()) + "|" + actorKey(e.source()) + "|"
          + (e.target() == null ? "-" : actorKey(e.target()));
      String other = byKey.putIfAbsent(key, e.eventId());
      if (other != null) {
        p.add(where + ": second event for the same trigger, source and target as event " + other);
      }
      checkActorRef(p, where + " source", e.source().actorId(), actors);
      if (e.target() != null) {
        checkActorRef(p, where + " target", e.target().actorId(), actors);
      }
      if (e.provenance().coderVersion() != null && !e.provenance().coderVersion().equals(a.coderVersion())) {
        p.add(where + ": coder version '" + e.provenance().coderVersion() + "' != article coder version '"
            + a.coderVersion() + "'");
      }
    }

    // quotes
    for (int i = 0; i < a.quotes().size(); i++) {
      Quote q = a.quotes().get(i);
      String where = "quote " + i;
      checkSpan(p, where, q.start(), q.end(), q.text(), text, null);
      checkSentenceIndex(p, where, q.sentence(), q.start(), q.end(), sentences);
      checkActorRef(p, where + " speaker", q.speakerActorId(), actors);
      if (q.rule().isBlank()) {
        p.add(where + ": rule is blank");
      }
    }

    // dates
    for (int i = 0; i < a.dates().size(); i++) {
      TimeExpression t = a.dates().get(i);
      String where = "date " + i;
      checkSpan(p, where, t.start(), t.end(), t.text(), text, null);
      checkSentenceIndex(p, where, t.sentence(), t.start(), t.end(), sentences);
      if (t.type().isBlank()) {
        p.add(where + ": type is blank");
      }
    }

    // places
    for (int i = 0; i < a.places().size(); i++) {
      checkPlace(p, "place " + i, a.places().get(i), text);
    }

    // errors
    for (DocumentError err : a.errors()) {
      if (!err.docId().equals(docId)) {
        p.add("error '" + err + "' is about document '" + err.docId() + "', not '" + docId + "'");
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- helpers for tests

  /**
   * The events of {@code a} matching all given criteria; a null criterion matches anything.
   *
   * @param sourcePrefix prefix of the source's actor code, e.g. {@code "PAK"}
   * @param targetPrefix prefix of the target's actor code; a non-null prefix requires a target
   *     ({@code ""} matches any target)
   * @param rootCode prefix of the CAMEO code: a root such as {@code "04"} or a full code {@code "042"}
   */
  public static List<Event> eventsWith(CodedArticle a, String sourcePrefix, String targetPrefix, String rootCode) {
    List<Event> out = new ArrayList<>();
    for (Event e : a.events()) {
      if (sourcePrefix != null && !e.source().code().value().startsWith(sourcePrefix)) {
        continue;
      }
      if (targetPrefix != null && (e.target() == null || !e.target().code().value().startsWith(targetPrefix))) {
        continue;
      }
      if (rootCode != null && !e.cameo().value().startsWith(rootCode)) {
        continue;
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Asserts that {@code a} has at least one event matching the criteria of {@link #eventsWith} and
   * returns the first; the failure message lists the events the article does have.
   */
  public static Event assertHasEvent(CodedArticle a, String sourcePrefix, String targetPrefix, String rootCode) {
    List<Event> found = eventsWith(a, sourcePrefix, targetPrefix, rootCode);
    if (found.isEmpty()) {
      throw new AssertionError("document " + a.docId() + ": no event " + criteria(sourcePrefix, targetPrefix, rootCode)
          + "; events are:" + describeAll(a.events()));
    }
    return found.get(0);
  }

  /** Asserts that {@code a} has no event matching the criteria of {@link #eventsWith}. */
  public static void assertNoEvent(CodedArticle a, String sourcePrefix, String targetPrefix, String rootCode) {
    List<Event> found = eventsWith(a, sourcePrefix, targetPrefix, rootCode);
    if (!found.isEmpty()) {
      throw new AssertionError("document " + a.docId() + ": unexpected event " + criteria(sourcePrefix, targetPrefix, rootCode)
          + ":" + describeAll(found));
    }
  }

  /** A one-line description: {@code PAKGOV -111-> IND "criticised" (s0, e-...)}. */
  public static String describe(Event e) {
    return e.source().code() + " -" + e.cameo() + "-> " + (e.target() == null ? "(none)" : e.target().code().value())
        + " \"" + e.provenance().triggerText() + "\" (s" + e.sentence() + ", " + e.eventId() + ")";
  }

  // ---------------------------------------------------------------- internals

  private static String criteria(String s, String t, String r) {
    return "source=" + (s == null ? "*" : s + "*") + " target=" + (t == null ? "*" : t + "*")
        + " code=" + (r == null ? "*" : r + "*");
  }

  private static String describeAll(List<Event> events) {
    if (events.isEmpty()) {
      return " (none)";
    }
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append("\n  ").append(describe(e));
    }
    return sb.toString();
  }

  private static void failIfAny(String what, List<String> problems) {
    if (problems.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(what).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (String s : problems) {
      sb.append("\n  - ").append(s);
    }
    throw new AssertionError(sb.toString());
  }

  private static String label(Event e) {
    return e.eventId() + " of document " + e.docId() + " (sentence " + e.sentence() + ")";
  }

  private static boolean sameActor(Participant s, Participant t) {
    if (s.span().equals(t.span())) {
      return true;
    }
    return s.actorId() != null && t.actorId() != null && s.actorId().equals(t.actorId());
  }

  private static String actorKey(Participant p) {
    return p.actorId() != null ? "actor:" + p.actorId() : "span:" + str(p.span());
  }

  private static String describe(Participant p) {
    return "'" + p.text() + "' " + str(p.span()) + " " + p.code() + (p.actorId() == null ? "" : " actor " + p.actorId());
  }

  private static void checkActorRef(List<String> p, String where, String actorId, Map<String, Actor> actors) {
    if (actorId != null && !actors.containsKey(actorId)) {
      p.add(where + ": actor id '" + actorId + "' is not an actor of the article");
    }
  }

  private static void checkParticipant(List<String> p, String role, Participant part, String text, Span sentence) {
    checkSpan(p, role, part.span(), part.text(), text, sentence);
    if (part.text().isBlank()) {
      p.add(role + " text is blank");
    }
    if (part.actorId() != null && part.actorId().isBlank()) {
      p.add(role + " actor id is blank (use null when unknown)");
    }
  }

  private static void checkPlace(List<String> p, String where, Place pl, String text) {
    // start = end = -1: a place inferred from the participants, named nowhere in the text
    boolean inferred = pl.start() == -1 && pl.end() == -1;
    if (!inferred) {
      checkSpan(p, where, pl.start(), pl.end(), pl.text(), text, null);
    }
    if (pl.role().isBlank()) {
      p.add(where + ": role is blank");
    }
    if (pl.latitude() != null && !(pl.latitude() >= -90 && pl.latitude() <= 90)) {
      p.add(where + ": latitude out of [-90,90]: " + pl.latitude());
    }
    if (pl.longitude() != null && !(pl.longitude() >= -180 && pl.longitude() <= 180)) {
      p.add(where + ": longitude out of [-180,180]: " + pl.longitude());
    }
    if ((pl.latitude() == null) != (pl.longitude() == null)) {
      p.add(where + ": has only one of latitude and longitude");
    }
  }

  private static void checkSentenceIndex(List<String> p, String where, int sentence, int start, int end, List<Span> sentences) {
    if (sentence < 0) {
      p.add(where + ": sentence index is negative: " + sentence);
      return;
    }
    if (sentences.isEmpty()) {
      return;
    }
    if (sentence >= sentences.size()) {
      p.add(where + ": sentence index " + sentence + " out of range (article has " + sentences.size() + " sentences)");
      return;
    }
    Span s = sentences.get(sentence);
    if (start >= 0 && end >= start && !s.contains(new Span(start, end))) {
      p.add(where + ": offsets [" + start + "," + end + ") are not inside sentence " + sentence + " " + str(s));
    }
  }

  private static void checkSpan(List<String> p, String where, Span span, String expectedText, String text, Span sentence) {
    checkSpan(p, where, span.start(), span.end(), expectedText, text, sentence);
  }

  private static void checkSpan(List<String> p, String where, int start, int end, String expectedText, String text, Span sentence) {
    if (start < 0 || end < start) {
      p.add(where + ": bad offsets [" + start + "," + end + ")");
      return;
    }
    if (end > text.length()) {
      p.add(where + ": offsets [" + start + "," + end + ") run past the end of the text (length " + text.length() + ")");
      return;
    }
    if (start == end) {
      p.add(where + ": empty span at " + start);
    }
    if (expectedText != null) {
      String actual = text.substring(start, end);
      if (!actual.equals(expectedText)) {
        p.add(where + ": text '" + expectedText + "' != text at [" + start + "," + end + ") '" + actual + "'");
      }
    }
    if (sentence != null && !sentence.contains(new Span(start, end))) {
      p.add(where + ": offsets [" + start + "," + end + ") are not inside the event's sentence " + str(sentence));
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String str(Span s) {
    return s == null ? "null" : "[" + s.start() + "," + s.end() + ")";
  }
}
