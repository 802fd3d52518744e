package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import org.dyad.model.QuadClass;

/** Event counts of one period, in total and per quad class. */
public record TimelinePoint(
    LocalDate periodStart, long total, long verbalCooperation, long materialCooperation, long verbalConflict,
    long materialConflict) {
  public TimelinePoint {
    Objects.requireNonNull(periodStart, "periodStart");
  }

  public long count(QuadClass q) {
    switch (q) {
      case VERBAL_COOPERATION: return verbalCooperation;
      case MATERIAL_COOPERATION: return materialCooperation;
      case VERBAL_CONFLICT: return verbalConflict;
      default: return materialConflict;
    }
  }
}
