package io.riskwise.learning.control;

/**
 * The 5 x 5 probability x consequence matrix the lessons teach: a rating from 1 to 25, banded high
 * (15 to 25), medium (6 to 14) or low (1 to 5).
 */
public final class RiskMatrix {
  private RiskMatrix() {}

  /** A band of the matrix. */
  public enum Band {
    LOW,
    MEDIUM,
    HIGH;

    public String label() {
      return name().charAt(0) + name().substring(1).toLowerCase();
    }
  }

  public static int rating(int probability, int consequence) {
    if (probability < 1 || probability > 5 || consequence < 1 || consequence > 5) {
      throw new IllegalArgumentException("Probability and consequence are scored from 1 to 5");
    }
    return probability * consequence;
  }

  public static Band band(int rating) {
    if (rating >= 15) {
      return Band.HIGH;
    }
    return rating >= 6 ? Band.MEDIUM : Band.LOW;
  }
}
