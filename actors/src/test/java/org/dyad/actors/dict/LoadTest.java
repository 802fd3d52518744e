package org.dyad.actors.dict;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.ActorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading users' own dictionaries from a folder, and the errors for malformed files. */
class LoadTest {
  @TempDir Path dir;

  private static final String COUNTRIES = "# test countries\n#version\tc1\n"
      + "iso3\tiso2\tname\taliases\tadjectives\tcapital\tcapital_lat\tcapital_lon\tmetonyms\n"
      + "PAK\tPK\tPakistan\t\tPakistani|Pakistanis\tIslamabad\t33.68\t73.05\tIslamabad\n"
      + "# a comment row\n"
      + "\n"
      + "USA\tUS\tUnited States\tUS|America\tAmerican\tWashington\t38.9\t-77.04\tWashington|White House\n";
  private static final String AGENTS = "# test agents\n#version\ta1\nphrase\tsectors\tkind\trole\n"
      + "rebel\tREB\tAGENT\tRebels\n"
      + "foreign minister|FM\tGOV\tTITLE\tForeign Minister\n"
      + "spokesman\t\tTITLE\tSpokesman\n";
  private static final String GROUPS = "# test groups\n#version\tg1\ncode\tname\taliases\n"
      + "PAKREB\tTehrik-i-Taliban Pakistan\tTTP\n"
      + "IMGMUSALQ\tal-Qaeda\t\n";
  private static final String IGOS = "# test igos\n#version\ti1\ncode\tname\taliases\n"
      + "IGOUNO\tUnited Nations\tUN\n";

  @BeforeEach
  void writeValid() throws IOException {
    write("countries.tsv", COUNTRIES);
    write("agents.tsv", AGENTS);
    write("groups.tsv", GROUPS);
    write("igos.tsv", IGOS);
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  /** Writes the valid set with one file replaced, and expects loading to fail. */
  private DictionaryException broken(String file, String text) throws IOException {
    writeValid();
    write(file, text);
    return assertThrows(DictionaryException.class, () -> ActorDictionary.load(dir));
  }

  private static void assertError(DictionaryException e, String file, int line, String reasonPart) {
    assertEquals(file, e.file(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.reason().contains(reasonPart), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + (line > 0 ? ":" + line : "") + ": "), e.getMessage());
  }

  @Test
  void loadsAFolder() {
    ActorDictionary d = ActorDictionary.load(dir);
    assertEquals("countries=c1;agents=a1;groups=g1;igos=i1", d.version());
    assertEquals(2, d.countries().size());
    assertEquals(List.of("PAK", "USA"), d.countries().stream().map(Country::iso3).toList());
    assertEquals(3, d.agents().size());
    assertTrue(d.agents().get(2).sectors().isEmpty());
    assertEquals(ActorCode.of("IMGMUSALQ"), d.groups().get(1).code());
    assertEquals("United Nations", d.igos().get(0).name());
    assertEquals(4 + 6 + 4 + 3 + 2, d.phraseCount());
  }

  @Test
  void pluralThroughLemmaOnly() {
    ActorDictionary d = ActorDictionary.load(dir);
    List<DictionaryMatch> ms = d.match(Toks.of("Pakistani rebels/rebel and al-Qaeda"));
    assertEquals(3, ms.size(), ms.toString());
    assertEquals("Rebels", ((Agent) ms.get(1).entry()).role());
    assertEquals("rebels", ms.get(1).text());
    assertTrue(d.match(Toks.of("rebels")).isEmpty(), "without the lemma the plural is unknown here");
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(dir.resolve("groups.tsv"));
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.load(dir));
    assertError(e, "groups.tsv", 0, "cannot read");
  }

  @Test
  void emptyFile() throws IOException {
    assertError(broken("igos.tsv", ""), "igos.tsv", 1, "empty file");
  }

  @Test
  void firstLineMustBeAComment() throws IOException {
    assertError(broken("igos.tsv", IGOS.replace("# test igos", "test igos")), "igos.tsv", 1, "first line");
    assertError(broken("igos.tsv", IGOS.replace("# test igos", "#")), "igos.tsv", 1, "first line");
  }

  @Test
  void versionLine() throws IOException {
    assertError(broken("agents.tsv", AGENTS.replace("#version\ta1", "# version a1")), "agents.tsv", 2, "#version");
    assertError(broken("agents.tsv", AGENTS.replace("#version\ta1", "#version\t")), "agents.tsv", 2, "bad version");
  }

  @Test
  void header() throws IOException {
    assertError(broken("agents.tsv", AGENTS.replace("phrase\tsectors\tkind\trole", "phrase\tsector\tkind\trole")),
        "agents.tsv", 3, "header must be phrase<TAB>sectors<TAB>kind<TAB>role");
  }

  @Test
  void columnCount() throws IOException {
    assertError(broken("agents.tsv", AGENTS + "troops\tMIL\tAGENT\n"), "agents.tsv", 7, "expected 4 tab-separated columns");
    assertError(broken("groups.tsv", GROUPS + "AFGREB\tTaliban\t\textra\n"), "groups.tsv", 6, "found 4");
  }

