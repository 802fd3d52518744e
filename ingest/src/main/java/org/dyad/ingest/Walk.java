package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The files under a folder, depth first in sorted name order, listing each folder only when it
 * is reached. Hidden files and folders (name starting with a dot) and {@code .meta.json}
 * sidecars are skipped; symbolic links to folders are not followed. A folder that cannot be
 * listed is reported, not thrown. Not thread-safe.
 */
final class Walk {
  /** A file to read, or a folder that could not be listed. */
  record Entry(Path file, Path badFolder, IOException error) {}

  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private final Path root;
  private boolean started;

  Walk(Path root) {
    this.root = root;
  }

  /** The next entry, or null when the walk is done. */
  Entry next() {
    if (!started) {
      started = true;
      Entry e = push(root);
      if (e != null) {
        return e;
      }
    }
    while (!stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Path p = top.next();
      String name = p.getFileName().toString();
      if (name.startsWith(".") || Sidecar.isSidecar(name)) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Entry e = push(p);
        if (e != null) {
          return e;
        }
        continue;
      }
      if (Files.isRegularFile(p)) {
        return new Entry(p, null, null);
      }
    }
    return null;
  }

  private Entry push(Path dir) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path c : ds) {
        children.add(c);
      }
    } catch (IOException e) {
      return new Entry(null, dir, e);
    }
    children.sort(Comparator.comparing(c -> c.getFileName().toString()));
    stack.push(children.iterator());
    return null;
  }
}
