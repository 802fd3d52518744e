package org.dyad.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad spark}: runs the Spark job embedded, in a child JVM with the Spark module's own
 * classpath ({@code spark/target/dyad-spark.jar} and {@code spark/target/lib/*}), so that the
 * command line itself carries no Spark. Builds the Spark module first when its jar is missing or
 * older than its sources. The child's exit code is this command's.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = {"Code articles with Apache Spark, embedded (local mode), and write Parquet tables:",
        "DIR/articles, events, actors, quotes and errors. On a cluster, spark-submit the cluster jar instead (see the README)."},
    footer = {"", "The first run builds the Spark module (and downloads Spark): a few minutes.",
        "JVM options of the Spark run: DYAD_SPARK_JAVA_OPTS (default -Xmx6g).", "", ExitCodes.HELP})
public final class SparkCommand implements Callable<Integer> {
  static final String JOB = "org.dyad.spark.DyadSparkJob";

  @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[2]",
      description = "Spark master for the embedded run (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--input", paramLabel = "PATH", required = true,
      description = "A file, folder or glob: a local path or a Hadoop URI.")
  String input;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "The output folder.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto (default), jsonl, text or parquet.")
  String format;

  @Option(names = "--partitions", paramLabel = "N", description = "Coding tasks (default: four per core).")
  Integer partitions;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that name none.")
  String date;

  @Option(names = "--max-chars", paramLabel = "N", description = "Longest article text accepted.")
  Long maxChars;

  @Option(names = "--overwrite", description = "Replace the tables of an existing output folder.")
  boolean overwrite;

  @Option(names = "--summary", paramLabel = "FILE", description = "Also write the run's summary as JSON.")
  String summary;

  @Override
  public Integer call() throws Exception {
    Path home = home();
    Path module = home.resolve("spark");
    if (!Files.isRegularFile(module.resolve("pom.xml"))) {
      System.err.println("dyad: no Spark module at " + module + " (set DYAD_HOME to the Dyad checkout)");
      return ExitCodes.FATAL;
    }
    Path jar = module.resolve("target/dyad-spark.jar");
    Path lib = module.resolve("target/lib");
    if (needsBuild(module, jar, lib)) {
      System.err.println("dyad: building the Spark module (the first time downloads Spark; this takes a few minutes)...");
      Process mvn;
      try {
        mvn = new ProcessBuilder("mvn", "-q", "-B", "-ntp", "-Dstyle.color=never", "-pl", "spark", "-am", "package", "-DskipTests")
            .directory(home.toFile()).redirectErrorStream(true).start();
      } catch (IOException e) {
        System.err.println("dyad: cannot run Maven (mvn) to build the Spark module: " + e.getMessage());
        return ExitCodes.FATAL;
      }
      mvn.getInputStream().transferTo(System.err); // Maven's messages go to stderr: stdout is the run's report
      int built = mvn.waitFor();
      if (built != 0 || !Files.isRegularFile(jar)) {
        System.err.println("dyad: the Spark module did not build (mvn exit " + built + "); run "
            + "'mvn -pl spark -am package -DskipTests' in " + home + " to see why");
        return ExitCodes.FATAL;
      }
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String opts = System.getenv("DYAD_SPARK_JAVA_OPTS");
    for (String o : (opts == null || opts.isBlank() ? "-Xmx6g" : opts).trim().split("\\s+")) {
      cmd.add(o);
    }
    cmd.add("@" + module.resolve("src/main/jvm/spark-java17.options"));
    cmd.add("-cp");
    cmd.add(jar + File.pathSeparator + lib + File.separator + "*");
    cmd.add(JOB);
    cmd.addAll(List.of("--master", master, "--input", input, "--output", output, "--format", format));
    if (partitions != null) {
      cmd.addAll(List.of("--partitions", String.valueOf(partitions)));
    }
    if (date != null) {
      cmd.addAll(List.of("--date", date));
    }
    if (maxChars != null) {
      cmd.addAll(List.of("--max-chars", String.valueOf(maxChars)));
    }
    if (overwrite) {
      cmd.add("--overwrite");
    }
    if (summary != null) {
      cmd.addAll(List.of("--summary", summary));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1"); // an embedded run stays on this machine
    Process child = pb.start();
    Thread stopChild = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stopChild);
    int code = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stopChild);
    return code;
  }

  /** The Dyad checkout: DYAD_HOME (set by the launcher), else two folders above the command-line jar, else here. */
  static Path home() {
    String env = System.getenv("DYAD_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath();
    }
    try {
      Path code = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = code.getParent();
      if (target != null && target.getParent() != null && target.getParent().getParent() != null) {
        return target.getParent().getParent();
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall through
    }
    return Path.of("").toAbsolutePath();
  }

  /** True when the jar or its libraries are missing, or a source of the Spark module is newer than the jar. */
  static boolean needsBuild(Path module, Path jar, Path lib) throws IOException {
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      return true;
    }
    FileTime built = Files.getLastModifiedTime(jar);
    if (Files.getLastModifiedTime(module.resolve("pom.xml")).compareTo(built) > 0) {
      return true;
    }
    Path src = module.resolve("src/main");
    if (!Files.isDirectory(src)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(src)) {
      return files.filter(Files::isRegularFile).anyMatch(f -> {
        try {
          return Files.getLastModifiedTime(f).compareTo(built) > 0;
        } catch (IOException e) {
          return true;
        }
      });
    }
  }
}
