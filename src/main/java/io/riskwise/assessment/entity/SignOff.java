package io.riskwise.assessment.entity;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;

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

  /**
   * Why {@code byId} may not countersign: only the apprentice whose sign-off it is, only with the
   * declaration made, and only once, on a sign-off in force.
   */
  public Optional<Refusal> countersignRefusal(long byId, boolean declared) {
    if (!apprenticeId.equals(byId)) {
      return Optional.of(Refusal.forbidden("Only the apprentice countersigns their own sign-off."));
    }
    if (!declared) {
      return Optional.of(
          Refusal.invalid(
              "declaration", "Confirm that the work is your own and from your real job."));
    }
    if (state() != State.SIGNED) {
      return Optional.of(
          Refusal.conflict(
              state() == State.REVOKED
                  ? "This sign-off was revoked."
                  : "You have already countersigned it."));
    }
    return Optional.empty();
  }

  /** The apprentice declares the work their own and from their real job. */
  public void countersign(long byId, boolean declared) {
    Optional<Refusal> refusal = countersignRefusal(byId, declared);
    if (refusal.isPresent()) {
      throw refusal.get().broken();
    }
    countersignedAt = Instant.now();
  }

  /**
   * Why the sign-off may not be revoked: only by the apprentice's assessor or an IQA ({@code
   * mayRevoke}), with a reason, and only once.
   */
  public Optional<Refusal> revokeRefusal(boolean mayRevoke, String reason) {
    if (!mayRevoke) {
      return Optional.of(
          Refusal.forbidden("Only the apprentice's assessor or an IQA can revoke a sign-off."));
    }
    if (reason == null || reason.isBlank()) {
      return Optional.of(Refusal.invalid("reason", "Say why the sign-off is revoked."));
    }
    if (state() == State.REVOKED) {
      return Optional.of(Refusal.conflict("This sign-off is already revoked."));
    }
    return Optional.empty();
  }

  /** A correction: the sign-off stays as it was, marked revoked with who, when and why. */
  public void revoke(long byId, boolean mayRevoke, String reason) {
    Optional<Refusal> refusal = revokeRefusal(mayRevoke, reason);
    if (refusal.isPresent()) {
      throw refusal.get().broken();
    }
    revokedAt = Instant.now();
    revokedBy = byId;
    revokeReason = reason.strip();
  }

  /** Whether the signed evidence includes the claim, or a claim on the evidence item, given. */
  public boolean covers(Long mappingId, Long evidenceId) {
    return Json.createReader(new StringReader(evidence)).readArray().stream()
        .flatMap(entry -> entry.asJsonObject().getJsonArray("claims").stream())
        .map(JsonValue::asJsonObject)
        .anyMatch(
            claim ->
                (mappingId != null && claim.getJsonNumber("mapping").longValue() == mappingId)
                    || (evidenceId != null
                        && claim.containsKey("evidence")
                        && claim.getJsonNumber("evidence").longValue() == evidenceId));
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
