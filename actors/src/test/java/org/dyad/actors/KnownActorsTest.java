package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.testkit.Annotations;
import org.junit.jupiter.api.Test;

class KnownActorsTest {
  static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.loadDefault());
  static final LocalDate MAY = LocalDate.of(2021, 5, 17);

  @Test
  void aPersonIntroducedWithATitleIsLearnedAndResolvesLaterBareMentions() {
    AnnotatedArticle first = Annotations.article("d1", MAY)
        .sentence("Pakistani/JJ Foreign/NNP Minister/NNP Shah/NNP/PERSON Mahmood/NNP/PERSON Qureshi/NNP/PERSON spoke/VBD/O/speak ./.",
            "5 nsubj 6", "-1 root 6")
        .build();
    List<KnownActor> learned = KnownActors.learn(RESOLVER.resolve(first).actors(), MAY, "d1");
    assertEquals(1, learned.size(), learned::toString);
    assertEquals("PAKGOV", learned.get(0).code().value());
    assertEquals("Foreign Minister", learned.get(0).role());

    AnnotatedArticle later = Annotations.article("d2", MAY.plusMonths(3))
        .sentence("Qureshi/NNP/PERSON spoke/VBD/O/speak ./.", "0 nsubj 1", "-1 root 1")
        .build();
    assertTrue(RESOLVER.resolve(later).actors().isEmpty(), "alone, a bare surname is no actor");
    KnownActors known = KnownActors.empty().withLearned(learned);
    var actor = RESOLVER.resolve(later, known).at(0, 0).orElseThrow().actor();
    assertEquals("PAKGOV", actor.code().value());
    assertEquals("known:learned", actor.codeSource());

    AnnotatedArticle muchLater = Annotations.article("d3", MAY.plusYears(5))
        .sentence("Qureshi/NNP/PERSON spoke/VBD/O/speak ./.", "0 nsubj 1", "-1 root 1")
        .build();
    assertTrue(RESOLVER.resolve(muchLater, known).actors().isEmpty(), "roles change: an old entry does not apply");
  }

  @Test
  void curatedEntriesAreNeverOverriddenAndAmbiguousSurnamesResolveNothing() {
    KnownActor curated = new KnownActor("Imran Khan", ActorCode.of("PAKGOV"), "Prime Minister", MAY, MAY,
        KnownActor.CURATED, KnownActor.ACTIVE, null);
    KnownActor learned = new KnownActor("Imran Khan", ActorCode.of("PAKOPP"), "Opposition leader", MAY, MAY,
        KnownActor.LEARNED, KnownActor.ACTIVE, "x");
    KnownActors known = KnownActors.of(List.of(curated)).withLearned(List.of(learned));
    assertEquals("PAKGOV", known.lookup("Imran Khan", MAY).orElseThrow().code().value());
    assertEquals(1, known.entries().size());
    KnownActors two = KnownActors.of(List.of(curated,
        new KnownActor("Sadiq Khan", ActorCode.of("GBRGOV"), "Mayor", MAY, MAY, KnownActor.CURATED, KnownActor.ACTIVE, null)));
    assertTrue(two.lookup("Khan", MAY).isEmpty());
    assertEquals("GBRGOV", two.lookup("Sadiq Khan", MAY).orElseThrow().code().value());
  }

  @Test
  void repeatedLearningWidensTheDates() {
    KnownActor a = new KnownActor("Antony Blinken", ActorCode.of("USAGOV"), "Secretary of State", MAY, MAY,
        KnownActor.LEARNED, KnownActor.ACTIVE, "a");
    KnownActor b = new KnownActor("Antony Blinken", ActorCode.of("USAGOV"), "Secretary of State", MAY.plusMonths(6),
        MAY.plusMonths(6), KnownActor.LEARNED, KnownActor.ACTIVE, "b");
    KnownActors known = KnownActors.empty().withLearned(List.of(a)).withLearned(List.of(b));
    assertEquals(1, known.entries().size());
    assertEquals(MAY, known.entries().get(0).firstSeen());
    assertEquals(MAY.plusMonths(6), known.entries().get(0).lastSeen());
  }
  @Test
  void aTransliteratedGivenNameFindsTheOnePersonOfThatSurname() {
    KnownActors k = KnownActors.of(List.of(
        new KnownActor("Sergei Lavrov", ActorCode.of("RUSGOV"), "Foreign Minister", MAY, MAY, KnownActor.CURATED, KnownActor.ACTIVE, null)));
    assertEquals("RUSGOV", k.lookup("Sergey Lavrov", MAY).orElseThrow().code().value());
    assertTrue(k.lookup("Ivan Lavrov", MAY).isEmpty(), "another given name is another person");
  }
}
