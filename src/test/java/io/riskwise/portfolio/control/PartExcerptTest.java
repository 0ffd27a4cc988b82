package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.RiskKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartExcerptTest {

  static AssessmentContent content() {
    AssessmentContent content = new AssessmentContent();
    AssessmentContent.Stage stage = new AssessmentContent.Stage();
    stage.setId("s1");
    stage.setName("Paying at the till");
    stage.setMomentOfTruth(true);
    AssessmentContent.Risk risk = new AssessmentContent.Risk();
    risk.setId("r1");
    risk.setKind(RiskKind.HEALTH_AND_SAFETY);
    risk.setDescription("Queue blocks the fire exit");
    risk.setProbability(3);
    risk.setConsequence(4);
    risk.setScore(12);
    risk.setDecision(Decision.TOLERATE);
    risk.setTolerateReason("Only on two Saturdays a month");
    stage.setRisks(List.of(risk));
    content.setStages(List.of(stage));
    AssessmentContent.Consultee consultee = new AssessmentContent.Consultee();
    consultee.setName("Grace Mensah");
    consultee.setGroup(ConsulteeGroup.values()[0]);
    content.setConsultees(List.of(consultee));
    content.setCustomersTold("A sign at the door.");
    return content;
  }

  @Test
  void aRiskShowsWhereItIsItsRatingAndTheDecision() {
    PartExcerpt risk = PartExcerpt.of(content(), "risk:r1").orElseThrow();
    assertEquals(
        "Health and safety risk at stage 1 (Paying at the till): Queue blocks the fire exit",
        risk.heading());
    assertTrue(risk.lines().contains("Probability 3 × consequence 4 = 12"), risk.lines()::toString);
    assertTrue(
        risk.lines().contains("Decision: Tolerate it: Only on two Saturdays a month"),
        risk.lines()::toString);
  }

  @Test
  void aStageListsItsRisksAndSectionsTheirText() {
    PartExcerpt stage = PartExcerpt.of(content(), "stage:s1").orElseThrow();
    assertEquals("Stage 1: Paying at the till", stage.heading());
    assertEquals(
        List.of("A moment of truth.", "Health and safety risk: Queue blocks the fire exit"),
        stage.lines());
    assertEquals(
        List.of("A sign at the door."),
        PartExcerpt.of(content(), "customers-told").orElseThrow().lines());
    assertTrue(
        PartExcerpt.of(content(), "consultation")
            .orElseThrow()
            .lines()
            .get(0)
            .startsWith("Grace Mensah ("));
    assertEquals(List.of("Not written."), PartExcerpt.of(content(), "swot").orElseThrow().lines());
  }

  @Test
  void aPartMissingFromTheVersionIsEmpty() {
    assertTrue(PartExcerpt.of(content(), "risk:r9").isEmpty());
    assertTrue(PartExcerpt.of(content(), "stage:s9").isEmpty());
    assertTrue(PartExcerpt.of(content(), "nonsense").isEmpty());
  }
}
