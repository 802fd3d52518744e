package org.dyad.actors.dict;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DefaultDictionaryTest {
  @Test
  void loads() {
    ActorDictionary d = ActorDictionary.loadDefault();
    assertTrue(d.countries().size() >= 190, "countries " + d.countries().size());
  }
}
