package org.dyad.store;

import java.time.LocalDate;
import java.util.Objects;
import org.dyad.model.Quote;

/** A stored quote with the document it comes from and that document's date (may be null). */
public record QuoteHit(String docId, LocalDate date, Quote quote) {
  public QuoteHit {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(quote, "quote");
  }
}
