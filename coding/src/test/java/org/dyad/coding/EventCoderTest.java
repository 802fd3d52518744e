package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.ResolvedActors;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.model.Quote;
import org.dyad.testkit.Annotations;
import org.dyad.testkit.DyadAssertions;
import org.junit.jupiter.api.Test;

/** The coder on hand-made parses: arguments, modality, reciprocity, dates, quotes. */
class EventCoderTest {
  static final ActorDictionary DICT = ActorDictionary.loadDefault();
  static final ActorResolver RESOLVER = new ActorResolver(DICT);
  static final EventCoder CODER = EventCoder.loadDefault(DICT.version());
  static final EventDater DATER = new EventDater();
  static final LocalDate DAY = LocalDate.of(2021, 5, 17);

  private static List<Event> code(AnnotatedArticle a) {
    ResolvedActors r = RESOLVER.resolve(a);
    List<Event> events = DATER.date(a, CODER.code(a, r));
    for (Event e : events) {
      DyadAssertions.assertValidEvent(e, a.text());
    }
    return events;
  }

  private static String summary(List<Event> events) {
    return events.stream().map(DyadAssertions::describe).collect(Collectors.joining("\n"));
  }

  @Test
  void subjectVerbObject() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 condemned 2 India 3 .
        .sentence("Pakistan/NNP/LOCATION condemned/VBD/O/condemn India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    Event e = events.get(0);
    assertEquals("PAK", e.source().code().value());
    assertEquals("IND", e.target().code().value());
    assertEquals("11", e.cameo().root());
    assertEquals(new Span(9, 18), e.provenance().trigger());
    assertEquals(DAY, e.date());
    assertEquals("article-date", e.dateRule());
  }

