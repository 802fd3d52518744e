package org.dyad.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.KnownActors;
import org.dyad.actors.KnownActorsTsv;
import org.dyad.actors.ResolvedActors;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.actors.dict.Gazetteer;
import org.dyad.annotate.Annotator;
import org.dyad.annotate.AnnotatorSettings;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.coding.EventCoder;
import org.dyad.coding.EventDater;
import org.dyad.coding.PlaceFinder;
import org.dyad.coding.QuoteAttributor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.DyadException;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * The whole path from an article to its coded events, in one place:
 * validate → annotate (CoreNLP) → resolve actors → code events → date them → attribute quotes.
 *
 * <p><b>NOTE:</b> thread-safe: every stage is stateless or immutable after construction, so one
 * pipeline serves all threads. It owns the annotator and closes it in {@link #close()}.
 */
public final class DyadPipeline implements AutoCloseable {
  /** Articles longer than this (in chars) are refused: see README, "Limits". */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  private final Annotator annotator;
  private final ActorResolver resolver;
  private final EventCoder coder;
  private final EventDater dater = new EventDater();
  private final QuoteAttributor quotes = new QuoteAttributor();
  private final PlaceFinder places;
  private final int maxChars;

  public DyadPipeline(Annotator annotator, ActorResolver resolver, EventCoder coder, int maxChars) {
    this(annotator, resolver, coder, Gazetteer.loadDefault(), maxChars);
  }

  /** A pipeline with a given gazetteer (the built-in one merged with an imported GeoNames dump, say). */
  public DyadPipeline(Annotator annotator, ActorResolver resolver, EventCoder coder, Gazetteer gazetteer, int maxChars) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.places = new PlaceFinder(gazetteer, resolver.dictionary());
    this.maxChars = maxChars;
  }

  /** The pipeline with CoreNLP and the built-in dictionaries; loading takes several seconds. */
  public static DyadPipeline loadDefault() {
    return load(AnnotatorSettings.defaults());
  }

  public static DyadPipeline load(AnnotatorSettings settings) {
    ActorDictionary dict = ActorDictionary.loadDefault();
    EventCoder coder = EventCoder.loadDefault(dict.version());
    return new DyadPipeline(CoreNlpAnnotator.load(settings), new ActorResolver(dict), coder, defaultGazetteer(),
        DEFAULT_MAX_CHARS);
  }

  /** Where an imported GeoNames dump is kept: {@code $DYAD_GAZETTEER}, else {@code data/geonames.txt}. */
  public static Path importedGazetteerLocation() {
    String env = System.getenv("DYAD_GAZETTEER");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("data", "geonames.txt");
  }

  /** The built-in gazetteer, merged with the imported GeoNames dump when there is one. */
  public static Gazetteer defaultGazetteer() {
    Path imported = importedGazetteerLocation();
    Gazetteer builtIn = Gazetteer.loadDefault();
    return Files.isRegularFile(imported) ? builtIn.merge(Gazetteer.importGeoNames(imported)) : builtIn;
  }

  public String coderVersion() {
    return EventCoder.VERSION;
  }

  public String description() {
    return EventCoder.VERSION + "; " + coder.dictionaryVersion() + "; " + annotator.description();
  }

  /**
   * Codes one article. Never throws for bad input: problems come back in
   * {@link CodedArticle#errors()}, with no events.
   */
  public CodedArticle code(Article article) {
    return code(article, KnownActorsTsv.curated());
  }

  /** The built-in curated persons together with others (from the store, say): what {@link #code(Article, KnownActors)} wants. */
  public static KnownActors knownWith(KnownActors others) {
    return KnownActorsTsv.curated().plus(others);
  }

  /**
   * Codes one article with persons known from other articles or curated lists (see
   * {@link KnownActors}). Never throws for bad input: problems come back in
   * {@link CodedArticle#errors()}, with no events.
   */
  public CodedArticle code(Article article, KnownActors known) {
    Objects.requireNonNull(article, "article");
    List<DocumentError> problems = validate(article);
    if (!problems.isEmpty()) {
      return failed(article, problems);
    }
    AnnotatedArticle annotated;
    try {
      annotated = annotator.annotate(article);
    } catch (DyadException e) {
      return failed(article, List.of(e.error()));
    } catch (RuntimeException | OutOfMemoryError e) {
      return failed(article, List.of(new DocumentError(article.id(), "ANNOTATION", "annotation failed: " + e)));
    }
    return code(annotated, known);
  }

  /** The annotation step alone (for benchmarks and tools); throws {@link DyadException} naming the article. */
  public AnnotatedArticle annotate(Article article) {
    return annotator.annotate(article);
  }

  /** Time spent per annotation step so far. */
  public String annotatorTiming() {
    return annotator.timing();
  }

  /** Codes an article that is already annotated (used by tests and by callers that cache annotation). */
  public CodedArticle code(AnnotatedArticle annotated) {
    return code(annotated, KnownActorsTsv.curated());
  }

  /**
   * Codes an annotated article with known persons. A failure inside Dyad's own stages becomes a
   * CODING error of this article, never an exception that would stop a run.
   */
  public CodedArticle code(AnnotatedArticle annotated, KnownActors known) {
    try {
      return codeUnchecked(annotated, known);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(annotated.article(), List.of(new DocumentError(annotated.article().id(), "CODING",
          "coding failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
    }
  }

  private CodedArticle codeUnchecked(AnnotatedArticle annotated, KnownActors known) {
    ResolvedActors actors = resolver.resolve(annotated, known);
    List<Event> dated = dater.date(annotated, coder.code(annotated, actors));
    PlaceFinder.Result located = places.locate(annotated, actors, dated);
    List<Event> events = located.events();
    List<Quote> qs = quotes.attribute(annotated, actors);
    List<Span> sentences = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      sentences.add(s.span());
    }
    List<TimeExpression> dates = new ArrayList<>();
    for (TimeExpression t : annotated.times()) {
      dates.add(t);
    }
    return new CodedArticle(annotated.article(), sentences, actors.actors(), events, qs, dates, located.places(),
        List.of(), EventCoder.VERSION);
  }

  private List<DocumentError> validate(Article a) {
    List<DocumentError> out = new ArrayList<>();
    if (a.text().isBlank()) {
      out.add(new DocumentError(a.id(), "EMPTY", "the article has no text"));
    } else if (a.text().length() > maxChars) {
      out.add(new DocumentError(a.id(), "TOO_LARGE",
          "the article has " + a.text().length() + " characters; the limit is " + maxChars));
    }
    if (a.date() == null) {
      out.add(new DocumentError(a.id(), "DATE", "the article has no publication date"));
    }
    return out;
  }

  private static CodedArticle failed(Article a, List<DocumentError> errors) {
    return new CodedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), errors, EventCoder.VERSION);
  }

  @Override
  public void close() {
    annotator.close();
  }
}
