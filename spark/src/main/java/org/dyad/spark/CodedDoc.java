package org.dyad.spark;

import java.io.Serializable;
import java.util.Objects;
import org.dyad.formats.DyadJson;
import org.dyad.model.CodedArticle;

/**
 * One coded document between the coding stage and the Parquet writers: its Dyad JSON (with the
 * article text) and where it came from. Keeping the JSON, not the model objects, makes the
 * output tables hold exactly what Dyad JSON holds.
 *
 * <p>Immutable and serializable.
 */
record CodedDoc(String docId, String origin, String json, int events, int actors, int quotes, int errors)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  CodedDoc {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(json, "json");
  }

  static CodedDoc of(CodedArticle a, String origin) {
    return new CodedDoc(a.docId(), origin, DyadJson.withText().toJsonString(a, false), a.events().size(),
        a.actors().size(), a.quotes().size(), a.errors().size());
  }

  CodedArticle article() {
    return DyadJson.withText().fromJsonString(json);
  }
}
