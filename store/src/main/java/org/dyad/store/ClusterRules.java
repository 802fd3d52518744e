package org.dyad.store;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.CameoCode;

/**
 * When two event reports count as one event (see {@link EventClusters}).
 *
 * <p>Two reports match when
 * <ul>
 *   <li>they have the same source and target actor codes (events without a target match only
 *       events without a target), or the reversed pair when both codes are
 *       {@linkplain #isSymmetric symmetric} (A talks with B = B talks with A);</li>
 *   <li>their CAMEO codes are of one family: the same root, and the same three-digit parent when
 *       both name one ({@code 041} and {@code 0411} match, {@code 041} and {@code 042} do not). A
 *       root code ({@code 04}) or a three-digit "general" code ending in 0 ({@code 040},
 *       {@code 190}) names no parent, so it matches every code of its root;</li>
 *   <li>their dates are at most {@link #windowDays} days apart (every pair of reports of a
 *       cluster, so a cluster spans at most the window). Undated reports are never merged.</li>
 * </ul>
 *
 * <p>The default symmetric codes ({@link #DEFAULT_SYMMETRIC}) are the mutual actions: consult
 * (04, 040), discuss by telephone (041), meet at a third location (044), negotiate (046), sign a
 * formal agreement (057), material cooperation (06, 060–064) and fighting between two sides (19,
 * 190, 193 small arms, 194 artillery and tanks). One-sided acts (visits, aerial attacks, threats,
 * ...) keep their direction. Immutable and thread-safe.
 *
 * @param windowDays the largest distance in days between two reports of one event, 0..365
 * @param symmetricCodes exact CAMEO codes whose events may be merged with the reversed dyad
 */
public record ClusterRules(int windowDays, Set<String> symmetricCodes) {
  public static final int DEFAULT_WINDOW_DAYS = 2;

  /** The mutual CAMEO codes; see the class comment. */
  public static final Set<String> DEFAULT_SYMMETRIC = Set.of(
      "04", "040", "041", "044", "046", "057", "06", "060", "061", "062", "063", "064", "19", "190", "193", "194");

  public ClusterRules {
    if (windowDays < 0 || windowDays > 365) {
      throw new IllegalArgumentException("cluster window must be 0..365 days, got " + windowDays);
    }
    symmetricCodes = Set.copyOf(Objects.requireNonNull(symmetricCodes, "symmetricCodes"));
    for (String c : symmetricCodes) {
      CameoCode.of(c);
    }
  }

  /** A window of {@value #DEFAULT_WINDOW_DAYS} days (±2) and the default symmetric codes. */
  public static ClusterRules defaults() {
    return new ClusterRules(DEFAULT_WINDOW_DAYS, DEFAULT_SYMMETRIC);
  }

  public ClusterRules withWindowDays(int days) {
    return new ClusterRules(days, symmetricCodes);
  }

  /** True when events with this code may be merged with the reversed dyad. */
  public boolean isSymmetric(String cameoCode) {
    return symmetricCodes.contains(cameoCode);
  }

  /**
   * The three-digit parent a code names, or null for a root code and a three-digit general code
   * ending in 0, which name only their root.
   */
  public static String parent(String cameoCode) {
    if (cameoCode.length() < 3) {
      return null;
    }
    String p = cameoCode.substring(0, 3);
    return p.charAt(2) == '0' ? null : p;
  }

  /** True when two codes are of one family (see the class comment). */
  public static boolean sameFamily(String a, String b) {
    if (!a.substring(0, 2).equals(b.substring(0, 2))) {
      return false;
    }
    String pa = parent(a);
    String pb = parent(b);
    return pa == null || pb == null || pa.equals(pb);
  }

  /** The symmetric codes sorted and comma-separated, as stored with a build. */
  String symmetricList() {
    return String.join(",", new TreeSet<>(symmetricCodes));
  }

  static ClusterRules parse(int windowDays, String symmetricList) {
    return new ClusterRules(windowDays,
        symmetricList == null || symmetricList.isBlank() ? Set.of() : Set.copyOf(List.of(symmetricList.split(","))));
  }
}
