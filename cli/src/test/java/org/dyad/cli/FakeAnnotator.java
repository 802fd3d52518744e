package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.annotate.Annotator;
import org.dyad.coding.EventCoder;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.NamedEntity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.pipeline.DyadPipeline;

/**
 * A fast stand-in for CoreNLP in tests: splits sentences and tokens with regular expressions,
 * tags a small closed vocabulary (verbs of the generated articles, prepositions, determiners,
 * capitalised names) and builds a flat dependency tree around the first verb (subject, object or
 * oblique, compounds). Enough for the real actor resolver and event coder to code the simple
 * "Country verbed Country" sentences that the test corpora are made of, in microseconds.
 *
 * <p>Deterministic, stateless and thread-safe.
 */
final class FakeAnnotator implements Annotator {
  static final String DESCRIPTION = "fake-annotator-1 (tests)";

  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\\-]\\p{L}+)*|\\p{N}+|[^\\s\\p{L}\\p{N}]");
  private static final Map<String, String> VERBS = Map.ofEntries(
      Map.entry("accused", "accuse"), Map.entry("criticized", "criticize"), Map.entry("condemned", "condemn"),
      Map.entry("praised", "praise"), Map.entry("threatened", "threaten"), Map.entry("met", "meet"),
      Map.entry("visited", "visit"), Map.entry("attacked", "attack"), Map.entry("rejected", "reject"),
      Map.entry("welcomed", "welcome"), Map.entry("urged", "urge"), Map.entry("said", "say"),
      Map.entry("thanked", "thank"), Map.entry("sanctioned", "sanction"), Map.entry("invaded", "invade"),
      Map.entry("expelled", "expel"), Map.entry("denounced", "denounce"), Map.entry("blamed", "blame"));
  private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "with", "to", "for", "from", "by", "over", "after");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their");
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** A pipeline with this annotator and the real built-in dictionaries and coder. */
  static DyadPipeline pipeline() {
    ActorDictionary dict = ActorDictionary.loadDefault();
    return new DyadPipeline(new FakeAnnotator(), new ActorResolver(dict), EventCoder.loadDefault(dict.version()),
        DyadPipeline.DEFAULT_MAX_CHARS);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedEntity> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    Matcher sm = SENTENCE.matcher(text);
    while (sm.find()) {
      if (sm.group().isBlank()) {
        continue;
      }
      int index = sentences.size();
      List<Token> tokens = new ArrayList<>();
      Matcher tm = TOKEN.matcher(text).region(sm.start(), sm.end());
      while (tm.find()) {
        String w = tm.group();
        String lower = w.toLowerCase(Locale.ROOT);
        String pos;
        String ner = "O";
        String lemma = lower;
        if (VERBS.containsKey(lower)) {
          pos = "VBD";
          lemma = VERBS.get(lower);
        } else if (PREPOSITIONS.contains(lower)) {
          pos = "IN";
        } else if (DETERMINERS.contains(lower)) {
          pos = "DT";
        } else if (DAYS.contains(lower)) {
          pos = "NNP";
          ner = "DATE";
          lemma = w;
        } else if (Character.isUpperCase(w.charAt(0))) {
          pos = "NNP";
          ner = "LOCATION";
          lemma = w;
        } else if (Character.isDigit(w.charAt(0))) {
          pos = "CD";
        } else if (Character.isLetter(w.charAt(0))) {
          pos = "NN";
        } else {
          pos = w.equals(",") ? "," : ".";
        }
        tokens.add(new Token(tokens.size(), w, lemma, pos, ner, tm.start(), tm.end()));
      }
      if (tokens.isEmpty()) {
        continue;
      }
      List<Dependency> deps = dependencies(tokens);
      sentences.add(new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, deps));
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.ner().equals("LOCATION") && (i == 0 || !tokens.get(i - 1).ner().equals("LOCATION"))) {
          int j = i;
          while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("LOCATION")) {
            j++;
          }
          int s = t.start();
          int e = tokens.get(j).end();
          entities.add(new NamedEntity(text.substring(s, e), "LOCATION", index, i, j, s, e));
        }
        if (t.ner().equals("DATE")) {
          times.add(new TimeExpression(t.word(), t.start(), t.end(), index, "DATE", null));
        }
      }
    }
    return new AnnotatedArticle(article, sentences, entities, times, DESCRIPTION);
  }

  /** Root = first verb; name groups before it: subject; after it: object (or oblique after a preposition). */
  private static List<Dependency> dependencies(List<Token> t) {
    List<Dependency> deps = new ArrayList<>();
    int verb = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).pos().equals("VBD")) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return deps;
    }
    deps.add(new Dependency(-1, "root", verb));
    boolean subject = false;
    boolean object = false;
    for (int i = 0; i < t.size(); ) {
      if (i == verb || !t.get(i).pos().startsWith("NN")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < t.size() && t.get(j + 1).pos().equals(t.get(i).pos()) && j + 1 != verb) {
        j++;
      }
      for (int k = i; k < j; k++) {
        deps.add(new Dependency(j, "compound", k));
      }
      String prep = i > 0 && t.get(i - 1).pos().equals("IN") ? t.get(i - 1).lemma() : null;
      if (j < verb && !subject) {
        deps.add(new Dependency(verb, "nsubj", j));
        subject = true;
      } else if (j > verb && prep == null && !object) {
        deps.add(new Dependency(verb, "obj", j));
        object = true;
      } else if (j > verb && prep != null) {
        deps.add(new Dependency(verb, "obl:" + prep, j));
        deps.add(new Dependency(j, "case", i - 1));
      }
      i = j + 1;
    }
    return deps;
  }

  @Override
  public String description() {
    return DESCRIPTION;
  }
}
