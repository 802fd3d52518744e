package org.dyad.actors.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One of Dyad's dictionary TSV files, read and checked for shape: line 1 a {@code #} comment saying
 * what the file is, line 2 {@code #version<TAB>VERSION}, line 3 the header row (must equal the
 * expected column names), then data rows with exactly that many tab-separated cells. Blank lines
 * and lines starting with {@code #} after the header are comments. Cells are trimmed; a cell with
 * several values separates them with {@code |}. Immutable after reading.
 */
final class TsvTable {
  /** One data row with its 1-based line number in the file. */
  static final class Row {
    private final String file;
    private final int line;
    private final String[] cells;

    Row(String file, int line, String[] cells) {
      this.file = file;
      this.line = line;
      this.cells = cells;
    }

    int line() {
      return line;
    }

    /** The trimmed cell, may be empty. */
    String cell(int i) {
      return cells[i];
    }

    /** The trimmed cell; an error naming the column when it is empty. */
    String required(int i, String column) {
      if (cells[i].isEmpty()) {
        throw error("empty " + column);
      }
      return cells[i];
    }

    /** The {@code |}-separated values of a cell, trimmed; empty list for an empty cell; an empty value is an error. */
    List<String> list(int i, String column) {
      String c = cells[i];
      if (c.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String v : c.split("\\|", -1)) {
        String t = v.trim();
        if (t.isEmpty()) {
          throw error("empty value in " + column + " '" + c + "'");
        }
        out.add(t);
      }
      return List.copyOf(out);
    }

    /** A number in a cell, checked against a range. */
    double number(int i, String column, double min, double max) {
      String c = required(i, column);
      double d;
      try {
        d = Double.parseDouble(c);
      } catch (NumberFormatException e) {
        throw error(column + " is not a number: '" + c + "'");
      }
      if (!(d >= min && d <= max)) {
        throw error(column + " " + c + " is outside " + min + ".." + max);
      }
      return d;
    }

    DictionaryException error(String reason) {
      return new DictionaryException(file, line, reason);
    }
  }

  final String file;
  final String description;
  final String version;
  final List<Row> rows;

  private TsvTable(String file, String description, String version, List<Row> rows) {
    this.file = file;
    this.description = description;
    this.version = version;
    this.rows = rows;
  }

  static TsvTable read(String file, BufferedReader in, List<String> header) {
    try {
      String first = in.readLine();
      if (first == null) {
        throw new DictionaryException(file, 1, "empty file");
      }
      if (first.startsWith("\uFEFF")) {
        first = first.substring(1);
      }
      if (!first.startsWith("#") || first.substring(1).isBlank()) {
        throw new DictionaryException(file, 1, "first line must be a '#' comment saying what the file is");
      }
      String second = in.readLine();
      if (second == null || !second.startsWith("#version\t")) {
        throw new DictionaryException(file, 2, "second line must be '#version<TAB>VERSION'");
      }
      String version = second.substring("#version\t".length()).trim();
      if (!version.matches("[0-9A-Za-z][0-9A-Za-z._-]*")) {
        throw new DictionaryException(file, 2, "bad version '" + version + "'");
      }
      String head = in.readLine();
      List<String> got = head == null ? List.of() : List.of(head.split("\t", -1));
      if (!got.equals(header)) {
        throw new DictionaryException(file, 3, "header must be " + String.join("<TAB>", header) + " but is "
            + (head == null ? "missing" : "'" + head.replace("\t", "<TAB>") + "'"));
      }
      List<Row> rows = new ArrayList<>();
      int lineNo = 3;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != header.size()) {
          throw new DictionaryException(file, lineNo,
              "expected " + header.size() + " tab-separated columns (" + String.join(", ", header) + ") but found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
        }
        rows.add(new Row(file, lineNo, cells));
      }
      return new TsvTable(file, first.substring(1).trim(), version, List.copyOf(rows));
    } catch (IOException e) {
      throw new DictionaryException(file, 0, "cannot read: " + e.getMessage(), e);
    }
  }
}
