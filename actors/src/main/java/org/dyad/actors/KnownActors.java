package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;

/**
 * An immutable snapshot of the persons Dyad knows across articles, looked up by full name or by
 * an unambiguous surname, on a date. Curated entries win over learned ones; a learned entry never
 * replaces a curated one. Thread-safe.
 */
public final class KnownActors {
  private static final KnownActors EMPTY = new KnownActors(List.of());

  private final List<KnownActor> entries;
  private final Map<String, List<KnownActor>> byName = new HashMap<>();
  private final Map<String, List<KnownActor>> bySurname = new HashMap<>();

  private KnownActors(List<KnownActor> entries) {
    this.entries = List.copyOf(entries);
    for (KnownActor k : this.entries) {
      if (KnownActor.REJECTED.equals(k.status())) {
        continue;
      }
      byName.computeIfAbsent(norm(k.name()), x -> new ArrayList<>()).add(k);
      bySurname.computeIfAbsent(surname(k.name()), x -> new ArrayList<>()).add(k);
    }
  }

  public static KnownActors empty() {
    return EMPTY;
  }

  public static KnownActors of(Collection<KnownActor> entries) {
    return entries.isEmpty() ? EMPTY : new KnownActors(new ArrayList<>(entries));
  }

  /** Both snapshots' entries together (lookups prefer curated entries, then the most recently seen). */
  public KnownActors plus(KnownActors other) {
    if (other.entries.isEmpty()) {
      return this;
    }
    if (entries.isEmpty()) {
      return other;
    }
    List<KnownActor> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new KnownActors(all);
  }

  public List<KnownActor> entries() {
    return entries;
  }

  /**
   * The active entry for a name on a date: an exact full-name match, else a surname that only one
   * known person has ("Qureshi"), or a full name whose surname only one known person has and whose
   * given name begins alike ("Sergey" for "Sergei"); curated before learned, then the most recently seen.
   */
  public Optional<KnownActor> lookup(String name, LocalDate date) {
    List<KnownActor> hits = byName.getOrDefault(norm(name), List.of());
    if (hits.isEmpty()) {
      List<KnownActor> same = bySurname.getOrDefault(surname(name), List.of());
      long people = same.stream().map(k -> norm(k.name())).distinct().count();
      if (!name.trim().contains(" ")) {
        if (people > 1) {
          return Optional.empty();
        }
        hits = same;
      } else if (people == 1 && givenNamesAlike(norm(name), norm(same.get(0).name()))) {
        // "Sergey Lavrov" for "Sergei Lavrov": the one known person of that surname whose given name is
        // spelled alike
        hits = same;
      }
    }
    return hits.stream()
        .filter(k -> KnownActor.ACTIVE.equals(k.status()))
        .filter(k -> k.validOn(date))
        .min((a, b) -> {
          // an office held on the date beats one held near it
          int holds = Boolean.compare(!holds(a, date), !holds(b, date));
          if (holds != 0) {
            return holds;
          }
          int origin = Boolean.compare(!KnownActor.CURATED.equals(a.origin()), !KnownActor.CURATED.equals(b.origin()));
          if (origin != 0) {
            return origin;
          }
          LocalDate la = a.lastSeen() == null ? LocalDate.MIN : a.lastSeen();
          LocalDate lb = b.lastSeen() == null ? LocalDate.MIN : b.lastSeen();
          return lb.compareTo(la);
        });
  }

  /** True when two full names' given names begin with the same two letters ("sergey" and "sergei"). */
  private static boolean givenNamesAlike(String name, String known) {
    String[] a = name.split(" ");
    String[] b = known.split(" ");
    return b.length > 1 && a[0].length() >= 2 && b[0].length() >= 2 && a[0].substring(0, 2).equals(b[0].substring(0, 2));
  }


  /**
   * What an article teaches: each person introduced with a title and a name of two or more words
   * whose code comes from the text itself (not from another known entry).
   */
  public static List<KnownActor> learn(List<Actor> actors, LocalDate date, String docId) {
    List<KnownActor> out = new ArrayList<>();
    for (Actor a : actors) {
      if (!"PERSON".equals(a.type()) || a.role() == null || a.name().trim().split("\\s+").length < 2) {
        continue;
      }
      if (a.codeSource() == null || a.codeSource().startsWith("known") || a.code().sectors().isEmpty()
          || a.code().country().isEmpty()) {
        continue;
      }
      out.add(new KnownActor(a.name(), a.code(), a.role(), date, date, KnownActor.LEARNED, KnownActor.ACTIVE, docId));
    }
    return out;
  }

  /**
   * This snapshot with learned entries added: a learned person already known with the same code
   * widens its dates; one that a curated entry names is left out; a new one is added.
   */
  public KnownActors withLearned(Collection<KnownActor> learned) {
    Map<String, KnownActor> merged = new LinkedHashMap<>();
    for (KnownActor k : entries) {
      merged.put(key(k), k);
    }
    for (KnownActor k : learned) {
      boolean curated = entries.stream().anyMatch(e -> KnownActor.CURATED.equals(e.origin()) && norm(e.name()).equals(norm(k.name())));
      if (curated) {
        continue;
      }
      KnownActor old = merged.get(key(k));
      if (old == null) {
        merged.put(key(k), k);
      } else {
        LocalDate first = min(old.firstSeen(), k.firstSeen());
        LocalDate last = max(old.lastSeen(), k.lastSeen());
        merged.put(key(k), new KnownActor(old.name(), old.code(), old.role() != null ? old.role() : k.role(), first, last,
            old.origin(), old.status(), old.sourceDoc()));
      }
    }
    return new KnownActors(new ArrayList<>(merged.values()));
  }

  private static boolean holds(KnownActor k, LocalDate date) {
    return date != null && (k.firstSeen() == null || !date.isBefore(k.firstSeen()))
        && (k.lastSeen() == null || !date.isAfter(k.lastSeen()));
  }

  private static String key(KnownActor k) {
    return norm(k.name()) + "|" + k.code().value() + "|" + k.origin();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  /** Lower case, single spaces, accents folded ("Erdoğan" = "Erdogan"). */
  static String norm(String name) {
    String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.replace('ı', 'i').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The last word, without an Arabic article ("al-Sisi" and "Sisi" are both "sisi"). */
  static String surname(String name) {
    String[] parts = norm(name).split(" ");
    return parts[parts.length - 1].replaceFirst("^(al|el|ad|ash|as|at|az|an|ar)-", "");
  }
}
