package org.dyad.spark;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme ({@code dyadtest:}), so that tests can take the job's path
 * for file systems other than the local one (copying small files, streaming large ones) without
 * a cluster. Register with {@link #register}.
 */
public final class OtherSchemeFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "dyadtest";
  private static final URI NAME = URI.create(SCHEME + ":///");

  static void register(Configuration conf) {
    conf.set("fs." + SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
  }

  /** A local path as a URI of this file system. */
  static String uri(java.nio.file.Path p) {
    return SCHEME + "://" + p.toAbsolutePath();
  }

  @Override
  public URI getUri() {
    return NAME;
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public void initialize(URI uri, Configuration conf) throws java.io.IOException {
    super.initialize(NAME, conf);
  }
}
