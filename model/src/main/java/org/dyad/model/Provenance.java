package org.dyad.model;

import java.util.Objects;

/**
 * Why an event exists: where in which document, which rule fired, with which versions.
 *
 * <p>Old rows stay readable when fields are added: readers must tolerate missing values (null).
 *
 * @param trigger offsets of the trigger words
 * @param source offsets of the source mention
 * @param target offsets of the target mention, null when there is no target
 * @param ruleId the trigger-dictionary pattern and argument rule that fired
 * @param dictionaryVersion version of the trigger and actor dictionaries
 * @param coderVersion version of the coder
 * @param annotator the annotator and its settings
 * @param confidence 0..1, how sure the coder is
 */
public record Provenance(
    String docId,
    int sentence,
    Span trigger,
    String triggerText,
    Span source,
    Span target,
    String ruleId,
    String dictionaryVersion,
    String coderVersion,
    String annotator,
    double confidence) {
  public Provenance {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ruleId, "ruleId");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
