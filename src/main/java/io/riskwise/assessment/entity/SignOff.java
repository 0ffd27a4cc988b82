package io.riskwise.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A unit signed off for an apprentice: who, when, and the SHA-256 of exactly the evidence signed.
 * The apprentice countersigns; a correction is a revocation recorded beside it, never an edit of
 * what was signed.
 */
@Entity
@Table(name = "sign_off")
@NamedQuery(
    name = SignOff.OF_APPRENTICE,
    query = "select s from SignOff s where s.apprenticeId = :apprenticeId order by s.id")
public class SignOff {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Column(name = "unit_code", nullable = false, updatable = false, length = 20)
  private String unitCode;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  private Long assessorId;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  @Column(nullable = false, updatable = false)
  private String evidence;

  @Column(nullable = false, updatable = false, length = 64)
  private String digest;

  @Column(name = "countersigned_at")
  private Instant countersignedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "revoke_reason")
  private String revokeReason;

  protected SignOff() {}

  public SignOff(
      Long apprenticeId, String unitCode, Long assessorId, String evidence, String digest) {
    this.apprenticeId = apprenticeId;
    this.unitCode = unitCode;
    this.assessorId = assessorId;
    this.evidence = evidence;
    this.digest = digest;
    this.signedAt = Instant.now();
  }

  public static final String OF_APPRENTICE = "SignOff.ofApprentice";

  /** Where a sign-off stands. */
  public enum State {
    SIGNED,
    COUNTERSIGNED,
    REVOKED
  }

  public State state() {
    if (revokedAt != null) {
      return State.REVOKED;
    }
    return countersignedAt == null ? State.SIGNED : State.COUNTERSIGNED;
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  /** The apprentice declares the work their own and from their real job. */
  public void countersign() {
    if (state() != State.SIGNED) {
      throw new IllegalStateException("Only a signed, unrevoked sign-off can be countersigned");
    }
    countersignedAt = Instant.now();
  }

  public void revoke(Long by, String reason) {
    if (state() == State.REVOKED) {
      throw new IllegalStateException("This sign-off is already revoked");
    }
    revokedAt = Instant.now();
    revokedBy = by;
    revokeReason = reason;
  }

  public Long getId() {
    return id;
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Long getAssessorId() {
    return assessorId;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getDigest() {
    return digest;
  }

  public Instant getCountersignedAt() {
    return countersignedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Long getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }
}
