package io.riskwise.assessment.control;

import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SignOff;

/**
 * Where a risk assessment stands, in the words its apprentice reads: a draft never submitted, its
 * latest version waiting for the assessor, returned for rework, with criteria met, or part of a
 * unit signed off (waiting for the apprentice's countersignature until they give it).
 */
public enum Stage {
  DRAFT,
  SUBMITTED,
  RETURNED,
  CRITERIA_MET,
  AWAITING_COUNTERSIGNATURE,
  SIGNED_OFF;

  /**
   * @param submitted whether any version was submitted
   * @param latestReview the outcome of the latest version's review; null while it waits
   * @param signOff the state of an unrevoked sign-off that covers one of its versions; null if none
   */
  public static Stage of(boolean submitted, Review.Outcome latestReview, SignOff.State signOff) {
    if (!submitted) {
      return DRAFT;
    }
    if (latestReview == null) {
      return SUBMITTED;
    }
    if (latestReview == Review.Outcome.RETURNED) {
      return RETURNED;
    }
    if (signOff == SignOff.State.SIGNED) {
      return AWAITING_COUNTERSIGNATURE;
    }
    return signOff == SignOff.State.COUNTERSIGNED ? SIGNED_OFF : CRITERIA_MET;
  }

  /** The words for the apprentice ({@code own}) or for someone reading their portfolio. */
  public String label(boolean own) {
    return switch (this) {
      case DRAFT -> "Draft";
      case SUBMITTED -> "Submitted";
      case RETURNED -> "Returned for rework";
      case CRITERIA_MET -> "Criteria met";
      case AWAITING_COUNTERSIGNATURE ->
          own
              ? "Waiting for your countersignature"
              : "Waiting for the apprentice's countersignature";
      case SIGNED_OFF -> "Unit signed off";
    };
  }
}
