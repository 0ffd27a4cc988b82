package io.riskwise.portfolio.entity;

import java.util.List;

/**
 * The kinds of customer service risk C6 asks about at every stage, and any other the apprentice
 * names.
 */
public enum RiskKind {
  FINANCIAL("Financial", "INSCS027.PC2"),
  REPUTATIONAL("Reputational", "INSCS027.PC3"),
  HEALTH_AND_SAFETY("Health and safety", "INSCS027.PC4"),
  SUB_STANDARD("Sub-standard service or product", "INSCS027.PC5"),
  OTHER("Other", null);

  /** The four kinds every stage must consider. */
  public static final List<RiskKind> REQUIRED =
      List.of(FINANCIAL, REPUTATIONAL, HEALTH_AND_SAFETY, SUB_STANDARD);

  private final String label;
  private final String criterion;

  RiskKind(String label, String criterion) {
    this.label = label;
    this.criterion = criterion;
  }

  public String label() {
    return label;
  }

  public String getLabel() {
    return label;
  }

  /** The INSCS027 criterion that asks for this kind at each stage; null for other kinds. */
  public String criterion() {
    return criterion;
  }
}
