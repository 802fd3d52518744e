package org.dyad.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The metadata file next to a plain-text article: {@code NAME.meta.json} for {@code NAME.txt}
 * (also {@code NAME.txt.meta.json}), with optional string fields {@code id}, {@code date}
 * (ISO), {@code source}, {@code title}, {@code url}; other fields are ignored. Immutable.
 */
record Sidecar(Path path, String id, LocalDate date, String source, String title, String url) {

  static final String SUFFIX = ".meta.json";
  private static final long MAX_BYTES = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A sidecar that cannot be used, with the error kind and a message. */
  static final class Bad extends Exception {
    final String kind;

    Bad(String kind, String message) {
      super(message);
      this.kind = kind;
    }
  }

  /** True for a file name that is itself a sidecar. */
  static boolean isSidecar(String fileName) {
    return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX);
  }

  /**
   * The sidecar of {@code file} ({@code x.txt} or {@code x.txt.gz}), or null when there is none.
   *
   * @throws Bad when the sidecar exists but is unreadable, not JSON, or has a bad field
   */
  static Sidecar find(Path file) throws Bad {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      return null;
    }
    String name = file.getFileName().toString();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    for (String candidate : new String[] {stem + SUFFIX, name + SUFFIX}) {
      Path p = dir.resolve(candidate);
      if (Files.isRegularFile(p)) {
        return load(p);
      }
    }
    return null;
  }

  static Sidecar load(Path p) throws Bad {
    String where = "sidecar " + p.getFileName();
    JsonNode node;
    try {
      if (Files.size(p) > MAX_BYTES) {
        throw new Bad(ErrorKinds.TOO_LARGE, where + " is larger than " + Bytes.size(MAX_BYTES));
      }
      node = JSON.readTree(Files.readAllBytes(p));
    } catch (JacksonException e) {
      JsonLocation loc = e.getLocation();
      throw new Bad(
          ErrorKinds.MALFORMED,
          where + ": invalid JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
              + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new Bad(ErrorKinds.IO, where + " cannot be read: " + e);
    }
    if (node == null || !node.isObject()) {
      throw new Bad(ErrorKinds.MALFORMED, where + ": expected a JSON object");
    }
    String id = text(node, "id", where);
    if (id != null && id.isBlank()) {
      id = null;
    }
    String dateText = text(node, "date", where);
    LocalDate date = null;
    if (dateText != null) {
      try {
        date = Dates.parseIso(dateText);
      } catch (Dates.BadDate e) {
        throw new Bad(ErrorKinds.DATE, where + ": field \"date\": " + e.getMessage());
      }
    }
    return new Sidecar(p, id, date, text(node, "source", where), text(node, "title", where), text(node, "url", where));
  }

  private static String text(JsonNode node, String field, String where) throws Bad {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new Bad(ErrorKinds.MALFORMED, where + ": field \"" + field + "\" must be a string, not " + v.getNodeType());
    }
    return v.textValue();
  }
}
