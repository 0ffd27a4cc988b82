package io.riskwise.rating;

/** Where a rating falls on a matrix. */
public enum Band {
  LOW,
  MEDIUM,
  HIGH;

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase();
  }
}
