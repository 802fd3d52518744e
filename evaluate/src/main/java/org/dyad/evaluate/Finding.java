package org.dyad.evaluate;

import java.util.Objects;

/**
 * One error at one level: a gold label Dyad missed, or a label Dyad produced that the gold does
 * not have, with the record's text so a person can see why. Immutable.
 *
 * @param id the gold record id
 * @param text the record's text
 * @param level the level name
 * @param label the missed or falsely produced label
 * @param kind miss or false alarm
 * @param detail what Dyad produced for the record at that level (for a miss) or what the gold
 *     has (for a false alarm), as a short text
 */
public record Finding(String id, String text, String level, String label, Kind kind, String detail) {
  public enum Kind { MISS, FALSE_ALARM }

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
