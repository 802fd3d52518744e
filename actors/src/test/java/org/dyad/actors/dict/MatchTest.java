package org.dyad.actors.dict;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.ActorCode;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** Matching hand-made token lists against the built-in dictionary. */
class MatchTest {
  private final ActorDictionary d = ActorDictionary.loadDefault();

  private List<DictionaryMatch> match(String text) {
    return d.match(Toks.of(text));
  }

  private static Agent agent(DictionaryMatch m) {
    return assertInstanceOf(Agent.class, m.entry(), m.toString());
  }

  private static CountryRef country(DictionaryMatch m) {
    return assertInstanceOf(CountryRef.class, m.entry(), m.toString());
  }

  private static void span(DictionaryMatch m, int first, int last, String text) {
    assertEquals(first, m.firstToken(), m.toString());
    assertEquals(last, m.lastToken(), m.toString());
    assertEquals(text, m.text());
  }

  @Test
  void foreignMinisterTitle() {
    List<DictionaryMatch> ms = match("Foreign Minister Shah Mahmood Qureshi");
    assertEquals(1, ms.size(), ms.toString());
    span(ms.get(0), 0, 1, "Foreign Minister");
    Agent a = agent(ms.get(0));
    assertEquals(AgentKind.TITLE, a.kind());
    assertEquals(List.of("GOV"), a.sectors());
    assertEquals("Foreign Minister", a.role());
  }

  @Test
  void usSecretaryOfState() {
    List<DictionaryMatch> ms = match("US Secretary of State Antony Blinken");
    assertEquals(2, ms.size(), ms.toString());
    span(ms.get(0), 0, 0, "US");
    CountryRef us = country(ms.get(0));
    assertEquals("USA", us.country().iso3());
    assertTrue(us.form() == CountryForm.NAME || us.form() == CountryForm.ADJECTIVE);
    span(ms.get(1), 1, 3, "Secretary of State");
    assertEquals("secretary of state", agent(ms.get(1)).phrase());
    assertEquals(List.of("GOV"), agent(ms.get(1)).sectors());
  }

  @Test
  void armyChiefAndRank() {
    List<DictionaryMatch> ms = match("Army Chief Gen Qamar Bajwa");
    assertEquals(2, ms.size(), ms.toString());
    span(ms.get(0), 0, 1, "Army Chief");
    assertEquals(List.of("MIL"), agent(ms.get(0)).sectors());
    assertEquals(AgentKind.TITLE, agent(ms.get(0)).kind());
    span(ms.get(1), 2, 2, "Gen");
    assertEquals(AgentKind.HONORIFIC, agent(ms.get(1)).kind());
    assertEquals(List.of("MIL"), agent(ms.get(1)).sectors());
    // with the abbreviation period and a hyphenated rank as a tokenizer splits it
    List<DictionaryMatch> ms2 = match("Lt - Gen. Asim Munir");
    assertEquals(1, ms2.size(), ms2.toString());
    span(ms2.get(0), 0, 2, "Lt - Gen.");
    assertEquals("Lt Gen", agent(ms2.get(0)).role());
  }

  @Test
  void supremeCourt() {
    List<DictionaryMatch> ms = match("the Supreme Court");
    assertEquals(1, ms.size());
    span(ms.get(0), 1, 2, "Supreme Court");
    assertEquals(List.of("JUD"), agent(ms.get(0)).sectors());
    assertEquals(AgentKind.ORG, agent(ms.get(0)).kind());
  }

  @Test
  void foreignOfficeAndFo() {
    DictionaryMatch long_ = match("the Foreign Office said").get(0);
    DictionaryMatch short_ = match("the FO said").get(0);
    span(long_, 1, 2, "Foreign Office");
    span(short_, 1, 1, "FO");
    assertSame(long_.entry(), short_.entry());
    assertEquals(List.of("GOV"), agent(short_).sectors());
    assertEquals(AgentKind.ORG, agent(short_).kind());
    assertTrue(match("fo").isEmpty());
  }

  @Test
  void taliban() {
    List<DictionaryMatch> ms = match("the Taliban");
    assertEquals(1, ms.size());
    Group g = assertInstanceOf(Group.class, ms.get(0).entry());
    assertEquals(ActorCode.of("AFGREB"), g.code());
    assertEquals("Taliban", g.name());
  }

