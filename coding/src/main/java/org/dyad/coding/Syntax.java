package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Small helpers over one sentence's dependency graph, with children and parents indexed once.
 * Not thread-safe (cheap to build per sentence).
 */
final class Syntax {
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");

  final Sentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  Syntax(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      parents.add(new ArrayList<>(1));
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      parents.get(d.dependent()).add(d);
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(d);
      }
    }
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.token(i);
  }

  String lemma(int i) {
    return sentence.token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** The index of the token that starts at a character offset, or -1. */
  int tokenAt(int start) {
    for (int i = 0; i < size(); i++) {
      if (token(i).start() == start) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The hyphenated compound that ends at token {@code i} ("cease-fire", "sit-in", "self-determination":
   * the tokenizer splits them into three tokens), in lower case, or null when {@code i} ends none.
   */
  String hyphenated(int i) {
    if (i < 2 || !token(i - 1).word().equals("-")) {
      return null;
    }
    Token a = token(i - 2);
    Token h = token(i - 1);
    Token b = token(i);
    if (!h.pos().equals("HYPH") && (a.end() != h.start() || h.end() != b.start())) {
      return null;
    }
    return lemma(i - 2) + "-" + lemma(i);
  }

  /**
   * Whether token {@code i}'s lemma, its lower-case word, the hyphenated compound it ends, or the head of a
   * hyphenated lemma ("cyber-attack" is an attack) is one of {@code lemmas}.
   */
  boolean lemmaIn(Set<String> lemmas, int i) {
    String l = lemma(i);
    if (lemmas.contains(l)) {
      return true;
    }
    // "teargas" lemmatized as "tearga": the word itself, when the lemmatizer cut a singular noun's final s
    String w = token(i).word().toLowerCase(Locale.ROOT);
    if (!w.equals(l) && lemmas.contains(w)) {
      return true;
    }
    String head = hyphenHead(l);
    if (head != null && lemmas.contains(head)) {
      return true;
    }
    String h = hyphenated(i);
    return h != null && lemmas.contains(h);
  }

  /** The part after the last hyphen of a hyphenated word ("cyber-attack" → "attack"), or null. */
  static String hyphenHead(String lemma) {
    int k = lemma.lastIndexOf('-');
    return k > 0 && lemma.length() - k > 3 ? lemma.substring(k + 1) : null;
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  List<Dependency> parents(int i) {
    return parents.get(i);
  }

  /** Children whose relation equals {@code rel} or starts with {@code rel + ":"}. */
  List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(i)) {
      if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first basic (non-conj, non-ref) parent of a token, or null at the root. */
  Dependency head(int i) {
    Dependency best = null;
    for (Dependency d : parents.get(i)) {
      if (d.governor() < 0) {
        return null;
      }
      if (best == null || (best.relation().startsWith("conj") && !d.relation().startsWith("conj"))) {
        best = d;
      }
    }
    return best;
  }

  boolean isNegated(int i) {
    for (Dependency d : children.get(i)) {
      if (d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det")) {
        if (NEGATORS.contains(lemma(d.dependent()))) {
          return true;
        }
      }
    }
    return false;
  }

  boolean isPassive(int i) {
    for (Dependency d : children.get(i)) {
      if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /** Tokens below {@code i} up to {@code depth} edges, breadth first (not including i). */
  List<Integer> descendants(int i, int depth) {
    List<Integer> out = new ArrayList<>();
    boolean[] seen = new boolean[size()];
    seen[i] = true;
    List<Integer> frontier = List.of(i);
    for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
      List<Integer> next = new ArrayList<>();
      for (int t : frontier) {
        for (Dependency c : children.get(t)) {
          int x = c.dependent();
          if (!seen[x]) {
            seen[x] = true;
            out.add(x);
            next.add(x);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  /** True when {@code ancestor} governs {@code t} through at most {@code depth} edges. */
  boolean dominates(int ancestor, int t, int depth) {
    int cur = t;
    for (int d = 0; d < depth; d++) {
      Dependency h = head(cur);
      if (h == null) {
        return false;
      }
      if (h.governor() == ancestor) {
        return true;
      }
      cur = h.governor();
    }
    return false;
  }
}
