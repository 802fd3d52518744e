package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.DocumentError;
import org.dyad.model.DyadException;
import org.dyad.model.NamedEntity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * The Stanford CoreNLP adapter: tokenize, ssplit, pos, lemma, ner (with SUTime anchored on the
 * article date) and depparse (enhanced++ Universal Dependencies).
 *
 * <p><b>NOTE:</b> thread-safe; one instance holds the models (about 2 GB of heap) and is meant to
 * be created once per process and shared. Loading takes several seconds.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** The CoreNLP version this adapter is built and tested with. */
  public static final String CORENLP_VERSION = "4.5.10";

  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final StanfordCoreNLP pipeline;
  private final AnnotatorSettings settings;
  private final String description;

  private CoreNlpAnnotator(AnnotatorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pipeline = new StanfordCoreNLP(properties(settings));
    this.description = "corenlp-" + CORENLP_VERSION + " tokenize,ssplit,pos,lemma,ner("
        + settings.ner().name().toLowerCase() + "+sutime),depparse(enhanced++,max "
        + settings.maxSentenceTokens() + ")";
  }

  /** Loads the models; takes seconds. */
  public static CoreNlpAnnotator load(AnnotatorSettings settings) {
    return new CoreNlpAnnotator(settings);
  }

  static Properties properties(AnnotatorSettings s) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", String.valueOf(Math.max(s.maxSentenceTokens() * 2, 200)));
    p.setProperty("depparse.maxlen", String.valueOf(s.maxSentenceTokens()));
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("sutime.includeRange", "true");
    if (s.ner() == AnnotatorSettings.NerModels.THREE_CLASS) {
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.combinationMode", "NORMAL");
    }
    return p;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String timing() {
    return pipeline.timingInformation();
  }

  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Objects.requireNonNull(article, "article");
    Annotation doc = new Annotation(article.text());
    if (article.date() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    try {
      pipeline.annotate(doc);
    } catch (RuntimeException e) {
      throw new DyadException(new DocumentError(article.id(), "ANNOTATION",
          "CoreNLP failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()), e);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<NamedEntity> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (coreSentences == null) {
      coreSentences = List.of();
    }
    for (int si = 0; si < coreSentences.size(); si++) {
      CoreMap cs = coreSentences.get(si);
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      int tokenBase = labels.isEmpty() ? 0 : labels.get(0).index();
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String lemma = l.lemma() == null ? l.word().toLowerCase() : l.lemma();
        String ner = l.ner() == null ? "O" : l.ner();
        tokens.add(new Token(i, l.word(), lemma, l.tag() == null ? "X" : l.tag(), ner, l.beginPosition(), l.endPosition()));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph g = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (g != null) {
        for (var root : g.getRoots()) {
          deps.add(new Dependency(-1, "root", root.index() - tokenBase));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getGovernor().index() - tokenBase, e.getRelation().toString(), e.getDependent().index() - tokenBase));
        }
      }
      int start = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentences.add(new Sentence(si, start, end, tokens, deps));

      List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        if (type == null || mt == null || mt.isEmpty()) {
          continue;
        }
        int mStart = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int mEnd = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String text = article.text().substring(mStart, mEnd);
        if (TIME_TYPES.contains(type)) {
          Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
          String value = timex != null ? timex.value() : mt.get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
          if (value == null && timex != null) {
            value = timex.altVal();
          }
          String ttype = timex != null && timex.timexType() != null ? timex.timexType() : type;
          times.add(new TimeExpression(text, mStart, mEnd, si, ttype, value));
        } else {
          int first = mt.get(0).index() - tokenBase;
          int last = mt.get(mt.size() - 1).index() - tokenBase;
          entities.add(new NamedEntity(text, type, si, first, last, mStart, mEnd));
        }
      }
    }
    return new AnnotatedArticle(article, sentences, entities, times, description);
  }
}
