package org.dyad.coding;

import java.util.Objects;
import org.dyad.model.CameoCode;
import org.dyad.model.PloverType;

/**
 * The PLOVER event type and mode of one CAMEO event code.
 *
 * <p>Immutable value. {@code mode} is never null: it is the empty string when no mode applies,
 * otherwise a lower-case PLOVER mode name such as {@code "phone"} or {@code "heavy-weapons"}.
 * Whether the mode belongs to the type is checked by {@link PloverMapping} when it loads a table.
 */
public record PloverEntry(CameoCode code, PloverType type, String mode) {
  public PloverEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    if (!mode.isEmpty() && !mode.matches("[a-z]+(-[a-z]+)*")) {
      throw new IllegalArgumentException("malformed PLOVER mode '" + mode + "' for CAMEO code " + code);
    }
  }

  /** True when a mode applies. */
  public boolean hasMode() {
    return !mode.isEmpty();
  }

  /** The mode, or null when none applies (the convention of {@code Event.ploverMode}). */
  public String modeOrNull() {
    return mode.isEmpty() ? null : mode;
  }
}
