package org.dyad.server;

import static org.dyad.server.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.DocumentError;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;

/**
 * Renders a coded article as HTML: the text with actors, event triggers, dates, quotes and places
 * highlighted, then every event with its source, target, code, date and the rule that fired, and
 * the sentence that proves it. All text goes through {@link Html#esc}. Stateless, thread-safe.
 */
final class ArticleView {
  private ArticleView() {}

  /** A highlighted range of the text: CSS class, tooltip and the events it belongs to. */
  record Mark(int start, int end, String css, String title, String eventId) {}

  /**
   * The text with marks as {@code <span class="hl ...">} runs. Overlapping marks are cut at every
   * boundary so each run carries the classes and tooltips of all marks covering it; marks
   * outside the text are ignored.
   */
  static String highlight(String text, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    List<Mark> ok = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
        ok.add(m);
        cuts.add(m.start());
        cuts.add(m.end());
      }
    }
    StringBuilder sb = new StringBuilder(text.length() * 2);
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        String piece = text.substring(prev, cut);
        Set<String> css = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        for (Mark m : ok) {
          if (m.start() <= prev && cut <= m.end()) {
            css.add(m.css());
            if (m.title() != null) {
              titles.add(m.title());
            }
            if (m.eventId() != null) {
              events.add(m.eventId());
            }
          }
        }
        if (css.isEmpty()) {
          sb.append(esc(piece));
        } else {
          sb.append("<span class=\"hl ").append(esc(String.join(" ", css))).append('"');
          if (!titles.isEmpty()) {
            sb.append(" title=\"").append(esc(String.join("\n", titles))).append('"');
          }
          if (!events.isEmpty()) {
            sb.append(" data-events=\"").append(esc(String.join(" ", events))).append('"');
          }
          sb.append('>').append(esc(piece)).append("</span>");
        }
      }
      prev = cut;
    }
    return sb.toString();
  }

  /** Every annotation of the article as marks over its whole text. */
  static List<Mark> marks(CodedArticle a) {
    List<Mark> out = new ArrayList<>();
    for (Actor actor : a.actors()) {
      for (Mention m : actor.mentions()) {
        out.add(new Mark(m.start(), m.end(), "actor", actor.name() + " (" + actor.code() + ")", null));
      }
    }
    for (Event e : a.events()) {
      out.add(new Mark(e.provenance().trigger().start(), e.provenance().trigger().end(), "trigger",
          "event " + e.cameo() + " " + e.ploverType() + " (rule " + e.provenance().ruleId() + ")", e.eventId()));
      out.add(participant(e.source(), "source", e.eventId()));
      if (e.target() != null) {
        out.add(participant(e.target(), "target", e.eventId()));
      }
    }
    for (TimeExpression t : a.dates()) {
      out.add(new Mark(t.start(), t.end(), "date", "date " + (t.value() == null ? t.type() : t.value()), null));
    }
    for (Quote q : a.quotes()) {
      out.add(new Mark(q.start(), q.end(), "quote", "quote by " + (q.speakerName() == null ? "(unknown speaker)"
          : q.speakerName()), null));
    }
    for (Place p : a.places()) {
      out.add(new Mark(p.start(), p.end(), "place", "place " + (p.name() == null ? p.text() : p.name()), null));
    }
    return out;
  }

  private static Mark participant(Participant p, String role, String eventId) {
    return new Mark(p.start(), p.end(), "actor", (p.name() == null ? p.text() : p.name()) + " (" + p.code() + ")", eventId);
  }

  /** The event's sentence with its source, trigger and target marked, or null when the sentence is unknown. */
  static String evidence(CodedArticle a, Event e) {
    if (e.sentence() < 0 || e.sentence() >= a.sentences().size()) {
      return null;
    }
    Span s = a.sentences().get(e.sentence());
    String text = a.article().text();
    if (s.end() > text.length()) {
      return null;
    }
    List<Mark> marks = new ArrayList<>();
    marks.add(shift(e.provenance().trigger(), s, "trigger", "trigger"));
    marks.add(shift(e.source().span(), s, "source", "source " + e.source().code()));
    if (e.target() != null) {
      marks.add(shift(e.target().span(), s, "target", "target " + e.target().code()));
    }
    return highlight(s.of(text), marks);
  }

  private static Mark shift(Span x, Span sentence, String css, String title) {
    return new Mark(x.start() - sentence.start(), x.end() - sentence.start(), css, title, null);
  }

  /** The article page body (without the layout). */
  static String render(CodedArticle a) {
    StringBuilder sb = new StringBuilder();
    var art = a.article();
    sb.append("<article class=\"doc\" data-doc=\"").append(esc(a.docId())).append("\">");
    sb.append("<h1>").append(esc(art.title() == null ? a.docId() : art.title())).append("</h1>");
    sb.append("<p class=\"meta\">").append("<span>document <code>").append(esc(a.docId())).append("</code></span>");
    if (art.date() != null) {
      sb.append(" · <span>published ").append(esc(art.date())).append("</span>");
    }
    if (art.source() != null) {
      sb.append(" · <span>").append(esc(art.source())).append("</span>");
    }
    if (art.url() != null && art.url().matches("(?i)https?://[^\\s]+")) {
      sb.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(esc(art.url())).append("\">original</a>");
    }
    sb.append(" · <span>coder ").append(esc(a.coderVersion())).append("</span></p>");
    sb.append("<p class=\"legend\"><span class=\"hl actor\">actor</span> <span class=\"hl trigger\">event trigger</span> ")
        .append("<span class=\"hl date\">date</span> <span class=\"hl quote\">quote</span> <span class=\"hl place\">place</span></p>");
    sb.append("<div id=\"text\" class=\"text\">").append(highlight(art.text(), marks(a))).append("</div>");

    if (!a.errors().isEmpty()) {
      sb.append("<h2>Problems</h2><ul class=\"errors\">");
      for (DocumentError err : a.errors()) {
        sb.append("<li><b>").append(esc(err.kind())).append("</b> ").append(esc(err.message())).append("</li>");
      }
      sb.append("</ul>");
    }

    sb.append("<h2>Events (").append(a.events().size()).append(")</h2>");
    if (a.events().isEmpty()) {
      sb.append("<p class=\"empty\">No events were coded in this article.</p>");
    } else {
      sb.append("<table id=\"events\" class=\"grid\"><thead><tr><th>date</th><th>source</th><th>event</th><th>target</th>")
          .append("<th>rule</th><th>evidence</th></tr></thead><tbody>");
      for (Event e : a.events()) {
        sb.append("<tr class=\"event\" id=\"event-").append(esc(e.eventId())).append("\" data-event=\"")
            .append(esc(e.eventId())).append("\" data-cameo=\"").append(esc(e.cameo())).append("\" data-source=\"")
            .append(esc(e.source().code())).append("\" data-target=\"")
            .append(esc(e.target() == null ? "" : e.target().code().value())).append("\">");
        sb.append("<td class=\"date\">").append(e.date() == null ? "(undated)" : esc(e.date()));
        if (e.dateText() != null) {
          sb.append("<br><small>“").append(esc(e.dateText())).append("”</small>");
        }
        if (e.background()) {
          sb.append("<br><small>background</small>");
        }
        sb.append("</td>");
        sb.append("<td class=\"src\"><code>").append(esc(e.source().code())).append("</code><br>")
            .append(esc(e.source().text())).append("</td>");
        sb.append("<td class=\"code\"><code>").append(esc(e.cameo())).append("</code> ").append(esc(e.ploverType()))
            .append("<br><small>Goldstein ").append(esc(String.format(Locale.ROOT, "%.1f", e.goldstein())))
            .append(" · “").append(esc(e.provenance().triggerText())).append("”</small></td>");
        sb.append("<td class=\"tgt\">");
        if (e.target() == null) {
          sb.append("—");
        } else {
          sb.append("<code>").append(esc(e.target().code())).append("</code><br>").append(esc(e.target().text()));
        }
        sb.append("</td>");
        sb.append("<td class=\"rule\"><code>").append(esc(e.provenance().ruleId())).append("</code><br><small>confidence ")
            .append(esc(String.format(Locale.ROOT, "%.2f", e.provenance().confidence()))).append("</small></td>");
        String ev = evidence(a, e);
        sb.append("<td class=\"evidence\">").append(ev == null ? "" : ev).append("</td>");
        sb.append("</tr>");
      }
      sb.append("</tbody></table>");
    }

    sb.append("<h2>Quotes (").append(a.quotes().size()).append(")</h2>");
    if (!a.quotes().isEmpty()) {
      sb.append("<table id=\"quotes\" class=\"grid\"><thead><tr><th>speaker</th><th>quote</th></tr></thead><tbody>");
      for (Quote q : a.quotes()) {
        sb.append("<tr><td>").append(q.speakerName() == null ? "(unknown)" : esc(q.speakerName()));
        if (q.speakerCode() != null) {
          sb.append(" <code>").append(esc(q.speakerCode())).append("</code>");
        }
        sb.append("</td><td>“").append(esc(q.text())).append("”</td></tr>");
      }
      sb.append("</tbody></table>");
    }

    sb.append("<h2>Actors (").append(a.actors().size()).append(")</h2>");
    if (!a.actors().isEmpty()) {
      sb.append("<table id=\"actors\" class=\"grid\"><thead><tr><th>name</th><th>code</th><th>role</th><th>type</th>")
          .append("<th>mentions</th></tr></thead><tbody>");
      for (Actor actor : a.actors()) {
        List<String> words = new ArrayList<>();
        for (Mention m : actor.mentions()) {
          words.add(m.text());
        }
        sb.append("<tr><td>").append(esc(actor.name())).append("</td><td><code>").append(esc(actor.code()))
            .append("</code></td><td>").append(esc(actor.role())).append("</td><td>").append(esc(actor.type()))
            .append("</td><td>").append(esc(String.join(" · ", words))).append("</td></tr>");
      }
      sb.append("</tbody></table>");
    }

    if (!a.dates().isEmpty() || !a.places().isEmpty()) {
      sb.append("<h2>Dates and places</h2><ul class=\"dates\">");
      for (TimeExpression t : a.dates()) {
        sb.append("<li>“").append(esc(t.text())).append("” → ").append(esc(t.value())).append(" <small>")
            .append(esc(t.type())).append("</small></li>");
      }
      for (Place p : a.places()) {
        sb.append("<li>place “").append(esc(p.text())).append("” ").append(esc(p.name())).append(" ")
            .append(esc(p.country())).append("</li>");
      }
      sb.append("</ul>");
    }
    sb.append("</article>");
    return sb.toString();
  }
}
