package org.dyad.testkit;

import static org.dyad.testkit.DyadAssertions.assertHasEvent;
import static org.dyad.testkit.DyadAssertions.assertNoEvent;
import static org.dyad.testkit.DyadAssertions.assertValidCodedArticle;
import static org.dyad.testkit.DyadAssertions.assertValidEvent;
import static org.dyad.testkit.DyadAssertions.eventsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;

class DyadAssertionsTest {
  private static final CodedArticle SAMPLE = SampleArticles.diplomacy();
  private static final String TEXT = SAMPLE.article().text();

  private static Event first() {
    return SAMPLE.events().get(0);
  }

  /** A copy of {@code e} with changed fields (the id is whatever the caller passes). */
  private static Event copy(Event e, String eventId, Participant source, Participant target, CameoCode cameo,
      double goldstein, Provenance prov, LocalDate date, boolean background) {
    return new Event(eventId, e.docId(), e.sentence(), date, e.dateText(), e.dateRule(), background, source, target,
        cameo, goldstein, e.ploverType(), e.ploverMode(), e.place(), prov);
  }

  private static Provenance prov(Provenance p, String docId, int sentence, String triggerText, String rule,
      String dictVersion, double confidence) {
    return new Provenance(docId, sentence, p.trigger(), triggerText, p.source(), p.target(), rule, dictVersion,
        p.coderVersion(), p.annotator(), confidence);
  }

  private static void assertEventFails(Event bad, String expectedWords) {
    AssertionError err = assertThrows(AssertionError.class, () -> assertValidEvent(bad, TEXT, SAMPLE.sentences()));
    assertTrue(err.getMessage().contains(expectedWords), () -> "message lacks '" + expectedWords + "': " + err.getMessage());
  }

  private static CodedArticle withArticle(UnaryOperator<List<Event>> events) {
    return new CodedArticle(SAMPLE.article(), SAMPLE.sentences(), SAMPLE.actors(), events.apply(new ArrayList<>(SAMPLE.events())),
        SAMPLE.quotes(), SAMPLE.dates(), SAMPLE.places(), SAMPLE.errors(), SAMPLE.coderVersion());
  }

  private static void assertArticleFails(CodedArticle bad, String expectedWords) {
    AssertionError err = assertThrows(AssertionError.class, () -> assertValidCodedArticle(bad));
    assertTrue(err.getMessage().contains(expectedWords), () -> "message lacks '" + expectedWords + "': " + err.getMessage());
  }

  @Test
  void sampleArticleAndEachEventAreValid() {
    assertValidCodedArticle(SAMPLE);
    for (Event e : SAMPLE.events()) {
      assertValidEvent(e, TEXT);
      assertValidEvent(e, TEXT, SAMPLE.sentences());
    }
    assertEquals(List.of(), DyadAssertions.articleProblems(SAMPLE));
  }

  @Test
  void participantTextMustMatchOffsets() {
    Event e = first();
    Participant s = e.source();
    Participant moved = new Participant(s.text(), s.start() + 1, s.end() + 1, s.code(), s.name(), s.actorId());
    Provenance p = new Provenance(e.docId(), e.sentence(), e.provenance().trigger(), e.provenance().triggerText(),
        moved.span(), e.provenance().target(), e.provenance().ruleId(), e.provenance().dictionaryVersion(),
        e.provenance().coderVersion(), e.provenance().annotator(), e.provenance().confidence());
    assertEventFails(copy(e, e.eventId(), moved, e.target(), e.cameo(), e.goldstein(), p, e.date(), false), "source: text");
  }

  @Test
  void offsetsPastTheTextFail() {
    Event e = first();
    Participant t = e.target();
    Participant far = new Participant(t.text(), TEXT.length() - 2, TEXT.length() + 3, t.code(), t.name(), t.actorId());
    AssertionError err = assertThrows(AssertionError.class, () -> assertValidEvent(
        copy(e, e.eventId(), e.source(), far, e.cameo(), e.goldstein(), e.provenance(), e.date(), false), TEXT));
    assertTrue(err.getMessage().contains("run past the end"), err.getMessage());
  }

