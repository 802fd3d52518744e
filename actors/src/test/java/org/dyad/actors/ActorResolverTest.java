package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.testkit.Annotations;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.loadDefault());
  static final LocalDate DAY = LocalDate.of(2021, 5, 17);

  private static Actor actor(ResolvedActors r, int sentence, int token) {
    return r.at(sentence, token).orElseThrow(() -> new AssertionError("no actor at s" + sentence + " t" + token)).actor();
  }

  @Test
  void titlesNamesPronounsAndRolesResolveToOneActor() {
    AnnotatedArticle a = Annotations.article("d1", DAY)
        // 0 Foreign 1 Minister 2 Shah 3 Mahmood 4 Qureshi 5 met 6 US 7 Secretary 8 of 9 State 10 Antony 11 Blinken 12 .
        .sentence("Foreign/NNP Minister/NNP Shah/NNP/PERSON Mahmood/NNP/PERSON Qureshi/NNP/PERSON met/VBD/O/meet "
            + "US/NNP/LOCATION Secretary/NNP of/IN State/NNP Antony/NNP/PERSON Blinken/NNP/PERSON ./.",
            "4 nsubj 5", "-1 root 5", "11 obj 5")
        // 0 Mr 1 Qureshi 2 said 3 Pakistan 4 wants 5 ties 6 .
        .sentence("Mr/NNP Qureshi/NNP/PERSON said/VBD/O/say Pakistan/NNP/LOCATION wants/VBZ/O/want ties/NNS/O/tie ./.",
            "1 nsubj 2", "-1 root 2", "3 nsubj 4", "4 ccomp 2")
        // 0 The 1 foreign 2 minister 3 told 4 his 5 US 6 counterpart 7 .
        .sentence("The/DT foreign/JJ minister/NN told/VBD/O/tell his/PRP$ US/NNP/LOCATION counterpart/NN ./.",
            "2 nsubj 3", "-1 root 3", "6 obj 3")
        // 0 He 1 thanked 2 Pakistan 3 .
        .sentence("He/PRP thanked/VBD/O/thank Pakistan/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "1 obj 2")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    Actor qureshi = actor(r, 0, 4);
    assertEquals("PAKGOV", qureshi.code().value(), "a title without a country takes the home country");
    assertEquals("Foreign Minister", qureshi.role());
    assertEquals(qureshi.id(), actor(r, 1, 1).id(), "Mr Qureshi");
    assertEquals(qureshi.id(), actor(r, 2, 2).id(), "the foreign minister");
    assertEquals(qureshi.id(), actor(r, 3, 0).id(), "He");
    Actor blinken = actor(r, 0, 11);
    assertEquals("USAGOV", blinken.code().value());
    assertEquals("Antony Blinken", blinken.name());
    assertEquals(blinken.id(), actor(r, 2, 6).id(), "his US counterpart");
    assertEquals("PAK", r.homeCountry());
    assertEquals("PAK", actor(r, 1, 3).code().value());
  }

  @Test
  void groupsMetonymsAgentsAndCourts() {
    AnnotatedArticle a = Annotations.article("d2", DAY)
        // 0 The 1 Taliban 2 attacked 3 Afghan 4 government 5 forces 6 .
        .sentence("The/DT Taliban/NNP/ORGANIZATION attacked/VBD/O/attack Afghan/JJ government/NN forces/NNS/O/force ./.",
            "1 nsubj 2", "-1 root 2", "5 obj 2")
        // 0 The 1 administration 2 in 3 Washington 4 criticised 5 the 6 Supreme 7 Court 8 .
        .sentence("The/DT administration/NN in/IN Washington/NNP/LOCATION criticised/VBD/O/criticise the/DT "
            + "Supreme/NNP/ORGANIZATION Court/NNP/ORGANIZATION ./.",
            "1 nsubj 4", "-1 root 4", "7 obj 4", "3 nmod:in 1")
        .sentence("Pakistan/NNP/LOCATION and/CC Pakistan/NNP/LOCATION ./.", "-1 root 0")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertEquals("AFGREB", actor(r, 0, 1).code().value());
    assertTrue(actor(r, 0, 4).code().value().startsWith("AFG"), () -> actor(r, 0, 4).toString());
    Actor washington = actor(r, 1, 1);
    assertEquals("USAGOV", washington.code().value(), "Washington stands for the US government");
    assertEquals(washington.id(), actor(r, 1, 3).id());
    assertEquals("PAKJUD", actor(r, 1, 7).code().value());
    assertNotEquals(washington.id(), actor(r, 1, 7).id());
  }

  @Test
  void lowerCaseUsIsNotTheUnitedStatesAndUnknownWordsAreNoActors() {
    AnnotatedArticle a = Annotations.article("d3", DAY)
        .sentence("They/PRP told/VBD/O/tell us/PRP about/IN the/DT weather/NN ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertTrue(r.actors().isEmpty(), () -> r.actors().toString());
    assertFalse(r.at(0, 2).isPresent());
  }

  @Test
  void sameInputGivesTheSameActors() {
    AnnotatedArticle a = Annotations.article("d4", DAY)
        .sentence("Israeli/JJ atrocities/NNS/O/atrocity against/IN Palestinians/NNPS/O/Palestinian ./.",
            "-1 root 1", "0 amod 1", "3 nmod:against 1")
        .build();
    assertEquals(RESOLVER.resolve(a), RESOLVER.resolve(a));
    ResolvedActors r = RESOLVER.resolve(a);
    assertEquals("ISR", actor(r, 0, 0).code().value());
    assertEquals("PSE", actor(r, 0, 3).code().value());
  }
  @Test
  void pluralOfficeHoldersOfACountryAreOneGroupActor() {
    AnnotatedArticle a = Annotations.article("d9", DAY)
        // 0 Palestinian 1 Christian 2 leaders 3 rejected 4 the 5 plan 6 .
        .sentence("Palestinian/JJ Christian/JJ leaders/NNS rejected/VBD/O/reject the/DT plan/NN ./.",
            "2 nsubj 3", "0 amod 2", "1 amod 2", "-1 root 3", "5 obj 3")
        // 0 Iranian 1 ministers 2 met 3 .
        .sentence("Iranian/JJ ministers/NNS met/VBD/O/meet ./.", "1 nsubj 2", "0 amod 1", "-1 root 2")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    Actor leaders = actor(r, 0, 2);
    assertEquals("PSE", leaders.code().value());
    assertEquals("NOMINAL", leaders.type());
    assertEquals(leaders.id(), actor(r, 0, 0).id());
    assertEquals("IRNGOV", actor(r, 1, 1).code().value());
  }
  @Test
  void theSecondPartOfAHyphenatedModifierIsNoActor() {
    AnnotatedArticle a = Annotations.article("d10", DAY)
        // 0 anti 1 - 2 government 3 protesters 4 marched
        .sentence("anti/JJ -/HYPH government/NN protesters/NNS/O/protester marched/VBD/O/march ./.",
            "2 compound 3", "3 nsubj 4", "-1 root 4")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertTrue(r.at(0, 2).isEmpty(), "government in anti-government");
    assertTrue(r.at(0, 3).isPresent(), "protesters");
  }
  @Test
  void membersOfANamedGroupActAsTheGroup() {
    AnnotatedArticle a = Annotations.article("d11", DAY)
        // 0 Taliban 1 fighters 2 attacked 3 .
        .sentence("Taliban/NNP/ORGANIZATION fighters/NNS/O/fighter attacked/VBD/O/attack ./.",
            "0 compound 1", "1 nsubj 2", "-1 root 2")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertEquals("AFGREB", actor(r, 0, 1).code().value());
    assertEquals(actor(r, 0, 0).id(), actor(r, 0, 1).id());
  }

  @Test
  void theSovietUnionIsNamedUnderRussia() {
    AnnotatedArticle a = Annotations.article("d12", DAY)
        // 0 a 1 Soviet 2 refusal
        .sentence("a/DT Soviet/JJ refusal/NN ./.", "0 det 2", "1 amod 2", "-1 root 2")
        .build();
    assertEquals("RUS", actor(RESOLVER.resolve(a), 0, 1).code().value());
  }

  @Test
  void aGroupPossessiveStandsForTheSubjectOfItsClause() {
    AnnotatedArticle a = Annotations.article("d13", DAY)
        // 0 Russia 1 strengthened 2 its 3 forces
        .sentence("Russia/NNP/LOCATION strengthened/VBD/O/strengthen its/PRP$ forces/NNS/O/force ./.",
            "0 nsubj 1", "-1 root 1", "2 nmod:poss 3", "3 obj 1")
        // 0 its 1 embassy 2 said 3 so: a possessive inside the subject is not bound by it
        .sentence("its/PRP$ embassy/NN said/VBD/O/say so/RB ./.", "0 nmod:poss 1", "1 nsubj 2", "-1 root 2", "3 advmod 2")
        // 0 Putin 1 praised 2 its 3 forces: a person is no antecedent of "its"
        .sentence("Putin/NNP/PERSON praised/VBD/O/praise its/PRP$ forces/NNS/O/force ./.",
            "0 nsubj 1", "-1 root 1", "2 nmod:poss 3", "3 obj 1")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertEquals("RUS", actor(r, 0, 2).code().value());
    assertTrue(r.at(1, 0).isEmpty(), "its in its embassy");
    assertTrue(r.at(2, 2).isEmpty(), "its after a person");
  }

  @Test
  void aCapitalThatStartsAnOrganisationsNameIsNoGovernment() {
    AnnotatedArticle a = Annotations.article("d14", DAY)
        // 0 The 1 Moscow 2 Herald 3 reported (a name the dictionary does not know)
        .sentence("The/DT Moscow/NNP/ORGANIZATION Herald/NNP/ORGANIZATION reported/VBD/O/report ./.",
            "0 det 2", "1 compound 2", "2 nsubj 3", "-1 root 3")
        // 0 Washington 1 warned 2 Moscow
        .sentence("Washington/NNP/LOCATION warned/VBD/O/warn Moscow/NNP/LOCATION ./.", "0 nsubj 1", "-1 root 1", "2 obj 1")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertTrue(r.at(0, 1).isEmpty(), "Moscow in The Moscow Herald");
    assertEquals("USAGOV", actor(r, 1, 0).code().value());
  }

  @Test
  void anAgentWordUsedAsAnAdjectiveNamesNoActor() {
    AnnotatedArticle a = Annotations.article("d15", DAY)
        // 0 his 1 first 2 official 3 visit
        .sentence("his/PRP$ first/JJ official/JJ visit/NN ./.", "0 nmod:poss 3", "1 amod 3", "2 amod 3", "-1 root 3")
        // 0 the 1 official 2 said
        .sentence("the/DT official/NN said/VBD/O/say ./.", "0 det 1", "1 nsubj 2", "-1 root 2")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertTrue(r.at(0, 2).isEmpty(), "official as an adjective");
    assertTrue(r.at(1, 1).isPresent(), "official as a noun");
  }

  @Test
  void theNamedHolderOfAGroupsOfficeIsAPersonWithTheGroupsCode() {
    AnnotatedArticle a = Annotations.article("d16", DAY)
        // 0 State 1 Department 2 spokeswoman 3 Heather 4 Nauert 5 said 6 so, in an article about Greece
        .sentence("State/NNP/ORGANIZATION Department/NNP/ORGANIZATION spokeswoman/NN Heather/NNP/PERSON Nauert/NNP/PERSON said/VBD/O/say so/RB ./.",
            "0 compound 1", "1 compound 4", "2 compound 4", "3 compound 4", "4 nsubj 5", "-1 root 5", "6 advmod 5")
        .sentence("Greece/NNP/LOCATION and/CC Greece/NNP/LOCATION ./.", "-1 root 0", "2 conj 0")
        .build();
    Actor nauert = actor(RESOLVER.resolve(a), 0, 4);
    assertEquals("PERSON", nauert.type());
    assertEquals("Heather Nauert", nauert.name());
    assertEquals("USAGOV", nauert.code().value());
  }

  @Test
  void anOfficeForANamedGroupIsOneOfItsMembers() {
    AnnotatedArticle a = Annotations.article("d17", DAY)
        // 0 A 1 spokesman 2 for 3 the 4 Taliban 5 claimed 6 responsibility
        .sentence("A/DT spokesman/NN for/IN the/DT Taliban/NNP/ORGANIZATION claimed/VBD/O/claim responsibility/NN ./.",
            "0 det 1", "1 nsubj 5", "2 case 4", "3 det 4", "4 nmod:for 1", "-1 root 5", "6 obj 5")
        .build();
    ResolvedActors r = RESOLVER.resolve(a);
    assertEquals("AFGREB", actor(r, 0, 1).code().value());
    assertEquals(actor(r, 0, 1).id(), actor(r, 0, 4).id());
  }
}
