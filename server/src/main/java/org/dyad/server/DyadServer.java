package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.store.DyadStore;
import org.dyad.store.ExportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dyad's HTTP server over a store: the JSON API under {@code /api} (described by the OpenAPI
 * document at {@value #OPENAPI_PATH}, browsable at {@code /api/docs}) and the web UI (events,
 * article evidence, dyad network, timeline, actors, paste box).
 *
 * <p><b>Safety.</b> Article text is untrusted: pages escape every value and forbid inline script
 * by Content-Security-Policy. Writes (storing a coded article, importing, deleting) are off unless
 * the configuration has a token, and then need it. Bodies past {@link ServerConfig#maxBodyBytes()}
 * get 413; bad parameters get 400 with {@code {"error": "..."}} (an HTML page for UI routes);
 * unknown paths 404; internal failures 500 with a generic message, the details going to the log
 * only, never a stack trace to the client.
 *
 * <p><b>Ownership and threads.</b> The server uses but does not own the store and the coder: the
 * caller closes them after {@link #close()}. Requests run on Jetty's thread pool; the store and
 * the coder must be thread-safe (the Dyad ones are). Start with {@link #start}; {@link #close()}
 * stops it and is idempotent.
 *
 * <p><b>Concurrency.</b> At most as many store queries run at once as there are cores (at least
 * two); the others wait in arrival order. While the server runs, each query gets
 * cores / that many DuckDB threads (one, on most machines): under load, queries side by side
 * on one thread each cost less CPU than each spread over all cores. {@link #close()} gives the
 * store back its own setting.
 */
public final class DyadServer implements AutoCloseable {
  /** Where the OpenAPI document is served. */
  public static final String OPENAPI_PATH = "/api/openapi.json";
  /** Default number of query answers kept in the cache. */
  public static final int DEFAULT_CACHE = 1024;

  private static final Logger LOG = LoggerFactory.getLogger(DyadServer.class);

  /** A route the server answers: HTTP method and path pattern (Javalin/OpenAPI style {@code {param}}). */
  public record Route(String method, String path) {}

  private final Javalin app;
  private final ServerConfig config;
  private final List<Route> routes = new ArrayList<>();
  private final byte[] openapi;
  private final DyadStore store;
  private final ServerState state;
  /** The store's DuckDB threads before the server set its own, and the server's. */
  private final int storeThreads;
  private final int queryThreads;

  private DyadServer(DyadStore store, ArticleCoder coder, ServerConfig config, int cacheSize) {
    this.config = config;
    this.store = store;
    this.storeThreads = store.threads();
    this.queryThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / ServerState.QUERY_SLOTS);
    this.openapi = loadOpenApi();
    ServerState state = new ServerState(store, config, coder, cacheSize);
    this.state = state;
    Api api = new Api(state);
    Pages pages = new Pages(state);
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.gzipOnlyCompression();
      c.staticFiles.enableWebjars();
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/org/dyad/server/static";
        sf.location = Location.CLASSPATH;
      });
      c.router.ignoreTrailingSlashes = true;
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
    });

    route(HandlerType.GET, "/api/health", api::health);
    route(HandlerType.GET, "/api/events", api::events);
    route(HandlerType.GET, "/api/events.csv", ctx -> api.export(ctx, ExportFormat.CSV));
    route(HandlerType.GET, "/api/events.parquet", ctx -> api.export(ctx, ExportFormat.PARQUET));
    route(HandlerType.GET, "/api/actors", api::actors);
    route(HandlerType.GET, "/api/actors/history", api::actorHistory);
    route(HandlerType.GET, "/api/dyads", api::dyads);
    route(HandlerType.GET, "/api/timeline", api::timeline);
    route(HandlerType.GET, "/api/articles", api::articles);
    route(HandlerType.POST, "/api/articles", api::importArticles);
    route(HandlerType.GET, "/api/articles/{docId}", api::article);
    route(HandlerType.DELETE, "/api/articles/{docId}", api::deleteArticle);
    route(HandlerType.GET, "/api/quotes", api::quotes);
    route(HandlerType.POST, "/api/code", api::code);
    route(HandlerType.GET, OPENAPI_PATH, ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
    route(HandlerType.GET, "/api/docs", pages::apiDocs);

    route(HandlerType.GET, "/", pages::home);
    route(HandlerType.GET, "/events", pages::events);
    route(HandlerType.GET, "/articles/{docId}", pages::article);
    route(HandlerType.GET, "/network", pages::network);
    route(HandlerType.GET, "/timeline", pages::timeline);
    route(HandlerType.GET, "/actors", pages::actors);
    route(HandlerType.GET, "/code", pages::codeForm);
    route(HandlerType.POST, "/code", pages::codeSubmit);

    app.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      fail(ctx, 500, "internal error while answering this request (the details are in the server log)");
    });
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null) {
        fail(ctx, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path()
            + (ctx.path().startsWith("/api") ? " (see " + OPENAPI_PATH + ")" : ""));
      }
    });
    app.error(405, ctx -> {
      if (ctx.resultInputStream() == null) {
        fail(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path());
      }
    });
  }

  /**
   * Starts a server on {@code config}'s host and port.
   *
   * @param coder codes posted articles; null turns coding off ({@code POST /api/code} answers 503)
   */
  public static DyadServer start(DyadStore store, ArticleCoder coder, ServerConfig config) {
    return start(store, coder, config, DEFAULT_CACHE);
  }

  /** As {@link #start(DyadStore, ArticleCoder, ServerConfig)} with a query cache of {@code cacheSize} answers (0 = none). */
  public static DyadServer start(DyadStore store, ArticleCoder coder, ServerConfig config, int cacheSize) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(config, "config");
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must not be negative, got " + cacheSize);
    }
    DyadServer s = new DyadServer(store, coder, config, cacheSize);
    s.app.start(config.host(), config.port());
    store.threads(s.queryThreads);
    return s;
  }

  /**
   * Waits until the in-memory event index reflects every write so far (event queries are answered
   * from the store until then). False on time-out, when it failed or when the index is off.
   */
  public boolean awaitEventIndex(Duration timeout) throws InterruptedException {
    return state.answers().await(timeout);
  }

  private void route(HandlerType method, String path, Handler h) {
    routes.add(new Route(method.name(), path));
    app.addHttpHandler(method, path, h);
  }

  private static void fail(Context ctx, int status, String message) {
    String msg = message == null || message.isBlank() ? "request failed" : message;
    if (ctx.path().startsWith("/api/") && !ctx.path().equals("/api/docs")) {
      ctx.header("Content-Disposition", "inline");
      Api.json(ctx, status, Api.JSON.valueToTree(Api.error(msg)));
    } else {
      Pages.errorPage(ctx, status, msg);
    }
  }

  private static byte[] loadOpenApi() {
    try (InputStream in = DyadServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("the server's openapi.json is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the server's openapi.json", e);
    }
  }

  /** The port the server listens on (the real one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:7070}. */
  public String url() {
    String h = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
    return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port();
  }

  /** Every route registered, API and pages, in registration order. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /**
   * Stops the server; the store and the coder stay open (the caller owns them), the store with
   * its DuckDB threads as before the server started unless someone else has changed them since.
   */
  @Override
  public void close() {
    app.stop();
    state.answers().close();
    try {
      if (store.threads() == queryThreads && queryThreads != storeThreads) {
        store.threads(storeThreads);
      }
    } catch (IllegalStateException closedAlready) {
      // the caller closed the store first: nothing to give back
    }
  }
}
