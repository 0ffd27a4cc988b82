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
 * An IQA's decision on a sampled assessor decision: agreed, or referred back with reasons. Only
 * ever added; a referral is resolved by a later agreement on the same item.
 */
@Entity
@Table(name = "iqa_decision")
@NamedQuery(
    name = IqaDecision.OF_ASSESSORS,
    query = "select d from IqaDecision d where d.assessorId in :assessorIds order by d.id")
public class IqaDecision {
  public static final String OF_ASSESSORS = "IqaDecision.ofAssessors";

  /** What was sampled: a review of a submitted version (interim) or a sign-off (summative). */
  public enum Kind {
    REVIEW,
    SIGN_OFF
  }

  /** The IQA's verdict. */
  public enum Outcome {
    AGREED,
    REFERRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false, updatable = false, length = 20)
  private Kind itemKind;

  @Column(name = "item_id", nullable = false, updatable = false)
  private Long itemId;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  private Long assessorId;

  @Column(name = "iqa_id", nullable = false, updatable = false)
  private Long iqaId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Outcome outcome;

  @Column(updatable = false)
  private String reasons;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected IqaDecision() {}

  public IqaDecision(
      Kind itemKind, Long itemId, Long assessorId, Long iqaId, Outcome outcome, String reasons) {
    this.itemKind = itemKind;
    this.itemId = itemId;
    this.assessorId = assessorId;
    this.iqaId = iqaId;
    this.outcome = outcome;
    this.reasons = reasons;
    this.decidedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Kind getItemKind() {
    return itemKind;
  }

  public Long getItemId() {
    return itemId;
  }

  public Long getAssessorId() {
    return assessorId;
  }

  public Long getIqaId() {
    return iqaId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReasons() {
    return reasons;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
