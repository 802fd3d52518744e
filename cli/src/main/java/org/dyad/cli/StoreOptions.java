package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.store.DyadStore;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by commands that read or write the store. */
final class StoreOptions {
  @Option(names = "--store", paramLabel = "PATH",
      description = "DuckDB store file (default: $DYAD_STORE or data/dyad.duckdb under the working directory).")
  Path store;

  Path path() {
    return store != null ? store : DyadStore.defaultLocation();
  }
}
