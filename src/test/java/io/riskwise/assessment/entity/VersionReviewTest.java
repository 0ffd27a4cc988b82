package io.riskwise.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may decide on a submitted version, and when: once, on the latest version only. */
class VersionReviewTest {
  static final long ASSESSOR = 7;
  static final long OTHER_ASSESSOR = 8;

  static VersionReview version(int number, int latest, Review review) {
    return new VersionReview(40L + number, number, latest, "Ada", id -> id == ASSESSOR, review);
  }

  static void refused(Refusal expected, VersionReview version, long assessorId) {
    assertEquals(Optional.of(expected), version.refusalFor(assessorId));
    assertThrows(
        IllegalStateException.class,
        () -> version.decide(assessorId, Review.Outcome.CRITERIA_MET, null));
  }

  @Test
  void theLatestVersionUndecidedIsOpenToTheAssessor() {
    assertEquals(Optional.empty(), version(3, 3, null).refusalFor(ASSESSOR));
  }

  @Test
  void theApprenticesAssessorDecidesOnTheLatestVersion() {
    VersionReview latest = version(2, 2, null);
    Review review = latest.decide(ASSESSOR, Review.Outcome.RETURNED, "Add the residual ratings");
    assertEquals(42L, review.getVersionId());
    assertEquals(ASSESSOR, review.getAssessorId());
    assertEquals(Review.Outcome.RETURNED, review.getOutcome());
    assertEquals("Add the residual ratings", review.getFeedback());
    assertEquals(review, latest.review().orElseThrow());
  }

  @Test
  void onlyTheApprenticesAssessorDecides() {
    VersionReview latest = version(1, 1, null);
    refused(Refusal.forbidden("Only Ada's assessor can judge their work."), latest, OTHER_ASSESSOR);
    assertTrue(latest.review().isEmpty());
  }

  @Test
  void aVersionIsDecidedOnceOnly() {
    VersionReview latest = version(1, 1, null);
    latest.decide(ASSESSOR, Review.Outcome.CRITERIA_MET, null);
    refused(
        Refusal.conflict("Version 1 has already been judged; judgements are never changed."),
        latest,
        ASSESSOR);
    assertEquals(Review.Outcome.CRITERIA_MET, latest.review().orElseThrow().getOutcome());
  }

  @Test
  void aReviewLoadedFromTheDatabaseAlsoCloses() {
    Review earlier = new Review(41L, ASSESSOR, Review.Outcome.RETURNED, "Rework");
    refused(
        Refusal.conflict("Version 1 has already been judged; judgements are never changed."),
        version(1, 1, earlier),
        ASSESSOR);
  }

  @Test
  void anOlderVersionIsNotDecided() {
    VersionReview older = version(1, 2, null);
    assertFalse(older.isLatest());
    refused(
        Refusal.conflict("A newer version has been submitted since version 1; judge that one."),
        older,
        ASSESSOR);
  }

  @Test
  void whoDecidesIsCheckedBeforeWhen() {
    refused(
        Refusal.forbidden("Only Ada's assessor can judge their work."),
        version(1, 2, null),
        OTHER_ASSESSOR);
  }
}
