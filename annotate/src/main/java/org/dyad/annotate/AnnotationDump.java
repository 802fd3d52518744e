package org.dyad.annotate;

import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.NamedEntity;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Renders an annotated article as CoNLL-like text (one token a line with its governor and
 * relation), for people who want to see what the coder saw. Stateless and thread-safe.
 */
public final class AnnotationDump {
  private AnnotationDump() {}

  public static String render(AnnotatedArticle a) {
    StringBuilder sb = new StringBuilder();
    sb.append("# doc ").append(a.article().id()).append(" date ").append(a.article().date())
        .append(" annotator ").append(a.annotator()).append('\n');
    for (Sentence s : a.sentences()) {
      sb.append("# sentence ").append(s.index()).append(" [").append(s.start()).append(',').append(s.end())
          .append(") ").append(s.text(a.text()).replace('\n', ' ')).append('\n');
      for (Token t : s.tokens()) {
        StringBuilder heads = new StringBuilder();
        for (Dependency d : s.parents(t.index())) {
          if (heads.length() > 0) {
            heads.append('|');
          }
          heads.append(d.governor()).append(':').append(d.relation());
        }
        sb.append(t.index()).append('\t').append(t.word()).append('\t').append(t.lemma()).append('\t')
            .append(t.pos()).append('\t').append(t.ner()).append('\t').append(heads).append('\n');
      }
    }
    List<NamedEntity> ents = a.entities();
    for (NamedEntity e : ents) {
      sb.append("# entity ").append(e.type()).append(" s").append(e.sentence()).append(' ').append(e.text()).append('\n');
    }
    for (TimeExpression t : a.times()) {
      sb.append("# time ").append(t.type()).append(' ').append(t.value()).append(" s").append(t.sentence())
          .append(' ').append(t.text()).append('\n');
    }
    return sb.toString();
  }
}
