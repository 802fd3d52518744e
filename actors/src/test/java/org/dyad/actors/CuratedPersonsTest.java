package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.actors.dict.Group;
import org.dyad.actors.dict.Igo;
import org.dyad.model.ActorCode;
import org.dyad.model.Sectors;
import org.junit.jupiter.api.Test;

/** The built-in curated list of persons ({@code persons.tsv}): its form, its codes and dates, and lookups on it. */
class CuratedPersonsTest {
  static final List<String> INTERNATIONAL = List.of("IGO", "NGO", "IMG", "MNC");
  /** No office in the list may be dated after the list's own version. */
  static final LocalDate VERSION_DATE = LocalDate.of(2026, 11, 29);
  static final LocalDate EARLIEST = LocalDate.of(1940, 1, 1);

  static List<String> rawLines() throws IOException {
    InputStream in = KnownActorsTsv.class.getResourceAsStream(KnownActorsTsv.RESOURCE);
    assertNotNull(in, "persons.tsv is not on the class path");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  static List<KnownActor> readResource() throws IOException {
    InputStream in = KnownActorsTsv.class.getResourceAsStream(KnownActorsTsv.RESOURCE);
    assertNotNull(in, "persons.tsv is not on the class path");
    try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return KnownActorsTsv.read(r, "persons.tsv");
    }
  }

  static Optional<String> code(String name, String date) {
    return KnownActorsTsv.curated().lookup(name, LocalDate.parse(date)).map(k -> k.code().value());
  }

  @Test
  void theFileHasADescriptionAVersionAndTheHeaderAndLoadsAsTheCuratedList() throws IOException {
    List<String> lines = rawLines();
    assertTrue(lines.get(0).startsWith("# "), "first line is a description: " + lines.get(0));
    assertEquals("#version\t2026.11.29-1", lines.get(1));
    assertEquals(String.join("\t", KnownActorsTsv.COLUMNS), lines.get(2));
    for (int i = 3; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        assertEquals(KnownActorsTsv.COLUMNS.size(), line.split("\t", -1).length, "persons.tsv line " + (i + 1) + ": " + line);
      }
    }

    List<KnownActor> entries = readResource();
    assertTrue(entries.size() >= 400, "only " + entries.size() + " persons");
    assertEquals(entries.size(), KnownActorsTsv.curated().entries().size(), "curated() loads the same file");
  }

  @Test
  void everyRowIsACuratedActiveOfficeWithDatesInOrder() throws IOException {
    List<String> problems = new ArrayList<>();
    for (KnownActor k : readResource()) {
      if (!KnownActor.CURATED.equals(k.origin()) || !KnownActor.ACTIVE.equals(k.status()) || k.sourceDoc() != null) {
        problems.add(k.name() + ": not a curated active entry without a source document");
      }
      if (k.role() == null || k.role().isBlank()) {
        problems.add(k.name() + " " + k.code() + ": no role");
      }
      if (k.firstSeen() == null || k.lastSeen() == null) {
        problems.add(k.name() + " " + k.code() + ": first_seen and last_seen are required");
        continue;
      }
      if (k.lastSeen().isBefore(k.firstSeen())) {
        problems.add(k.name() + " " + k.code() + ": last_seen before first_seen");
      }
      if (k.firstSeen().isBefore(EARLIEST) || k.lastSeen().isAfter(VERSION_DATE)) {
        problems.add(k.name() + " " + k.code() + ": dates out of range " + k.firstSeen() + ".." + k.lastSeen());
      }
      if (!k.name().equals(k.name().trim()) || k.name().contains("  ")) {
        problems.add("'" + k.name() + "': stray spaces in the name");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyCodeIsACountryOfTheDictionaryWithKnownSectorsOrAKnownInternationalOrGroupCode() throws IOException {
    ActorDictionary dict = ActorDictionary.loadDefault();
    Set<String> named = new HashSet<>();
    for (Group g : dict.groups()) {
      named.add(g.code().value());
    }
    for (Igo i : dict.igos()) {
      named.add(i.code().value());
    }
    List<String> problems = new ArrayList<>();
    for (KnownActor k : readResource()) {
      ActorCode code = k.code();
      String prefix = code.value().substring(0, 3);
      if (INTERNATIONAL.contains(prefix)) {
        if (!named.contains(code.value())) {
          problems.add(k.name() + ": " + code + " is no code of igos.tsv or groups.tsv");
        }
      } else if (dict.country(code.country()).isEmpty()) {
        problems.add(k.name() + ": " + code + " does not start with a country of countries.tsv");
      } else if (code.sectors().isEmpty()) {
        problems.add(k.name() + ": " + code + " has no sector");
      } else if (!named.contains(code.value()) && !code.sectors().stream().allMatch(Sectors::isSector)) {
        problems.add(k.name() + ": " + code + " has an unknown sector and is no code of groups.tsv");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void noPersonHasTheSameCodeTwiceFromTheSameDate() throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (KnownActor k : readResource()) {
      String key = k.name().toLowerCase(Locale.ROOT) + "|" + k.code().value() + "|" + k.firstSeen();
      if (!seen.add(key)) {
        duplicates.add(key);
      }
    }
    assertTrue(duplicates.isEmpty(), "duplicate rows: " + duplicates);
  }

  @Test
  void wellKnownNamesResolveToTheOfficeHeldOnTheArticleDate() {
    assertEquals(Optional.of("USAGOV"), code("Donald Trump", "2019-06-01"));
    assertEquals(Optional.of("USAGOV"), code("Joe Biden", "2022-03-01"));
    assertEquals(Optional.of("INDGOV"), code("Narendra Modi", "2020-07-01"));
    assertEquals(Optional.of("DEUGOV"), code("Angela Merkel", "2015-09-01"));
    assertEquals(Optional.of("RUSGOV"), code("Vladimir Putin", "2022-02-24"));
    assertEquals(Optional.of("IGOUNO"), code("Antonio Guterres", "2023-10-01"));
    assertEquals(Optional.of("IGOWSTNAT"), code("Jens Stoltenberg", "2022-06-29"));
    assertEquals(Optional.of("RUSOPP"), code("Alexei Navalny", "2021-01-18"));
    assertEquals(Optional.of("IMGMUSISI"), code("Abu Bakr al-Baghdadi", "2014-07-05"));
    assertEquals(Optional.of("LBNREB"), code("Hassan Nasrallah", "2006-07-20"));
  }

  @Test
  void aSurnameAloneResolvesWhenOnlyOneListedPersonHasIt() {
    KnownActor erdogan = KnownActorsTsv.curated().lookup("Erdogan", LocalDate.parse("2010-05-01")).orElseThrow();
    assertEquals("TURGOV", erdogan.code().value());
    assertEquals("Prime Minister", erdogan.role());
    assertEquals("President", KnownActorsTsv.curated().lookup("Erdogan", LocalDate.parse("2018-05-01")).orElseThrow().role());
    assertEquals(Optional.of("GBRGOV"), code("Sadiq Khan", "2020-01-01"));
    assertEquals(Optional.of("PAKGOV"), code("Imran Khan", "2020-01-01"));
    assertTrue(code("Khan", "2020-01-01").isEmpty(), "a surname two listed persons share resolves nothing alone");
  }

  @Test
  void anEntryDoesNotApplyFarFromWhenItsOfficeWasHeld() {
    assertTrue(code("Donald Trump", "2010-06-01").isEmpty(), "before he held any office");
    assertTrue(code("Angela Merkel", "2024-06-01").isEmpty(), "more than two years after she left office");
    assertTrue(code("Nobody In Particular", "2020-01-01").isEmpty());
  }
}
