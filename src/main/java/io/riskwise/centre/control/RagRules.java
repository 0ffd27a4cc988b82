package io.riskwise.centre.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * When an apprentice who has started and not yet met the framework turns amber or red: after so
 * many days without activity, or so many percentage points behind the pace their planned dates ask
 * for. A centre may set its own thresholds; amber must come before red on both measures.
 */
public record RagRules(
    int amberIdleDays, int redIdleDays, int amberBehindPoints, int redBehindPoints)
    implements Serializable {

  /** Amber after three weeks idle or ten points behind; red after 30 days or twenty points. */
  public static final RagRules DEFAULT = new RagRules(21, 30, 10, 20);

  public RagRules {
    notNegative("amberIdleDays", amberIdleDays);
    notNegative("redIdleDays", redIdleDays);
    notNegative("amberBehindPoints", amberBehindPoints);
    notNegative("redBehindPoints", redBehindPoints);
    if (amberIdleDays >= redIdleDays) {
      throw new IllegalArgumentException("amberIdleDays must be less than redIdleDays");
    }
    if (amberBehindPoints >= redBehindPoints) {
      throw new IllegalArgumentException("amberBehindPoints must be less than redBehindPoints");
    }
  }

  /** The status of an apprentice who has started and not yet met the framework rule. */
  public Rag rate(int idleDays, int behindPoints) {
    if (idleDays >= redIdleDays || behindPoints >= redBehindPoints) {
      return Rag.RED;
    }
    if (idleDays >= amberIdleDays || behindPoints >= amberBehindPoints) {
      return Rag.AMBER;
    }
    return Rag.GREEN;
  }

  /** Why {@link #rate} gave its status, naming the threshold each figure reached. */
  public List<String> reasons(int idleDays, boolean everActive, int behindPoints) {
    List<String> reasons = new ArrayList<>();
    String idleThreshold = threshold(idleDays, amberIdleDays, redIdleDays);
    if (idleThreshold != null) {
      reasons.add(
          (everActive
                  ? "No activity for " + count(idleDays, "day")
                  : "No activity since starting " + count(idleDays, "day") + " ago")
              + " ("
              + idleThreshold
              + ")");
    }
    String behindThreshold = threshold(behindPoints, amberBehindPoints, redBehindPoints);
    if (behindThreshold != null) {
      reasons.add(
          count(behindPoints, "point") + " behind the planned pace (" + behindThreshold + ")");
    }
    if (reasons.isEmpty()) {
      reasons.add("On track");
    }
    return reasons;
  }

  private static String threshold(int value, int amber, int red) {
    if (value >= red) {
      return "red from " + red;
    }
    return value >= amber ? "amber from " + amber : null;
  }

  private static String count(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static void notNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be 0 or more");
    }
  }
}
