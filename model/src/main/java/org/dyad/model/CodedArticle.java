package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything Dyad found in one article: the unit that is stored, served and exported.
 *
 * @param sentences sentence offsets, so that a reader can show each event's evidence
 * @param coderVersion the coder version that produced it
 */
public record CodedArticle(
    Article article,
    List<Span> sentences,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    List<TimeExpression> dates,
    List<Place> places,
    List<DocumentError> errors,
    String coderVersion) {
  public CodedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
    places = List.copyOf(places);
    errors = List.copyOf(errors);
    Objects.requireNonNull(coderVersion, "coderVersion");
  }

  public String docId() {
    return article.id();
  }
}
