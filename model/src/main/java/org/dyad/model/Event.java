package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A coded political event: who did what to whom, when, with its evidence.
 *
 * @param eventId deterministic id from document, sentence, offsets and coder version
 * @param date the event's date, null when it is background whose date is not known
 * @param dateText the time expression the date comes from, or null when the date is inherited
 * @param dateRule how the date was decided (own, previous sentence, story date, article date)
 * @param background true for recalled background (not an event of the article's time)
 * @param target null when the event has no target
 * @param goldstein the Goldstein score of the code
 * @param ploverMode may be null
 * @param place where it happened, null when unknown
 */
public record Event(
    String eventId,
    String docId,
    int sentence,
    LocalDate date,
    String dateText,
    String dateRule,
    boolean background,
    Participant source,
    Participant target,
    CameoCode cameo,
    double goldstein,
    PloverType ploverType,
    String ploverMode,
    Place place,
    Provenance provenance) {
  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(ploverType, "ploverType");
    Objects.requireNonNull(provenance, "provenance");
  }

  public QuadClass quadClass() {
    return cameo.quadClass();
  }

  /** The stable event id: a hash of the document, sentence, offsets, code and coder version. */
  public static String idFor(String docId, int sentence, Span trigger, Span source, Span target, String code, String coderVersion) {
    String key = docId + "|" + sentence + "|" + trigger.start() + "-" + trigger.end() + "|"
        + source.start() + "-" + source.end() + "|"
        + (target == null ? "-" : target.start() + "-" + target.end()) + "|" + code + "|" + coderVersion;
    return "e-" + Article.sha256Hex(key).substring(0, 16);
  }
}
