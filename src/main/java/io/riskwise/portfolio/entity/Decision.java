package io.riskwise.portfolio.entity;

/** The judgement on a risk: act to reduce it, or tolerate it for stated reasons (C6 ER6d, ER8). */
public enum Decision {
  ACT("Act to reduce it"),
  TOLERATE("Tolerate it");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
