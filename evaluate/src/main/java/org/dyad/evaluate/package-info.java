/**
 * Scoring Dyad against gold event data in the field's own formats: PETRARCH/TABARI validation
 * XML, PLOVER JSON, CoNLL source/target spans, TSV sentence labels and Dyad's own JSON Lines.
 *
 * <p>{@link org.dyad.evaluate.Gold} reads a file into a {@link org.dyad.evaluate.GoldSet};
 * {@link org.dyad.evaluate.Evaluator} codes each record's text (only the text, date and token
 * offsets: {@link org.dyad.evaluate.GoldInput}) with a {@link org.dyad.evaluate.SentenceCoder} —
 * usually {@link org.dyad.evaluate.PipelineCoder}, Dyad's pipeline with its own or imported
 * PETRARCH dictionaries — and {@link org.dyad.evaluate.Scorer} then compares with the gold:
 * micro precision, recall and F1 per level, per label, records coded exactly, and every miss and
 * false alarm with its sentence ({@link org.dyad.evaluate.Report}).
 */
package org.dyad.evaluate;
