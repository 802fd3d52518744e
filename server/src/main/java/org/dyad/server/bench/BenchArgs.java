package org.dyad.server.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code --name value} options of a bench command, checked against the names it knows.
 * Immutable.
 */
final class BenchArgs {
  private final Map<String, String> values;

  private BenchArgs(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** @throws IllegalArgumentException for an unknown option or one without a value */
  static BenchArgs parse(String[] args, String... known) {
    Set<String> names = Set.copyOf(List.of(known));
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!names.contains(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + String.join(" ", known));
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      m.put(args[i], args[i + 1]);
    }
    return new BenchArgs(m);
  }

  String string(String name, String otherwise) {
    return get(name, otherwise, v -> v);
  }

  Path path(String name, Path otherwise) {
    return get(name, otherwise, Path::of);
  }

  int integer(String name, int otherwise) {
    return get(name, otherwise, Integer::valueOf);
  }

  long number(String name, long otherwise) {
    return get(name, otherwise, Long::valueOf);
  }

  boolean bool(String name, boolean otherwise) {
    return get(name, otherwise, Boolean::valueOf);
  }

  /** Collects garbage, then the heap in use in MB: what a bench reports after building an index. */
  static long heapInUseMb() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  private <T> T get(String name, T otherwise, Function<String, T> parse) {
    String v = values.get(name);
    return v == null ? otherwise : parse.apply(v);
  }
}