  @Test
  void negatedTriggerCodesNothing() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 did 2 not 3 condemn 4 India
        .sentence("Pakistan/NNP/LOCATION did/VBD/O/do not/RB condemn/VB/O/condemn India/NNP/LOCATION ./.",
            "0 nsubj 3", "1 aux 3", "2 advmod 3", "-1 root 3", "4 obj 3")
        .build();
    assertTrue(code(a).isEmpty());
  }

  @Test
  void participialClauseSharesTheMainSubjectAndPhoneMakesTheCall() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Talking 1 to 2 India 3 over 4 phone 5 , 6 Pakistan 7 said 8 .
        .sentence("Talking/VBG/O/talk to/IN India/NNP/LOCATION over/IN phone/NN ,/, Pakistan/NNP/LOCATION said/VBD/O/say ./.",
            "0 advcl 7", "2 obl:to 0", "4 obl:over 0", "6 nsubj 7", "-1 root 7")
        .build();
    List<Event> events = code(a).stream().filter(e -> !e.cameo().value().equals("010")).toList();
    assertEquals(1, events.size(), () -> summary(events));
    assertEquals("041", events.get(0).cameo().value());
    assertEquals("Pakistan", events.get(0).source().text());
    assertEquals("India", events.get(0).target().text());
  }

  @Test
  void reportedSpeechSpeakerIsNotTheSource() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Russia 1 said 2 Ukraine 3 attacked 4 Kharkiv
        .sentence("Russia/NNP/LOCATION said/VBD/O/say Ukraine/NNP/LOCATION attacked/VBD/O/attack civilians/NNS/O/civilian ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 3", "3 ccomp 1", "4 obj 3")
        .build();
    for (Event e : code(a)) {
      if (!e.cameo().value().equals("010")) {
        assertNotEquals("RUS", e.source().code().value(), () -> DyadAssertions.describe(e));
      }
    }
  }

  @Test
  void betweenAAndBWhenTheParseFails() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 fighting 1 resumed 2 between 3 the 4 Taliban 5 and 6 Afghan 7 government
        .sentence("fighting/NN/O/fighting resumed/VBD/O/resume between/IN the/DT Taliban/NNP/ORGANIZATION and/CC Afghan/JJ government/NN ./.",
            "0 nsubj 1", "-1 root 1", "2 advcl 1", "3 dep 2", "4 nsubj 1", "7 conj:and 4")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("190")
        && e.source().code().value().equals("AFGREB") && e.target().code().value().equals("AFGGOV")), () -> summary(events));
    // fighting is mutual: each side acts on the other
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("190")
        && e.source().code().value().equals("AFGGOV") && e.target().code().value().equals("AFGREB")), () -> summary(events));
  }

  @Test
  void sourceNeverEqualsTargetAndOneEventPerTriggerAndPair() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 praised 2 Pakistan: the act stays, aimed at no one
        .sentence("Pakistan/NNP/LOCATION praised/VBD/O/praise Pakistan/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        // 0 Iraq 1 began 2 its 3 assault: the owner of the act is its source, not its target
        .sentence("Iraq/NNP/LOCATION began/VBD/O/begin its/PRP$ assault/NN/O/assault ./.",
            "0 nsubj 1", "-1 root 1", "2 nmod:poss 3", "3 obj 1")
        .build();
    List<Event> events = code(a);
    assertEquals(2, events.size(), () -> summary(events));
    for (Event e : events) {
      assertNull(e.target(), () -> summary(events));
    }
  }

  @Test
  void sameInputSameIds() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        .sentence("Pakistan/NNP/LOCATION condemned/VBD/O/condemn India/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        .build();
    assertEquals(code(a), code(a));
  }

  @Test
  void ownClauseDatePreviousSentenceAndBackground() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 on 2 Sunday 3 condemned 4 India
        .sentence("Pakistan/NNP/LOCATION on/IN Sunday/NNP/DATE condemned/VBD/O/condemn India/NNP/LOCATION ./.",
            "0 nsubj 3", "1 case 2", "2 obl:on 3", "-1 root 3", "4 obj 3")
        .time("Sunday", "DATE", "2021-05-16")
        // 0 India 1 criticised 2 Pakistan
        .sentence("India/NNP/LOCATION criticised/VBD/O/criticise Pakistan/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        // 0 Sheikh 1 is 2 accused 3 of 4 kidnapping 5 Americans
        .sentence("Sheikh/NNP/PERSON is/VBZ/O/be accused/VBN/O/accuse of/IN kidnapping/VBG/O/kidnap Americans/NNPS/O/American ./.",
            "0 nsubj:pass 2", "1 aux:pass 2", "-1 root 2", "3 mark 4", "4 advcl:of 2", "5 obj 4")
        .build();
    List<Event> events = code(a);
    Event first = events.stream().filter(e -> e.sentence() == 0).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 16), first.date());
    assertEquals("Sunday", first.dateText());
    Event second = events.stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 16), second.date(), "previous sentence");
    for (Event e : events) {
      if (e.sentence() == 2) {
        assertTrue(e.background(), () -> DyadAssertions.describe(e));
        assertNull(e.date());
      }
    }
  }

  @Test
  void quotesGoToTheSpeakerOfTheGoverningVerbOrTheTrailingAttribution() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Qureshi 1 said 2 Pakistan 3 wants 4 “ 5 peace 6 ”
        .sentence("Qureshi/NNP/PERSON said/VBD/O/say Pakistan/NNP/LOCATION wants/VBZ/O/want \u201C/`` peace/NN \u201D/'' ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 3", "3 ccomp 1", "5 obj 3")
        // 0 “ 1 We 2 agree 3 , 4 ” 5 the 6 Foreign 7 Office 8 said
        .sentence("\u201C/`` We/PRP agree/VBP/O/agree ,/, \u201D/'' the/DT Foreign/NNP/ORGANIZATION Office/NNP/ORGANIZATION said/VBD/O/say ./.",
            "1 nsubj 2", "-1 root 2", "8 parataxis 2", "7 nsubj 8", "6 compound 7")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    List<Quote> quotes = new QuoteAttributor().attribute(a, r);
    assertEquals(2, quotes.size(), quotes::toString);
    assertEquals("peace", quotes.get(0).text());
    assertEquals("Qureshi", quotes.get(0).speakerName());
    assertEquals("We agree ,", quotes.get(1).text());
    assertEquals("Foreign Office", quotes.get(1).speakerName());
    assertFalse(quotes.get(1).rule().isBlank());
  }

  @Test
  void futureAndIntentBecomeIntentCodesAndHypotheticalsAndQuestionsCodeNothing() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 will 2 meet 3 India
        .sentence("Pakistan/NNP/LOCATION will/MD meet/VB/O/meet India/NNP/LOCATION ./.", "0 nsubj 2", "1 aux 2", "-1 root 2", "3 obj 2")
        // 0 Pakistan 1 plans 2 to 3 attack 4 India
        .sentence("Pakistan/NNP/LOCATION plans/VBZ/O/plan to/TO attack/VB/O/attack India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 3", "3 xcomp 1", "0 nsubj:xsubj 3", "4 obj 3")
        // 0 If 1 Pakistan 2 attacks 3 India 4 , 5 China 6 protests
        .sentence("If/IN Pakistan/NNP/LOCATION attacks/VBZ/O/attack India/NNP/LOCATION ./.", "0 mark 2", "1 nsubj 2", "-1 root 2", "3 obj 2")
        // 0 Will 1 Pakistan 2 attack 3 India 4 ?
        .sentence("Will/MD Pakistan/NNP/LOCATION attack/VB/O/attack India/NNP/LOCATION ?/.", "0 aux 2", "1 nsubj 2", "-1 root 2", "3 obj 2")
        // 0 Pakistan 1 threatened 2 to 3 attack 4 India
        .sentence("Pakistan/NNP/LOCATION threatened/VBD/O/threaten to/TO attack/VB/O/attack India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 3", "3 xcomp 1", "0 nsubj:xsubj 3", "4 obj 3")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().value().equals("036")), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.cameo().value().equals("138")), all);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 2 || e.sentence() == 3), all);
    List<Event> threats = events.stream().filter(e -> e.sentence() == 4).toList();
    assertEquals(1, threats.size(), all);
    assertEquals("13", threats.get(0).cameo().root(), all);
    assertEquals("threatened", threats.get(0).provenance().triggerText());
  }

  @Test
  void withheldCooperationIsARefusal() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 will 2 not 3 meet 4 India
        .sentence("Pakistan/NNP/LOCATION will/MD not/RB meet/VB/O/meet India/NNP/LOCATION ./.",
            "0 nsubj 3", "1 aux 3", "2 advmod 3", "-1 root 3", "4 obj 3")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    assertEquals("125", events.get(0).cameo().value());
    assertEquals("PAK", events.get(0).source().code().value());
    assertEquals("IND", events.get(0).target().code().value());
  }

  @Test
  void cyclesInTheEnhancedGraphEnd() {
    // an enhanced graph with a cycle: "talks" is the object of "held", "held" a clause on "talks"
    AnnotatedArticle a = Annotations.article("d", DAY)
        .sentence("Pakistan/NNP/LOCATION talks/NNS/O/talk held/VBD/O/hold India/NNP/LOCATION ./.",
            "-1 root 2", "1 obj 2", "2 acl:relcl 1", "3 obl:with 1")
        .build();
    List<Event> events = code(a);
    assertTrue(events.size() <= 2, () -> summary(events));
  }
  @Test
  void itAndTheyInAReportedClauseStandForTheSpeaker() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 said 2 it 3 will 4 meet 5 India
        .sentence("Pakistan/NNP/LOCATION said/VBD/O/say it/PRP will/MD meet/VB/O/meet India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 4", "3 aux 4", "4 ccomp 1", "5 obj 4")
        // 0 India 1 knows 2 it 3 attacked 4 China: "know" reports no speech; its clause keeps its own subject
        .sentence("India/NNP/LOCATION knows/VBZ/O/know it/PRP attacked/VBD/O/attack China/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 3", "3 ccomp 1", "4 obj 3")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().value().equals("036")
        && e.source().code().value().equals("PAK") && e.target().code().value().equals("IND")), all);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 1 && e.cameo().root().equals("19")), all);
  }

  @Test
  void readyOrWillingToActIsAnIntent() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 is 2 willing 3 to 4 meet 5 India
        .sentence("Pakistan/NNP/LOCATION is/VBZ/O/be willing/JJ to/TO meet/VB/O/meet India/NNP/LOCATION ./.",
            "0 nsubj 2", "1 cop 2", "-1 root 2", "3 mark 4", "4 xcomp 2", "5 obj 4")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    assertEquals("036", events.get(0).cameo().value());
    assertEquals("PAK", events.get(0).source().code().value());
  }

  @Test
  void failingToCooperateIsARefusal() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 failed 2 to 3 meet 4 India
        .sentence("Pakistan/NNP/LOCATION failed/VBD/O/fail to/TO meet/VB/O/meet India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 3", "3 xcomp 1", "0 nsubj:xsubj 3", "4 obj 3")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    assertEquals("125", events.get(0).cameo().value());
  }

  @Test
  void sayingWhatAnotherMustDoIsADemandAndTheObligedActIsNotDone() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 said 2 India 3 must 4 meet 5 China
        .sentence("Pakistan/NNP/LOCATION said/VBD/O/say India/NNP/LOCATION must/MD meet/VB/O/meet China/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 4", "3 aux 4", "4 ccomp 1", "5 obj 4")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    assertEquals("10", events.get(0).cameo().value());
    assertEquals("PAK", events.get(0).source().code().value());
    assertEquals("IND", events.get(0).target().code().value());
  }
  @Test
  void aHyphenatedCompoundSplitByTheTokenizerMatchesItsDictionaryForm() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 announced 2 a 3 cease 4 - 5 fire 6 .
        .sentence("Pakistan/NNP/LOCATION announced/VBD/O/announce a/DT cease/NN -/HYPH fire/NN ./.",
            "0 nsubj 1", "-1 root 1", "2 det 5", "3 compound 5", "4 punct 5", "5 obj 1")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("0871")), () -> summary(events));
  }

  @Test
  void anApprovedActOutranksTheApproval() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 approved 2 the 3 extradition 4 of 5 Indians 6 .
        .sentence("Pakistan/NNP/LOCATION approved/VBD/O/approve the/DT extradition/NN of/IN Indians/NNPS/O/Indian ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 case 5", "5 nmod:of 3")
        .build();
    List<Event> events = code(a);
    Event main = events.stream().max(java.util.Comparator.comparingDouble(e -> e.provenance().confidence())).orElseThrow();
    assertEquals("06", main.cameo().root(), () -> summary(events));
  }
  @Test
  void aForceActOnAPlaceTakesThePlaceAsTarget() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Israel 1 struck 2 a 3 target 4 in 5 the 6 Gaza 7 Strip 8 .
        .sentence("Israel/NNP/LOCATION struck/VBD/O/strike a/DT target/NN in/IN the/DT Gaza/NNP/LOCATION Strip/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 case 7", "5 det 7", "6 compound 7", "7 nmod:in 3")
        // 0 Pakistan 1 met 2 officials 3 in 4 India: a meeting in a country is not a meeting with it
        .sentence("Pakistan/NNP/LOCATION met/VBD/O/meet in/IN India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 case 3", "3 obl:in 1")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().root().equals("19")
        && e.target() != null && e.target().code().value().equals("PSE")), all);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 1 && e.target() != null), all);
  }
  @Test
  void theAgentOfACondemnedActIsTheTarget() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 condemned 2 an 3 attack 4 by 5 India 6 .
        .sentence("Pakistan/NNP/LOCATION condemned/VBD/O/condemn an/DT attack/NN by/IN India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 case 5", "5 nmod:by 3")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("11") && e.target() != null
        && e.target().code().value().equals("IND")), () -> summary(events));
  }
  @Test
  void aNominalActModifyingAnotherNounTakesThatNounsArguments() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Kuwait 1 launched 2 a 3 mediation 4 effort 5 between 6 Pakistan 7 and 8 India
        .sentence("Kuwait/NNP/LOCATION launched/VBD/O/launch a/DT mediation/NN effort/NN between/IN Pakistan/NNP/LOCATION and/CC India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 4", "3 compound 4", "4 obj 1", "5 case 6", "6 nmod:between 4", "7 cc 8", "8 conj:and 6")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("045") && e.source().code().value().equals("KWT")
        && e.target() != null && e.target().code().value().equals("PAK")), () -> summary(events));
  }

  @Test
  void theSubjectOfAPredicateAdjectiveActsInItsClause() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 was 2 guilty 3 of 4 attacking 5 India
        .sentence("Pakistan/NNP/LOCATION was/VBD/O/be guilty/JJ of/IN attacking/VBG/O/attack India/NNP/LOCATION ./.",
            "0 nsubj 2", "1 cop 2", "-1 root 2", "3 mark 4", "4 advcl:of 2", "5 obj 4")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("19") && e.source().code().value().equals("PAK")),
        () -> summary(events));
  }
  @Test
  void claimingOnesOwnActIsClaimingResponsibilityAgainstItsTarget() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 claimed 2 it 3 attacked 4 India 5 .
        .sentence("Pakistan/NNP/LOCATION claimed/VBD/O/claim it/PRP attacked/VBD/O/attack India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 3", "3 ccomp 1", "4 obj 3")
        .build();
    List<Event> events = code(a);
    Event main = events.stream().max(java.util.Comparator.comparingDouble(e -> e.provenance().confidence())).orElseThrow();
    assertEquals("015", main.cameo().value(), () -> summary(events));
    assertEquals("IND", main.target().code().value());
  }

  @Test
  void aDecisionToActCodesTheAct() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 decided 2 to 3 meet 4 India
        .sentence("Pakistan/NNP/LOCATION decided/VBD/O/decide to/TO meet/VB/O/meet India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 3", "3 xcomp 1", "0 nsubj:xsubj 3", "4 obj 3")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("04")), () -> summary(events));
  }
  @Test
  void aPronounSourceIsNamedByTheSentencesMentionOfItsActor() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Qureshi 1 said 2 he 3 will 4 meet 5 India
        .sentence("Foreign/NNP Minister/NNP Qureshi/NNP/PERSON said/VBD/O/say he/PRP will/MD meet/VB/O/meet India/NNP/LOCATION ./.",
            "2 nsubj 3", "0 compound 2", "1 compound 2", "-1 root 3", "4 nsubj 6", "5 aux 6", "6 ccomp 3", "7 obj 6")
        .build();
    List<Event> events = code(a);
    Event meet = events.stream().filter(e -> e.cameo().root().equals("03")).findFirst().orElseThrow(() -> new AssertionError(summary(events)));
    assertTrue(meet.source().text().contains("Qureshi"), () -> summary(events));
  }
  @Test
  void theNounBeforeAReducedRelativeIsItsPatientNotItsSource() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Two 1 Americans 2 arrested 3 in 4 Bali 5 were 6 paraded
        .sentence("Two/CD Americans/NNPS/O/American arrested/VBN/O/arrest in/IN Bali/NNP/LOCATION were/VBD/O/be paraded/VBN/O/parade ./.",
            "0 nummod 1", "1 nsubj:pass 6", "2 acl 1", "3 case 4", "4 obl:in 2", "5 aux:pass 6", "-1 root 6")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().noneMatch(e -> e.provenance().triggerText().equals("arrested")), () -> summary(events));
  }
  @Test
  void aNounTheParserGaveToTheFollowingClauseIsStillTheObject() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 rejected 2 accusations 3 it 4 had 5 attacked 6 India
        .sentence("Pakistan/NNP/LOCATION rejected/VBD/O/reject accusations/NNS/O/accusation it/PRP had/VBD/O/have attacked/VBN/O/attack India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 dep 5", "3 nsubj 5", "4 aux 5", "5 ccomp 1", "6 obj 5")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("016")), () -> summary(events));
  }
  @Test
  void anExpressedAttitudeIsTheEventNotAFrame() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 expressed 2 optimism 3 about 4 talks 5 with 6 India
        .sentence("Pakistan/NNP/LOCATION expressed/VBD/O/express optimism/NN about/IN talks/NNS/O/talk with/IN India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "3 case 4", "4 nmod:about 2", "5 case 6", "6 nmod:with 4")
        .build();
    List<Event> events = code(a);
    Event main = events.stream().max(java.util.Comparator.comparingDouble(e -> e.provenance().confidence())).orElseThrow();
    assertEquals("013", main.cameo().value(), () -> summary(events));
  }
  @Test
  void aThreatOrIntentTakesItsTargetFromTheIntendedAct() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 threatened 2 to 3 attack 4 India
        .sentence("Pakistan/NNP/LOCATION threatened/VBD/O/threaten to/TO attack/VB/O/attack India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 3", "3 xcomp 1", "0 nsubj:xsubj 3", "4 obj 3")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    assertEquals("13", events.get(0).cameo().root());
    assertEquals("IND", events.get(0).target().code().value());
  }
  @Test
  void forcesSentSomewhereAreTheInstrumentAndTheDestinationIsTheTarget() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 deployed 2 troops 3 to 4 Mali 5 .
        .sentence("Pakistan/NNP/LOCATION deployed/VBD/O/deploy troops/NNS/O/troop to/IN Mali/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "3 case 4", "4 obl:to 1")
        // 0 Pakistan 1 killed 2 soldiers 3 in 4 Mali: the killed are the victims
        .sentence("Pakistan/NNP/LOCATION killed/VBD/O/kill soldiers/NNS/O/soldier in/IN Mali/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "3 case 4", "4 obl:in 1")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.target() != null && e.target().code().value().equals("MLI")), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.target() != null && e.target().code().sectors().contains("MIL")), all);
  }
  @Test
  void aHyphenatedNounIsItsHeadAndDecliningToCooperateIsARefusal() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 launched 2 cyber-attacks 3 on 4 India
        .sentence("Pakistan/NNP/LOCATION launched/VBD/O/launch cyber-attacks/NNS/O/cyber-attack on/IN India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "3 case 4", "4 nmod:on 2")
        // 0 Pakistan 1 declined 2 to 3 meet 4 India
        .sentence("Pakistan/NNP/LOCATION declined/VBD/O/decline to/TO meet/VB/O/meet India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 3", "3 xcomp 1", "0 nsubj:xsubj 3", "4 obj 3")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().root().equals("19")), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.cameo().value().equals("125")), all);
  }
  @Test
  void anArrivalIsAVisitOnlyWhenItReachesAnotherCountry() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistani 1 minister 2 arrived 3 in 4 Mali
        .sentence("Pakistani/JJ minister/NN/O/minister arrived/VBD/O/arrive in/IN Mali/NNP/LOCATION ./.",
            "0 amod 1", "1 nsubj 2", "-1 root 2", "3 case 4", "4 obl:in 2")
        // 0 Khan 1 arrived 2 in 3 a 4 stadium: no actor reached
        .sentence("Pakistan/NNP/LOCATION arrived/VBD/O/arrive in/IN a/DT stadium/NN ./.",
            "0 nsubj 1", "-1 root 1", "2 case 4", "3 det 4", "4 obl:in 1")
        // 0 Pakistani 1 troops 2 arrived 3 in 4 Mali: forces make no visit
        .sentence("Pakistani/JJ troops/NNS/O/troop arrived/VBD/O/arrive in/IN Mali/NNP/LOCATION ./.",
            "0 amod 1", "1 nsubj 2", "-1 root 2", "3 case 4", "4 obl:in 2")
        // 0 peacekeepers 1 arrived 2 in 3 Mali: peacekeeping
        .sentence("peacekeepers/NNS/O/peacekeeper arrived/VBD/O/arrive in/IN Mali/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 case 3", "3 obl:in 1")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().value().equals("042")
        && e.target() != null && e.target().code().value().equals("MLI")), all);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 1 || e.sentence() == 2), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 3 && e.cameo().value().equals("074")), all);
  }

  @Test
  void aSubjectThatIsNoActorLeavesTheActWithoutASource() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 India 1 , 2 the 3 panel 4 spoke 5 with 6 Pakistan: no surface reading takes India past the subject
        .sentence("India/NNP/LOCATION ,/, the/DT panel/NN spoke/VBD/O/speak with/IN Pakistan/NNP/LOCATION ./.",
            "0 dep 4", "3 nsubj 4", "2 det 3", "-1 root 4", "5 case 6", "6 obl:with 4")
        // 0 MIAMI 1 India 2 met 3 Pakistan: a dateline the parser took for the subject is no subject
        .sentence("MIAMI/NNP/LOCATION India/NNP/LOCATION met/VBD/O/meet Pakistan/NNP/LOCATION ./.",
            "0 nsubj 2", "1 dep 0", "-1 root 2", "3 obj 2")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 0), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.source().code().value().equals("IND")), all);
  }

  @Test
  void aParticipleAfterItsNounAndAVerbInsideANameAreNoActsOfTheirNeighbours() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Americans 1 accused 2 of 3 helping 4 India (participle parsed as an adjective of "Americans")
        .sentence("Americans/NNPS/O/American accused/VBN/O/accuse of/IN helping/VBG/O/help India/NNP/LOCATION ./.",
            "-1 root 0", "1 amod 0", "2 case 4", "4 obl:of 1", "3 amod 4")
        // 0 Pakistan 1 praised 2 Competence 3 Call 4 Center: "Call" is part of a name
        .sentence("Pakistan/NNP/LOCATION praised/VBD/O/praise Competence/NN/ORGANIZATION Call/VB/ORGANIZATION/call Center/NNP/ORGANIZATION ./.",
            "0 nsubj 1", "-1 root 1", "4 obj 1", "2 compound 4", "3 amod 4")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().noneMatch(e -> e.provenance().triggerText().equals("accused")), all);
    assertTrue(events.stream().noneMatch(e -> e.provenance().triggerText().equals("Call")), all);
  }

  @Test
  void whatOneActorAsksOfAnotherIsNotDone() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 urged 2 India 3 to 4 withdraw 5 troops
        .sentence("Pakistan/NNP/LOCATION urged/VBD/O/urge India/NNP/LOCATION to/TO withdraw/VB/O/withdraw troops/NNS/O/troop ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "3 mark 4", "4 xcomp 1", "2 nsubj:xsubj 4", "5 obj 4")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    assertEquals("02", events.get(0).cameo().root());
    assertEquals("PAK", events.get(0).source().code().value());
  }

  @Test
  void anActNotYetDoneIsNoRefusalButAnActOneWillNotDoIs() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 India 1 has 2 not 3 informed 4 Pakistan
        .sentence("India/NNP/LOCATION has/VBZ/O/have not/RB informed/VBN/O/inform Pakistan/NNP/LOCATION ./.",
            "0 nsubj 3", "1 aux 3", "2 advmod 3", "-1 root 3", "4 obj 3")
        // 0 India 1 will 2 not 3 meet 4 Pakistan
        .sentence("India/NNP/LOCATION will/MD not/RB meet/VB/O/meet Pakistan/NNP/LOCATION ./.",
            "0 nsubj 3", "1 aux 3", "2 advmod 3", "-1 root 3", "4 obj 3")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 0), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.cameo().value().equals("125")), all);
  }

  @Test
  void killingByIrregularForcesIsUnconventionalViolence() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 A 1 suicide 2 bomber 3 killed 4 soldiers
        .sentence("A/DT suicide/NN bomber/NN killed/VBD/O/kill soldiers/NNS/O/soldier ./.",
            "0 det 2", "1 compound 2", "2 nsubj 3", "-1 root 3", "4 obj 3")
        // 0 Militants 1 killed 2 civilians
        .sentence("Militants/NNS/O/militant killed/VBD/O/kill civilians/NNS/O/civilian ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1")
        // 0 Militants 1 killed 2 soldiers: fighting between armed forces stays conventional force
        .sentence("Militants/NNS/O/militant killed/VBD/O/kill soldiers/NNS/O/soldier ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().value().equals("1831")), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.cameo().value().equals("180")), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 2 && e.cameo().value().equals("190")), all);
  }

  @Test
  void aReportingVerbsOwnAuxiliaryDoesNotMakeItAnAttribution() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 The 1 official 2 has 3 said 4 so
        .sentence("The/DT official/NN has/VBZ/O/have said/VBN/O/say so/RB ./.",
            "0 det 1", "1 nsubj 3", "2 aux 3", "-1 root 3", "4 advmod 3")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("010")), () -> summary(events));
  }

  @Test
  void aControllerTakenFromADateLeavesTheActToTheGoverningSubject() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 decided 2 Monday 3 to 4 inspect 5 facilities
        .sentence("Pakistan/NNP/LOCATION decided/VBD/O/decide Monday/NNP/DATE to/TO inspect/VB/O/inspect facilities/NNS/O/facility ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "2 nsubj:xsubj 4", "3 mark 4", "4 xcomp 1", "5 obj 4")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("09") && e.source().code().value().equals("PAK")),
        () -> summary(events));
  }

  @Test
  void civiliansNamedBeforeANominalActAreWhatItBefalls() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 child 1 abuse 2 grew: the children are abused, not abusers
        .sentence("child/NN abuse/NN/O/abuse grew/VBD/O/grow ./.", "0 compound 1", "1 nsubj 2", "-1 root 2")
        .build();
    List<Event> events = code(a);
    assertTrue(events.isEmpty(), () -> summary(events));
  }

  @Test
  void anArrivalBetweenActorsOfNoKnownCountryIsNoVisit() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 The 1 minister 2 arrived 3 at 4 the 5 army 6 headquarters
        .sentence("The/DT minister/NN arrived/VBD/O/arrive at/IN the/DT army/NN headquarters/NN ./.",
            "0 det 1", "1 nsubj 2", "-1 root 2", "3 case 6", "4 det 6", "5 compound 6", "6 obl:at 2")
        .build();
    List<Event> events = code(a);
    assertTrue(events.isEmpty(), () -> summary(events));
  }

  @Test
  void takingAShotAtSomeoneIsCriticism() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 took 2 a 3 shot 4 at 5 India
        .sentence("Pakistan/NNP/LOCATION took/VBD/O/take a/DT shot/NN at/IN India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 case 5", "5 obl:at 1")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("111") && e.target() != null
        && e.target().code().value().equals("IND")), () -> summary(events));
  }

  @Test
  void aPatternLooksIntoWhatTheParserAttachedLooselyAfterAVerbWithoutObject() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 removed 2 the 3 sanctions 4 linked 5 to 6 India ("sanctions" parsed as the subject of "linked")
        .sentence("Pakistan/NNP/LOCATION removed/VBD/O/remove the/DT sanctions/NNS/O/sanction linked/VBN/O/link to/IN India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 nsubj 4", "4 dep 1", "5 case 6", "6 obl:to 4")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("085") && e.source().code().value().equals("PAK")),
        () -> summary(events));
  }

  @Test
  void aDateTheParserTookForASubjectLeavesTheActToTheGoverningSubject() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Japan 1 decided 2 on 3 Thursday 4 to 5 ease 6 sanctions
        .sentence("Japan/NNP/LOCATION decided/VBD/O/decide on/IN Thursday/NNP/DATE to/TO ease/VB/O/ease sanctions/NNS/O/sanction ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 5", "3 nsubj 5", "4 mark 5", "5 advcl:to 1", "6 obj 5")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("085") && e.source().code().value().equals("JPN")),
        () -> summary(events));
  }

  @Test
  void aPatternKnowsANounTheLemmatizerCutShort() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Police 1 fired 2 teargas (lemmatized "tearga")
        .sentence("Pakistani/JJ police/NNS/O/police fired/VBD/O/fire teargas/NNS/O/tearga ./.",
            "0 amod 1", "1 nsubj 2", "-1 root 2", "3 obj 2")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().value().equals("175")), () -> summary(events));
  }

  @Test
  void whoMakesItClearItWillNotActIsTheSourceOfTheRefusal() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 made 2 it 3 clear 4 it 5 will 6 not 7 lift 8 the 9 ban
        .sentence("Pakistan/NNP/LOCATION made/VBD/O/make it/PRP clear/JJ it/PRP will/MD not/RB lift/VB/O/lift the/DT ban/NN ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 3", "3 xcomp 1", "4 nsubj 7", "5 aux 7", "6 advmod 7", "7 parataxis 1",
            "8 det 9", "9 obj 7")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("12") && e.source().code().value().equals("PAK")),
        () -> summary(events));
  }

  @Test
  void coordinatedSubjectsWithoutTargetActOnEachOtherBothWays() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 and 2 India 3 met
        .sentence("Pakistan/NNP/LOCATION and/CC India/NNP/LOCATION met/VBD/O/meet ./.",
            "0 nsubj 3", "1 cc 2", "2 conj:and 0", "2 nsubj 3", "-1 root 3")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertEquals(2, events.size(), all);
    assertTrue(events.stream().anyMatch(e -> e.source().code().value().equals("PAK") && e.target().code().value().equals("IND")), all);
    assertTrue(events.stream().anyMatch(e -> e.source().code().value().equals("IND") && e.target().code().value().equals("PAK")), all);
  }

  @Test
  void thePlaceOfWhatIsActedOnIsTheTargetWhenNoActorIsNamed() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 criticized 2 the 3 closure 4 of 5 schools 6 in 7 Kabul
        .sentence("Pakistan/NNP/LOCATION criticized/VBD/O/criticize the/DT closure/NN of/IN schools/NNS/O/school in/IN Kabul/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 case 5", "5 nmod:of 3", "6 case 7", "7 nmod:in 5")
        // 0 Pakistan 1 praised 2 the 3 talks 4 in 5 Kabul: where an act happens is no target
        .sentence("Pakistan/NNP/LOCATION praised/VBD/O/praise the/DT talks/NNS/O/talk in/IN Kabul/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 case 5", "5 obl:in 1")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.target() != null
        && e.target().code().country().equals("AFG")), all);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 1 && e.target() != null
        && e.target().code().country().equals("AFG")), all);
  }

  @Test
  void forceNearSomethingFromACountryIsAimedAtThatCountry() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 fired 2 shells 3 near 4 a 5 vessel 6 from 7 India
        .sentence("Pakistan/NNP/LOCATION fired/VBD/O/fire shells/NNS/O/shell near/IN a/DT vessel/NN from/IN India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "3 case 5", "4 det 5", "5 obl:near 1", "6 case 7", "7 nmod:from 5")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("19") && e.target() != null
        && e.target().code().value().equals("IND")), () -> summary(events));
  }

  @Test
  void aParticipleActsOnTheNounItModifies() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 hostages 1 held 2 by 3 militants: the militants hold the hostages
        .sentence("hostages/NNS/O/hostage held/VBN/O/hold by/IN militants/NNS/O/militant ./.",
            "-1 root 0", "1 acl 0", "2 case 3", "3 obl:agent 1")
        // 0 Pakistan 1 issued 2 a 3 call 4 for 5 ending 6 the 7 war: an appeal, not a telephone call
        .sentence("Pakistan/NNP/LOCATION issued/VBD/O/issue a/DT call/NN/O/call for/IN ending/VBG/O/end the/DT war/NN ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 mark 5", "5 acl:for 3", "6 det 7", "7 obj 5")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().value().equals("181")
        && e.source().code().sectors().contains("REB") && e.target() != null), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.cameo().root().equals("02")), all);
    assertTrue(events.stream().noneMatch(e -> e.cameo().value().equals("041")), all);
  }

  @Test
  void coordinatedSubjectsOfAOneSidedActAreNoTargetsOfEachOther() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Russia 1 and 2 China 3 condemned
        .sentence("Russia/NNP/LOCATION and/CC China/NNP/LOCATION condemned/VBD/O/condemn ./.",
            "0 nsubj 3", "1 cc 2", "2 conj:and 0", "2 nsubj 3", "-1 root 3")
        // 0 Russia 1 and 2 China 3 postponed 4 their 5 meeting: a shared object makes the act mutual
        .sentence("Russia/NNP/LOCATION and/CC China/NNP/LOCATION postponed/VBD/O/postpone their/PRP$ meeting/NN/O/meeting ./.",
            "0 nsubj 3", "1 cc 2", "2 conj:and 0", "2 nsubj 3", "-1 root 3", "4 nmod:poss 5", "5 obj 3")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().filter(e -> e.sentence() == 0).allMatch(e -> e.target() == null), all);
    assertEquals(2, events.stream().filter(e -> e.sentence() == 1 && e.target() != null).count(), all);
  }

  @Test
  void anAppealIsAimedAtWhoeverItsClauseSaysShouldAct() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 demanded 2 that 3 India 4 withdraw
        .sentence("Pakistan/NNP/LOCATION demanded/VBD/O/demand that/IN India/NNP/LOCATION withdraw/VB/O/withdraw ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 4", "3 nsubj 4", "4 ccomp 1")
        .build();
    List<Event> events = code(a);
    assertEquals(1, events.size(), () -> summary(events));
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("10") && e.target() != null
        && e.target().code().value().equals("IND")), () -> summary(events));
  }

  @Test
  void aPurposeClauseNamesTheTargetOfTheAct() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 signed 2 an 3 accord 4 to 5 supply 6 India
        .sentence("Pakistan/NNP/LOCATION signed/VBD/O/sign an/DT accord/NN/O/accord to/TO supply/VB/O/supply India/NNP/LOCATION ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1", "4 mark 5", "5 advcl:to 1", "6 obj 5")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.provenance().triggerText().equals("signed") && e.target() != null
        && e.target().code().value().equals("IND")), () -> summary(events));
  }

  @Test
  void fightingAnIllOrDeployingHelpUsesNoForce() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 China 1 fights 2 corruption
        .sentence("China/NNP/LOCATION fights/VBZ/O/fight corruption/NN ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        // 0 Pakistan 1 deployed 2 rescue 3 teams
        .sentence("Pakistan/NNP/LOCATION deployed/VBD/O/deploy rescue/NN teams/NNS/O/team ./.",
            "0 nsubj 1", "-1 root 1", "2 compound 3", "3 obj 1")
        // 0 Pakistan 1 attacked 2 a 3 base: attacking a place is force
        .sentence("Pakistan/NNP/LOCATION attacked/VBD/O/attack a/DT base/NN ./.", "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1")
        // 0 China 1 fought 2 India
        .sentence("China/NNP/LOCATION fought/VBD/O/fight India/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().noneMatch(e -> e.sentence() == 0 || e.sentence() == 1), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 2 && e.cameo().root().equals("19")), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 3 && e.cameo().root().equals("19")), all);
  }

  @Test
  void aClauseReportedAsParataxisTakesTheSpeakerForItsPronoun() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 told 2 India 3 it 4 can 5 not 6 accept 7 asylum 8 seekers
        .sentence("Pakistan/NNP/LOCATION told/VBD/O/tell India/NNP/LOCATION it/PRP can/MD not/RB accept/VB/O/accept asylum/NN seekers/NNS/O/seeker ./.",
            "0 nsubj 1", "-1 root 1", "2 obj 1", "3 nsubj 6", "4 aux 6", "5 advmod 6", "6 parataxis 1", "7 compound 8", "8 obj 6")
        // 0 Pakistan 1 denied 2 permission
        .sentence("Pakistan/NNP/LOCATION denied/VBD/O/deny permission/NN ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 0 && e.cameo().root().equals("12")
        && e.source().code().value().equals("PAK")), all);
    assertTrue(events.stream().anyMatch(e -> e.sentence() == 1 && e.cameo().value().equals("120")), all);
  }

  @Test
  void anAnnouncedActIsTheClausesOwnNotTheAnnouncements() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 announced 2 it 3 will 4 not 5 lift 6 the 7 ban: a refusal, not an imposed ban
        .sentence("Pakistan/NNP/LOCATION announced/VBD/O/announce it/PRP will/MD not/RB lift/VB/O/lift the/DT ban/NN ./.",
            "0 nsubj 1", "-1 root 1", "2 nsubj 5", "3 aux 5", "4 advmod 5", "5 ccomp 1", "6 det 7", "7 obj 5")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertTrue(events.stream().noneMatch(e -> e.cameo().root().equals("17")), all);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("12")), all);
  }

  @Test
  void callingOnSomeoneToActIsAnAppealToThem() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 China 1 called 2 on 3 India 4 to 5 lift 6 sanctions ("on" parsed as the marker of "lift")
        .sentence("China/NNP/LOCATION called/VBD/O/call on/IN India/NNP/LOCATION to/TO lift/VB/O/lift sanctions/NNS/O/sanction ./.",
            "0 nsubj 1", "-1 root 1", "2 mark 5", "3 nsubj 5", "4 mark 5", "5 advcl:to 1", "6 obj 5")
        .build();
    List<Event> events = code(a);
    String all = summary(events);
    assertEquals(1, events.size(), all);
    assertEquals("02", events.get(0).cameo().root(), all);
    assertEquals("IND", events.get(0).target().code().value(), all);
  }

  @Test
  void anAgentWordTwoCompoundsBeforeANamesHeadNamesTheSource() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 The 1 Pakistani 2 government 3 Accountability 4 Office 5 criticized 6 India
        .sentence("The/DT Pakistani/JJ government/NN Accountability/NN/ORGANIZATION Office/NNP/ORGANIZATION criticized/VBD/O/criticize India/NNP/LOCATION ./.",
            "0 det 4", "1 amod 2", "2 compound 3", "3 compound 4", "4 nsubj 5", "-1 root 5", "6 obj 5")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.cameo().root().equals("11") && e.source().code().value().equals("PAKGOV")),
        () -> summary(events));
  }

  @Test
  void aCompletedActIsTheSubjectsAct() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistan 1 completed 2 the 3 withdrawal
        .sentence("Pakistan/NNP/LOCATION completed/VBD/O/complete the/DT withdrawal/NN/O/withdrawal ./.",
            "0 nsubj 1", "-1 root 1", "2 det 3", "3 obj 1")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().anyMatch(e -> e.provenance().triggerText().equals("withdrawal")
        && e.source().code().value().equals("PAK")), () -> summary(events));
  }

  @Test
  void aJournalistTalkingWithSomeoneIsNoConsultation() {
    AnnotatedArticle a = Annotations.article("d", DAY)
        // 0 Pakistani 1 journalists 2 met 3 India's 4 minister
        .sentence("Pakistani/JJ journalists/NNS/O/journalist met/VBD/O/meet Indian/JJ ministers/NNS/O/minister ./.",
            "0 amod 1", "1 nsubj 2", "-1 root 2", "3 amod 4", "4 obj 2")
        .build();
    List<Event> events = code(a);
    assertTrue(events.stream().noneMatch(e -> e.cameo().root().equals("04")), () -> summary(events));
  }
}
