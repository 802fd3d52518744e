package org.dyad.evaluate;

/**
 * Micro-averaged counts of one level (or one label of a level) and their precision, recall and
 * F1. With exact matching {@code matchedPredicted == matchedGold} (the true positives); with span
 * overlap they can differ (one long prediction may cover two gold spans). Immutable.
 *
 * @param predicted labels Dyad produced
 * @param gold labels in the gold
 * @param matchedPredicted predicted labels that match a gold label
 * @param matchedGold gold labels that some predicted label matches
 */
public record Score(int predicted, int gold, int matchedPredicted, int matchedGold) {
  public static final Score ZERO = new Score(0, 0, 0, 0);

  public Score plus(Score o) {
    return new Score(predicted + o.predicted, gold + o.gold, matchedPredicted + o.matchedPredicted, matchedGold + o.matchedGold);
  }

  /** Matched predictions / predictions; 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
  }

  /** Matched gold / gold; 0 when the gold is empty. */
  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Gold labels missed. */
  public int misses() {
    return gold - matchedGold;
  }

  /** Predictions that match no gold label. */
  public int falseAlarms() {
    return predicted - matchedPredicted;
  }
}
