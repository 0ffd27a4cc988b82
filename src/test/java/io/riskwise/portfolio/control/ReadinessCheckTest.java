package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.portfolio.control.ReadinessCheck.Check;
import io.riskwise.portfolio.control.ReadinessCheck.Occasion;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Action;
import io.riskwise.portfolio.entity.AssessmentContent.Consultee;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.Matrix;
import io.riskwise.portfolio.entity.RiskKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {
  static final Set<Occasion> ANOTHER_DAY =
      Set.of(new Occasion(LocalDate.of(2026, 9, 1), "Witness testimony"));

  /** Three stages; every kind considered; one risk acted on, reviewed; one tolerated. */
  static AssessmentContent complete() {
    AssessmentContent c = new AssessmentContent();
    c.setMatrix(Matrix.standard());
    c.setDate(LocalDate.of(2026, 9, 14));
    for (String name : List.of("Booking", "Arrival", "Complaints")) {
      Stage stage = new Stage();
      stage.setName(name);
      stage.setMomentOfTruth(name.equals("Arrival"));
      for (RiskKind kind : RiskKind.REQUIRED) {
        stage.getNoneFound().put(kind.name(), "Nothing of this kind happens at " + name);
      }
      c.getStages().add(stage);
    }
    Stage arrival = c.getStages().get(1);
    arrival.getNoneFound().remove(RiskKind.SUB_STANDARD.name());
    arrival.getNoneFound().remove(RiskKind.HEALTH_AND_SAFETY.name());
    Risk queue = risk(RiskKind.SUB_STANDARD, "Queue at the desk", 4, 3);
    queue.setDecision(Decision.ACT);
    Action second = new Action();
    second.setDescription("Open a second check-in point on Saturdays");
    second.setStatus(ActionStatus.DONE);
    queue.getActions().add(second);
    queue.setResidualProbability(2);
    queue.setResidualConsequence(3);
    queue.setReview("Average wait fell from 11 to 4 minutes.");
    Risk wetFloor = risk(RiskKind.HEALTH_AND_SAFETY, "Wet floor by the entrance", 2, 2);
    wetFloor.setDecision(Decision.TOLERATE);
    wetFloor.setTolerateReason("Mats and signs are already in place.");
    arrival.getRisks().addAll(List.of(queue, wetFloor));
    c.getConsultees().add(consultee("Sam", ConsulteeGroup.COLLEAGUES));
    c.getConsultees().add(consultee("Dee", ConsulteeGroup.SUPERVISORS_OR_MANAGERS));
    c.setCustomersTold("A notice at the desk and a text to lesson families.");
    c.setStaffAwareness("A briefing at the Saturday huddle.");
    c.normalise().assignIds();
    c.rate();
    return c;
  }

  static Risk risk(RiskKind kind, String description, int probability, int consequence) {
    Risk risk = new Risk();
    risk.setKind(kind);
    risk.setDescription(description);
    risk.setProbability(probability);
    risk.setConsequence(consequence);
    risk.setConsequenceReputation("Customers complain and leave.");
    risk.setJustification("It happened three Saturdays running.");
    return risk;
  }

  static Consultee consultee(String name, ConsulteeGroup group) {
    Consultee consultee = new Consultee();
    consultee.setName(name);
    consultee.setGroup(group);
    return consultee;
  }

  static Check check(AssessmentContent content, String requirement) {
    return new ReadinessCheck()
        .check(content, ANOTHER_DAY).checks().stream()
            .filter(c -> c.requirement().equals(requirement))
            .findFirst()
            .orElseThrow();
  }

  /** Breaks one thing in a complete assessment and sees exactly that requirement fail. */
  static Check broken(String requirement, Consumer<AssessmentContent> breakIt) {
    AssessmentContent content = complete();
    breakIt.accept(content);
    content.rate();
    Readiness readiness = new ReadinessCheck().check(content, ANOTHER_DAY);
    assertFalse(readiness.ready());
    return readiness.checks().stream()
        .filter(c -> c.requirement().equals(requirement))
        .findFirst()
        .orElseThrow();
  }

  static Risk queue(AssessmentContent c) {
    return c.getStages().get(1).getRisks().get(0);
  }

  static Risk wetFloor(AssessmentContent c) {
    return c.getStages().get(1).getRisks().get(1);
  }

  @Test
  void aCompleteAssessmentMeetsEveryCheck() {
    Readiness readiness = new ReadinessCheck().check(complete(), ANOTHER_DAY);
    assertTrue(readiness.ready(), readiness.toString());
    assertEquals(
        List.of(
            "C6.MP1",
            "INSCS027.PC2",
            "INSCS027.PC3",
            "INSCS027.PC4",
            "INSCS027.PC5",
            "C6.ER6a",
            "C6.ER6b",
            "C6.ER6c",
            "C6.ER6d",
            "C6.ER7",
            "C6.ER8",
            "C6.MP2",
            "C6.MP3",
            "C6.MP4",
            "INSCS027.PC6",
            "INSCS027.PC7",
            "C6.ER3"),
        readiness.checks().stream().map(Check::requirement).toList());
  }

  @Test
  void aBlankRiskOrStageCountsForNothing() {
    AssessmentContent content = complete();
    Risk blank = new Risk();
    blank.setKind(RiskKind.FINANCIAL);
    blank.getActions().add(new Action());
    content.getStages().get(0).getRisks().add(blank);
    content.getStages().add(new Stage());
    content.assignIds();
    Readiness readiness = new ReadinessCheck().check(content, ANOTHER_DAY);
    assertTrue(readiness.ready(), "a blank risk is neither a risk nor a gap: " + readiness);

    content.getStages().get(2).getNoneFound().remove("FINANCIAL");
    content.getStages().get(2).getRisks().add(blank);
    assertFalse(
        new ReadinessCheck().check(content, ANOTHER_DAY).checks().get(1).met(),
        "a blank financial risk does not consider financial risks");
  }

  @Test
  void processMappedNeedsThreeNamedStagesAndAMomentOfTruth() {
    Check tooFew = broken("C6.MP1", c -> c.getStages().get(0).setName(" "));
    assertFalse(tooFew.met());
    assertEquals("stages", tooFew.field());
    Check noMoment = broken("C6.MP1", c -> c.getStages().get(1).setMomentOfTruth(false));
    assertTrue(noMoment.message().contains("moments of truth"), noMoment.message());
  }

  @Test
  void everyStageMustConsiderEachKindOfRisk() {
    Check check =
        broken("INSCS027.PC2", c -> c.getStages().get(2).getNoneFound().remove("FINANCIAL"));
    assertFalse(check.met());
    assertEquals(
        "Stage \"Complaints\": add a financial risk, or say why there is none.", check.message());
    assertEquals("stage-s3", check.field());
    assertFalse(broken("INSCS027.PC3", c -> c.getStages().get(0).getNoneFound().clear()).met());
    assertFalse(broken("INSCS027.PC4", c -> c.getStages().get(1).getRisks().remove(1)).met());
    assertFalse(broken("INSCS027.PC5", c -> c.getStages().get(1).getRisks().remove(0)).met());
  }

  @Test
  void eachRiskIsDescribed() {
    Check check = broken("C6.ER6a", c -> queue(c).setDescription(""));
    assertFalse(check.met());
    assertEquals("risk-r1", check.field());
  }

  @Test
  void eachRiskHasItsConsequenceScoredAndDescribed() {
    assertFalse(broken("C6.ER6b", c -> queue(c).setConsequence(null)).met());
    Check undescribed = broken("C6.ER6b", c -> wetFloor(c).setConsequenceReputation(null));
    assertFalse(undescribed.met());
    assertTrue(undescribed.message().contains("\"Wet floor by the entrance\""));
  }

  @Test
  void eachRiskHasItsProbabilityEstimated() {
    Check check = broken("C6.ER6c", c -> wetFloor(c).setProbability(null));
    assertEquals("Estimate the probability of \"Wet floor by the entrance\".", check.message());
  }

  @Test
  void eachRiskIsJudged() {
    assertFalse(broken("C6.ER6d", c -> wetFloor(c).setTolerateReason(" ")).met());
    assertFalse(broken("C6.ER6d", c -> queue(c).getActions().clear()).met());
    assertFalse(broken("C6.ER6d", c -> queue(c).setDecision(null)).met());
  }

  @Test
  void twoOfTheThreeGroupsAreConsulted() {
    Check one = broken("C6.ER7", c -> c.getConsultees().remove(1));
    assertTrue(one.message().endsWith("(you have 1)."), one.message());
    assertEquals("consultation", one.field());
    Check sameGroup =
        broken("C6.ER7", c -> c.getConsultees().get(1).setGroup(ConsulteeGroup.COLLEAGUES));
    assertFalse(sameGroup.met());
  }

  @Test
  void atLeastOneRiskIsActedOnAndAtLeastOneTolerated() {
    Check noneTolerated =
        broken(
            "C6.ER8",
            c -> {
              wetFloor(c).setDecision(Decision.ACT);
              Action mats = new Action();
              mats.setDescription("More mats");
              wetFloor(c).getActions().add(mats);
            });
    assertEquals(
        "Show at least one risk judged tolerable (with your reasons).", noneTolerated.message());
    Check noneActed = broken("C6.ER8", c -> queue(c).setDecision(Decision.TOLERATE));
    assertEquals("Show at least one risk acted on.", noneActed.message());
  }

  @Test
  void everyRiskHasARatingAndAJustification() {
    assertFalse(broken("C6.MP2", c -> queue(c).setJustification(null)).met());
    assertFalse(broken("C6.MP2", c -> queue(c).setConsequence(null)).met());
  }

  @Test
  void actedOnRisksHaveControlsAndAResidualRating() {
    Check check = broken("C6.MP3", c -> queue(c).setResidualProbability(null));
    assertTrue(check.message().contains("residual risk"), check.message());
  }

  @Test
  void aControlIsImplementedAndItsEffectReviewed() {
    Check notReviewed = broken("C6.MP4", c -> queue(c).setReview(null));
    assertEquals("risk-r1", notReviewed.field());
    Check notDone =
        broken("C6.MP4", c -> queue(c).getActions().get(0).setStatus(ActionStatus.IN_PROGRESS));
    assertTrue(notDone.message().contains("action marked done"), notDone.message());
  }

  @Test
  void customersToldAndStaffMadeAware() {
    assertEquals("customers-told", broken("INSCS027.PC6", c -> c.setCustomersTold("")).field());
    assertEquals("staff-awareness", broken("INSCS027.PC7", c -> c.setStaffAwareness(null)).field());
  }

  @Test
  void evidenceComesFromAtLeastTwoOccasions() {
    AssessmentContent content = complete();
    Check alone =
        new ReadinessCheck()
            .check(content, Set.of()).checks().stream()
                .filter(c -> c.requirement().equals("C6.ER3"))
                .findFirst()
                .orElseThrow();
    assertFalse(alone.met());
    Set<Occasion> sameDay = Set.of(new Occasion(content.getDate(), "Team meeting"));
    assertFalse(new ReadinessCheck().check(content, sameDay).ready());
    assertTrue(check(content, "C6.ER3").met());
  }

  @Test
  void anEmptyDraftFailsEveryCheckWithoutBreaking() {
    AssessmentContent empty = new AssessmentContent();
    empty.setMatrix(Matrix.standard());
    Readiness readiness = new ReadinessCheck().check(empty.normalise(), Set.of());
    assertEquals(17, readiness.checks().size());
    assertTrue(readiness.checks().stream().noneMatch(Check::met));
  }

  @Test
  void theDemoAssessmentsAreReadyAndNotReadyAsTheDemoPromises() throws IOException {
    AssessmentContent complete = demo("apprentice2-assessment.json");
    assertTrue(new ReadinessCheck().check(complete, ANOTHER_DAY).ready());
    AssessmentContent draft = demo("apprentice3-assessment.json");
    List<String> unmet =
        new ReadinessCheck()
            .check(draft, Set.of()).checks().stream()
                .filter(c -> !c.met())
                .map(Check::requirement)
                .toList();
    assertTrue(
        unmet.containsAll(List.of("C6.ER7", "C6.ER8", "C6.MP4", "INSCS027.PC6", "C6.ER3")),
        unmet.toString());
  }

  static AssessmentContent demo(String name) throws IOException {
    try (InputStream in = ReadinessCheckTest.class.getResourceAsStream("/demo/portfolio/" + name)) {
      AssessmentContent content =
          Documents.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      content.setMatrix(Matrix.standard());
      assertTrue(
          ContentRules.problems(content).isEmpty(), ContentRules.problems(content).toString());
      content.assignIds();
      content.rate();
      return content;
    }
  }
}
