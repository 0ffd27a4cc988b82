package io.riskwise.portfolio.entity;

/**
 * Who an action on a risk comes from. C6 ER8a and MP4 ask for action the apprentice took or led; an
 * action someone else took, or a control the organisation already had in place, is worth recording
 * but does not count for them.
 */
public enum ActionOrigin {
  MINE("I took or led this action"),
  OTHERS("Someone else took it, as a result of my assessment"),
  ALREADY_IN_PLACE("A control already in place before my assessment");

  private final String label;

  ActionOrigin(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
