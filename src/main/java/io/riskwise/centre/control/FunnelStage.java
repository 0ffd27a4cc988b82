package io.riskwise.centre.control;

/** How far an apprentice has got with the portfolio, in the order the stages are reached. */
public enum FunnelStage {
  NOTHING_YET,
  DRAFT,
  SUBMITTED,
  SIGNED_OFF;

  public boolean reached(FunnelStage stage) {
    return compareTo(stage) >= 0;
  }
}
