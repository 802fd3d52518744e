package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.dyad.actors.dict.DictionaryException;
import org.dyad.actors.dict.Gazetteer;
import org.dyad.pipeline.DyadPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad gazetteer import FILE}: checks a GeoNames dump (cities15000.txt format) and keeps
 * it where the pipeline merges it into the built-in gazetteer, so that events in any city of the
 * dump get coordinates.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Manage the gazetteer used to place events.",
    subcommands = {GazetteerCommand.Import.class})
public final class GazetteerCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** {@code dyad gazetteer import FILE}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import a GeoNames dump (cities15000.txt format: 19 tab-separated columns) for full city coverage.",
      footer = {"", "The file is checked, then kept at $DYAD_GAZETTEER or data/geonames.txt, which every later run merges",
          "into the built-in gazetteer.", "", ExitCodes.HELP})
  public static final class Import implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The GeoNames dump.")
    Path file;

    @Option(names = "--to", paramLabel = "PATH", description = "Where to keep it (default: $DYAD_GAZETTEER or data/geonames.txt).")
    Path to;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        System.err.println("dyad: no such file: " + file);
        return ExitCodes.FATAL;
      }
      Gazetteer g;
      try {
        g = Gazetteer.importGeoNames(file);
      } catch (DictionaryException e) {
        System.err.println("dyad: " + file + " is not a GeoNames dump: " + e.getMessage());
        return ExitCodes.FATAL;
      }
      Path target = to != null ? to : DyadPipeline.importedGazetteerLocation();
      if (target.toAbsolutePath().getParent() != null) {
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
      if (!target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
      System.out.printf("imported %d places from %s; kept at %s (merged with the %d built-in places on every run)%n",
          g.size(), file, target, Gazetteer.loadDefault().size());
      if (to != null && System.getenv("DYAD_GAZETTEER") == null) {
        System.out.println("set DYAD_GAZETTEER=" + target + " so that runs find it");
      }
      return ExitCodes.OK;
    }
  }
}
