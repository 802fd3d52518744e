package org.dyad.actors.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One record of a PETRARCH agent dictionary, e.g. {@code FOREIGN_MINISTER [~GOVFRM]}, after
 * substitution markers ({@code !PERSON!}) are expanded and plurals formed. Immutable.
 *
 * @param forms the phrase and its plural forms as written (upper case, {@code _} or spaces)
 * @param code the agent code without the {@code ~}, e.g. {@code GOVFRM}
 * @param prefix true for {@code NGO~} codes that go before the actor's code, false for the usual
 *     {@code ~GOV} that goes after it
 * @param file the file it came from
 * @param line its line
 */
public record PetrarchAgent(List<String> forms, String code, boolean prefix, String file, int line) {
  public PetrarchAgent {
    forms = List.copyOf(forms);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("an agent needs a phrase (" + file + ":" + line + ")");
    }
  }

  /** The three-letter parts of the code. */
  public List<String> parts() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }
}
