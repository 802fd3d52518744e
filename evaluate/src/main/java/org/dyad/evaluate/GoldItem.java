package org.dyad.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One gold record: the input the coder sees and the gold labels per scoring level (level name →
 * set of labels; an empty set means the gold says "nothing at this level"). Immutable.
 */
public record GoldItem(GoldInput input, Map<String, Set<String>> gold) {
  public GoldItem {
    Objects.requireNonNull(input, "input");
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : gold.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableSet(new LinkedHashSet<>(e.getValue())));
    }
    gold = Collections.unmodifiableMap(copy);
  }

  /** The gold labels at a level; empty when none. */
  public Set<String> at(String level) {
    return gold.getOrDefault(level, Set.of());
  }

  public String id() {
    return input.id();
  }
}
