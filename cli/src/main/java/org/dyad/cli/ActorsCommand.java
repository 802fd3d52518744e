package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.actors.KnownActor;
import org.dyad.store.DyadStore;
import org.dyad.store.KnownActorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad actors}: review the persons Dyad has learned from the news (and curated lists):
 * list, export, import, reject, accept.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Review the persons Dyad knows across articles: learned from titled introductions, or curated.",
    subcommands = {ActorsCommand.List_.class, ActorsCommand.Export.class, ActorsCommand.Import.class,
        ActorsCommand.Reject.class, ActorsCommand.Accept.class},
    footer = {"", ExitCodes.HELP})
public final class ActorsCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code dyad actors list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List known persons.")
  static final class List_ implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Option(names = "--filter", paramLabel = "TEXT", description = "Name contains, or code starts with.") String filter;
    @Option(names = "--limit", defaultValue = "100") int limit;
    @Option(names = "--offset", defaultValue = "0") int offset;

    @Override
    public Integer call() {
      try (DyadStore store = DyadStore.open(storeOptions.path())) {
        List<KnownActor> all = KnownActorStore.of(store).list(filter, limit, offset);
        System.out.printf(Locale.ROOT, "%-28s %-10s %-22s %-10s %-10s %-8s %-8s%n", "name", "code", "role", "first", "last", "origin", "status");
        for (KnownActor k : all) {
          System.out.printf(Locale.ROOT, "%-28s %-10s %-22s %-10s %-10s %-8s %-8s%n", k.name(), k.code(),
              k.role() == null ? "" : k.role(), k.firstSeen(), k.lastSeen(), k.origin(), k.status());
        }
        System.out.println(all.size() + " persons");
      }
      return ExitCodes.OK;
    }
  }

  /** {@code dyad actors export FILE}. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Write every known person to a TSV file.")
  static final class Export implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
      try (DyadStore store = DyadStore.open(storeOptions.path())) {
        int n = KnownActorStore.of(store).exportTsv(file);
        System.err.println("dyad: wrote " + n + " persons to " + file);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code dyad actors import FILE}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Read persons from a TSV file (columns name, code, role, first_seen, last_seen, origin, status, source_doc; "
          + "origin defaults to CURATED: curated entries are never overridden by learned ones).")
  static final class Import implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
      try (DyadStore store = DyadStore.open(storeOptions.path())) {
        int n = KnownActorStore.of(store).importTsv(file);
        System.err.println("dyad: imported " + n + " persons from " + file);
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        System.err.println("dyad: " + e.getMessage());
        return ExitCodes.FATAL;
      }
    }
  }

  /** {@code dyad actors reject NAME}. */
  @Command(name = "reject", mixinStandardHelpOptions = true, description = "Never use this person's entries to resolve names.")
  static final class Reject implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      return status(storeOptions.path(), name, KnownActor.REJECTED);
    }
  }

  /** {@code dyad actors accept NAME}. */
  @Command(name = "accept", mixinStandardHelpOptions = true, description = "Use this person's entries again.")
  static final class Accept implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      return status(storeOptions.path(), name, KnownActor.ACTIVE);
    }
  }

  static int status(Path storePath, String name, String status) {
    try (DyadStore store = DyadStore.open(storePath)) {
      int n = KnownActorStore.of(store).setStatus(name, status);
      if (n == 0) {
        System.err.println("dyad: no known person named '" + name + "'");
        return ExitCodes.SOME_FAILED;
      }
      System.err.println("dyad: " + n + " entries of " + name + " are now " + status);
      return ExitCodes.OK;
    }
  }
}
