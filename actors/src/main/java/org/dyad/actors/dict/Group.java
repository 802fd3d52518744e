package org.dyad.actors.dict;

import java.util.Objects;
import org.dyad.model.ActorCode;

/**
 * A named group from {@code groups.tsv} with its full CAMEO-style code: armed movements, parties,
 * and named state bodies such as intelligence services (e.g. Taliban → {@code AFGREB}).
 *
 * @param code the full actor code; its country is a country of the dictionary or an international prefix
 * @param name the canonical name
 */
public record Group(ActorCode code, String name) implements DictionaryEntry {
  public Group {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