  @Test
  void afghanGovernment() {
    List<DictionaryMatch> ms = match("Afghan government");
    assertEquals(2, ms.size());
    assertEquals("AFG", country(ms.get(0)).country().iso3());
    assertEquals(CountryForm.ADJECTIVE, country(ms.get(0)).form());
    assertEquals(List.of("GOV"), agent(ms.get(1)).sectors());
    assertEquals(AgentKind.AGENT, agent(ms.get(1)).kind());
  }

  @Test
  void administrationInWashington() {
    List<DictionaryMatch> ms = match("the new administration in Washington");
    assertEquals(2, ms.size(), ms.toString());
    span(ms.get(0), 2, 2, "administration");
    assertEquals(List.of("GOV"), agent(ms.get(0)).sectors());
    span(ms.get(1), 4, 4, "Washington");
    assertEquals("USA", country(ms.get(1)).country().iso3());
    assertEquals(CountryForm.METONYM, country(ms.get(1)).form());
  }

  @Test
  void israeliAndPalestinians() {
    List<DictionaryMatch> ms = match("Israeli atrocities against Palestinians");
    assertEquals(2, ms.size(), ms.toString());
    assertEquals("ISR", country(ms.get(0)).country().iso3());
    assertEquals(CountryForm.ADJECTIVE, country(ms.get(0)).form());
    assertEquals("PSE", country(ms.get(1)).country().iso3());
    assertEquals(CountryForm.ADJECTIVE, country(ms.get(1)).form());
    span(ms.get(1), 3, 3, "Palestinians");
  }

  @Test
  void longestMatchWins() {
    List<DictionaryMatch> ms = match("the United States");
    assertEquals(1, ms.size());
    span(ms.get(0), 1, 2, "United States");
    assertEquals("USA", country(ms.get(0)).country().iso3());
    ms = match("the United States of America and the United Kingdom");
    assertEquals(2, ms.size(), ms.toString());
    span(ms.get(0), 1, 4, "United States of America");
    span(ms.get(1), 7, 8, "United Kingdom");
    assertEquals("GBR", country(ms.get(1)).country().iso3());
    // a group name beats the agent words inside it
    ms = match("Islamabad High Court judge");
    span(ms.get(0), 0, 2, "Islamabad High Court");
    assertEquals(ActorCode.of("PAKJUD"), ((Group) ms.get(0).entry()).code());
    assertEquals("Judge", agent(ms.get(1)).role());
  }

  @Test
  void pronounUsIsNotTheUsa() {
    assertTrue(match("let us talk to them").isEmpty());
    assertTrue(match("Us and them").isEmpty());
    assertEquals("USA", country(match("the US embassy").get(0)).country().iso3());
    assertEquals("USA", country(match("U.S. troops").get(0)).country().iso3());
    assertTrue(match("who said").isEmpty(), "WHO is an acronym");
    assertEquals("World Health Organization", ((Igo) match("the WHO said").get(0).entry()).name());
  }

  @Test
  void lemmaMatchesPlural() {
    List<DictionaryMatch> ms = match("Houthi rebels/rebel attacked");
    assertEquals(2, ms.size(), ms.toString());
    assertEquals(ActorCode.of("YEMREB"), ((Group) ms.get(0).entry()).code());
    assertEquals(List.of("REB"), agent(ms.get(1)).sectors());
    // a plural the file does not list, found through the lemma only
    assertTrue(match("emperors").isEmpty(), "the file lists only 'emperor'");
    assertEquals("Emperor", agent(match("emperors/emperor").get(0)).role());
    // only a noun's lemma counts
    assertTrue(d.match(List.of(new Token(0, "emperors", "emperor", "VBZ", "O", 0, 8))).isEmpty());
    assertEquals(1, d.match(List.of(new Token(0, "emperors", "emperor", "NNS", "O", 0, 8))).size());
    assertEquals(1, d.match(List.of(new Token(0, "emperors", "emperor", "", "O", 0, 8))).size());
    // the lemma is not used for exact-case acronyms
    assertTrue(match("us/US").isEmpty());
  }

