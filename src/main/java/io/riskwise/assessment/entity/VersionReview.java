package io.riskwise.assessment.entity;

import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * A submitted version and the review it may get: the aggregate behind the assessor's decision. Only
 * one of the apprentice's assessors decides, only on the latest version of the assessment, and only
 * once; every refusal changes nothing. Built from what the facade loaded, so the rules are checked
 * without a database.
 */
public final class VersionReview {
  private final long versionId;
  private final int number;
  private final int latestNumber;
  private final String apprentice;
  private final LongPredicate assessors;
  private Review review;

  /**
   * @param latestNumber the highest version number of the same assessment
   * @param apprentice the apprentice's name, as refusals show it
   * @param assessors whether a user is one of the apprentice's allocated assessors
   * @param review the review already recorded on this version, or null
   */
  public VersionReview(
      long versionId,
      int number,
      int latestNumber,
      String apprentice,
      LongPredicate assessors,
      Review review) {
    this.versionId = versionId;
    this.number = number;
    this.latestNumber = latestNumber;
    this.apprentice = apprentice;
    this.assessors = assessors;
    this.review = review;
  }

  public boolean isLatest() {
    return number == latestNumber;
  }

  public Optional<Review> review() {
    return Optional.ofNullable(review);
  }

  public boolean mayDecide(long userId) {
    return assessors.test(userId);
  }

  /**
   * Why the user may not decide now, if they may not: not the apprentice's assessor (checked
   * first), a version already judged, or an older version than the latest.
   */
  public Optional<Refusal> refusalFor(long assessorId) {
    if (!mayDecide(assessorId)) {
      return Optional.of(
          Refusal.forbidden("Only " + apprentice + "'s assessor can judge their work."));
    }
    if (review != null) {
      return Optional.of(
          Refusal.conflict(
              "Version " + number + " has already been judged; judgements are never changed."));
    }
    if (!isLatest()) {
      return Optional.of(
          Refusal.conflict(
              "A newer version has been submitted since version " + number + "; judge that one."));
    }
    return Optional.empty();
  }

  /** The review of this version; it is the only one it will ever have. */
  public Review decide(long assessorId, Review.Outcome outcome, String feedback) {
    Optional<Refusal> refusal = refusalFor(assessorId);
    if (refusal.isPresent()) {
      throw refusal.get().broken();
    }
    review = new Review(versionId, assessorId, outcome, feedback);
    return review;
  }
}
