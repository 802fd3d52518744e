package org.dyad.formats.export;

import java.util.Objects;

/**
 * One report of an event: which event row, in which article and sentence, from which URL and
 * outlet. Immutable.
 *
 * @param sentence 0-based sentence index in the article (exports that count from 1 add one)
 * @param url null when unknown
 * @param source the outlet, null when unknown
 */
public record Report(String eventId, String docId, int sentence, String url, String source) {
  public Report {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(docId, "docId");
  }
}
