package org.dyad.actors.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PETRARCH agent dictionary ({@code .agents} file) as read: records {@code PHRASE {PLURALS}
 * [~CODE]}, substitution markers {@code !NAME! = A, B, C} expanded, regular plurals formed
 * (+S, Y→IES, S→ES) unless {@code {}} or irregular plurals are given. Lines that cannot be read
 * (no code, a missing {@code }}, an undefined marker) are skipped and listed in
 * {@link #problems()}. Immutable and thread-safe.
 */
public final class PetrarchAgents {
  private final List<PetrarchAgent> agents;
  private final List<String> problems;

  private PetrarchAgents(List<PetrarchAgent> agents, List<String> problems) {
    this.agents = List.copyOf(agents);
    this.problems = List.copyOf(problems);
  }

  /** Reads one or more agent files. */
  public static PetrarchAgents read(Path... files) {
    List<PetrarchAgent> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      parse(PetrarchLines.read(f), out, problems);
    }
    return new PetrarchAgents(out, problems);
  }

  /** Reads already split lines (for tests and in-memory files). */
  public static PetrarchAgents parse(PetrarchLines lines) {
    List<PetrarchAgent> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    parse(lines, out, problems);
    return new PetrarchAgents(out, problems);
  }

  private static void parse(PetrarchLines file, List<PetrarchAgent> out, List<String> problems) {
    Map<String, List<String>> markers = new HashMap<>();
    for (PetrarchLines.Line l : file.lines()) {
      String s = l.trimmed();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("!") && s.contains("=")) {
        int b = s.indexOf('!', 1);
        if (b < 0 || s.indexOf('=') < b) {
          problems.add(file.where(l) + ": substitution marker not of the form !NAME! = A, B");
          continue;
        }
        List<String> items = new ArrayList<>();
        for (String it : s.substring(s.indexOf('=') + 1).split(",")) {
          if (!it.isBlank()) {
            items.add(it.strip());
          }
        }
        markers.put(s.substring(1, b), items);
        continue;
      }
      int open = s.indexOf('[');
      int close = s.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        problems.add(file.where(l) + ": no [code]");
        continue;
      }
      String raw = s.substring(open + 1, close).replace(" ", "").toUpperCase(Locale.ROOT);
      boolean prefix = raw.endsWith("~") && !raw.startsWith("~");
      String code = raw.replace("~", "");
      if (code.isEmpty()) {
        problems.add(file.where(l) + ": empty code");
        continue;
      }
      String head = s.substring(0, open).strip();
      List<String> plurals = null;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int end = head.indexOf('}', brace);
        if (end < 0) {
          problems.add(file.where(l) + ": missing '}'");
          continue;
        }
        plurals = new ArrayList<>();
        for (String p : head.substring(brace + 1, end).strip().split("\\s+")) {
          if (!p.isBlank()) {
            plurals.add(p);
          }
        }
        head = head.substring(0, brace).strip();
      }
      if (head.isEmpty()) {
        problems.add(file.where(l) + ": no phrase");
        continue;
      }
      List<String> heads = new ArrayList<>();
      int m = head.indexOf('!');
      if (m >= 0) {
        int m2 = head.indexOf('!', m + 1);
        List<String> subst = m2 < 0 ? null : markers.get(head.substring(m + 1, m2));
        if (subst == null) {
          problems.add(file.where(l) + ": undefined or malformed substitution marker in '" + head + "'");
          continue;
        }
        for (String x : subst) {
          heads.add(head.substring(0, m) + x + head.substring(m2 + 1));
        }
        plurals = List.of(); // a marker list already holds every form
      } else {
        heads.add(head);
      }
      List<String> forms = new ArrayList<>();
      for (String h : heads) {
        forms.add(h);
        if (plurals == null) {
          forms.add(plural(h));
        }
      }
      if (plurals != null) {
        forms.addAll(plurals);
      }
      out.add(new PetrarchAgent(forms, code, prefix, file.file(), l.number()));
    }
  }

  /** The regular plural of the last word, as PETRARCH forms it. */
  static String plural(String phrase) {
    String u = phrase;
    if (u.endsWith("Y") || u.endsWith("y")) {
      return u.substring(0, u.length() - 1) + "IES";
    }
    if (u.endsWith("S") || u.endsWith("s")) {
      return u + "ES";
    }
    return u + "S";
  }

  /** Every record, in file order. */
  public List<PetrarchAgent> agents() {
    return agents;
  }

  /** Lines that were skipped, as {@code file:line: reason}. */
  public List<String> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return "PetrarchAgents[" + agents.size() + " agents, " + problems.size() + " problems]";
  }
}