  @Test
  void agentValues() throws IOException {
    assertError(broken("agents.tsv", AGENTS + "troops\tXYZ\tAGENT\tTroops\n"), "agents.tsv", 7, "unknown sector 'XYZ'");
    assertError(broken("agents.tsv", AGENTS + "troops\tIGO\tAGENT\tTroops\n"), "agents.tsv", 7, "unknown sector 'IGO'");
    assertError(broken("agents.tsv", AGENTS + "troops\tMIL\tPERSON\tTroops\n"), "agents.tsv", 7, "unknown kind 'PERSON'");
    assertError(broken("agents.tsv", AGENTS + "troops\tMIL\tAGENT\t\n"), "agents.tsv", 7, "empty role");
    assertError(broken("agents.tsv", AGENTS + "Troops\tMIL\tAGENT\tTroops\n"), "agents.tsv", 7, "must be lower case");
    assertError(broken("agents.tsv", AGENTS + "troops||soldiers\tMIL\tAGENT\tTroops\n"), "agents.tsv", 7, "empty value in phrase");
    assertError(broken("agents.tsv", AGENTS + "\tMIL\tAGENT\tTroops\n"), "agents.tsv", 7, "empty phrase");
  }

  @Test
  void countryValues() throws IOException {
    String row = "IND\tIN\tIndia\t\tIndian\tNew Delhi\t%s\t%s\tNew Delhi\n";
    assertError(broken("countries.tsv", COUNTRIES + row.formatted("95", "77")), "countries.tsv", 8, "capital_lat 95 is outside");
    assertError(broken("countries.tsv", COUNTRIES + row.formatted("28", "-181")), "countries.tsv", 8, "capital_lon -181 is outside");
    assertError(broken("countries.tsv", COUNTRIES + row.formatted("north", "77")), "countries.tsv", 8, "not a number");
    assertError(broken("countries.tsv", COUNTRIES + row.formatted("", "77")), "countries.tsv", 8, "empty capital_lat");
    assertError(broken("countries.tsv", COUNTRIES + row.replace("IND\tIN", "Ind\tIN").formatted("28", "77")),
        "countries.tsv", 8, "iso3 must be three capital letters");
    assertError(broken("countries.tsv", COUNTRIES + row.replace("IND\tIN", "IND\tIND").formatted("28", "77")),
        "countries.tsv", 8, "iso2 must be two capital letters");
    assertError(broken("countries.tsv", COUNTRIES + row.replace("IND\tIN", "PAK\tIN").formatted("28", "77")),
        "countries.tsv", 8, "duplicate iso3 PAK");
    assertError(broken("countries.tsv", COUNTRIES + row.replace("IND\tIN", "IND\tPK").formatted("28", "77")),
        "countries.tsv", 8, "duplicate iso2 PK");
    assertError(broken("countries.tsv", COUNTRIES + row.replace("IND\tIN", "IGO\tIN").formatted("28", "77")),
        "countries.tsv", 8, "international prefix");
  }

  @Test
  void codes() throws IOException {
    assertError(broken("groups.tsv", GROUPS + "AFGREBX\tTaliban\t\n"), "groups.tsv", 6, "bad actor code");
    assertError(broken("groups.tsv", GROUPS + "AFGREB\tTaliban\t\n"), "groups.tsv", 6, "neither a country of countries.tsv");
    assertError(broken("groups.tsv", GROUPS + "REBXYZ\tSomeone\t\n"), "groups.tsv", 6, "starts with 'REB'");
    assertError(broken("groups.tsv", GROUPS + "PAKREB\t\tsomething\n"), "groups.tsv", 6, "empty name");
    assertError(broken("igos.tsv", IGOS + "PAKGOV\tGovernment of Pakistan\t\n"), "igos.tsv", 5, "international prefix");
  }

  @Test
  void duplicatePhrases() throws IOException {
    DictionaryException e = broken("agents.tsv", AGENTS + "rebels|rebel\tREB\tAGENT\tRebels\n");
    assertError(e, "agents.tsv", 7, "duplicate phrase 'rebel': already at agents.tsv:4");
    // the same phrase, cut differently, is the same phrase
    assertError(broken("groups.tsv", GROUPS + "IMGMUSALQ\tal Qaeda\t\n"), "groups.tsv", 6,
        "duplicate phrase 'al Qaeda': already at groups.tsv:5 as 'al-Qaeda'");
    // across files
    assertError(broken("igos.tsv", IGOS + "IGOUNO\tUN Security Council\tTTP\n"), "igos.tsv", 5, "already at groups.tsv:4");
    // a country adjective that is also an agent word is a duplicate too
    assertError(broken("agents.tsv", AGENTS + "american\tGOV\tAGENT\tAmerican\n"), "agents.tsv", 7,
        "already at countries.tsv:7 as 'American'");
    // within one country row
    assertError(broken("countries.tsv", COUNTRIES.replace("\tAmerican\t", "\tAmerican|America\t")), "countries.tsv", 7,
        "duplicate phrase 'America'");
  }

  @Test
  void acronymCaseIsKeptButFoldedForDuplicates() throws IOException {
    assertError(broken("agents.tsv", AGENTS + "fm\tGOV\tTITLE\tFM\n"), "agents.tsv", 7, "duplicate phrase 'fm'");
    writeValid();
    ActorDictionary d = ActorDictionary.load(dir);
    assertEquals(1, d.match(Toks.of("FM Qureshi")).size());
    assertTrue(d.match(Toks.of("fm radio")).isEmpty());
    assertTrue(d.match(Toks.of("join us")).isEmpty());
  }

  @Test
  void byteOrderMarkIsIgnored() throws IOException {
    write("igos.tsv", "\uFEFF" + IGOS);
    assertEquals(1, ActorDictionary.load(dir).igos().size());
  }
}
