package org.dyad.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.NamedEntity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Builds {@link AnnotatedArticle}s by hand, so that stages after annotation can be tested
 * without CoreNLP. Tokens are written {@code word/POS[/NER[/lemma]]} separated by spaces; the
 * text is the words joined by single spaces, sentences joined by a space. Dependencies are
 * written dependent first, {@code "DEP REL GOV"} ("4 nsubj 5": token 4 is the subject of token
 * 5), with 0-based token indices; the root is {@code "-1 root 5"} or {@code "5 root -1"}. Runs of
 * PERSON, ORGANIZATION or LOCATION tags become named entities.
 *
 * <p>Not thread-safe; a builder makes one article.
 */
public final class Annotations {
  private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final String docId;
  private final LocalDate date;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<NamedEntity> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();

  private Annotations(String docId, LocalDate date) {
    this.docId = docId;
    this.date = date;
  }

  public static Annotations article(String docId, LocalDate date) {
    return new Annotations(docId, date);
  }

  /** Adds a sentence. */
  public Annotations sentence(String tokens, String... dependencies) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int sentenceStart = text.length();
    List<Token> out = new ArrayList<>();
    String[] specs = tokens.trim().split("\\s+");
    for (int i = 0; i < specs.length; i++) {
      String[] f = specs[i].split("/");
      if (f.length < 2) {
        throw new IllegalArgumentException("token needs word/POS: " + specs[i]);
      }
      String word = f[0].replace('_', ' ');
      String pos = f[1];
      String ner = f.length > 2 && !f[2].isEmpty() ? f[2] : "O";
      String lemma = f.length > 3 ? f[3] : pos.startsWith("NNP") ? word : word.toLowerCase();
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      out.add(new Token(i, word, lemma, pos, ner, start, text.length()));
    }
    List<Dependency> deps = new ArrayList<>();
    for (String d : dependencies) {
      String[] f = d.trim().split("\\s+");
      if (f.length != 3) {
        throw new IllegalArgumentException("dependency needs 'DEP REL GOV': " + d);
      }
      int a = Integer.parseInt(f[0]);
      int b = Integer.parseInt(f[2]);
      if (f[1].equals("root")) {
        deps.add(new Dependency(-1, "root", Math.max(a, b)));
      } else {
        deps.add(new Dependency(b, f[1], a));
      }
    }
    int index = sentences.size();
    sentences.add(new Sentence(index, sentenceStart, text.length(), out, deps));
    for (int i = 0; i < out.size(); i++) {
      String ner = out.get(i).ner();
      if (!ENTITY_TYPES.contains(ner) || (i > 0 && out.get(i - 1).ner().equals(ner))) {
        continue;
      }
      int j = i;
      while (j + 1 < out.size() && out.get(j + 1).ner().equals(ner)) {
        j++;
      }
      int s = out.get(i).start();
      int e = out.get(j).end();
      entities.add(new NamedEntity(text.substring(s, e), ner, index, i, j, s, e));
    }
    return this;
  }

  /** Adds a time expression for the first occurrence of {@code words} in the last sentence. */
  public Annotations time(String words, String type, String value) {
    Sentence s = sentences.get(sentences.size() - 1);
    int at = text.indexOf(words, s.start());
    if (at < 0 || at >= s.end()) {
      throw new IllegalArgumentException("'" + words + "' is not in the last sentence");
    }
    times.add(new TimeExpression(words, at, at + words.length(), s.index(), type, value));
    return this;
  }

  public AnnotatedArticle build() {
    Article a = Article.of(docId, text.toString(), date);
    return new AnnotatedArticle(a, sentences, entities, times, "test-annotations");
  }
}
