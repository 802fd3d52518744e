package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.MentionRef;
import org.dyad.actors.ResolvedActors;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;

/**
 * Finds quotations (“…”, "…") and who said them.
 *
 * <p>Rules, in order: (1) a speech verb after the closing mark whose subject is an actor —
 * “…,” the FO said; (2) the nearest speech verb above the quoted words in the parse whose subject
 * is an actor — Mr Qureshi said Pakistan desires “…” (the speaker is Qureshi, not Pakistan);
 * (3) a parenthetical speech verb of the clause — The new vision, he said, rested on “…”;
 * (4) a speech verb anywhere in the sentence with an actor subject. Pronoun subjects are
 * resolved through the article's actors.
 *
 * <p><b>NOTE:</b> stateless and thread-safe.
 */
public final class QuoteAttributor {
  /** Lemmas of verbs that introduce what someone says. */
  static final Set<String> SPEECH_VERBS = Set.of(
      "say", "tell", "speak", "add", "note", "state", "declare", "insist", "emphasise", "emphasize", "stress",
      "underscore", "underline", "explain", "announce", "write", "argue", "claim", "warn", "urge", "call", "describe",
      "reaffirm", "affirm", "inform", "remark", "observe", "assert", "maintain", "reiterate", "recall", "acknowledge",
      "admit", "deny", "ask", "reply", "respond", "tweet", "post", "comment", "conclude", "suggest", "agree",
      "vow", "pledge", "promise", "praise", "condemn", "criticise", "criticize", "accuse", "demand", "confirm",
      "report", "quote", "mention", "highlight", "point", "term", "label", "brand", "dub", "hail", "welcome", "issue");

  private static final int MIN_QUOTE_CHARS = 2;

  /** One quoted span of the text. */
  record Span(int start, int end) {}

  public List<Quote> attribute(AnnotatedArticle article, ResolvedActors actors) {
    String text = article.text();
    List<Quote> out = new ArrayList<>();
    for (Span q : quotedSpans(text)) {
      int sentence = sentenceOf(article, q.start());
      if (sentence < 0) {
        continue;
      }
      String quoted = text.substring(q.start(), q.end());
      Speaker sp = speaker(article, actors, q, sentence);
      if (sp == null) {
        out.add(new Quote(quoted, q.start(), q.end(), sentence, null, null, null, "unattributed"));
      } else {
        var a = sp.ref().actor();
        out.add(new Quote(quoted, q.start(), q.end(), sentence, a.name(), a.code(), a.id(), sp.rule()));
      }
    }
    return out;
  }

  record Speaker(MentionRef ref, String rule) {}

  /** Spans inside matching quotation marks; curly marks pair open/close, straight marks alternate. */
  static List<Span> quotedSpans(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char closeWith = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '\u201C') {
          open = i + 1;
          closeWith = '\u201D';
        } else if (c == '"') {
          open = i + 1;
          closeWith = '"';
        }
      } else if (c == closeWith) {
        int a = open;
        int b = i;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        if (b - a >= MIN_QUOTE_CHARS) {
          out.add(new Span(a, b));
        }
        open = -1;
      } else if (c == '\n' && closeWith == '"') {
        // a straight quote never spans paragraphs: it was not a quotation mark pair
        open = -1;
      }
    }
    return out;
  }

  private static int sentenceOf(AnnotatedArticle a, int offset) {
    for (Sentence s : a.sentences()) {
      if (offset >= s.start() && offset < s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  private static Speaker speaker(AnnotatedArticle article, ResolvedActors actors, Span q, int sentence) {
    Sentence s = article.sentences().get(sentence);
    Syntax syn = new Syntax(s);
    int n = syn.size();
    // (1) “…,” the FO said.
    for (int i = 0; i < n; i++) {
      if (syn.token(i).start() >= q.end() && isSpeech(syn, i)) {
        Optional<MentionRef> subj = subject(actors, syn, i);
        if (subj.isPresent() && syn.token(i).start() - q.end() < 80) {
          return new Speaker(subj.get(), "after-quote");
        }
      }
    }
    // (2) the nearest speech verb above the quoted words
    int head = -1;
    for (int i = 0; i < n; i++) {
      var t = syn.token(i);
      if (t.start() >= q.start() && t.end() <= q.end()) {
        Dependency h = syn.head(i);
        if (h == null || syn.token(h.governor()).start() < q.start() || syn.token(h.governor()).end() > q.end()) {
          head = i;
          break;
        }
      }
    }
    if (head >= 0) {
      int cur = head;
      for (int depth = 0; depth < 8; depth++) {
        if (isSpeech(syn, cur) && !inside(syn, cur, q)) {
          Optional<MentionRef> subj = subject(actors, syn, cur);
          if (subj.isPresent()) {
            return new Speaker(subj.get(), "governing-speech-verb");
          }
        }
        // (3) parenthetical: "The new vision, he said, rested on ..."
        for (Dependency d : syn.children(cur)) {
          if (d.relation().equals("parataxis") && isSpeech(syn, d.dependent())) {
            Optional<MentionRef> subj = subject(actors, syn, d.dependent());
            if (subj.isPresent()) {
              return new Speaker(subj.get(), "parenthetical-speech-verb");
            }
          }
        }
        Dependency h = syn.head(cur);
        if (h == null) {
          break;
        }
        cur = h.governor();
      }
    }
    // (4) any speech verb of the sentence with an actor subject
    for (int i = 0; i < n; i++) {
      if (isSpeech(syn, i) && !inside(syn, i, q)) {
        Optional<MentionRef> subj = subject(actors, syn, i);
        if (subj.isPresent()) {
          return new Speaker(subj.get(), "sentence-speech-verb");
        }
      }
    }
    return null;
  }

  private static boolean inside(Syntax syn, int i, Span q) {
    return syn.token(i).start() >= q.start() && syn.token(i).end() <= q.end();
  }

  private static boolean isSpeech(Syntax syn, int i) {
    return syn.token(i).isVerb() && SPEECH_VERBS.contains(syn.lemma(i));
  }

  private static Optional<MentionRef> subject(ResolvedActors actors, Syntax syn, int verb) {
    for (Dependency d : syn.children(verb)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
        Optional<MentionRef> ref = actors.at(syn.sentence.index(), d.dependent());
        if (ref.isPresent()) {
          return ref;
        }
      }
    }
    // "Mr Qureshi emphasised ... and noted that ...": a conjoined verb shares the subject
    Dependency h = syn.head(verb);
    if (h != null && h.relation().startsWith("conj") && syn.token(h.governor()).isVerb()) {
      for (Dependency d : syn.children(h.governor())) {
        if (d.relation().equals("nsubj")) {
          Optional<MentionRef> ref = actors.at(syn.sentence.index(), d.dependent());
          if (ref.isPresent()) {
            return ref;
          }
        }
      }
    }
    return Optional.empty();
  }
}
