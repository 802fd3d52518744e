package org.dyad.formats.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * A tab-separated event table: an optional header line, then one line per event, each with
 * exactly {@link #columns()} fields cleaned by {@link Fields#clean}. Lines end with {@code \n}.
 * Not thread-safe.
 */
abstract class TabWriter implements EventWriter {
  private final Writer out;
  private final boolean header;
  private boolean started;
  private long count;

  TabWriter(Writer out, boolean header) {
    this.out = Objects.requireNonNull(out, "out");
    this.header = header;
  }

  abstract List<String> columns();

  /** The fields of one event, in column order, not yet cleaned. */
  abstract List<String> row(ExportRecord r);

  /** Writes the header now if it is wanted and not written yet (an empty export still gets it). */
  void start() throws IOException {
    if (!started) {
      started = true;
      if (header) {
        line(columns());
      }
    }
  }

  @Override
  public void write(ExportRecord r) throws IOException {
    Objects.requireNonNull(r, "record");
    start();
    List<String> f = row(r);
    if (f.size() != columns().size()) {
      throw new IllegalStateException("row of event " + r.event().eventId() + " has " + f.size() + " fields, expected "
          + columns().size());
    }
    line(f);
    count++;
  }

  private void line(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(Fields.clean(fields.get(i)));
    }
    out.write('\n');
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void flush() throws IOException {
    start();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      start();
    } finally {
      out.close();
    }
  }
}
