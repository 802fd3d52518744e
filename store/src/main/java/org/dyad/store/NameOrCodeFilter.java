package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The optional filter of a page of listed rows by a name column and a code column: a row passes
 * when its name contains the text, ignoring case, or its code starts with the text in upper case.
 * Immutable.
 *
 * @param text the text to look for; null when every row passes
 */
record NameOrCodeFilter(String text) {
  /** The filter for what a user typed: every row passes when it is null or blank, else its trimmed text. */
  static NameOrCodeFilter typed(String text) {
    return new NameOrCodeFilter(text == null || text.isBlank() ? null : text.trim());
  }

  /**
   * The SQL condition {@code "WHERE ... "} (with a trailing space) on the two columns, taking two
   * parameters; empty when every row passes.
   */
  String where(String nameColumn, String codeColumn) {
    Objects.requireNonNull(nameColumn, "nameColumn");
    Objects.requireNonNull(codeColumn, "codeColumn");
    return text == null ? ""
        : "WHERE contains(lower(" + nameColumn + "), lower(?)) OR starts_with(" + codeColumn + ", upper(?)) ";
  }

  /**
   * Binds the parameters of a statement whose only ones are those of {@link #where} followed by
   * {@code LIMIT ? OFFSET ?}.
   */
  void bindPage(PreparedStatement p, int limit, int offset) throws SQLException {
    int i = 1;
    if (text != null) {
      p.setString(i++, text);
      p.setString(i++, text);
    }
    p.setInt(i++, limit);
    p.setInt(i, offset);
  }
}
