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
import java.time.LocalDate;

/**
 * The assessor's own evidence of an apprentice's competence: an observation of real work, a
 * professional discussion, or questioning (which can only evidence knowledge criteria).
 */
@Entity
@Table(name = "assessor_record")
@NamedQuery(
    name = AssessorRecord.OF_APPRENTICE,
    query =
        "select r from AssessorRecord r where r.apprenticeId = :apprenticeId order by r.occurredOn desc, r.id desc")
public class AssessorRecord {
  public static final String OF_APPRENTICE = "AssessorRecord.ofApprentice";

  /** How the assessor gathered the evidence. */
  public enum Kind {
    OBSERVATION,
    PROFESSIONAL_DISCUSSION,
    QUESTIONING;

    /** Questioning shows knowledge only; seeing or discussing real work shows any criterion. */
    public boolean canShow(boolean knowledgeCriterion) {
      return this != QUESTIONING || knowledgeCriterion;
    }

    /** "professional discussion", as a judgement's feedback names it. */
    public String words() {
      return name().toLowerCase().replace('_', ' ');
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  private Long assessorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Kind kind;

  @Column(name = "occurred_on", nullable = false, updatable = false)
  private LocalDate occurredOn;

  @Column(nullable = false, updatable = false, length = 300)
  private String occasion;

  @Column(nullable = false, updatable = false)
  private String record;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected AssessorRecord() {}

  public AssessorRecord(
      Long apprenticeId,
      Long assessorId,
      Kind kind,
      LocalDate occurredOn,
      String occasion,
      String record) {
    this.apprenticeId = apprenticeId;
    this.assessorId = assessorId;
    this.kind = kind;
    this.occurredOn = occurredOn;
    this.occasion = occasion;
    this.record = record;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public Long getAssessorId() {
    return assessorId;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getOccasion() {
    return occasion;
  }

  public String getRecord() {
    return record;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
