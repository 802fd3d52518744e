package org.dyad.coding;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One syntactic condition of a {@link TriggerPattern}: the trigger token must have a dependent
 * of a given kind whose lemma (or case marker) is one of {@link #lemmas()}.
 *
 * <p>Relations, as the event coder is expected to test them on Universal Dependencies
 * (enhanced++) output:
 *
 * <ul>
 *   <li>{@code obj} – a direct object ({@code obj}) of the trigger has one of the lemmas;
 *   <li>{@code obl} – an {@code obl} or {@code obl:*} dependent has one of the lemmas;
 *   <li>{@code prt} – a particle ({@code compound:prt}) has one of the lemmas;
 *   <li>{@code xcomp} – an {@code xcomp} dependent has one of the lemmas;
 *   <li>{@code prep} – an {@code obl:X} or {@code nmod:X} dependent has case marker X among the
 *       lemmas (e.g. {@code against}, {@code between});
 *   <li>{@code nmod} – an {@code nmod} or {@code nmod:*} dependent has one of the lemmas;
 *   <li>{@code tree} – a token with one of the lemmas lies in the subtree (the dependent itself
 *       and its descendants, a few levels deep) of the trigger's {@code obj}, {@code xcomp} or
 *       {@code ccomp} dependents.
 * </ul>
 *
 * <p>Immutable and thread-safe; the lemma set keeps the order in which it was written.
 *
 * @param relation one of {@link #RELATIONS}
 * @param lemmas lower-case lemmas (or case markers for {@code prep}), at least one
 */
public record Requirement(String relation, Set<String> lemmas) {
  /** The relation names a requirement may use. */
  public static final Set<String> RELATIONS = Set.of("obj", "obl", "prt", "xcomp", "prep", "nmod", "tree");

  /** A lemma: lower case, no white space and none of the separators {@code : ; |}. */
  static final Pattern LEMMA = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{Nd}_'.&-]*");

  public Requirement {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(lemmas, "lemmas");
    if (!RELATIONS.contains(relation)) {
      throw new IllegalArgumentException(
          "unknown relation '" + relation + "' (known: obj, obl, prt, xcomp, prep, nmod, tree)");
    }
    if (lemmas.isEmpty()) {
      throw new IllegalArgumentException("requirement " + relation + ": has no lemma");
    }
    for (String l : lemmas) {
      checkLemma(l, "lemma in requirement " + relation + ":");
    }
    lemmas = Collections.unmodifiableSet(new LinkedHashSet<>(lemmas));
  }

  /** A requirement on the given relation with the given lemmas, in this order. */
  public static Requirement of(String relation, String... lemmas) {
    return new Requirement(relation, new LinkedHashSet<>(List.of(lemmas)));
  }

  /**
   * Parses the file form {@code REL:lemma|lemma|...}.
   *
   * @throws IllegalArgumentException naming what is wrong (unknown relation, empty or repeated
   *     lemma, bad characters)
   */
  public static Requirement parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("requirement '" + text + "' is not of the form REL:lemma|lemma");
    }
    String relation = text.substring(0, colon).trim();
    String[] parts = text.substring(colon + 1).split("\\|", -1);
    Set<String> lemmas = new LinkedHashSet<>();
    for (String p : parts) {
      String l = p.trim();
      if (l.isEmpty()) {
        throw new IllegalArgumentException("requirement '" + text + "' has an empty lemma");
      }
      if (!lemmas.add(l)) {
        throw new IllegalArgumentException("requirement '" + text + "' repeats lemma '" + l + "'");
      }
    }
    return new Requirement(relation, lemmas);
  }

  /** Whether the given lemma (compared in lower case) satisfies this requirement's list. */
  public boolean accepts(String lemma) {
    return lemma != null && lemmas.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether this requirement is the loose subtree kind rather than a direct dependent. */
  public boolean isSubtree() {
    return relation.equals("tree");
  }

  /** The file form, {@code relation:lemma|lemma}. */
  @Override
  public String toString() {
    return relation + ":" + String.join("|", lemmas);
  }

  static void checkLemma(String lemma, String what) {
    if (lemma == null || !LEMMA.matcher(lemma).matches()) {
      throw new IllegalArgumentException(
          what + " '" + lemma + "' must be lower case, without spaces or the characters : ; |");
    }
  }
}
