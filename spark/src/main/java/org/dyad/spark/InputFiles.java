package org.dyad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the input on the driver, through Hadoop's file systems (local paths and any Hadoop URI):
 * a file, a folder walked recursively, or a glob. Folders are walked as {@code dyad code} walks
 * them: depth first in sorted name order, skipping hidden names (starting with a dot) and
 * {@code .meta.json} sidecars; names starting with an underscore ({@code _SUCCESS},
 * {@code _temporary}) are skipped too, as Hadoop does, and so are such names among the files a
 * glob matches. Stateless.
 */
final class InputFiles {
  static final String SIDECAR = ".meta.json";

  private InputFiles() {}

  /** What the input holds. */
  record Listing(List<FileRef> files, boolean parquet) {
    Listing {
      files = List.copyOf(files);
    }
  }

  /**
   * Lists the files of {@code input} that {@code format} takes.
   *
   * @throws SparkJobOptions.UsageException when the input does not exist, matches nothing, or a
   *     file named explicitly does not fit the format
   * @throws IOException when a file system cannot be listed
   */
  static Listing list(Configuration conf, String input, InputFormat format) throws IOException {
    Objects.requireNonNull(conf, "conf");
    Path p = new Path(input);
    FileSystem fs = p.getFileSystem(conf);
    FileStatus[] matches;
    if (isGlob(input)) {
      matches = fs.globStatus(p);
      if (matches != null) {
        matches = Arrays.stream(matches).filter(m -> !skipped(m.getPath().getName())).toArray(FileStatus[]::new);
      }
      if (matches == null || matches.length == 0) {
        throw new SparkJobOptions.UsageException("no file matches the input '" + input + "'");
      }
      Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
    } else {
      try {
        matches = new FileStatus[] {fs.getFileStatus(p)};
      } catch (FileNotFoundException e) {
        throw new SparkJobOptions.UsageException("no such file or folder: " + input);
      }
    }
    List<FileStatus> files = new ArrayList<>();
    Set<String> sidecars = new HashSet<>();
    for (FileStatus m : matches) {
      if (m.isDirectory()) {
        walk(fs, m.getPath(), files, sidecars);
      } else {
        String name = m.getPath().getName();
        if (format != InputFormat.AUTO && !accepted(format, name)) {
          throw new SparkJobOptions.UsageException("--format " + format.cliName() + " does not take '" + name + "': "
              + expected(format) + "; use --format auto to read it by its name");
        }
        files.add(m);
        for (String c : sidecarCandidates(m.getPath())) {
          if (fs.exists(new Path(c))) {
            sidecars.add(c);
          }
        }
      }
    }
    List<FileStatus> taken = new ArrayList<>();
    for (FileStatus f : files) {
      if (accepted(format, f.getPath().getName())) {
        taken.add(f);
      }
    }
    boolean parquet = format == InputFormat.PARQUET
        || (format == InputFormat.AUTO && !taken.isEmpty() && taken.stream().allMatch(f -> isParquet(f.getPath().getName())));
    List<FileRef> refs = new ArrayList<>();
    for (FileStatus f : taken) {
      List<String> side = new ArrayList<>();
      for (String c : sidecarCandidates(f.getPath())) {
        if (sidecars.contains(c)) {
          side.add(c);
        }
      }
      refs.add(new FileRef(f.getPath().toString(), f.getLen(), side));
    }
    return new Listing(refs, parquet);
  }

  private static boolean accepted(InputFormat format, String name) {
    return format == InputFormat.PARQUET ? isParquet(name) : format.accepts(name);
  }

  private static String expected(InputFormat format) {
    return switch (format) {
      case JSONL -> "it expects .jsonl or .ndjson files";
      case TEXT -> "it expects .txt, .text or extension-less files";
      case PARQUET -> "it expects .parquet files";
      case AUTO -> "";
    };
  }

  static boolean isParquet(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
  }

  /** True for a name a folder walk skips: hidden, Hadoop's bookkeeping, or a sidecar. */
  static boolean skipped(String name) {
    return name.startsWith(".") || name.startsWith("_") || name.toLowerCase(Locale.ROOT).endsWith(SIDECAR);
  }

  private static void walk(FileSystem fs, Path dir, List<FileStatus> files, Set<String> sidecars) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus c : children) {
      String name = c.getPath().getName();
      if (name.toLowerCase(Locale.ROOT).endsWith(SIDECAR) && c.isFile()) {
        sidecars.add(c.getPath().toString());
      }
      if (skipped(name)) {
        continue;
      }
      if (c.isDirectory()) {
        walk(fs, c.getPath(), files, sidecars);
      } else if (c.isFile()) {
        files.add(c);
      }
    }
  }

  /**
   * The sidecars Dyad looks for next to a file, as full paths: {@code STEM.meta.json} and
   * {@code NAME.meta.json}, where NAME drops a {@code .gz} and STEM drops the extension.
   */
  static List<String> sidecarCandidates(Path file) {
    String name = file.getName();
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path parent = file.getParent();
    List<String> out = new ArrayList<>();
    out.add(new Path(parent, stem + SIDECAR).toString());
    if (!stem.equals(name)) {
      out.add(new Path(parent, name + SIDECAR).toString());
    }
    return out;
  }
}
