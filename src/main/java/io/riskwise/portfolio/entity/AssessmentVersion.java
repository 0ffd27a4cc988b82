package io.riskwise.portfolio.entity;

import io.riskwise.platform.json.CanonicalJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A submitted version of a risk assessment: its JSON and a SHA-256 digest of it, frozen at
 * submission. Nothing in the application updates or deletes one; judgements name it. The digest
 * covers the content's RFC 8785 form ({@code canonical_form} "RFC8785"); a version submitted before
 * RFC 8785 was adopted has no form recorded and its digest covers the stored bytes as they are.
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

  /** What the digest covers: null for the stored bytes (older versions), or "RFC8785". */
  @Column(name = "canonical_form", updatable = false, length = 16)
  private String canonicalForm;

  static final String RFC_8785 = "RFC8785";

  protected AssessmentVersion() {}

  public AssessmentVersion(Long assessmentId, int number, String content) {
    this.assessmentId = assessmentId;
    this.number = number;
    this.content = content;
    this.canonicalForm = RFC_8785;
    this.digest = CanonicalJson.digest(content);
    this.submittedAt = Instant.now();
  }

  /** Whether the digest still matches the content, by the rule of the form it was made in. */
  public boolean digestHolds() {
    String expected =
        canonicalForm == null ? CanonicalJson.sha256(content) : CanonicalJson.digest(content);
    return expected.equals(digest);
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
