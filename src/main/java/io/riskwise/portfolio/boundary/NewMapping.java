package io.riskwise.portfolio.boundary;

/**
 * A claim to add: a criterion and either an evidence item or a part of a risk assessment ("whole",
 * "stage:s2", "risk:r5", "consultation", "customers-told", "staff-awareness", "swot", "pestle",
 * "cost-benefit").
 */
public class NewMapping implements java.io.Serializable {
  private String criterionId;
  private Long evidenceId;
  private Long assessmentId;
  private String part;

  public NewMapping() {}

  public NewMapping(String criterionId, Long evidenceId, Long assessmentId, String part) {
    this.criterionId = criterionId;
    this.evidenceId = evidenceId;
    this.assessmentId = assessmentId;
    this.part = part;
  }

  public String getCriterionId() {
    return criterionId;
  }

  public void setCriterionId(String criterionId) {
    this.criterionId = criterionId;
  }

  public Long getEvidenceId() {
    return evidenceId;
  }

  public void setEvidenceId(Long evidenceId) {
    this.evidenceId = evidenceId;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public void setAssessmentId(Long assessmentId) {
    this.assessmentId = assessmentId;
  }

  public String getPart() {
    return part;
  }

  public void setPart(String part) {
    this.part = part;
  }
}
