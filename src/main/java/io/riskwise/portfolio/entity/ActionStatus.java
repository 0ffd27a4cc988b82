package io.riskwise.portfolio.entity;

/** How far an action has got; only a done action counts as a control implemented (C6.MP4). */
public enum ActionStatus {
  PLANNED("Planned"),
  IN_PROGRESS("In progress"),
  DONE("Done");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
