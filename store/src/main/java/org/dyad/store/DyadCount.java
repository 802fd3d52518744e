package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a source acted on a target in one period.
 *
 * @param periodStart first day of the period, null for {@link Period#ALL}
 * @param meanGoldstein mean Goldstein score of those events
 */
public record DyadCount(String sourceCode, String targetCode, LocalDate periodStart, long count, double meanGoldstein) {
  public DyadCount {
    Objects.requireNonNull(sourceCode, "sourceCode");
    Objects.requireNonNull(targetCode, "targetCode");
  }
}
