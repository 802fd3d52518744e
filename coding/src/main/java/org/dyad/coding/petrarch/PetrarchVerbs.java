package org.dyad.coding.petrarch;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.actors.petrarch.PetrarchLines;
import org.dyad.coding.CameoCodebook;
import org.dyad.coding.PloverMapping;
import org.dyad.coding.Requirement;
import org.dyad.coding.TriggerDictionary;
import org.dyad.model.CameoCode;

/**
 * A PETRARCH verb dictionary ({@code .verbs}, e.g. the validation suite's or CAMEO 2.0) read into
 * synonym sets, verb blocks, verbs and patterns, and translated into Dyad's trigger dictionary.
 *
 * <p>Reading: {@code &NAME} starts a synonym set whose {@code +} lines are its members (an empty
 * line or any other line ends it; a comment line does not); {@code --- NAME [CODE] ---} (or {@code ### NAME ###}) starts a verb
 * block; a line in a block is a verb ({@code WORD {IRREGULAR FORMS} [CODE]}, {@code +MULTI_WORD},
 * {@code WIRE_+TAP}) or a pattern ({@code - WORDS * WORDS [CODE]}).
 *
 * <p>Translation ({@link #translate}), per verb of a block: the verb becomes a Dyad lemma
 * (upper-case PETRARCH forms in lower case; inflected entries such as {@code KILLED} or
 * {@code FOUGHT} also under their base form); the words of a multi-word verb after the verb
 * become a particle ({@code prt}) or a word of the object's subtree ({@code tree}); the verb's own
 * code (else the block's) becomes an unconditional line. Each pattern of the block becomes a line
 * for every verb of the block when all its words come after the verb ({@code *}): a preposition
 * becomes {@code prep:}, a particle {@code prt:}, a content word or a synonym set
 * {@code tree:} (plural and base forms accepted), articles and possessives are dropped, and the
 * source/target markers ({@code + $ % ^}) are dropped because Dyad finds its own participants.
 * What does not translate is counted by reason: words before the verb, null codes
 * ({@code [---]}, which in PETRARCH block a verb's code), codes that are not CAMEO codes
 * (the validation dictionaries use old WEIS codes such as 223 and test codes such as 903),
 * undefined synonym sets, and a pattern whose translation equals an earlier one with another code.
 * Only the first code of {@code [A:B]} is used. Immutable and thread-safe.
 */
public final class PetrarchVerbs {
  /** A verb of a block. */
  record Verb(String text, String code, int line) {}

  /** A pattern of a block, without the leading {@code -}. */
  record Pattern(String text, String code, int line) {}

  /** A verb block. */
  record Block(String name, String code, List<Verb> verbs, List<Pattern> patterns, int line) {}

