package org.dyad.model;

import java.util.Objects;

/**
 * Why a document could not be coded (or was coded only in part).
 *
 * @param docId the document id, or its file name / line number when no id could be read
 * @param kind a short machine-readable reason: EMPTY, BINARY, ENCODING, MALFORMED, DATE, TOO_LARGE, ANNOTATION ...
 * @param message a sentence a person can act on
 */
public record DocumentError(String docId, String kind, String message) {
  public DocumentError {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return docId + ": " + kind + ": " + message;
  }
}
