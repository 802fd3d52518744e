package org.dyad.model;

/**
 * A failure a user can act on, about one document: it carries the document id and the reason.
 */
public class DyadException extends RuntimeException {
  private final transient DocumentError error;

  public DyadException(DocumentError error) {
    super(error.toString());
    this.error = error;
  }

  public DyadException(DocumentError error, Throwable cause) {
    super(error.toString(), cause);
    this.error = error;
  }

  public DocumentError error() {
    return error;
  }
}
