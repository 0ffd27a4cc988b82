package io.riskwise.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SignOff;
import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void aDraftNeverSubmitted() {
    assertEquals(Stage.DRAFT, Stage.of(false, null, null));
  }

  @Test
  void submittedAndWaitingForTheAssessor() {
    assertEquals(Stage.SUBMITTED, Stage.of(true, null, SignOff.State.COUNTERSIGNED));
  }

  @Test
  void returnedForReworkEvenIfAnOlderVersionWasSigned() {
    assertEquals(Stage.RETURNED, Stage.of(true, Review.Outcome.RETURNED, SignOff.State.SIGNED));
  }

  @Test
  void criteriaMetThenSignedOffThenCountersigned() {
    assertEquals(Stage.CRITERIA_MET, Stage.of(true, Review.Outcome.CRITERIA_MET, null));
    assertEquals(
        Stage.AWAITING_COUNTERSIGNATURE,
        Stage.of(true, Review.Outcome.CRITERIA_MET, SignOff.State.SIGNED));
    assertEquals(
        Stage.SIGNED_OFF, Stage.of(true, Review.Outcome.CRITERIA_MET, SignOff.State.COUNTERSIGNED));
  }

  @Test
  void theApprenticeIsAskedForTheirOwnCountersignature() {
    assertEquals("Waiting for your countersignature", Stage.AWAITING_COUNTERSIGNATURE.label(true));
    assertEquals(
        "Waiting for the apprentice's countersignature",
        Stage.AWAITING_COUNTERSIGNATURE.label(false));
    assertEquals("Returned for rework", Stage.RETURNED.label(true));
  }
}
