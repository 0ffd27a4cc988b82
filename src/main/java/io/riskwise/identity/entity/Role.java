package io.riskwise.identity.entity;

/** What a person does at their centre; one person may hold several. */
public enum Role {
  APPRENTICE("Apprentice"),
  ASSESSOR("Assessor"),
  IQA("Internal quality assurer"),
  CENTRE_ADMIN("Centre administrator"),
  EQA("External verifier");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public static final String APPRENTICE_NAME = "APPRENTICE";
  public static final String ASSESSOR_NAME = "ASSESSOR";
  public static final String IQA_NAME = "IQA";
  public static final String CENTRE_ADMIN_NAME = "CENTRE_ADMIN";
  public static final String EQA_NAME = "EQA";
}
