package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkingTest {

  /** C6.1.6 with two claims (11, 12), C6.2.1 with one (13); C6.3.4 unclaimed. */
  static Marking marking() {
    Marking marking = new Marking();
    marking.getClaimed().add(new Marking.Mark("C6.1.6").claim(11).claim(12));
    marking.getClaimed().add(new Marking.Mark("C6.2.1").claim(13));
    marking.getUnclaimed().add(new Marking.Mark("C6.3.4"));
    return marking;
  }

  @Test
  void nothingStartsDecidedAndTheProblemsNameTheOpenCriteria() {
    List<String> problems = marking().problems();
    assertEquals(
        List.of(
            "Choose met or not yet met for every claimed criterion. Still undecided: C6.1.6,"
                + " C6.2.1.",
            "Accept or reject every claim. Claims still undecided on: C6.1.6, C6.2.1."),
        problems);
  }

  @Test
  void aRejectedClaimNeedsItsCriterionsComment() {
    Marking marking = marking();
    Marking.Mark c616 = marking.getClaimed().get(0);
    c616.setStatus(Judgement.Status.MET);
    c616.getClaims().get(0).setVerdict(Judgement.Status.MET);
    c616.getClaims().get(1).setVerdict(Judgement.Status.REJECTED);
    Marking.Mark c621 = marking.getClaimed().get(1);
    c621.setStatus(Judgement.Status.NOT_YET_MET);
    c621.getClaims().get(0).setVerdict(Judgement.Status.MET);
    assertEquals(
        List.of("Say in the comment why you rejected a claim on: C6.1.6."), marking.problems());
    c616.setComment("The account does not show customers told.");
    assertTrue(marking.problems().isEmpty());
  }

  @Test
  void theDecisionCarriesEveryClaimAndOnlyTheJudgedCriteria() {
    Marking marking = marking();
    Marking.Mark c616 = marking.getClaimed().get(0);
    c616.setStatus(Judgement.Status.MET);
    c616.setComment("Witness statement is clear.");
    c616.getClaims().get(0).setVerdict(Judgement.Status.MET);
    c616.getClaims().get(1).setVerdict(Judgement.Status.REJECTED);
    Marking.Mark c621 = marking.getClaimed().get(1);
    c621.setStatus(Judgement.Status.MET);
    c621.getClaims().get(0).setVerdict(Judgement.Status.MET);
    marking.setFeedback("Well done.");

    Decision decision = marking.toDecision(Review.Outcome.CRITERIA_MET);
    assertEquals(Review.Outcome.CRITERIA_MET, decision.getOutcome());
    assertEquals("Well done.", decision.getFeedback());
    assertEquals(3, decision.getClaims().size());
    assertTrue(decision.getClaims().get(0).isAccepted());
    assertNull(decision.getClaims().get(0).getFeedback());
    assertFalse(decision.getClaims().get(1).isAccepted());
    assertEquals("Witness statement is clear.", decision.getClaims().get(1).getFeedback());
    assertEquals(
        List.of("C6.1.6", "C6.2.1"),
        decision.getCriteria().stream().map(Decision.Criterion::getCriterionId).toList());

    marking.getUnclaimed().get(0).setStatus(Judgement.Status.NOT_YET_MET);
    assertEquals(3, marking.toDecision(Review.Outcome.RETURNED).getCriteria().size());
  }
}
