package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.IngestOptions;
import org.dyad.ingest.Ingested;
import org.dyad.model.DocumentError;

/**
 * Reads one input file on an executor with Dyad's own {@link ArticleReader}, so that ids, dates,
 * sidecars and errors are those of {@code dyad code}:
 *
 * <ul>
 *   <li>a local file ({@code file:} URI) is read in place;
 *   <li>a small file on another file system (at most {@link IngestOptions#maxTextBytes()}, the
 *       most a plain-text article may have) is copied with its sidecars into a scratch folder
 *       and read there, so that sidecars and dates in file names apply; origins name the
 *       original URI;
 *   <li>a larger file (JSON lines, say) is streamed, record by record.
 * </ul>
 *
 * <p>Results are pulled lazily; the file is closed when the last document is pulled or the task
 * ends. Stateless; the reader is shared by all tasks of the JVM.
 */
final class FileDocs {
  private static final ArticleReader READER = ArticleReader.create();

  private FileDocs() {}

  static Iterator<InputDoc> read(FileRef ref, IngestOptions options, Configuration conf) throws IOException {
    URI uri;
    try {
      uri = new URI(ref.uri());
    } catch (URISyntaxException e) {
      throw new IOException("not a URI: " + ref.uri(), e);
    }
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      return closing(READER.read(Paths.get(uri), options), null);
    }
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    if (ref.size() <= options.maxTextBytes()) {
      return staged(ref, fs, options).iterator();
    }
    InputStream in = fs.open(path);
    try {
      return closing(READER.read(in, ref.uri(), options), in);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Copies the file and its sidecars to a scratch folder, reads it there and names the original in the results. */
  private static List<InputDoc> staged(FileRef ref, FileSystem fs, IngestOptions options) throws IOException {
    java.nio.file.Path dir = Files.createTempDirectory("dyad-spark-");
    try {
      java.nio.file.Path local = dir.resolve(ref.name());
      copy(fs, new Path(ref.uri()), local);
      for (String s : ref.sidecars()) {
        Path sp = new Path(s);
        copy(fs, sp, dir.resolve(sp.getName()));
      }
      String localName = local.toString();
      String parent = ref.uri().substring(0, ref.uri().length() - ref.name().length());
      List<InputDoc> out = new ArrayList<>();
      try (Stream<Ingested> s = READER.read(local, options)) {
        s.forEach(in -> {
          InputDoc d = InputDoc.of(in);
          String origin = d.origin().startsWith(localName) ? ref.uri() + d.origin().substring(localName.length()) : d.origin();
          if (d.isFailed()) {
            DocumentError e = d.error();
            String message = e.message().replace(dir + java.io.File.separator, parent);
            d = InputDoc.failed(new DocumentError(e.docId(), e.kind(), message), origin);
          } else {
            d = InputDoc.article(d.article(), origin);
          }
          out.add(d);
        });
      }
      return out;
    } finally {
      try (Stream<java.nio.file.Path> w = Files.walk(dir)) {
        w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void copy(FileSystem fs, Path from, java.nio.file.Path to) throws IOException {
    try (InputStream in = fs.open(from)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The documents of {@code s} one by one; closes {@code s} (and {@code also}) at the end or when the task ends. */
  private static Iterator<InputDoc> closing(Stream<Ingested> s, AutoCloseable also) {
    Runnable close = () -> {
      try (s) {
        if (also != null) {
          also.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    TaskContext tc = TaskContext.get();
    if (tc != null) {
      tc.addTaskCompletionListener(new org.apache.spark.util.TaskCompletionListener() {
        @Override
        public void onTaskCompletion(TaskContext context) {
          close.run();
        }
      });
    }
    Iterator<Ingested> it = s.iterator();
    return new Iterator<>() {
      private boolean closed;

      @Override
      public boolean hasNext() {
        if (closed) {
          return false;
        }
        if (it.hasNext()) {
          return true;
        }
        closed = true;
        close.run();
        return false;
      }

      @Override
      public InputDoc next() {
        return InputDoc.of(it.next());
      }
    };
  }
}
