package io.riskwise.assessment.entity;

import java.util.List;
import java.util.Optional;

/**
 * An apprentice's record in one unit: which of its criteria are met and the unit's sign-offs. The
 * aggregate behind sign-off: a unit is signed off only when every criterion is met, and only once
 * at a time (a sign-off in force is revoked before the unit is signed again).
 */
public final class UnitRecord {
  private final long apprenticeId;
  private final String unitCode;
  private final List<Criterion> criteria;
  private final List<SignOff> signOffs;

  /** A criterion the unit is signed off on, and whether the apprentice has met it. */
  public record Criterion(String id, boolean met) {}

  /**
   * @param criteria the criteria the unit is signed off on, in catalogue order
   * @param signOffs the apprentice's sign-offs (of any unit: only this unit's count)
   */
  public UnitRecord(
      long apprenticeId, String unitCode, List<Criterion> criteria, List<SignOff> signOffs) {
    this.apprenticeId = apprenticeId;
    this.unitCode = unitCode;
    this.criteria = List.copyOf(criteria);
    this.signOffs = signOffs.stream().filter(s -> s.getUnitCode().equals(unitCode)).toList();
  }

  public List<String> unmet() {
    return criteria.stream().filter(c -> !c.met()).map(Criterion::id).toList();
  }

  public boolean isSignedOff() {
    return signOffs.stream().anyMatch(SignOff::isActive);
  }

  /** Why the unit cannot be signed off now: criteria not met (named), or a sign-off in force. */
  public Optional<Refusal> refusal() {
    List<String> unmet = unmet();
    if (!unmet.isEmpty()) {
      return Optional.of(
          Refusal.conflict(
              unitCode
                  + " cannot be signed off yet: "
                  + unmet.size()
                  + " criteria are not met ("
                  + String.join(", ", unmet)
                  + ")."));
    }
    if (isSignedOff()) {
      return Optional.of(
          Refusal.conflict(unitCode + " is already signed off; revoke it first to sign again."));
    }
    return Optional.empty();
  }

  /**
   * Signs the unit off.
   *
   * @param evidence the canonical list of what is signed
   * @param digest its SHA-256
   */
  public SignOff signOff(long assessorId, String evidence, String digest) {
    Optional<Refusal> refusal = refusal();
    if (refusal.isPresent()) {
      throw refusal.get().broken();
    }
    return new SignOff(apprenticeId, unitCode, assessorId, evidence, digest);
  }
}
