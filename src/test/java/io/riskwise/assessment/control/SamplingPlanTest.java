package io.riskwise.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SamplingPlanTest {
  final SamplingPlan plan = SamplingPlan.standard();

  static SamplingPlan.Item review(long id, int decisions, int referrals) {
    return new SamplingPlan.Item("REVIEW", id, "C6", "RISK_ASSESSMENT", decisions, referrals);
  }

  long sampledOf(SamplingPlan plan, int decisions, int referrals) {
    return LongStream.rangeClosed(1, 2000)
        .filter(id -> plan.samples(review(id, decisions, referrals)))
        .count();
  }

  @Test
  void anEstablishedAssessorHasAboutAQuarterSampled() {
    long sampled = sampledOf(plan, 50, 0);
    assertTrue(sampled > 430 && sampled < 570, "25% of 2000 is 500; got " + sampled);
  }

  @Test
  void aNewAssessorHasEverythingSampled() {
    assertEquals(2000, sampledOf(plan, 4, 0));
    assertEquals(100, plan.percentFor(review(1, 0, 0)));
  }

  @Test
  void referralsRaiseTheShare() {
    assertEquals(25, plan.percentFor(review(1, 50, 1)));
    assertEquals(50, plan.percentFor(review(1, 50, 2)));
    long sampled = sampledOf(plan, 50, 3);
    assertTrue(sampled > 900 && sampled < 1100, "50% of 2000 is 1000; got " + sampled);
  }

  @Test
  void unitAndMethodSharesApplyWhenHigher() {
    SamplingPlan custom =
        new SamplingPlan(10, 100, 5, 50, 2, Map.of("C6", 40), Map.of("SIGN_OFF", 80));
    assertEquals(40, custom.percentFor(review(1, 50, 0)));
    assertEquals(
        80, custom.percentFor(new SamplingPlan.Item("SIGN_OFF", 1, "C6", "SIGN_OFF", 50, 0)));
    assertEquals(
        10,
        custom.percentFor(
            new SamplingPlan.Item("REVIEW", 1, "INSCS009", "RISK_ASSESSMENT", 50, 0)));
  }

  @Test
  void theSelectionIsStable() {
    for (long id = 1; id <= 50; id++) {
      assertEquals(plan.samples(review(id, 50, 0)), plan.samples(review(id, 50, 0)));
    }
    assertEquals(0, sampledOf(new SamplingPlan(0, 0, 0, 0, 1, Map.of(), Map.of()), 50, 0));
  }

  @Test
  void impossibleSharesAreExplained() {
    assertTrue(plan.problems().isEmpty());
    assertEquals(1, new SamplingPlan(120, 100, 5, 50, 2, Map.of(), Map.of()).problems().size());
    assertEquals(
        1, new SamplingPlan(25, 100, 5, 50, 2, Map.of("C6", -1), Map.of()).problems().size());
  }
}