  @Test
  void hyphensAndPossessivesWhateverTheTokenizer() {
    DictionaryMatch split = match("Tehrik - i - Taliban Pakistan claimed").get(0);
    span(split, 0, 5, "Tehrik - i - Taliban Pakistan");
    DictionaryMatch joined = match("Tehrik-i-Taliban Pakistan claimed").get(0);
    span(joined, 0, 1, "Tehrik-i-Taliban Pakistan");
    assertSame(split.entry(), joined.entry());
    assertEquals(ActorCode.of("PAKREB"), ((Group) joined.entry()).code());
    assertEquals(ActorCode.of("CHNMIL"), ((Group) match("the People 's Liberation Army").get(0).entry()).code());
    assertEquals(ActorCode.of("CHNMIL"), ((Group) match("the People's Liberation Army").get(0).entry()).code());
    assertEquals("CIV", country(match("Côte d’Ivoire").get(0)).country().iso3());
    // a phrase never ends inside a token
    List<DictionaryMatch> ms = match("US-backed forces");
    assertEquals(1, ms.size(), ms.toString());
    assertEquals("Forces", agent(ms.get(0)).role());
    ms = match("US - backed forces");
    assertEquals(2, ms.size(), ms.toString());
    assertEquals("USA", country(ms.get(0)).country().iso3());
  }

  @Test
  void textKeepsTheOriginalSpacing() {
    // "PML-N" written without spaces: offsets are adjacent, so no space is inserted
    List<Token> tokens = List.of(
        new Token(0, "PML", "PML", "NNP", "O", 10, 13),
        new Token(1, "-", "-", "HYPH", "O", 13, 14),
        new Token(2, "N", "N", "NNP", "O", 14, 15),
        new Token(3, "leaders", "leader", "NNS", "O", 16, 23));
    List<DictionaryMatch> ms = d.match(tokens);
    assertEquals(2, ms.size(), ms.toString());
    span(ms.get(0), 0, 2, "PML-N");
    span(ms.get(1), 3, 3, "leaders");
  }

  @Test
  void emptyAndUnknown() {
    assertTrue(d.match(List.of()).isEmpty());
    assertTrue(match("nothing to see here").isEmpty());
    assertTrue(match("- -").isEmpty());
  }

  @Test
  void matchesAreOrderedAndDisjointOnRandomText() {
    String[] words = {"the", "US", "us", "United", "States", "of", "America", "Foreign", "Minister", "Office",
        "army", "chief", "Gen", "Taliban", "Pakistani", "rebels", "-", "i", "Tehrik", "Pakistan", "'s", "People",
        "Liberation", "Army", "Supreme", "Court", "said", "in", "Washington", "UN", "Security", "Council"};
    Random rnd = new Random(42);
    int found = 0;
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + rnd.nextInt(25);
      for (int i = 0; i < len; i++) {
        sb.append(words[rnd.nextInt(words.length)]).append(' ');
      }
      List<DictionaryMatch> ms = match(sb.toString());
      int prevLast = -1;
      for (DictionaryMatch m : ms) {
        assertTrue(m.firstToken() > prevLast, ms.toString());
        assertTrue(m.lastToken() < len);
        prevLast = m.lastToken();
        found++;
      }
    }
    assertTrue(found > 2000);
  }

  @Test
  void threadSafeAndFast() throws Exception {
    List<List<Token>> sentences = new ArrayList<>();
    String[] samples = {
        "Foreign Minister Shah Mahmood Qureshi told the National Assembly on Tuesday that Pakistan wants peace with India",
        "US Secretary of State Antony Blinken met Afghan Taliban leaders in Doha as rebels/rebel clashed with troops",
        "Army Chief Gen Qamar Bajwa said the armed forces would support the civilian government in Islamabad",
        "The UN Security Council condemned the attack claimed by the TTP in Khyber Pakhtunkhwa province"};
    for (int i = 0; i < 20_000; i++) {
      sentences.add(Toks.of(samples[i % samples.length]));
    }
    List<List<DictionaryMatch>> expected = new ArrayList<>();
    for (List<Token> s : sentences) {
      expected.add(d.match(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> fs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        fs.add(pool.submit(() -> {
          for (int i = 0; i < sentences.size(); i++) {
            if (!d.match(sentences.get(i)).equals(expected.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : fs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
    long t0 = System.nanoTime();
    int total = 0;
    for (List<Token> s : sentences) {
      total += d.match(s).size();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(total > 20_000);
    // 20,000 sentences of ~18 tokens: far under a second on any machine; 5 s catches a pathological matcher
    assertTrue(ms < 5_000, "matching took " + ms + " ms");
  }
}
