package org.dyad.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.ActorCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Sectors;

/**
 * Label helpers shared by the schemes: actor countries, CAMEO roots, the five-class grouping of
 * CAMEO roots and the "top" event of a record. Stateless.
 */
public final class Labels {
  private Labels() {}

  /** The mark for "no actor" (no target, a null code). */
  public static final String NONE = "---";

  /**
   * The country block of an actor code as written in gold or by Dyad: its first three letters,
   * or {@link #NONE} when the code is empty, null-coded or starts with a sector (no country).
   */
  public static String country(String code) {
    if (code == null) {
      return NONE;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() < 3 || c.chars().allMatch(ch -> ch == '-')) {
      return NONE;
    }
    String first = c.substring(0, 3);
    return Sectors.isSector(first) ? NONE : first;
  }

  /** An actor code as a label: upper case, {@link #NONE} for none. */
  public static String actor(String code) {
    if (code == null || code.isBlank() || code.strip().chars().allMatch(ch -> ch == '-')) {
      return NONE;
    }
    return code.strip().toUpperCase(Locale.ROOT);
  }

  public static String actor(Participant p) {
    return p == null ? NONE : actor(p.code().value());
  }

  public static String country(Participant p) {
    return p == null ? NONE : country(p.code().value());
  }

  public static String country(ActorCode c) {
    return c == null ? NONE : country(c.value());
  }

  /** The two-digit root of a code as written ("0231" → "02"); the code itself when shorter. */
  public static String root(String code) {
    String c = code.strip();
    return c.length() >= 2 ? c.substring(0, 2) : c;
  }

  /**
   * The five classes of the ConfliBERT CAMEO corpus: 0 = roots 01–02 (statements, appeals),
   * 1 = 03–05 (intent to cooperate, consultation, diplomatic cooperation), 2 = 06–08 (material
   * cooperation, aid, yielding), 3 = 09–13 and 16 (investigation, demands, disapproval,
   * rejection, threats, reduced relations), 4 = 14–15 and 17–20 (protest, force posture,
   * coercion, assault, fighting, mass violence).
   *
   * @return the class digit, or empty for a root outside 01–20
   */
  public static Optional<String> pentaClass(String root) {
    int r;
    try {
      r = Integer.parseInt(root(root));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (r >= 1 && r <= 2) {
      return Optional.of("0");
    }
    if (r >= 3 && r <= 5) {
      return Optional.of("1");
    }
    if (r >= 6 && r <= 8) {
      return Optional.of("2");
    }
    if ((r >= 9 && r <= 13) || r == 16) {
      return Optional.of("3");
    }
    if (r == 14 || r == 15 || (r >= 17 && r <= 20)) {
      return Optional.of("4");
    }
    return Optional.empty();
  }

  /**
   * The record's main event: the one with the highest confidence; among equals, the first in
   * Dyad's order (sentence, then position of the trigger).
   */
  public static Optional<Event> top(CodedArticle coded) {
    List<Event> events = coded.events();
    Event best = null;
    for (Event e : events) {
      if (best == null || e.provenance().confidence() > best.provenance().confidence()) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }
}
