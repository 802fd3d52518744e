package org.dyad.actors.dict;

import java.util.List;
import java.util.Objects;
import org.dyad.model.Sectors;

/**
 * A role noun or title from {@code agents.tsv}: it gives CAMEO sector codes to the actor it is
 * attached to ("Pakistani <b>army chief</b>" → {@code MIL}).
 *
 * @param phrase the canonical (first) phrase of the dictionary row, lower case except acronyms
 * @param sectors CAMEO sector codes in order (each {@link Sectors#isSector}); empty when the word
 *     has no sector of its own and takes the sector of what it is attached to ("spokesman",
 *     "counterpart", and civilian honorifics)
 * @param kind title, institution, generic group noun or honorific
 * @param role display form, e.g. "Foreign Minister"
 */
public record Agent(String phrase, List<String> sectors, AgentKind kind, String role) implements DictionaryEntry {
  public Agent {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    sectors = List.copyOf(sectors);
    for (String s : sectors) {
      if (!Sectors.isSector(s)) {
        throw new IllegalArgumentException("not a sector code: '" + s + "'");
      }
    }
  }
}
