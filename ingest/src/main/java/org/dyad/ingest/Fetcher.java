package org.dyad.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.dyad.model.DocumentError;

/**
 * Fetches one URL over HTTP(S) into memory, at most {@link IngestOptions#maxInputBytes()} bytes
 * (checked from Content-Length first, then while receiving), with a connect timeout and an
 * overall deadline. Thread-safe: one {@link HttpClient} is created on first use and shared.
 */
final class Fetcher {
  static final String USER_AGENT = "Dyad/0.1 (news event coder)";

  private final Duration connectTimeout;
  private final Duration timeout;
  private volatile HttpClient client;

  Fetcher(Duration connectTimeout, Duration timeout) {
    this.connectTimeout = connectTimeout;
    this.timeout = timeout;
  }

  /**
   * A fetched body, or the error that stopped it, or (for a conditional request) that nothing
   * changed; with the validators the server sent for the next conditional request.
   */
  record Result(Source source, DocumentError error, boolean notModified, String etag, String lastModified) {
    Result(Source source, DocumentError error) {
      this(source, error, false, null, null);
    }
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = HttpClient.newBuilder()
              .connectTimeout(connectTimeout)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
          client = c;
        }
      }
    }
    return c;
  }

  Result fetch(URI uri, IngestOptions o) {
    return fetch(uri, o, null, null);
  }

  /**
   * Fetches {@code uri}; with an {@code etag} or {@code lastModified} from an earlier answer the
   * request is conditional ({@code If-None-Match}, {@code If-Modified-Since}) and an HTTP 304
   * answer gives a result with {@link Result#notModified()} set.
   */
  Result fetch(URI uri, IngestOptions o, String etag, String lastModified) {
    String id = uri.toString();
    long cap = o.maxInputBytes();
    HttpRequest req;
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri);
      if (etag != null && !etag.isBlank()) {
        b.header("If-None-Match", etag);
      }
      if (lastModified != null && !lastModified.isBlank()) {
        b.header("If-Modified-Since", lastModified);
      }
      req = b
          .timeout(timeout)
          .header("User-Agent", USER_AGENT)
          .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
              + " application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
          .header("Accept-Encoding", "gzip")
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      return error(id, ErrorKinds.FETCH, "not a valid URL: " + e.getMessage());
    }
    CompletableFuture<HttpResponse<Body>> f = client().sendAsync(req, info -> {
      boolean ok = info.statusCode() / 100 == 2;
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new BoundedBody(ok && declared <= cap ? cap : 0, declared);
    });
    HttpResponse<Body> resp;
    try {
      resp = f.get(timeout.toMillis() + connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return error(id, ErrorKinds.FETCH, "no complete answer within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return error(id, ErrorKinds.FETCH, "interrupted while fetching");
    } catch (ExecutionException e) {
      return error(id, ErrorKinds.FETCH, networkReason(e.getCause()));
    }
    int status = resp.statusCode();
    String newEtag = resp.headers().firstValue("ETag").orElse(null);
    String newLastModified = resp.headers().firstValue("Last-Modified").orElse(null);
    if (status == 304 && (etag != null || lastModified != null)) {
      return new Result(null, null, true, newEtag != null ? newEtag : etag,
          newLastModified != null ? newLastModified : lastModified);
    }
    if (status / 100 != 2) {
      return error(id, ErrorKinds.FETCH, "the server answered HTTP " + status + reasonPhrase(status));
    }
    Body body = resp.body();
    if (body.declaredLength() > cap) {
      return error(id, ErrorKinds.TOO_LARGE, Html.markupTooLarge(body.declaredLength(), o));
    }
    if (body.overflow()) {
      return error(id, ErrorKinds.TOO_LARGE, Html.markupTooLarge(-1, o));
    }
    byte[] bytes = body.bytes();
    String encoding = resp.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
    if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
      try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        Bytes.Bounded bd = Bytes.readBounded(gz, cap);
        if (bd.overflow()) {
          return error(id, ErrorKinds.TOO_LARGE, Html.markupTooLarge(-1, o));
        }
        bytes = bd.bytes();
      } catch (IOException e) {
        return error(id, ErrorKinds.MALFORMED, "the gzip-encoded answer does not decompress: " + e.getMessage());
      }
    } else if (!encoding.isEmpty() && !encoding.equals("identity")) {
      return error(id, ErrorKinds.FETCH, "unsupported Content-Encoding '" + encoding + "'");
    }
    URI finalUri = resp.uri();
    String path = finalUri.getPath() == null ? "" : finalUri.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    byte[] data = bytes;
    String contentType = resp.headers().firstValue("Content-Type").orElse(null);
    Source src = new Source(name, id, id, data.length, () -> new ByteArrayInputStream(data), null,
        finalUri.toString(), contentType);
    return new Result(src, null, false, newEtag, newLastModified);
  }

  private static Result error(String id, String kind, String message) {
    return new Result(null, new DocumentError(id, kind, message));
  }

  private static String networkReason(Throwable t) {
    if (t instanceof HttpConnectTimeoutException) {
      return "cannot connect: timed out";
    }
    if (t instanceof HttpTimeoutException) {
      return "no answer in time: " + t.getMessage();
    }
    if (t instanceof ConnectException) {
      return "cannot connect" + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
    if (t instanceof IOException) {
      return "network error: " + t;
    }
    return "fetch failed: " + t;
  }

  private static String reasonPhrase(int status) {
    return switch (status) {
      case 401, 403 -> " (access denied)";
      case 404, 410 -> " (not found)";
      case 429 -> " (too many requests; try later)";
      default -> status >= 500 ? " (server error)" : status >= 300 && status < 400 ? " (redirect not followed)" : "";
    };
  }

  /** A received body: bytes up to the cap, whether more was offered, the declared length. */
  record Body(byte[] bytes, boolean overflow, long declaredLength) {}

  /** Collects at most {@code cap} bytes and cancels the transfer beyond that. */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<Body> {
    private final long cap;
    private final long declared;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(long cap, long declared) {
      this.cap = cap;
      this.declared = declared;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (cap <= 0) {
        s.cancel();
        result.complete(new Body(new byte[0], declared != 0, declared));
        return;
      }
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        int n = b.remaining();
        if (out.size() + (long) n > cap) {
          subscription.cancel();
          result.complete(new Body(new byte[0], true, declared));
          return;
        }
        byte[] chunk = new byte[n];
        b.get(chunk);
        out.write(chunk, 0, n);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(out.toByteArray(), false, declared));
    }
  }
}