  private static final Set<String> PREPOSITIONS = Set.of("for", "against", "with", "on", "upon", "over", "between", "from",
      "into", "toward", "towards", "in", "at", "by", "of", "about", "under", "after", "among", "across", "through",
      "without", "within", "onto", "before", "during", "near", "to");
  private static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "away", "back", "aside", "forth");
  private static final Set<String> DROPPED = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
      "this", "that", "these", "those", "and", "or", "not", "n't", "never", "no");
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("fought", "fight"), Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("held", "hold"),
      Map.entry("left", "leave"), Map.entry("lent", "lend"), Map.entry("drawn", "draw"), Map.entry("drew", "draw"),
      Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("gave", "give"), Map.entry("given", "give"),
      Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("sent", "send"), Map.entry("met", "meet"),
      Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("made", "make"), Map.entry("struck", "strike"),
      Map.entry("shot", "shoot"), Map.entry("stole", "steal"), Map.entry("stolen", "steal"), Map.entry("sought", "seek"),
      Map.entry("threw", "throw"), Map.entry("thrown", "throw"), Map.entry("won", "win"), Map.entry("lost", "lose"),
      Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("wrote", "write"), Map.entry("written", "write"),
      Map.entry("kept", "keep"), Map.entry("led", "lead"), Map.entry("fled", "flee"), Map.entry("froze", "freeze"),
      Map.entry("frozen", "freeze"), Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"));

  private final String source;
  private final Map<String, List<String>> synsets;
  private final List<Block> blocks;
  private final List<String> problems;

  private PetrarchVerbs(String source, Map<String, List<String>> synsets, List<Block> blocks, List<String> problems) {
    this.source = source;
    this.synsets = synsets;
    this.blocks = List.copyOf(blocks);
    this.problems = List.copyOf(problems);
  }

  /** Reads a verb dictionary file. */
  public static PetrarchVerbs read(Path file) {
    return parse(PetrarchLines.read(file));
  }

  /** Reads already split lines (tests, in-memory files). */
  public static PetrarchVerbs parse(PetrarchLines file) {
    Map<String, List<String>> synsets = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> synset = null;
    String blockName = null;
    String blockCode = null;
    int blockLine = 0;
    List<Verb> verbs = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    for (PetrarchLines.Line l : file.lines()) {
      String s = l.trimmed();
      if (s.isEmpty()) {
        if (!l.comment()) {
          synset = null; // an empty line ends a synonym set; a comment line inside it does not
        }
        continue;
      }
      if (synset != null && s.startsWith("+")) {
        String member = s.substring(1).strip();
        if (!member.isEmpty()) {
          synset.add(member);
        }
        continue;
      }
      synset = null;
      if (s.startsWith("&")) {
        String name = synsetName(s.split("\\s+")[0]);
        synset = new ArrayList<>();
        synsets.put(name, synset);
        continue;
      }
      if ((s.startsWith("---") && s.endsWith("---") && s.length() > 6) || (s.startsWith("###") && s.endsWith("###"))) {
        if (blockName != null) {
          blocks.add(new Block(blockName, blockCode, verbs, patterns, blockLine));
        }
        String inner = s.substring(3, s.length() - 3).strip();
        int open = inner.indexOf('[');
        blockName = (open < 0 ? inner : inner.substring(0, open)).strip();
        blockCode = open < 0 ? null : firstCode(inner.substring(open));
        blockLine = l.number();
        verbs = new ArrayList<>();
        patterns = new ArrayList<>();
        continue;
      }
      if (blockName == null) {
        problems.add(file.where(l) + ": line outside a verb block: '" + s + "'");
        continue;
      }
      if (s.startsWith("-")) {
        String body = s.substring(1).strip();
        int open = body.lastIndexOf('[');
        if (open < 0) {
          problems.add(file.where(l) + ": pattern without [code]");
          continue;
        }
        patterns.add(new Pattern(body.substring(0, open).strip(), firstCode(body.substring(open)), l.number()));
        continue;
      }
      String v = s;
      String code = null;
      int open = v.indexOf('[');
      if (open >= 0) {
        code = firstCode(v.substring(open));
        v = v.substring(0, open);
      }
      int brace = v.indexOf('{');
      if (brace >= 0) {
        v = v.substring(0, brace);
      }
      v = v.strip();
      if (!v.isEmpty()) {
        verbs.add(new Verb(v, code, l.number()));
      }
    }
    if (blockName != null) {
      blocks.add(new Block(blockName, blockCode, verbs, patterns, blockLine));
    }
    return new PetrarchVerbs(file.file(), synsets, blocks, problems);
  }

  private static String synsetName(String s) {
    String n = s.startsWith("&") ? s.substring(1) : s;
    while (n.endsWith("_")) {
      n = n.substring(0, n.length() - 1);
    }
    return n.toUpperCase(Locale.ROOT);
  }

  /** The first code inside the first [...], e.g. "013" of "[013:012]"; "---" stays "---". */
  private static String firstCode(String bracketed) {
    int open = bracketed.indexOf('[');
    int close = bracketed.indexOf(']', open + 1);
    String inner = close < 0 ? bracketed.substring(open + 1) : bracketed.substring(open + 1, close);
    inner = inner.strip();
    int colon = inner.indexOf(':');
    return (colon >= 0 ? inner.substring(0, colon) : inner).strip();
  }

  /** Number of verb blocks. */
  public int blocks() {
    return blocks.size();
  }

  /** Number of verbs over all blocks. */
  public int verbs() {
    return blocks.stream().mapToInt(b -> b.verbs().size()).sum();
  }

  /** Number of patterns over all blocks. */
  public int patterns() {
    return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
  }

  /** Number of synonym sets. */
  public int synsets() {
    return synsets.size();
  }

  /** Lines that could not be read, as {@code file:line: reason}. */
  public List<String> problems() {
    return problems;
  }

  // ------------------------------------------------------------------ translation

  /**
   * The result of a translation.
   *
   * @param tsv the trigger dictionary text in Dyad's format
   * @param dictionary the same, loaded
   * @param verbsTranslated verbs that gave at least one line
   * @param patternsTranslated patterns that gave at least one line
   * @param rows lines written
   * @param untranslated what did not translate, by reason (verbs and patterns counted once each)
   */
  public record Translation(String tsv, TriggerDictionary dictionary, int verbsTranslated, int patternsTranslated, int rows,
      Map<String, Integer> untranslated) {
    public Translation {
      Objects.requireNonNull(tsv, "tsv");
      Objects.requireNonNull(dictionary, "dictionary");
      untranslated = java.util.Collections.unmodifiableMap(new TreeMap<>(untranslated));
    }

    /** Counts for printing. */
    public String summary(PetrarchVerbs from) {
      StringBuilder sb = new StringBuilder();
      sb.append(from.verbs()).append(" verbs, ").append(from.patterns()).append(" patterns -> ").append(rows)
          .append(" trigger lines (").append(verbsTranslated).append(" verbs and ").append(patternsTranslated)
          .append(" patterns used)");
      for (Map.Entry<String, Integer> e : untranslated.entrySet()) {
        sb.append("\n  not translated: ").append(e.getValue()).append(" ").append(e.getKey());
      }
      return sb.toString();
    }
  }

  /** A verb as a Dyad trigger: lemmas to try and the requirements its extra words give. */
  private record VerbForm(List<String> lemmas, List<Requirement> requires) {}

  /** Translates with Dyad's built-in CAMEO codebook and PLOVER mapping to check codes. */
  public Translation translate() {
    return translate(CameoCodebook.loadDefault(), PloverMapping.loadDefault());
  }

  /** Translates into Dyad trigger lines; codes are checked against the given codebook and mapping. */
  public Translation translate(CameoCodebook codebook, PloverMapping plover) {
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(plover, "plover");
    Map<String, Integer> why = new LinkedHashMap<>();
    StringBuilder rows = new StringBuilder();
    Set<String> triggerKeys = new java.util.HashSet<>();
    int rowCount = 0;
    int verbsUsed = 0;
    int patternsUsed = 0;
    Map<Pattern, Boolean> patternUsed = new HashMap<>();
    for (Block b : blocks) {
      // translate the patterns once per block
      List<Object[]> pats = new ArrayList<>();
      for (Pattern p : b.patterns()) {
        String reason = codeProblem(p.code(), codebook, plover);
        if (reason != null) {
          count(why, "patterns: " + reason);
          continue;
        }
        Object r = patternRequirements(p.text());
        if (r instanceof String s) {
          count(why, "patterns: " + s);
          continue;
        }
        @SuppressWarnings("unchecked")
        List<Requirement> reqs = (List<Requirement>) r;
        pats.add(new Object[] {p, reqs});
      }
      for (Verb v : b.verbs()) {
        Object vf = verbForm(v.text());
        if (vf instanceof String s) {
          count(why, "verbs: " + s);
          continue;
        }
        VerbForm form = (VerbForm) vf;
        boolean used = false;
        String code = v.code() != null ? v.code() : b.code();
        String reason = code == null ? "verbs: no code (the block's code is null, ---)" : codeProblem(code, codebook, plover);
        if (reason == null) {
          for (String lemma : form.lemmas()) {
            if (addRow(rows, triggerKeys, code, lemma, form.requires(), "petrarch " + b.name() + " line " + v.line())) {
              rowCount++;
              used = true;
            }
          }
          if (!used) {
            count(why, "verbs: same trigger as an earlier verb");
          }
        } else {
          count(why, reason.startsWith("verbs:") ? reason : "verbs (unconditional code): " + reason);
        }
        for (Object[] pr : pats) {
          Pattern p = (Pattern) pr[0];
          @SuppressWarnings("unchecked")
          List<Requirement> reqs = new ArrayList<>((List<Requirement>) pr[1]);
          for (Requirement extra : form.requires()) {
            if (!reqs.contains(extra)) {
              reqs.add(extra);
            }
          }
          for (String lemma : form.lemmas()) {
            if (addRow(rows, triggerKeys, p.code(), lemma, reqs, "petrarch " + b.name() + " line " + p.line())) {
              rowCount++;
              used = true;
              patternUsed.put(p, true);
            }
          }
        }
        if (used) {
          verbsUsed++;
        }
      }
      for (Object[] pr : pats) {
        if (patternUsed.containsKey((Pattern) pr[0])) {
          patternsUsed++;
        } else {
          count(why, "patterns: same trigger as an earlier pattern, or no verb in the block");
        }
      }
    }
    String tsv = "# Trigger dictionary translated from the PETRARCH verb dictionary " + source + ".\n"
        + "#version\tpetrarch-" + source.replaceAll("[^0-9A-Za-z._-]", "_") + "\n"
        + "code\tpos\tlemma\trequires\tnote\n" + rows;
    if (rowCount == 0) {
      throw new IllegalArgumentException(source + ": nothing in the verb dictionary translates into Dyad trigger lines");
    }
    TriggerDictionary dict = TriggerDictionary.load(new StringReader(tsv), source + " (translated)");
    return new Translation(tsv, dict, verbsUsed, patternsUsed, rowCount, why);
  }

  private static boolean addRow(StringBuilder rows, Set<String> keys, String code, String lemma, List<Requirement> reqs, String note) {
    List<String> parts = new ArrayList<>();
    for (Requirement r : reqs) {
      parts.add(r.relation() + ":" + String.join("|", new TreeSet<>(r.lemmas())));
    }
    java.util.Collections.sort(parts);
    String key = lemma + "\t" + String.join(";", parts);
    if (!keys.add(key)) {
      return false;
    }
    List<String> written = new ArrayList<>();
    for (Requirement r : reqs) {
      written.add(r.toString());
    }
    rows.append(code).append("\tV\t").append(lemma).append('\t').append(reqs.isEmpty() ? "-" : String.join(";", written))
        .append('\t').append(note.replace('\t', ' ')).append('\n');
    return true;
  }

  /** Null when the code can be used, else why not. */
  private static String codeProblem(String code, CameoCodebook codebook, PloverMapping plover) {
    if (code == null || code.isEmpty() || code.chars().allMatch(c -> c == '-')) {
      return "null code (---)";
    }
    CameoCode c;
    try {
      c = CameoCode.of(code);
    } catch (IllegalArgumentException e) {
      return "code not a CAMEO event code (WEIS or test codes such as 223, 903, 075A)";
    }
    if (codebook.nearest(c).isEmpty()) {
      return "code not in the CAMEO codebook";
    }
    try {
      plover.get(c);
    } catch (RuntimeException e) {
      return "code without a PLOVER type";
    }
    return null;
  }

  private static void count(Map<String, Integer> m, String reason) {
    m.merge(reason, 1, Integer::sum);
  }

  /** A VerbForm, or a String saying why the verb does not translate. */
  private Object verbForm(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    List<String> words = words(t);
    if (words.isEmpty()) {
      return "empty verb";
    }
    int verb = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).startsWith("+")) {
        verb = i;
        words.set(i, words.get(i).substring(1));
      }
    }
    if (verb > 0) {
      return "multi-word verb with words before the verb (e.g. WIRE_+TAP)";
    }
    String w = words.get(0).toLowerCase(Locale.ROOT);
    if (!isLemma(w)) {
      return "verb that is not a word Dyad can use as a lemma";
    }
    List<Requirement> reqs = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String x = words.get(i).toLowerCase(Locale.ROOT);
      if (!isLemma(x)) {
        return "multi-word verb with a word Dyad cannot use";
      }
      reqs.add(PARTICLES.contains(x) || PREPOSITIONS.contains(x) && i == words.size() - 1
          ? Requirement.of("prt", x) : new Requirement("tree", new LinkedHashSet<>(forms(x))));
    }
    return new VerbForm(verbLemmas(w), reqs);
  }

  /** The lemmas to try for a verb written in some form: itself and, when inflected, its base. */
  static List<String> verbLemmas(String w) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    out.add(w);
    String irr = IRREGULAR.get(w);
    if (irr != null) {
      out.add(irr);
    }
    if (w.length() > 4 && w.endsWith("ied")) {
      out.add(w.substring(0, w.length() - 3) + "y");
    } else if (w.length() > 4 && w.endsWith("ed")) {
      String stem = w.substring(0, w.length() - 2);
      out.add(stem);
      out.add(stem + "e");
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
        out.add(stem.substring(0, stem.length() - 1));
      }
    } else if (w.length() > 5 && w.endsWith("ing")) {
      String stem = w.substring(0, w.length() - 3);
      out.add(stem);
      out.add(stem + "e");
    }
    out.removeIf(x -> !isLemma(x));
    return List.copyOf(out);
  }

  /** Requirements of a pattern, or a String saying why it does not translate. */
  private Object patternRequirements(String text) {
    String t = text.replace('{', ' ').replace('}', ' ').replace('(', ' ').replace(')', ' ');
    List<String> tokens = words(t);
    int star = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals("*") || tokens.get(i).equals("**")) {
        star = i;
        break;
      }
    }
    if (star < 0) {
      return "no verb position (*)";
    }
    for (int i = 0; i < star; i++) {
      if (!isMarker(tokens.get(i))) {
        return "words before the verb (e.g. SAID *, NOT *)";
      }
    }
    List<Requirement> reqs = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (int i = star + 1; i < tokens.size(); i++) {
      if (!isMarker(tokens.get(i))) {
        after.add(tokens.get(i));
      }
    }
    for (int i = 0; i < after.size(); i++) {
      String tok = after.get(i);
      if (tok.equals("*")) {
        return "two verb positions";
      }
      if (tok.startsWith("&")) {
        List<String> members = synsetLemmas(synsetName(tok), new java.util.HashSet<>());
        if (members == null) {
          return "undefined synonym set";
        }
        if (members.isEmpty()) {
          return "synonym set with no usable word";
        }
        reqs.add(new Requirement("tree", new LinkedHashSet<>(members)));
        continue;
      }
      String w = tok.toLowerCase(Locale.ROOT);
      if (DROPPED.contains(w)) {
        continue;
      }
      if (!isLemma(w)) {
        return "word Dyad cannot use as a lemma";
      }
      boolean last = i == after.size() - 1;
      if (PARTICLES.contains(w) && (last || i == 0)) {
        reqs.add(Requirement.of("prt", w));
      } else if (PREPOSITIONS.contains(w)) {
        if (!w.equals("to") || last) {
          reqs.add(Requirement.of("prep", w));
        }
      } else {
        reqs.add(new Requirement("tree", new LinkedHashSet<>(forms(w))));
      }
    }
    // the same requirement twice adds nothing
    List<Requirement> distinct = new ArrayList<>(new LinkedHashSet<>(reqs));
    if (distinct.isEmpty()) {
      return "only source/target markers after the verb (e.g. % *)";
    }
    return distinct;
  }

  /** Lemmas of a synonym set's members (the last word of a phrase); null when undefined. */
  private List<String> synsetLemmas(String name, Set<String> seen) {
    List<String> members = synsets.get(name);
    if (members == null || !seen.add(name)) {
      return members == null ? null : List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String m : members) {
      if (m.startsWith("&")) {
        List<String> inner = synsetLemmas(synsetName(m), seen);
        if (inner != null) {
          out.addAll(inner);
        }
        continue;
      }
      List<String> ws = words(m);
      if (ws.isEmpty()) {
        continue;
      }
      String last = ws.get(ws.size() - 1).toLowerCase(Locale.ROOT);
      if (isLemma(last)) {
        out.addAll(forms(last));
      }
    }
    return new ArrayList<>(out);
  }

  /** A word and its likely lemma: plural and past forms reduced (both kept, as alternatives). */
  static List<String> forms(String w) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    out.add(w);
    if (w.length() > 3 && w.endsWith("ies")) {
      out.add(w.substring(0, w.length() - 3) + "y");
      out.add(w.substring(0, w.length() - 1));
    } else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      out.add(w.substring(0, w.length() - 2));
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      out.add(w.substring(0, w.length() - 1));
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      out.addAll(verbLemmas(w));
    }
    out.removeIf(x -> !isLemma(x));
    return List.copyOf(out);
  }

  private static boolean isMarker(String t) {
    return t.equals("+") || t.equals("$") || t.equals("%") || t.equals("^");
  }

  /** Splits on white space and underscores ("IN_*" → IN, *); a {@code +} glued to a word stays on it. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[\\s_]+")) {
      if (w.isEmpty()) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  private static boolean isLemma(String w) {
    try {
      Requirement.of("tree", w);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "PetrarchVerbs[" + source + ": " + blocks.size() + " blocks, " + verbs() + " verbs, " + patterns() + " patterns, "
        + synsets.size() + " synonym sets]";
  }
}
