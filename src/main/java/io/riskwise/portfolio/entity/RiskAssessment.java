package io.riskwise.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk assessment's working draft, owned by one apprentice. The whole document is one JSON value
 * (as {@code Documents} writes it); {@code version} rises on every save so that a stale save
 * (another tab) is refused rather than overwriting newer text. Submitted versions are {@link
 * AssessmentVersion}s.
 */
@Entity
@Table(name = "risk_assessment")
@NamedQuery(
    name = RiskAssessment.OF_APPRENTICE,
    query =
        "select a from RiskAssessment a where a.apprenticeId = :apprenticeId"
            + " order by a.updatedAt desc, a.id desc")
public class RiskAssessment {
  public static final String OF_APPRENTICE = "RiskAssessment.ofApprentice";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "assessed_on")
  private LocalDate assessedOn;

  @Column(nullable = false)
  private String content;

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RiskAssessment() {}

  public RiskAssessment(Long apprenticeId) {
    this.apprenticeId = apprenticeId;
    this.createdAt = Instant.now();
  }

  /** Takes a new draft; the title and date are kept beside the JSON for lists and ER3. */
  public void replace(String title, LocalDate assessedOn, String content) {
    this.title = title;
    this.assessedOn = assessedOn;
    this.content = content;
    this.updatedAt = Instant.now();
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public Long getId() {
    return id;
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