  @Test
  void offsetsOutsideTheEventSentenceFail() {
    // the target of event 0 moved to India's... a mention in another sentence: "Qureshi" of sentence 1
    Event e = first();
    Mention q = SAMPLE.actors().get(0).mentions().get(1);
    Participant other = new Participant(q.text(), q.start(), q.end(), ActorCode.of("PAKGOV"), "x", "A6");
    Provenance p = new Provenance(e.docId(), e.sentence(), e.provenance().trigger(), e.provenance().triggerText(),
        e.provenance().source(), other.span(), e.provenance().ruleId(), e.provenance().dictionaryVersion(),
        e.provenance().coderVersion(), e.provenance().annotator(), e.provenance().confidence());
    String id = Event.idFor(e.docId(), e.sentence(), p.trigger(), e.source().span(), other.span(), "111", p.coderVersion());
    Event bad = copy(e, id, e.source(), other, e.cameo(), e.goldstein(), p, e.date(), false);
    // valid without sentence information ...
    assertValidEvent(bad, TEXT);
    // ... but not inside its sentence
    assertEventFails(bad, "not inside the event's sentence");
  }

  @Test
  void goldsteinOutOfRangeFails() {
    Event e = first();
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), 10.5, e.provenance(), e.date(), false), "Goldstein");
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), Double.NaN, e.provenance(), e.date(), false), "Goldstein");
  }

  @Test
  void changedCodeWithoutNewIdFails() {
    Event e = first();
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), CameoCode.of("112"), e.goldstein(), e.provenance(), e.date(), false),
        "Event.idFor");
  }

  @Test
  void blankIdFails() {
    Event e = first();
    assertEventFails(copy(e, " ", e.source(), e.target(), e.cameo(), e.goldstein(), e.provenance(), e.date(), false), "event id is blank");
  }

  @Test
  void provenanceMustBeComplete() {
    Event e = first();
    Provenance p = e.provenance();
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), e.goldstein(),
        prov(p, "other-doc", p.sentence(), p.triggerText(), p.ruleId(), p.dictionaryVersion(), p.confidence()), e.date(), false),
        "provenance doc id");
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), e.goldstein(),
        prov(p, p.docId(), p.sentence(), p.triggerText(), "  ", p.dictionaryVersion(), p.confidence()), e.date(), false),
        "rule id is blank");
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), e.goldstein(),
        prov(p, p.docId(), p.sentence(), p.triggerText(), p.ruleId(), null, p.confidence()), e.date(), false),
        "dictionary version");
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), e.goldstein(),
        prov(p, p.docId(), 3, p.triggerText(), p.ruleId(), p.dictionaryVersion(), p.confidence()), e.date(), false),
        "provenance sentence");
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), e.goldstein(),
        prov(p, p.docId(), p.sentence(), "criticized", p.ruleId(), p.dictionaryVersion(), p.confidence()), e.date(), false),
        "trigger: text");
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), e.goldstein(),
        prov(p, p.docId(), p.sentence(), p.triggerText(), p.ruleId(), p.dictionaryVersion(), Double.NaN), e.date(), false),
        "confidence");
  }

  @Test
  void sourceEqualToTargetFails() {
    Event e = first();
    // same actor id, different words
    Participant t = e.target();
    Participant sameActor = new Participant(t.text(), t.start(), t.end(), t.code(), t.name(), e.source().actorId());
    assertEventFails(copy(e, e.eventId(), e.source(), sameActor, e.cameo(), e.goldstein(), e.provenance(), e.date(), false),
        "same actor");
    // no actor ids, same span
    Participant s = e.source();
    Participant s1 = new Participant(s.text(), s.start(), s.end(), s.code(), s.name(), null);
    Provenance p = new Provenance(e.docId(), e.sentence(), e.provenance().trigger(), e.provenance().triggerText(), s.span(),
        s.span(), e.provenance().ruleId(), e.provenance().dictionaryVersion(), e.provenance().coderVersion(),
        e.provenance().annotator(), e.provenance().confidence());
    String id = Event.idFor(e.docId(), e.sentence(), p.trigger(), s.span(), s.span(), "111", p.coderVersion());
    assertEventFails(copy(e, id, s1, s1, e.cameo(), e.goldstein(), p, e.date(), false), "same actor");
  }

  @Test
  void sameCodeButDifferentActorsIsFine() {
    // A1 and A6 are both PAKGOV: an event between them is legitimate
    Event e = first();
    Participant s = e.source();
    Participant t = e.target();
    Participant otherPak = new Participant(t.text(), t.start(), t.end(), ActorCode.of("PAKGOV"), "Foreign Office", "A6");
    Event ok = copy(e, e.eventId(), s, otherPak, e.cameo(), e.goldstein(), e.provenance(), e.date(), false);
    assertValidEvent(ok, TEXT, SAMPLE.sentences());
  }

  @Test
  void undatedEventMustBeBackground() {
    Event e = first();
    assertEventFails(copy(e, e.eventId(), e.source(), e.target(), e.cameo(), e.goldstein(), e.provenance(), null, false),
        "no date but is not background");
  }

  @Test
  void provenanceTargetMustMatchEventTarget() {
    Event e = first();
    String id = Event.idFor(e.docId(), e.sentence(), e.provenance().trigger(), e.source().span(), null, "111",
        e.provenance().coderVersion());
    assertEventFails(copy(e, id, e.source(), null, e.cameo(), e.goldstein(), e.provenance(), e.date(), false),
        "no target but provenance has target offsets");
  }

  @Test
  void duplicateEventIdsFail() {
    assertArticleFails(withArticle(l -> {
      l.add(l.get(0));
      return l;
    }), "duplicate event id");
  }

  @Test
  void twoEventsForTheSameTriggerAndActorsFail() {
    // same trigger and actors, another code: a different id but the same (trigger, source, target)
    assertArticleFails(withArticle(l -> {
      Event e = l.get(0);
      String id = Event.idFor(e.docId(), e.sentence(), e.provenance().trigger(), e.source().span(), e.target().span(), "112",
          e.provenance().coderVersion());
      l.add(copy(e, id, e.source(), e.target(), CameoCode.of("112"), e.goldstein(), e.provenance(), e.date(), false));
      return l;
    }), "same trigger, source and target");
  }

  @Test
  void eventOfAnotherDocumentFails() {
    CodedArticle other = CodedArticleBuilder.article("other", LocalDate.of(2021, 1, 1), SAMPLE.article().text())
        .actor("A1", "India", "IND", "COUNTRY", "India")
        .actor("A2", "Qureshi", "PAKGOV", "PERSON", "Shah Mahmood Qureshi")
        .event(0, "criticised", "Shah Mahmood Qureshi", "India", "111").add().build();
    assertArticleFails(withArticle(l -> {
      l.add(other.events().get(0));
      return l;
    }), "!= article doc id");
  }

  @Test
  void unknownActorIdFails() {
    assertArticleFails(withArticle(l -> {
      Event e = l.remove(0);
      Participant s = e.source();
      l.add(0, copy(e, e.eventId(), new Participant(s.text(), s.start(), s.end(), s.code(), s.name(), "A99"), e.target(),
          e.cameo(), e.goldstein(), e.provenance(), e.date(), false));
      return l;
    }), "'A99' is not an actor");
  }

  @Test
  void badQuoteDateMentionPlaceAndSentenceFail() {
    Quote q = SAMPLE.quotes().get(0);
    Quote badQuote = new Quote(q.text() + "x", q.start(), q.end(), q.sentence(), q.speakerName(), q.speakerCode(),
        q.speakerActorId(), q.rule());
    assertArticleFails(new CodedArticle(SAMPLE.article(), SAMPLE.sentences(), SAMPLE.actors(), SAMPLE.events(),
        List.of(badQuote), SAMPLE.dates(), SAMPLE.places(), SAMPLE.errors(), SAMPLE.coderVersion()), "quote 0: text");

    TimeExpression t = SAMPLE.dates().get(0);
    TimeExpression badDate = new TimeExpression(t.text(), t.start(), t.end(), 4, t.type(), t.value());
    assertArticleFails(new CodedArticle(SAMPLE.article(), SAMPLE.sentences(), SAMPLE.actors(), SAMPLE.events(),
        SAMPLE.quotes(), List.of(badDate), SAMPLE.places(), SAMPLE.errors(), SAMPLE.coderVersion()), "not inside sentence 4");

    Actor a = SAMPLE.actors().get(1);
    Mention m = a.mentions().get(0);
    Actor badActor = new Actor(a.id(), a.name(), a.code(), a.role(), a.type(), a.codeSource(),
        List.of(new Mention("Indi", m.start(), m.end(), m.sentence(), 0, "NAME")));
    List<Actor> actors = new ArrayList<>(SAMPLE.actors());
    actors.set(1, badActor);
    assertArticleFails(new CodedArticle(SAMPLE.article(), SAMPLE.sentences(), actors, SAMPLE.events(),
        SAMPLE.quotes(), SAMPLE.dates(), SAMPLE.places(), SAMPLE.errors(), SAMPLE.coderVersion()), "actor A2 (India) mention 0");

    Place p = SAMPLE.places().get(0);
    Place badPlace = new Place(p.text(), p.start(), p.end(), p.name(), p.country(), 95.0, p.longitude(), p.role());
    assertArticleFails(new CodedArticle(SAMPLE.article(), SAMPLE.sentences(), SAMPLE.actors(), SAMPLE.events(),
        SAMPLE.quotes(), SAMPLE.dates(), List.of(badPlace), SAMPLE.errors(), SAMPLE.coderVersion()), "latitude");

    List<Span> swapped = new ArrayList<>(SAMPLE.sentences());
    swapped.set(0, SAMPLE.sentences().get(1));
    swapped.set(1, SAMPLE.sentences().get(0));
    assertArticleFails(new CodedArticle(SAMPLE.article(), swapped, SAMPLE.actors(), SAMPLE.events(),
        SAMPLE.quotes(), SAMPLE.dates(), SAMPLE.places(), SAMPLE.errors(), SAMPLE.coderVersion()), "must not overlap");

    assertArticleFails(new CodedArticle(SAMPLE.article(), SAMPLE.sentences(), SAMPLE.actors(), SAMPLE.events(),
        SAMPLE.quotes(), SAMPLE.dates(), SAMPLE.places(), List.of(new DocumentError("x", "EMPTY", "no text")),
        SAMPLE.coderVersion()), "is about document 'x'");

    assertArticleFails(new CodedArticle(SAMPLE.article(), SAMPLE.sentences(), SAMPLE.actors(), SAMPLE.events(),
        SAMPLE.quotes(), SAMPLE.dates(), SAMPLE.places(), SAMPLE.errors(), "other-coder"), "coder version 'test-coder-1'");
  }

  @Test
  void messageListsEveryProblem() {
    Event e = first();
    Event bad = copy(e, e.eventId(), e.source(), e.target(), CameoCode.of("112"), -11, e.provenance(), e.date(), false);
    AssertionError err = assertThrows(AssertionError.class, () -> assertValidEvent(bad, TEXT));
    assertTrue(err.getMessage().contains("2 problems"), err.getMessage());
    assertTrue(err.getMessage().contains(SAMPLE.docId()), err.getMessage());
    assertEquals(2, DyadAssertions.eventProblems(bad, TEXT, null).size());
  }

  @Test
  void eventsWithFiltersByPrefixesAndRoot() {
    assertEquals(4, eventsWith(SAMPLE, null, null, null).size());
    assertEquals(3, eventsWith(SAMPLE, "PAK", null, null).size());
    assertEquals(2, eventsWith(SAMPLE, "PAK", "", null).size(), "a non-null target prefix needs a target");
    assertEquals(1, eventsWith(SAMPLE, "PAKGOV", "IND", "11").size());
    assertEquals(1, eventsWith(SAMPLE, null, "IGO", "04").size());
    assertEquals(1, eventsWith(SAMPLE, null, null, "042").size());
    assertEquals(0, eventsWith(SAMPLE, "IND", "PAK", null).size());
    assertEquals("111", assertHasEvent(SAMPLE, "PAK", "IND", "11").cameo().value());
    assertNoEvent(SAMPLE, "IND", "PAK", null);
    AssertionError err = assertThrows(AssertionError.class, () -> assertHasEvent(SAMPLE, "USA", null, null));
    assertTrue(err.getMessage().contains("PAKGOV -111-> IND"), err.getMessage());
    assertThrows(AssertionError.class, () -> assertNoEvent(SAMPLE, "IND", "REB", "19"));
  }
}
