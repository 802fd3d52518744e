package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.KnownActor;
import org.dyad.model.ActorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownActorStoreTest {
  static final LocalDate D = LocalDate.of(2021, 5, 17);

  static KnownActor learned(String name, String code, LocalDate day) {
    return new KnownActor(name, ActorCode.of(code), "Foreign Minister", day, day, KnownActor.LEARNED, KnownActor.ACTIVE, "doc");
  }

  @Test
  void learnedEntriesAccumulateAndSurviveReopening(@TempDir Path dir) {
    Path file = dir.resolve("s.duckdb");
    try (DyadStore store = DyadStore.open(file)) {
      KnownActorStore k = KnownActorStore.of(store);
      assertEquals(1, k.record(List.of(learned("Shah Mahmood Qureshi", "PAKGOV", D))));
      assertEquals(0, k.record(List.of(learned("Shah Mahmood Qureshi", "PAKGOV", D.plusDays(30)))));
    }
    try (DyadStore store = DyadStore.open(file)) {
      KnownActorStore k = KnownActorStore.of(store);
      List<KnownActor> all = k.list(null, 10, 0);
      assertEquals(1, all.size());
      assertEquals(D, all.get(0).firstSeen());
      assertEquals(D.plusDays(30), all.get(0).lastSeen());
      assertEquals("PAKGOV", k.load().lookup("Qureshi", D).orElseThrow().code().value());
    }
  }

  @Test
  void listFiltersByNameOrCodePrefix() {
    try (DyadStore store = DyadStore.inMemory()) {
      KnownActorStore k = KnownActorStore.of(store);
      k.record(List.of(learned("Shah Mahmood Qureshi", "PAKGOV", D), learned("Antony Blinken", "USAGOV", D)));
      assertEquals(List.of("Shah Mahmood Qureshi"), k.list("qureshi", 10, 0).stream().map(KnownActor::name).toList());
      assertEquals(List.of("Antony Blinken"), k.list("usa", 10, 0).stream().map(KnownActor::name).toList());
      assertEquals(List.of(), k.list("gov", 10, 0), "a code matches from its start only");
      assertEquals(List.of("Shah Mahmood Qureshi"), k.list(null, 1, 1).stream().map(KnownActor::name).toList());
    }
  }

  @Test
  void curatedImportWinsRejectStopsUseAndExportRoundTrips(@TempDir Path dir) throws Exception {
    try (DyadStore store = DyadStore.inMemory()) {
      KnownActorStore k = KnownActorStore.of(store);
      Path curated = dir.resolve("curated.tsv");
      Files.writeString(curated, "# people\n#version\t1\nname\tcode\trole\tfirst_seen\tlast_seen\n"
          + "Imran Khan\tPAKGOV\tPrime Minister\t2018-08-18\t2022-04-10\n");
      assertEquals(1, k.importTsv(curated));
      k.record(List.of(learned("Imran Khan", "PAKOPP", D)));
      assertEquals("PAKGOV", k.load().lookup("Imran Khan", D).orElseThrow().code().value());
      assertEquals(1, k.list(null, 10, 0).size(), "a learned entry does not shadow a curated one");

      k.record(List.of(learned("Antony Blinken", "USAGOV", D)));
      assertEquals(1, k.setStatus("Antony Blinken", KnownActor.REJECTED));
      assertTrue(k.load().lookup("Antony Blinken", D).isEmpty());

      Path out = dir.resolve("out.tsv");
      assertEquals(2, k.exportTsv(out));
      try (DyadStore other = DyadStore.inMemory()) {
        KnownActorStore k2 = KnownActorStore.of(other);
        assertEquals(2, k2.importTsv(out));
        assertEquals(k.list(null, 10, 0), k2.list(null, 10, 0));
      }
      Path bad = dir.resolve("bad.tsv");
      Files.writeString(bad, "name\tcode\nSomeone\tnot-a-code\n");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.importTsv(bad));
      assertTrue(e.getMessage().contains("bad.tsv line 2"), e.getMessage());
    }
  }
}
