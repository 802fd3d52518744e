package org.dyad.store;

/** A store operation failed: the message names the store file, the documents and the reason. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
