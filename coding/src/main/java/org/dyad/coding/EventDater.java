package org.dyad.coding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;
import org.dyad.model.TimeExpression;

/**
 * Gives each event a date and says whether it is recalled background.
 *
 * <p>Rules, in order: (1) a calendar date expressed in the event's own sentence (the nearest
 * one to the trigger); (2) the date of the sentence just before, which usually continues its
 * story ("Their first call on Jan 29 ... Mr Blinken, meanwhile, spoke twice with ..."); (3) the
 * story date: a day named in the lead (first two sentences) within a week before publication
 * ("on Sunday"); (4) the article date. Background — acts the article recalls from the past,
 * such as the crime someone "is accused of", or an act dated more than a year before the
 * article — keeps only a date the text states for it, and never the article's week.
 *
 * <p><b>NOTE:</b> stateless and thread-safe.
 */
public final class EventDater {
  private static final Set<String> BACKGROUND_HEADS = Set.of(
      "accuse", "charge", "convict", "allege", "suspect", "indict", "sentence", "jail", "acquit", "try", "blame",
      "imprison", "execute", "remember", "recall", "commemorate", "mark");

  /** Returns the events with date, date_text, date_rule and background set. */
  public List<Event> date(AnnotatedArticle article, List<Event> events) {
    LocalDate published = article.article().date();
    LocalDate story = storyDate(article, published);
    List<Event> out = new ArrayList<>(events.size());
    Map<Integer, Syntax> syntax = new HashMap<>();
    for (Event e : events) {
      Syntax syn = syntax.computeIfAbsent(e.sentence(), i -> new Syntax(article.sentences().get(i)));
      TimeExpression own = ownTime(article, e, syn);
      boolean background = isBackground(e, own, published, syn);
      LocalDate date;
      String text;
      String rule;
      if (own != null) {
        date = toDate(own.value());
        text = own.text();
        rule = own.value().length() == 10 ? "own-sentence" : "own-sentence-" + (own.value().length() == 7 ? "month" : "year");
      } else if (background) {
        date = null;
        text = null;
        rule = "background-undated";
      } else {
        TimeExpression prev = e.sentence() > 0 ? nearest(article, e.sentence() - 1, Integer.MAX_VALUE) : null;
        if (prev != null && !isFuture(prev.value(), published)) {
          date = toDate(prev.value());
          text = prev.text();
          rule = "previous-sentence";
        } else if (story != null) {
          date = story;
          text = null;
          rule = "story-date";
        } else {
          date = published;
          text = null;
          rule = "article-date";
        }
      }
      if (background && date != null && published != null && !date.isBefore(published.minusDays(7)) && own == null) {
        date = null;
        rule = "background-undated";
      }
      out.add(new Event(e.eventId(), e.docId(), e.sentence(), date, text, rule, background, e.source(), e.target(),
          e.cameo(), e.goldstein(), e.ploverType(), e.ploverMode(), e.place(), e.provenance()));
    }
    return out;
  }

  private static boolean isFuture(String value, LocalDate published) {
    LocalDate d = toDate(value);
    return d == null || (published != null && d.isAfter(published));
  }

  /** The day the lead names, when it is within a week before publication. */
  static LocalDate storyDate(AnnotatedArticle a, LocalDate published) {
    for (TimeExpression t : a.times()) {
      if (t.sentence() > 1) {
        break;
      }
      if (t.isCalendarDate() && t.value().length() == 10) {
        LocalDate d = toDate(t.value());
        if (d != null && published != null && !d.isAfter(published) && !d.isBefore(published.minusDays(7))) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * The calendar date that belongs to the event's own clause: the time expression's words hang
   * from the trigger without another verb in between ("on Sunday emphasised"); failing that, a
   * full day anywhere in the sentence. A bare year elsewhere in the sentence ("deployed
   * peacekeepers in 2020, offered to host talks") is not the event's.
   */
  private static TimeExpression ownTime(AnnotatedArticle a, Event e, Syntax syn) {
    int trigger = syn.tokenAt(e.provenance().trigger().start());
    TimeExpression fullDay = null;
    for (TimeExpression t : a.times()) {
      if (t.sentence() != e.sentence() || !t.isCalendarDate()) {
        continue;
      }
      int tok = syn.tokenAt(t.start());
      if (tok >= 0 && trigger >= 0 && attached(syn, tok, trigger)) {
        return t;
      }
      if (t.value().length() == 10 && fullDay == null) {
        fullDay = t;
      }
    }
    return fullDay;
  }

  /** True when token {@code t} hangs from {@code trigger} without passing another verb. */
  private static boolean attached(Syntax syn, int t, int trigger) {
    int cur = t;
    for (int depth = 0; depth < 5; depth++) {
      var h = syn.head(cur);
      if (h == null) {
        return false;
      }
      if (h.governor() == trigger) {
        return true;
      }
      cur = h.governor();
      if (syn.token(cur).isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** The calendar date in a sentence nearest to an offset. */
  private static TimeExpression nearest(AnnotatedArticle a, int sentence, int offset) {
    TimeExpression best = null;
    int bestDist = Integer.MAX_VALUE;
    for (TimeExpression t : a.times()) {
      if (t.sentence() != sentence || !t.isCalendarDate()) {
        continue;
      }
      int dist = offset == Integer.MAX_VALUE ? -t.start() : Math.abs(t.start() - offset);
      if (best == null || dist < bestDist) {
        best = t;
        bestDist = dist;
      }
    }
    return best;
  }

  private static boolean isBackground(Event e, TimeExpression own, LocalDate published, Syntax syn) {
    if (own != null && published != null) {
      LocalDate d = toDate(own.value());
      if (d != null && d.isBefore(published.minusYears(1))) {
        return true;
      }
    }
    int trigger = syn.tokenAt(e.provenance().trigger().start());
    if (trigger < 0) {
      return false;
    }
    // "is accused of abducting", "was convicted of killing": the crime someone is charged with is background
    int cur = trigger;
    for (int depth = 0; depth < 3; depth++) {
      var h = syn.head(cur);
      if (h == null) {
        break;
      }
      int gov = h.governor();
      if (BACKGROUND_HEADS.contains(syn.lemma(gov)) && (syn.isPassive(gov) || syn.token(gov).isNoun())) {
        return true;
      }
      cur = gov;
    }
    // past perfect: "had attacked"
    for (var d : syn.children(trigger)) {
      if (d.relation().equals("aux") && syn.lemma(d.dependent()).equals("have") && syn.token(d.dependent()).pos().equals("VBD")
          && syn.token(trigger).pos().equals("VBN")) {
        return true;
      }
    }
    return false;
  }


  /** A LocalDate from a TIMEX value: a day as it is, a month or a year as its first day. */
  static LocalDate toDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(value).atDay(1);
      }
      if (value.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(value), 1, 1);
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
