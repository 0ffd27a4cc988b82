package io.riskwise.portfolio.entity;

/** The kinds of evidence an apprentice keeps beside their risk assessments. */
public enum EvidenceKind {
  FILE("Uploaded file"),
  WITNESS_TESTIMONY("Witness testimony"),
  REFLECTIVE_ACCOUNT("Reflective account"),
  PROFESSIONAL_DISCUSSION("Professional discussion record"),
  PRODUCT("Product evidence");

  private final String label;

  EvidenceKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
