package io.riskwise.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The apprentice's claim that a piece of evidence shows a criterion: either an evidence item, or a
 * part of a risk assessment ({@code part} is "whole", "stage:s2", "risk:r5", "consultation",
 * "customers-told", "staff-awareness", "swot", "pestle" or "cost-benefit").
 */
@Entity
@Table(name = "evidence_mapping")
@NamedQuery(
    name = EvidenceMapping.OF_APPRENTICE,
    query =
        "select m from EvidenceMapping m where m.apprenticeId = :apprenticeId"
            + " order by m.criterionId, m.id")
public class EvidenceMapping {
  public static final String OF_APPRENTICE = "EvidenceMapping.ofApprentice";
  public static final String WHOLE = "whole";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Column(name = "criterion_id", nullable = false, updatable = false, length = 40)
  private String criterionId;

  @Column(name = "evidence_id", updatable = false)
  private Long evidenceId;

  @Column(name = "assessment_id", updatable = false)
  private Long assessmentId;

  @Column(nullable = false, updatable = false, length = 60)
  private String part;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected EvidenceMapping() {}

  public static EvidenceMapping ofEvidence(Long apprenticeId, String criterionId, Long evidenceId) {
    EvidenceMapping mapping = new EvidenceMapping(apprenticeId, criterionId, WHOLE);
    mapping.evidenceId = evidenceId;
    return mapping;
  }

  public static EvidenceMapping ofAssessment(
      Long apprenticeId, String criterionId, Long assessmentId, String part) {
    EvidenceMapping mapping = new EvidenceMapping(apprenticeId, criterionId, part);
    mapping.assessmentId = assessmentId;
    return mapping;
  }

  private EvidenceMapping(Long apprenticeId, String criterionId, String part) {
    this.apprenticeId = apprenticeId;
    this.criterionId = criterionId;
    this.part = part;
    this.createdAt = Instant.now();
  }

  public boolean sameTarget(EvidenceMapping other) {
    return criterionId.equals(other.criterionId)
        && java.util.Objects.equals(evidenceId, other.evidenceId)
        && java.util.Objects.equals(assessmentId, other.assessmentId)
        && part.equals(other.part);
  }

  public Long getId() {
    return id;
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public String getCriterionId() {
    return criterionId;
  }

  public Long getEvidenceId() {
    return evidenceId;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public String getPart() {
    return part;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
