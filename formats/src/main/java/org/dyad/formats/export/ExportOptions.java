package org.dyad.formats.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * How to write an export. Immutable.
 *
 * @param header true for a header line, false for none, null for the format's custom (GDELT and
 *     Phoenix files have none, ICEWS files have one; JSON Lines never has one)
 * @param cameoNames CAMEO code → its name (ICEWS's "Event Text"); may return null
 */
public record ExportOptions(Boolean header, Function<String, String> cameoNames) {
  public ExportOptions {
    Objects.requireNonNull(cameoNames, "cameoNames");
  }

  /** The format's header custom and no CAMEO names. */
  public static ExportOptions defaults() {
    return new ExportOptions(null, code -> null);
  }

  public ExportOptions withHeader(Boolean h) {
    return new ExportOptions(h, cameoNames);
  }

  public ExportOptions withCameoNames(Function<String, String> names) {
    return new ExportOptions(header, names);
  }
}
