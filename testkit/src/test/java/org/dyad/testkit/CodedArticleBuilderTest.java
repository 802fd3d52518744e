package org.dyad.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.PloverType;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class CodedArticleBuilderTest {
  @Test
  void offsetsComeFromWholeWords() {
    CodedArticle a = CodedArticleBuilder.article("d1", LocalDate.of(2020, 1, 2), "Hello there.", "He said no to Hezbollah.")
        .actor("A1", "Someone", "USAGOV", "PERSON", "He")
        .actor("A2", "Hezbollah", "LBNREB", "GROUP", "Hezbollah")
        .event(1, "said no", "He", "Hezbollah", "120").add()
        .build();
    assertEquals("Hello there. He said no to Hezbollah.", a.article().text());
    assertEquals(new Span(13, 37), a.sentences().get(1));
    // "He" is not found inside "Hello"
    assertEquals(13, a.actors().get(0).mentions().get(0).start());
    assertEquals(1, a.actors().get(0).mentions().get(0).sentence());
    Event e = a.events().get(0);
    assertEquals("A2", e.target().actorId());
    assertEquals(PloverType.REJECT, e.ploverType());
    assertEquals(LocalDate.of(2020, 1, 2), e.date());
    DyadAssertions.assertValidCodedArticle(a);
  }

  @Test
  void unknownWordsAreRejectedWithTheDocument() {
    CodedArticleBuilder b = CodedArticleBuilder.article("d2", LocalDate.of(2020, 1, 2), "A met B.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.actor("A1", "C", "USA", "COUNTRY", "C"));
    assertTrue(e.getMessage().contains("d2"), e.getMessage());
    b.actor("A1", "A", "USA", "COUNTRY", "A");
    assertThrows(IllegalArgumentException.class, () -> b.event(0, "met", "A", "B", "040").add());
    assertThrows(IllegalArgumentException.class, () -> b.event(1, "met", "A", null, "040").add());
  }

  @Test
  void sampleHasEveryKindOfField() {
    CodedArticle a = SampleArticles.diplomacy();
    DyadAssertions.assertValidCodedArticle(a);
    assertEquals(6, a.actors().size());
    assertEquals(4, a.events().size());
    assertNull(a.events().get(3).target());
    assertNull(a.events().get(2).date());
    assertEquals("", a.actors().get(4).country());
    assertEquals("042", a.events().get(1).cameo().value());
    assertEquals(1, a.quotes().size());
    assertEquals("A1", a.quotes().get(0).speakerActorId());
    assertEquals(2, a.places().size());
    assertEquals(1, a.errors().size());
  }
}
