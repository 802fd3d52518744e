package org.dyad.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.model.Article;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerConfig;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dyad serve}: the REST API and the web UI over the store, with the coding pipeline
 * loaded once and kept warm. Runs until interrupted (Ctrl-C), then stops the server and closes
 * the pipeline and the store.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store: REST API (OpenAPI at /api/openapi.json, docs at /api/docs) and web UI.",
    footer = {"", "Writes (storing coded articles, imports, deletes) are off unless a token is given with --token or "
        + "$DYAD_TOKEN; clients then send 'Authorization: Bearer TOKEN'.", "", ExitCodes.HELP})
public final class ServeCommand implements Callable<Integer> {
  /** Environment variable holding the write token when --token is not given. */
  public static final String ENV_TOKEN = "DYAD_TOKEN";

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Allow writes for clients that send this token (default: $DYAD_TOKEN).")
  String token;

  @Option(names = "--no-coder", description = "Do not load the coding pipeline: browse only; POST /api/code answers 503.")
  boolean noCoder;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "2097152",
      description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--coders", paramLabel = "N", defaultValue = "2", description = "Articles coded at the same time (default: ${DEFAULT-VALUE}).")
  int coders;

  @Option(names = "--no-index", description = "Answer every event query from the store instead of an in-memory index "
      + "(the index takes about 600 bytes an event and is built in the background at start and after writes).")
  boolean noIndex;

  @Mixin
  StoreOptions storeOptions;

  @Override
  public Integer call() throws Exception {
    String t = token != null ? token : System.getenv(ENV_TOKEN);
    ServerConfig config;
    try {
      config = ServerConfig.defaults(port).withHost(host).withToken(t).withMaxBodyBytes(maxBody).withCoding(coders, 60_000)
          .withEventIndex(!noIndex);
    } catch (IllegalArgumentException e) {
      System.err.println("dyad: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // Ctrl-C: let the main thread stop the server and close the pipeline and the store cleanly
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        closed.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dyad-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    DyadPipeline pipeline = null;
    try (DyadStore store = DyadStore.open(storeOptions.path())) {
      if (!noCoder) {
        System.err.println("dyad: loading the coding pipeline (CoreNLP; some seconds)...");
        pipeline = DyadPipeline.loadDefault();
        // warm up: the first article pays for lazy loading, not the first client
        pipeline.code(Article.of("warm-up", "The minister met the ambassador in the capital on Monday.",
            java.time.LocalDate.of(2024, 1, 1)));
      }
      DyadPipeline p = pipeline;
      try (DyadServer server = DyadServer.start(store, p == null ? null : p::code, config)) {
        System.err.printf("dyad: serving %s (%d articles, %d events) at %s — API docs at %s/api/docs; writes %s; "
            + "Ctrl-C stops%n", storeOptions.path(), store.countArticles(), store.countEvents(), server.url(), server.url(),
            config.writesEnabled() ? "need the token" : "are off");
        stop.await();
      }
      return ExitCodes.OK;
    } finally {
      try {
        if (pipeline != null) {
          pipeline.close();
        }
      } finally {
        closed.countDown();
      }
    }
  }
}
