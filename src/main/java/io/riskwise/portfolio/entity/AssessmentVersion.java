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
 * A submitted version of a risk assessment: its canonical JSON and that JSON's SHA-256 digest,
 * frozen at submission. Nothing in the application updates or deletes one; judgements name it.
 */
@Entity
@Table(name = "assessment_version")
@NamedQuery(
    name = AssessmentVersion.OF_ASSESSMENT,
    query =
        "select v from AssessmentVersion v where v.assessmentId = :assessmentId order by v.number")
@NamedQuery(
    name = AssessmentVersion.COUNT_BY_ASSESSMENT,
    query =
        "select v.assessmentId, count(v), max(v.submittedAt) from AssessmentVersion v"
            + " where v.assessmentId in :ids group by v.assessmentId")
public class AssessmentVersion {
  public static final String OF_ASSESSMENT = "AssessmentVersion.ofAssessment";
  public static final String COUNT_BY_ASSESSMENT = "AssessmentVersion.countByAssessment";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assessment_id", nullable = false, updatable = false)
  private Long assessmentId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false)
  private String content;

  @Column(nullable = false, updatable = false, length = 64)
  private String digest;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  protected AssessmentVersion() {}

  public AssessmentVersion(Long assessmentId, int number, String content, String digest) {
    this.assessmentId = assessmentId;
    this.number = number;
    this.content = content;
    this.digest = digest;
    this.submittedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getAssessmentId() {
    return assessmentId;
  }

  public int getNumber() {
    return number;
  }

  public String getContent() {
    return content;
  }

  public String getDigest() {
    return digest;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
