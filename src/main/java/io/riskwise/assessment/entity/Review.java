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

/** An assessor's decision on one submitted version: returned for rework, or criteria met. */
@Entity
@Table(name = "review")
@NamedQuery(
    name = Review.OF_VERSIONS,
    query = "select r from Review r where r.versionId in :versionIds")
public class Review {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_id", nullable = false, updatable = false)
  private Long versionId;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  private Long assessorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Outcome outcome;

  @Column(updatable = false)
  private String feedback;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected Review() {}

  public Review(Long versionId, Long assessorId, Outcome outcome, String feedback) {
    this.versionId = versionId;
    this.assessorId = assessorId;
    this.outcome = outcome;
    this.feedback = feedback;
    this.decidedAt = Instant.now();
  }

  public static final String OF_VERSIONS = "Review.ofVersions";

  /** What the assessor decided. */
  public enum Outcome {
    RETURNED,
    CRITERIA_MET
  }

  public Long getId() {
    return id;
  }

  public Long getVersionId() {
    return versionId;
  }

  public Long getAssessorId() {
    return assessorId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getFeedback() {
    return feedback;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
