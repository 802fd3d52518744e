package org.dyad.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One input file as the driver listed it: its URI, its size and the {@code .meta.json} sidecars
 * next to it (which a plain-text article takes its id and date from).
 *
 * <p>Immutable and serializable.
 */
record FileRef(String uri, long size, List<String> sidecars) implements Serializable {
  private static final long serialVersionUID = 1L;

  FileRef {
    Objects.requireNonNull(uri, "uri");
    sidecars = List.copyOf(sidecars);
  }

  /** The file name, the last segment of the URI. */
  String name() {
    String u = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    return u.substring(u.lastIndexOf('/') + 1);
  }
}
