package org.dyad.actors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lines of a PETRARCH/TABARI dictionary file with comments removed, as the PETRARCH readers
 * see them: {@code <!-- ... -->} comments (also over several lines), {@code #} comments to the end
 * of a line and the legacy {@code ;} comments are cut; trailing white space is dropped, leading
 * white space is kept (a date restriction line starts with a tab); a line that held only a
 * comment or only white space comes back blank, so that readers that care about blank lines
 * (synonym sets end at one) still see them.
 *
 * <p>Files are read as UTF-8, and bytes that are not UTF-8 (old dictionaries are Latin-1) are
 * read as Latin-1. Immutable and thread-safe.
 *
 * @param file the file name, for messages
 * @param lines the lines, in file order
 */
public record PetrarchLines(String file, List<Line> lines) {
  /**
   * One line.
   *
   * @param number 1-based line number in the file
   * @param text the line without comments and trailing white space; may be blank
   * @param comment true when the line held only a comment (it is blank, but was not an empty line)
   */
  public record Line(int number, String text, boolean comment) {
    public Line {
      Objects.requireNonNull(text, "text");
    }

    public boolean isBlank() {
      return text.isBlank();
    }

    /** The text without leading white space. */
    public String trimmed() {
      return text.strip();
    }
  }

  public PetrarchLines {
    Objects.requireNonNull(file, "file");
    lines = List.copyOf(lines);
  }

  /** Reads a file; {@link UncheckedIOException} when it cannot be read. */
  public static PetrarchLines read(Path path) {
    Objects.requireNonNull(path, "path");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path.getFileName() + ": " + e.getMessage(), e);
    }
    String text;
    try {
      CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      text = dec.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return parse(String.valueOf(path.getFileName()), text);
  }

  /** Reads from a reader (not closed). */
  public static PetrarchLines read(Reader reader, String file) {
    StringBuilder sb = new StringBuilder();
    try {
      BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
      char[] buf = new char[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(file, sb.toString());
  }

  /** Splits and strips comments from a whole file's text. */
  public static PetrarchLines parse(String file, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] raw = text.split("\r\n|\r|\n", -1);
    List<Line> out = new ArrayList<>(raw.length);
    boolean inXml = false;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      StringBuilder kept = new StringBuilder();
      int pos = 0;
      while (pos < line.length()) {
        if (inXml) {
          int end = line.indexOf("-->", pos);
          if (end < 0) {
            pos = line.length();
          } else {
            inXml = false;
            pos = end + 3;
          }
          continue;
        }
        int open = line.indexOf("<!--", pos);
        if (open < 0) {
          kept.append(line, pos, line.length());
          pos = line.length();
        } else {
          kept.append(line, pos, open);
          inXml = true;
          pos = open + 4;
        }
      }
      String s = kept.toString();
      int hash = s.indexOf('#');
      if (hash >= 0) {
        s = s.substring(0, hash);
      }
      int semi = s.indexOf(';');
      if (semi >= 0) {
        s = s.substring(0, semi);
      }
      String kept2 = s.stripTrailing();
      out.add(new Line(i + 1, kept2, kept2.isBlank() && !line.isBlank()));
    }
    // a final empty line from a trailing newline is not a line of the file
    if (!out.isEmpty() && raw[raw.length - 1].isEmpty()) {
      out.remove(out.size() - 1);
    }
    return new PetrarchLines(file, out);
  }

  /** "file:line" for messages. */
  public String where(Line line) {
    return file + ":" + line.number();
  }
}
