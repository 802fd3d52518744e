package org.dyad.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dyad.model.CameoCode;

/**
 * One line of the trigger dictionary: a lemma of a verb or noun that, when its requirements
 * hold, expresses the CAMEO event {@link #code()}.
 *
 * <p>Immutable and thread-safe. The {@link #id()} is stable across releases as long as the line's
 * code, part of speech, lemma and requirements stay the same; the coder records it as the rule
 * that produced an event.
 *
 * @param id {@code code/pos/lemma/requires}, e.g. {@code 041/V/talk/obl:phone|telephone}
 * @param code the CAMEO event code
 * @param pos {@link #VERB} or {@link #NOUN}
 * @param lemma the lower-case lemma of the trigger token
 * @param requires the conditions that must all hold; empty for an unconditional (fallback) line
 * @param note free text, possibly empty
 * @param line the 1-based line number in the source file, 0 when built in code
 */
public record TriggerPattern(
    String id, CameoCode code, char pos, String lemma, List<Requirement> requires, String note, int line) {
  /** The part of speech of a verb trigger (Penn tags {@code VB*}). */
  public static final char VERB = 'V';
  /** The part of speech of a noun trigger (Penn tags {@code NN*}), a nominal event. */
  public static final char NOUN = 'N';

  /**
   * Most specific first: more requirements first; then more requirements that name a direct
   * dependent's own word ({@code obj}, {@code obl}, {@code xcomp}, {@code nmod}: "rejected
   * accusations" names what was rejected, a word somewhere below the object only hints at it);
   * then the more specific CAMEO code (see {@link #codeSpecificity()}); then more requirements on
   * direct dependents (anything but {@code tree}); then the order of the file.
   */
  public static final Comparator<TriggerPattern> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt((TriggerPattern p) -> -p.requires().size())
          .thenComparingInt(p -> -p.headRequirements())
          .thenComparingInt(p -> -p.codeSpecificity())
          .thenComparingInt(p -> -p.directRequirements())
          .thenComparingInt(TriggerPattern::line);

  public TriggerPattern {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(requires, "requires");
    Objects.requireNonNull(note, "note");
    if (pos != VERB && pos != NOUN) {
      throw new IllegalArgumentException("pos must be V or N, not '" + pos + "'");
    }
    Requirement.checkLemma(lemma, "trigger lemma");
    requires = List.copyOf(requires);
    if (!id.equals(idOf(code, pos, lemma, requires))) {
      throw new IllegalArgumentException("id '" + id + "' does not match the pattern " + idOf(code, pos, lemma, requires));
    }
  }

  /** A pattern with its id computed from the other fields. */
  public static TriggerPattern of(CameoCode code, char pos, String lemma, List<Requirement> requires, String note, int line) {
    Objects.requireNonNull(requires, "requires");
    return new TriggerPattern(idOf(code, pos, lemma, requires), code, pos, lemma, requires, note, line);
  }

  /** The id of a pattern: {@code code/pos/lemma/requires}. */
  public static String idOf(CameoCode code, char pos, String lemma, List<Requirement> requires) {
    return code.value() + "/" + pos + "/" + lemma + "/" + requiresText(requires);
  }

  /**
   * The part of speech for a Penn Treebank tag: {@link #VERB} for {@code VB*}, {@link #NOUN} for
   * {@code NN*}, {@code 0} otherwise.
   */
  public static char posOfTag(String pennTag) {
    if (pennTag == null) {
      return 0;
    }
    if (pennTag.startsWith("VB")) {
      return VERB;
    }
    if (pennTag.startsWith("NN")) {
      return NOUN;
    }
    return 0;
  }

  /** Whether this line has no requirements, i.e. is the fallback for its lemma. */
  public boolean isFallback() {
    return requires.isEmpty();
  }

  /**
   * How specific the code is: 3 for a four-digit code, 2 for a three-digit code, 1 for a
   * three-digit residual code ending in 0 ("not specified below", e.g. {@code 020}), 0 for a
   * two-digit root.
   */
  public int codeSpecificity() {
    String v = code.value();
    if (v.length() == 4) {
      return 3;
    }
    if (v.length() == 3) {
      return v.charAt(2) == '0' ? 1 : 2;
    }
    return 0;
  }

  /** How many requirements name the word of a direct dependent (obj, obl, xcomp, nmod), not a marker or a subtree. */
  public int headRequirements() {
    int n = 0;
    for (Requirement r : requires) {
      String rel = r.relation();
      if (rel.equals("obj") || rel.equals("obl") || rel.equals("xcomp") || rel.equals("nmod")) {
        n++;
      }
    }
    return n;
  }

  /** How many requirements are on direct dependents (all but {@code tree}). */
  public int directRequirements() {
    int n = 0;
    for (Requirement r : requires) {
      if (!r.isSubtree()) {
        n++;
      }
    }
    return n;
  }

  /** The requirements in file form: {@code -} or {@code rel:a|b;rel:c}. */
  public String requiresText() {
    return requiresText(requires);
  }

  private static String requiresText(List<Requirement> requires) {
    if (requires.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>(requires.size());
    for (Requirement r : requires) {
      parts.add(r.toString());
    }
    return String.join(";", parts);
  }

  @Override
  public String toString() {
    return id;
  }
}
