package io.riskwise.portfolio.entity;

/** The three groups C6 ER7 names; two of them must be consulted. */
public enum ConsulteeGroup {
  COLLEAGUES("Team members or colleagues"),
  SUPPLIERS_OR_PARTNERS("Suppliers or service partners"),
  SUPERVISORS_OR_MANAGERS("Supervisors, team leaders or managers");

  private final String label;

  ConsulteeGroup(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
