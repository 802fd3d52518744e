package org.dyad.server;

/**
 * A request the server refuses, with the HTTP status (4xx or 503) and a message for the client.
 * The message is shown to the client as is, so it names the parameter and the reason and never
 * carries internal details.
 */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
