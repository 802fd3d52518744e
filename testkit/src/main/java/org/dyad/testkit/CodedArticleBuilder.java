package org.dyad.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CameoCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.PloverType;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Builds small, valid {@link CodedArticle}s by hand from words rather than offsets, for tests.
 *
 * <p>The text is the given sentences joined by one space; every piece of text (mentions,
 * triggers, quotes, dates, places) is located as a whole word, so offsets are always right.
 * Events take their participants from the actors' mentions (a participant's words must be one
 * of an actor's mentions in that sentence) and get deterministic defaults: the article date,
 * Goldstein 0, a PLOVER type derived from the CAMEO root, rule {@code test:<trigger>},
 * dictionary version {@value #DICTIONARY_VERSION}, annotator {@value #ANNOTATOR}, confidence 0.9.
 *
 * <pre>{@code
 * CodedArticle a = CodedArticleBuilder.article("d1", LocalDate.of(2021, 5, 16),
 *         "Pakistan criticised India on Sunday.", "India rejected the claim.")
 *     .actor("A1", "Pakistan", "PAK", "COUNTRY", "Pakistan")
 *     .actor("A2", "India", "IND", "COUNTRY", "India", "India")
 *     .event(0, "criticised", "Pakistan", "India", "111").goldstein(-2).add()
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; use one builder per article. Lookup failures throw
 * {@link IllegalArgumentException} naming the missing words.
 */
public final class CodedArticleBuilder {
  public static final String CODER_VERSION = "test-coder-1";
  public static final String DICTIONARY_VERSION = "test-dict-1";
  public static final String ANNOTATOR = "test-annotator";

  private final String docId;
  private final LocalDate date;
  private final String text;
  private final List<Span> sentences = new ArrayList<>();
  private String title;
  private String url;
  private String source;
  private String coderVersion = CODER_VERSION;
  private final List<Actor> actors = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<TimeExpression> dates = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final List<DocumentError> errors = new ArrayList<>();

  private CodedArticleBuilder(String docId, LocalDate date, String[] sentenceTexts) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.date = date;
    StringBuilder sb = new StringBuilder();
    for (String s : sentenceTexts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      int start = sb.length();
      sb.append(s);
      sentences.add(new Span(start, sb.length()));
    }
    this.text = sb.toString();
  }

  /** A builder for an article whose text is {@code sentences} joined by single spaces. */
  public static CodedArticleBuilder article(String docId, LocalDate date, String... sentences) {
    return new CodedArticleBuilder(docId, date, sentences);
  }

  public String text() {
    return text;
  }

  public List<Span> sentences() {
    return List.copyOf(sentences);
  }

  public CodedArticleBuilder meta(String newTitle, String newUrl, String newSource) {
    this.title = newTitle;
    this.url = newUrl;
    this.source = newSource;
    return this;
  }

  public CodedArticleBuilder coderVersion(String v) {
    this.coderVersion = Objects.requireNonNull(v, "coderVersion");
    return this;
  }

  /** An actor with no role and code source {@code test}. */
  public CodedArticleBuilder actor(String id, String name, String code, String type, String... mentionTexts) {
    return actorWithRole(id, name, code, null, type, mentionTexts);
  }

  /**
   * An actor whose mentions are found in order: each mention is the next whole-word occurrence
   * of its words after the previous mention of this actor.
   */
  public CodedArticleBuilder actorWithRole(String id, String name, String code, String role, String type, String... mentionTexts) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (String m : mentionTexts) {
      int at = find(m, from, text.length());
      if (at < 0) {
        throw new IllegalArgumentException("actor " + id + ": mention '" + m + "' not found after offset " + from
            + " in document " + docId);
      }
      int sentence = sentenceOf(at);
      mentions.add(new Mention(m, at, at + m.length(), sentence, 0, "NAME"));
      from = at + m.length();
    }
    actors.add(new Actor(id, name, ActorCode.of(code), role, type, "test", mentions));
    return this;
  }

  /** Starts an event in sentence {@code sentence}; {@code targetWords} may be null. Finish with {@link EventSpec#add()}. */
  public EventSpec event(int sentence, String triggerWords, String sourceWords, String targetWords, String cameo) {
    return new EventSpec(sentence, triggerWords, sourceWords, targetWords, cameo);
  }

  /** A quotation (the words inside the marks), spoken by actor {@code speakerActorId} or null when unknown. */
  public CodedArticleBuilder quote(String words, String speakerActorId) {
    int at = findOrFail("quote", words, 0, text.length());
    String name = null;
    ActorCode code = null;
    if (speakerActorId != null) {
      Actor a = actorById(speakerActorId);
      name = a.name();
      code = a.code();
    }
    quotes.add(new Quote(words, at, at + words.length(), sentenceOf(at), name, code, speakerActorId, "test:quote"));
    return this;
  }

  /** A time expression, e.g. {@code date("Sunday", "DATE", "2021-05-16")}. */
  public CodedArticleBuilder date(String words, String type, String value) {
    int at = findOrFail("date", words, 0, text.length());
    dates.add(new TimeExpression(words, at, at + words.length(), sentenceOf(at), type, value));
    return this;
  }

  /** A place named in the text (role MENTIONED unless given otherwise). */
  public CodedArticleBuilder place(String words, String name, String country, Double lat, Double lon, String role) {
    int at = findOrFail("place", words, 0, text.length());
    places.add(new Place(words, at, at + words.length(), name, country, lat, lon, role));
    return this;
  }

  public CodedArticleBuilder error(String kind, String message) {
    errors.add(new DocumentError(docId, kind, message));
    return this;
  }

  public CodedArticle build() {
    Article article = new Article(docId, text, date, title, url, source);
    return new CodedArticle(article, sentences, actors, events, quotes, dates, places, errors, coderVersion);
  }

  /** A default PLOVER type for a CAMEO root, used when a test does not set one. */
  static PloverType defaultPlover(int root) {
    switch (root) {
      case 1: case 4: return PloverType.CONSULT;
      case 2: case 10: return PloverType.REQUEST;
      case 3: return PloverType.AGREE;
      case 5: case 6: return PloverType.COOPERATE;
      case 7: return PloverType.AID;
      case 8: return PloverType.CONCEDE;
      case 9: case 11: return PloverType.ACCUSE;
      case 12: return PloverType.REJECT;
      case 13: return PloverType.THREATEN;
      case 14: return PloverType.PROTEST;
      case 15: return PloverType.MOBILIZE;
      case 16: return PloverType.SANCTION;
      case 17: return PloverType.COERCE;
      default: return PloverType.ASSAULT;
    }
  }

  /** One event being built; every setter is optional. */
  public final class EventSpec {
    private final int sentence;
    private final String triggerWords;
    private final String sourceWords;
    private final String targetWords;
    private final CameoCode cameo;
    private LocalDate eventDate = date;
    private String dateText;
    private String dateRule = "ARTICLE";
    private boolean background;
    private double goldstein;
    private PloverType plover;
    private String ploverMode;
    private Place place;
    private String rule;
    private double confidence = 0.9;

    private EventSpec(int sentence, String triggerWords, String sourceWords, String targetWords, String cameo) {
      this.sentence = sentence;
      this.triggerWords = Objects.requireNonNull(triggerWords, "triggerWords");
      this.sourceWords = Objects.requireNonNull(sourceWords, "sourceWords");
      this.targetWords = targetWords;
      this.cameo = CameoCode.of(cameo);
    }

    public EventSpec goldstein(double g) {
      this.goldstein = g;
      return this;
    }

    public EventSpec plover(PloverType type, String mode) {
      this.plover = type;
      this.ploverMode = mode;
      return this;
    }

    /** The event's date and the words it comes from (may be null: inherited). */
    public EventSpec date(LocalDate d, String words, String howDecided) {
      this.eventDate = d;
      this.dateText = words;
      this.dateRule = howDecided;
      return this;
    }

    public EventSpec background(boolean b) {
      this.background = b;
      return this;
    }

    /** Where it happened: the first whole-word occurrence of {@code words} in the event's sentence. */
    public EventSpec at(String words, String name, String country, Double lat, Double lon) {
      Span s = sentenceSpan(sentence);
      int atOffset = findOrFail("place", words, s.start(), s.end());
      this.place = new Place(words, atOffset, atOffset + words.length(), name, country, lat, lon, "EVENT");
      return this;
    }

    public EventSpec rule(String ruleId) {
      this.rule = ruleId;
      return this;
    }

    public EventSpec confidence(double c) {
      this.confidence = c;
      return this;
    }

    /** Builds the event and adds it to the article. */
    public CodedArticleBuilder add() {
      Span s = sentenceSpan(sentence);
      int t = findOrFail("trigger", triggerWords, s.start(), s.end());
      Span trigger = new Span(t, t + triggerWords.length());
      Participant src = participant("source", sourceWords, s);
      Participant tgt = targetWords == null ? null : participant("target", targetWords, s);
      String id = Event.idFor(docId, sentence, trigger, src.span(), tgt == null ? null : tgt.span(), cameo.value(), coderVersion);
      Provenance prov = new Provenance(docId, sentence, trigger, triggerWords, src.span(), tgt == null ? null : tgt.span(),
          rule == null ? "test:" + triggerWords : rule, DICTIONARY_VERSION, coderVersion, ANNOTATOR, confidence);
      events.add(new Event(id, docId, sentence, eventDate, dateText, eventDate == null ? null : dateRule, background,
          src, tgt, cameo, goldstein, plover == null ? defaultPlover(cameo.rootNumber()) : plover, ploverMode, place, prov));
      return CodedArticleBuilder.this;
    }

    private Participant participant(String role, String words, Span sentenceSpan) {
      for (Actor a : actors) {
        for (Mention m : a.mentions()) {
          if (m.text().equals(words) && sentenceSpan.contains(m.span())) {
            return new Participant(words, m.start(), m.end(), a.code(), a.name(), a.id());
          }
        }
      }
      throw new IllegalArgumentException("document " + docId + ", sentence " + sentence + ": " + role + " '" + words
          + "' is not a mention of any actor in that sentence (declare the actor first)");
    }
  }

  private Actor actorById(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("document " + docId + ": no actor with id '" + id + "'");
  }

  private Span sentenceSpan(int i) {
    if (i < 0 || i >= sentences.size()) {
      throw new IllegalArgumentException("document " + docId + ": no sentence " + i + " (has " + sentences.size() + ")");
    }
    return sentences.get(i);
  }

  private int sentenceOf(int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (offset >= s.start() && offset < s.end()) {
        return i;
      }
    }
    throw new IllegalArgumentException("document " + docId + ": offset " + offset + " is in no sentence");
  }

  private int findOrFail(String what, String words, int from, int to) {
    int at = find(words, from, to);
    if (at < 0) {
      throw new IllegalArgumentException("document " + docId + ": " + what + " '" + words + "' not found as whole words in ["
          + from + "," + to + ")");
    }
    return at;
  }

  /** First whole-word occurrence of {@code words} starting in [from, to) and ending by {@code to}, or -1. */
  private int find(String words, int from, int to) {
    if (words.isEmpty()) {
      return -1;
    }
    int at = text.indexOf(words, from);
    while (at >= 0 && at + words.length() <= to) {
      int end = at + words.length();
      boolean leftOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || !Character.isLetterOrDigit(words.charAt(0));
      boolean rightOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
          || !Character.isLetterOrDigit(words.charAt(words.length() - 1));
      if (leftOk && rightOk) {
        return at;
      }
      at = text.indexOf(words, at + 1);
    }
    return -1;
  }
}
