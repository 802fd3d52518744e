package org.dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence: tokens and their dependency graph.
 *
 * <p><b>NOTE:</b> token indices in {@link #dependencies()} are positions in {@link #tokens()}.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
  }

  public Span span() {
    return new Span(start, end);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Dependencies whose governor is {@code head}. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** Dependencies whose dependent is {@code dependent} (enhanced graphs may give several). */
  public List<Dependency> parents(int dependent) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        out.add(d);
      }
    }
    return out;
  }

  /** The sentence's text, cut from the article's text. */
  public String text(String articleText) {
    return articleText.substring(start, end);
  }
}
