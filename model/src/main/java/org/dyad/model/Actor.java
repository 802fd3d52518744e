package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor of one article: a person, organisation, government or group, with its CAMEO code
 * and every mention that refers to it in the article.
 *
 * @param id stable within the article ({@code "A1"}, {@code "A2"}, ... in order of first mention)
 * @param name the fullest name seen, e.g. "Shah Mahmood Qureshi", "Foreign Office"
 * @param code the resolved CAMEO actor code, e.g. PAKGOV
 * @param role a title when known, e.g. "Foreign Minister"; may be null
 * @param type PERSON, ORGANIZATION, COUNTRY, GROUP or IGO
 * @param codeSource how the code was decided (rule id), for explanation
 */
public record Actor(String id, String name, ActorCode code, String role, String type, String codeSource, List<Mention> mentions) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }

  public String country() {
    return code.country();
  }

  public List<String> sectors() {
    return code.sectors();
  }
}
