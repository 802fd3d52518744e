package org.dyad.actors.dict;

import java.util.Objects;
import org.dyad.model.ActorCode;

/**
 * An intergovernmental or international non-governmental organisation from {@code igos.tsv}
 * (e.g. United Nations → {@code IGOUNO}, Amnesty International → {@code NGOHRIAMN}).
 *
 * @param code the full actor code, starting with an international prefix (IGO, NGO, IMG, MNC)
 * @param name the canonical name
 */
public record Igo(ActorCode code, String name) implements DictionaryEntry {
  public Igo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
