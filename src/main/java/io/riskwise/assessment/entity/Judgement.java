package io.riskwise.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One judgement of one criterion for one apprentice, naming the evidence it judged. Only ever
 * added: the latest per criterion is the criterion's status.
 */
@Entity
@Table(name = "judgement")
@NamedQuery(
    name = Judgement.OF_APPRENTICE,
    query = "select j from Judgement j where j.apprenticeId = :apprenticeId order by j.id")
public class Judgement {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Column(name = "criterion_id", nullable = false, updatable = false, length = 40)
  private String criterionId;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  private Long assessorId;

  @Column(name = "review_id", updatable = false)
  private Long reviewId;

  @Column(name = "version_id", updatable = false)
  private Long versionId;

  @Column(name = "evidence_id", updatable = false)
  private Long evidenceId;

  @Column(name = "mapping_id", updatable = false)
  private Long mappingId;

  @Column(name = "module_id", updatable = false, length = 60)
  private String moduleId;

  @Column(name = "record_id", updatable = false)
  private Long recordId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Source source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Status status;

  @Column(updatable = false)
  private String feedback;

  @Column(name = "judged_at", nullable = false, updatable = false)
  private Instant judgedAt;

  protected Judgement() {}

  public Judgement(
      Long apprenticeId,
      String criterionId,
      Long assessorId,
      On on,
      Status status,
      String feedback) {
    this.apprenticeId = apprenticeId;
    this.criterionId = criterionId;
    this.assessorId = assessorId;
    this.reviewId = on.reviewId();
    this.versionId = on.versionId();
    this.evidenceId = on.evidenceId();
    this.mappingId = on.mappingId();
    this.moduleId = on.moduleId();
    this.recordId = on.recordId();
    this.source = on.source();
    this.status = status;
    this.feedback = feedback;
    this.judgedAt = Instant.now();
  }

  public static final String OF_APPRENTICE = "Judgement.ofApprentice";

  /** What the evidence is. */
  public enum Source {
    SUBMISSION,
    EVIDENCE,
    LEARNING,
    ASSESSOR
  }

  /** A criterion met or not yet met; a rejected claim (mapping) does not decide the criterion. */
  public enum Status {
    MET,
    NOT_YET_MET,
    REJECTED
  }

  /** The judgement's fields, as the assessor gave them. */
  public record On(
      Long reviewId,
      Long versionId,
      Long evidenceId,
      Long mappingId,
      String moduleId,
      Long recordId,
      Source source) {}

  public Long getId() {
    return id;
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public String getCriterionId() {
    return criterionId;
  }

  public Long getAssessorId() {
    return assessorId;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public Long getVersionId() {
    return versionId;
  }

  public Long getEvidenceId() {
    return evidenceId;
  }

  public Long getMappingId() {
    return mappingId;
  }

  public String getModuleId() {
    return moduleId;
  }

  public Long getRecordId() {
    return recordId;
  }

  public Source getSource() {
    return source;
  }

  public Status getStatus() {
    return status;
  }

  public String getFeedback() {
    return feedback;
  }

  public Instant getJudgedAt() {
    return judgedAt;
  }
}
