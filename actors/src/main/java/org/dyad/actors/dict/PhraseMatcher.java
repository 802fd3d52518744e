package org.dyad.actors.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Token;

/**
 * A trie over match pieces (see {@link PhraseKeys}) that finds non-overlapping dictionary phrases
 * in a token list: longest match first, left to right, each match covering whole tokens.
 *
 * <p>Edges are of two sorts: case-insensitive ones keyed by the lower-cased piece, and exact-case
 * ones for acronym pieces ({@link PhraseKeys#isAcronym}). A token piece follows a case-insensitive
 * edge by its lower-cased word or, for a noun (part-of-speech tag NN..., or no tag), by its
 * lower-cased lemma (so "rebels" with lemma "rebel" matches the phrase "rebel"); it follows an
 * exact edge only by its word as written. At equal length a
 * match by words wins over one that needed a lemma.
 *
 * <p>Built once by {@link Builder}, then never changed: thread-safe. Matching costs one or two hash
 * look-ups per token that starts no phrase; no regular expressions.
 */
final class PhraseMatcher {
  private static final class Node {
    Map<String, Node> ci = new HashMap<>(4);
    Map<String, Node> cs = new HashMap<>(2);
    DictionaryEntry entry;

    void freeze() {
      for (Node c : ci.values()) {
        c.freeze();
      }
      for (Node c : cs.values()) {
        c.freeze();
      }
      ci = ci.isEmpty() ? Map.of() : Map.copyOf(ci);
      cs = cs.isEmpty() ? null : Map.copyOf(cs);
    }
  }

  /** Collects phrases; not thread-safe; {@link #build()} once. */
  static final class Builder {
    private final Node root = new Node();
    private int phrases;

    /**
     * Adds a phrase given as pieces in the dictionary's case; acronym pieces become exact edges.
     *
     * @throws IllegalStateException when the same pieces (case-folded) were added before
     */
    void add(List<String> pieces, DictionaryEntry entry) {
      if (pieces.isEmpty()) {
        throw new IllegalArgumentException("empty phrase");
      }
      Node node = root;
      for (String p : pieces) {
        Map<String, Node> edges = PhraseKeys.isAcronym(p) ? node.cs : node.ci;
        String key = PhraseKeys.isAcronym(p) ? p : PhraseKeys.lower(p);
        node = edges.computeIfAbsent(key, k -> new Node());
      }
      if (node.entry != null) {
        throw new IllegalStateException("duplicate phrase " + pieces);
      }
      node.entry = entry;
      phrases++;
    }

    PhraseMatcher build() {
      root.freeze();
      return new PhraseMatcher(root, phrases);
    }
  }

  private final Node root;
  private final int phrases;

  private PhraseMatcher(Node root, int phrases) {
    this.root = root;
    this.phrases = phrases;
  }

  /** Number of phrases in the trie. */
  int size() {
    return phrases;
  }

  /** The pieces of one token list, flattened, with a map back to the tokens. */
  private static final class Pieces {
    final String[] exact;
    final String[] lower;
    final String[] lemma;
    final int[] token;
    final boolean[] tokenEnd;
    final int[] firstPiece;
    final int count;

    Pieces(List<Token> tokens) {
      int n = tokens.size();
      firstPiece = new int[n];
      int cap = n + 4;
      String[] ex = new String[cap];
      String[] lo = new String[cap];
      String[] le = new String[cap];
      int[] tok = new int[cap];
      boolean[] end = new boolean[cap];
      int c = 0;
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        String[] wp = PhraseKeys.pieces(t.word());
        if (wp.length == 0) {
          firstPiece[i] = -1;
          continue;
        }
        String[] lp = null;
        String lemma = t.lemma();
        String pos = t.pos();
        boolean noun = pos.isEmpty() || pos.startsWith("NN");
        if (noun && !lemma.isEmpty() && !lemma.equalsIgnoreCase(t.word())) {
          lp = PhraseKeys.pieces(lemma);
          if (lp.length != wp.length) {
            lp = null;
          }
        }
        if (c + wp.length > ex.length) {
          int nc = Math.max(ex.length * 2, c + wp.length);
          ex = java.util.Arrays.copyOf(ex, nc);
          lo = java.util.Arrays.copyOf(lo, nc);
          le = java.util.Arrays.copyOf(le, nc);
          tok = java.util.Arrays.copyOf(tok, nc);
          end = java.util.Arrays.copyOf(end, nc);
        }
        firstPiece[i] = c;
        for (int k = 0; k < wp.length; k++) {
          ex[c] = wp[k];
          lo[c] = PhraseKeys.lower(wp[k]);
          if (lp != null) {
            String l = PhraseKeys.lower(lp[k]);
            le[c] = l.equals(lo[c]) ? null : l;
          }
          tok[c] = i;
          end[c] = k == wp.length - 1;
          c++;
        }
      }
      exact = ex;
      lower = lo;
      lemma = le;
      token = tok;
      tokenEnd = end;
      count = c;
    }
  }

  /** Best match found from one start: last piece and entry. */
  private static final class Best {
    int end = -1;
    DictionaryEntry entry;
  }

  /** Non-overlapping matches, longest first, left to right. */
  List<DictionaryMatch> match(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    Pieces ps = new Pieces(tokens);
    List<DictionaryMatch> out = null;
    Best best = new Best();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      int fp = ps.firstPiece[i];
      if (fp < 0) {
        i++;
        continue;
      }
      best.end = -1;
      best.entry = null;
      search(root, ps, fp, fp, best);
      if (best.entry == null) {
        i++;
        continue;
      }
      int last = ps.token[best.end];
      if (out == null) {
        out = new ArrayList<>(4);
      }
      out.add(new DictionaryMatch(i, last, join(tokens, i, last), best.entry));
      i = last + 1;
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /** The entry whose phrase covers exactly all the given tokens, or null. */
  DictionaryEntry exact(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    Pieces ps = new Pieces(tokens);
    if (ps.firstPiece[0] < 0 || ps.count == 0) {
      return null;
    }
    Best best = new Best();
    search(root, ps, ps.firstPiece[0], ps.firstPiece[0], best);
    return best.entry != null && best.end == ps.count - 1 ? best.entry : null;
  }

  private static void search(Node node, Pieces ps, int start, int p, Best best) {
    if (p > start && node.entry != null && ps.tokenEnd[p - 1] && p - 1 > best.end) {
      best.end = p - 1;
      best.entry = node.entry;
    }
    if (p >= ps.count) {
      return;
    }
    Node c;
    if (node.cs != null && (c = node.cs.get(ps.exact[p])) != null) {
      search(c, ps, start, p + 1, best);
    }
    if (!node.ci.isEmpty()) {
      if ((c = node.ci.get(ps.lower[p])) != null) {
        search(c, ps, start, p + 1, best);
      }
      String lemma = ps.lemma[p];
      if (lemma != null && (c = node.ci.get(lemma)) != null) {
        search(c, ps, start, p + 1, best);
      }
    }
  }

  /** Words from first to last, with a space only where the character offsets show a gap. */
  static String join(List<Token> tokens, int first, int last) {
    if (first == last) {
      return tokens.get(first).word();
    }
    StringBuilder sb = new StringBuilder(tokens.get(first).word());
    for (int i = first + 1; i <= last; i++) {
      Token prev = tokens.get(i - 1);
      Token cur = tokens.get(i);
      boolean adjacent = prev.end() > prev.start() && cur.start() == prev.end();
      if (!adjacent) {
        sb.append(' ');
      }
      sb.append(cur.word());
    }
    return sb.toString();
  }
}
