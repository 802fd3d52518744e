package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.dyad.ingest.IngestOptions;

/**
 * Checks of options that several commands share: each reads an option's value the same way
 * wherever it is given and, when the value is bad, prints the same usage error on standard error.
 */
final class OptionChecks {
  private OptionChecks() {
  }

  /**
   * {@code options} with {@code date}, the value of {@code --date}, as the publication date of
   * documents that name none; {@code options} unchanged when {@code date} is null. Empty, after
   * the usage error is printed, when {@code date} is not a real date written YYYY-MM-DD.
   */
  static Optional<IngestOptions> withDate(IngestOptions options, String date) {
    Objects.requireNonNull(options, "options");
    if (date == null) {
      return Optional.of(options);
    }
    try {
      return Optional.of(options.withDefaultDate(LocalDate.parse(date)));
    } catch (DateTimeParseException e) {
      System.err.println("dyad: --date must be a real date as YYYY-MM-DD, not '" + date + "'");
      return Optional.empty();
    }
  }

  /**
   * True when {@code threads}, the value of {@code --threads} for an ingest run, is from 1 to 64;
   * else false, after the usage error is printed.
   */
  static boolean threadsInRange(int threads) {
    if (threads < 1 || threads > 64) {
      System.err.println("dyad: --threads must be between 1 and 64, not " + threads);
      return false;
    }
    return true;
  }
}
