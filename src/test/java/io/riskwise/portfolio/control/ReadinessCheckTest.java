package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.portfolio.control.ReadinessCheck.Check;
import io.riskwise.portfolio.control.ReadinessCheck.Occasion;
import io.riskwise.portfolio.control.ReadinessCheck.Place;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.control.ReadinessCheck.Verdict;
import io.riskwise.portfolio.entity.ActionOrigin;
import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Action;
import io.riskwise.portfolio.entity.AssessmentContent.Consultee;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.rating.Matrix;
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

  /**
   * A strong assessment: three described stages, every kind of risk considered with its own reason,
   * one risk acted on by the apprentice and reviewed, one tolerated, two groups consulted,
   * customers and staff told by the apprentice.
   */
  static AssessmentContent complete() {
    AssessmentContent c = new AssessmentContent();
    c.setMatrix(Matrix.standard());
    c.setDate(LocalDate.of(2026, 9, 14));
    for (String name : List.of("Booking", "Arrival", "Complaints")) {
      Stage stage = new Stage();
      stage.setName(name);
      stage.setDescription(name + " is where customers deal with me at the front desk in person.");
      stage.setMomentOfTruth(name.equals("Arrival"));
      for (RiskKind kind : RiskKind.REQUIRED) {
        stage
            .getNoneFound()
            .put(
                kind.name(),
                "At "
                    + name
                    + " I found no "
                    + kind.label().toLowerCase()
                    + " risk in three weeks.");
      }
      c.getStages().add(stage);
    }
    Stage arrival = c.getStages().get(1);
    arrival.getNoneFound().remove(RiskKind.SUB_STANDARD.name());
    arrival.getNoneFound().remove(RiskKind.HEALTH_AND_SAFETY.name());
    Risk queue = risk(RiskKind.SUB_STANDARD, "A long queue at the desk on Saturday mornings", 4, 3);
    queue.setDecision(Decision.ACT);
    Action second = new Action();
    second.setDescription("Open a second check-in point on Saturdays");
    second.setStatus(ActionStatus.DONE);
    second.setOrigin(ActionOrigin.MINE);
    second.setCompleted(LocalDate.of(2026, 10, 3));
    queue.getActions().add(second);
    queue.setResidualProbability(2);
    queue.setResidualConsequence(3);
    queue.setReview(
        "The average wait fell from 11 to 4 minutes over the four Saturdays I timed it.");
    Risk wetFloor =
        risk(RiskKind.HEALTH_AND_SAFETY, "A wet floor by the entrance when it rains", 2, 2);
    wetFloor.setDecision(Decision.TOLERATE);
    wetFloor.setTolerateReason(
        "Mats and signs are already in place and no one has slipped in two years of records.");
    arrival.getRisks().addAll(List.of(queue, wetFloor));
    c.normalise().assignIds();
    c.getConsultees().add(consultee("Sam Lee, receptionist", ConsulteeGroup.COLLEAGUES));
    c.getConsultees()
        .add(consultee("Dee Shah, duty manager", ConsulteeGroup.SUPERVISORS_OR_MANAGERS));
    c.getConsultees()
        .get(1)
        .setContribution("Dee agreed the second check-in point and found the spare laptop for it.");
    c.setCustomersTold(
        "I put a notice at the desk and I texted the lesson families about the Saturday queue.");
    c.setCustomersToldWho("Members and the families of children in swimming lessons");
    c.setCustomersToldOn(LocalDate.of(2026, 9, 20));
    c.setStaffAwareness(
        "I briefed the reception team at the Saturday huddle and put the risk log on the board.");
    c.setStaffToldWho("The six reception advisers");
    c.setStaffToldOn(LocalDate.of(2026, 9, 19));
    c.rate();
    return c;
  }

  static Risk risk(RiskKind kind, String description, int probability, int consequence) {
    Risk risk = new Risk();
    risk.setKind(kind);
    risk.setDescription(description);
    risk.setProbability(probability);
    risk.setConsequence(consequence);
    risk.setConsequenceFinance(
        "We would refund " + probability + " visits a week at about £6 each.");
    risk.setConsequenceReputation("Customers complain on the council website and some leave.");
    risk.setConsequenceHealthAndSafety(
        "Someone could be hurt " + consequence + " times a year, mostly older swimmers.");
    risk.setJustification(
        "It happened " + probability + " Saturdays running in August, by our incident book.");
    return risk;
  }

  static Consultee consultee(String name, ConsulteeGroup group) {
    Consultee consultee = new Consultee();
    consultee.setName(name);
    consultee.setGroup(group);
    consultee.setContribution(
        name + " suggested what to change and checked it with the rest of the team.");
    consultee.setRiskIds(new java.util.ArrayList<>(List.of("r1")));
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

  static Verdict verdict(AssessmentContent content, String requirement) {
    return check(content, requirement).verdict();
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
            "C6.ER8a",
            "C6.ER8b",
            "C6.MP2",
            "C6.MP3",
            "C6.MP4",
            "INSCS027.PC6",
            "INSCS027.PC7",
            "C6.ER3"),
        readiness.checks().stream().map(Check::requirement).toList());
    assertTrue(readiness.checks().stream().allMatch(c -> c.verdict() == Verdict.MET));
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
  void theGamedDraftOfTheIssueIsNotReady() {
    AssessmentContent c = new AssessmentContent();
    c.setMatrix(Matrix.standard());
    c.setDate(LocalDate.of(2026, 9, 14));
    for (String name : List.of("A", "B", "C")) {
      Stage stage = new Stage();
      stage.setName(name);
      stage.setDescription("n/a");
      stage.setMomentOfTruth(true);
      for (RiskKind kind : RiskKind.REQUIRED) {
        stage.getNoneFound().put(kind.name(), "n/a");
      }
      c.getStages().add(stage);
    }
    Risk slip = new Risk();
    slip.setKind(RiskKind.HEALTH_AND_SAFETY);
    slip.setDescription("slip");
    slip.setProbability(5);
    slip.setConsequence(5);
    slip.setConsequenceFinance("n/a");
    slip.setConsequenceReputation("n/a");
    slip.setConsequenceHealthAndSafety("n/a");
    slip.setJustification("n/a");
    slip.setDecision(Decision.TOLERATE);
    slip.setTolerateReason("n/a");
    c.getStages().get(0).getRisks().add(slip);
    c.normalise().assignIds();
    c.getConsultees().add(consultee("x", ConsulteeGroup.COLLEAGUES));
    c.getConsultees().add(consultee("y", ConsulteeGroup.SUPERVISORS_OR_MANAGERS));
    c.getConsultees().forEach(p -> p.setContribution("n/a"));
    c.setCustomersTold("n/a");
    c.setCustomersToldWho("n/a");
    c.setCustomersToldOn(LocalDate.of(2026, 9, 14));
    c.setStaffAwareness("n/a");
    c.setStaffToldWho("n/a");
    c.setStaffToldOn(LocalDate.of(2026, 9, 14));
    c.rate();

    Readiness readiness = new ReadinessCheck().check(c, Set.of());
    assertFalse(readiness.ready());
    for (String thin :
        List.of(
            "C6.MP1",
            "INSCS027.PC2",
            "INSCS027.PC5",
            "C6.ER6a",
            "C6.ER6b",
            "C6.ER7",
            "C6.ER8b",
            "C6.MP2",
            "INSCS027.PC6",
            "INSCS027.PC7")) {
      assertEquals(Verdict.THIN, verdict(c, thin), thin);
    }
    Check judged = check(c, "C6.ER6d");
    assertTrue(
        judged.places().stream().anyMatch(p -> p.message().contains("who agreed")),
        "a 25 HIGH risk tolerated needs who agreed: " + judged);
    assertEquals(Verdict.MISSING, judged.verdict());
    assertEquals(Verdict.MISSING, verdict(c, "C6.ER8a"));
    assertEquals(Verdict.MISSING, check(c, Set.of(), "C6.ER3").verdict());
  }

  @Test
  void oneSentencePastedAsEveryReasonIsThin() {
    AssessmentContent c = complete();
    String pasted = "This risk assessment covers health and safety only.";
    c.getStages().forEach(s -> s.getNoneFound().replaceAll((kind, reason) -> pasted));
    for (String requirement : List.of("INSCS027.PC2", "INSCS027.PC3", "INSCS027.PC5")) {
      Check check = check(c, requirement);
      assertEquals(Verdict.THIN, check.verdict(), requirement);
      assertTrue(
          check.places().get(0).message().contains("another kind of risk"), check.toString());
    }
  }

  @Test
  void thinTextNamesEveryPlaceWithWhatAGoodAnswerSays() {
    AssessmentContent c = complete();
    queue(c).setJustification("Busy.");
    wetFloor(c).setJustification("As per policy");
    Check check = check(c, "C6.MP2");
    assertEquals(Verdict.THIN, check.verdict());
    assertFalse(check.met());
    assertEquals(List.of("risk-r1", "risk-r2"), check.places().stream().map(Place::field).toList());
    assertTrue(check.places().get(0).message().contains("a single word"), check.toString());
    assertTrue(check.places().get(1).message().contains("says only"), check.toString());
    assertTrue(check.places().get(0).message().contains("how often it has happened"));
    assertEquals(
        "Stage 2, risk 1: A long queue at the desk on Saturday mornings",
        check.places().get(0).name());
  }

  @Test
  void theSameTextPastedIntoTwoRisksIsThin() {
    AssessmentContent c = complete();
    String same = "It happens a lot at busy times and customers do not like it at all.";
    queue(c).setJustification(same);
    wetFloor(c).setJustification(same);
    assertEquals(Verdict.THIN, verdict(c, "C6.MP2"));
    assertEquals(2, check(c, "C6.MP2").places().size());
  }

  @Test
  void textThatOnlyRepeatsTheRiskIsThin() {
    AssessmentContent c = complete();
    queue(c).setConsequenceReputation("A long queue at the desk");
    Check check = check(c, "C6.ER6b");
    assertEquals(Verdict.THIN, check.verdict());
    assertTrue(check.places().get(0).message().contains("repeats"), check.toString());
  }

  @Test
  void processMappedNeedsThreeNamedStagesAndAMomentOfTruth() {
    Check tooFew = broken("C6.MP1", c -> c.getStages().get(0).setName(" "));
    assertEquals(Verdict.MISSING, tooFew.verdict());
    assertEquals("stages", tooFew.field());
    Check noMoment = broken("C6.MP1", c -> c.getStages().get(1).setMomentOfTruth(false));
    assertTrue(noMoment.message().contains("moments of truth"), noMoment.message());
    Check letters = broken("C6.MP1", c -> c.getStages().get(2).setName("C"));
    assertEquals(Verdict.THIN, letters.verdict());
    assertEquals("stage-s3", letters.field());
  }

  @Test
  void everyStageMustConsiderEachKindOfRiskAndEveryStageIsNamed() {
    Check check =
        broken(
            "INSCS027.PC2",
            c -> {
              c.getStages().get(0).getNoneFound().remove("FINANCIAL");
              c.getStages().get(2).getNoneFound().remove("FINANCIAL");
            });
    assertEquals(Verdict.MISSING, check.verdict());
    assertEquals(
        "Some stages have no financial risk and no reason why there is none. (2 places)",
        check.message());
    assertEquals(
        List.of("stage-s1", "stage-s3"), check.places().stream().map(Place::field).toList());
    assertFalse(broken("INSCS027.PC3", c -> c.getStages().get(0).getNoneFound().clear()).met());
    assertFalse(broken("INSCS027.PC4", c -> c.getStages().get(1).getRisks().remove(1)).met());
    assertFalse(broken("INSCS027.PC5", c -> c.getStages().get(1).getRisks().remove(0)).met());
  }

  @Test
  void eachRiskIsDescribed() {
    Check check = broken("C6.ER6a", c -> queue(c).setDescription(""));
    assertEquals(Verdict.MISSING, check.verdict());
    assertEquals("risk-r1", check.field());
    assertEquals(Verdict.THIN, broken("C6.ER6a", c -> queue(c).setDescription("slip")).verdict());
  }

  @Test
  void eachRiskHasItsConsequenceConsideredForFinanceReputationAndHealthAndSafety() {
    assertEquals(Verdict.MISSING, broken("C6.ER6b", c -> queue(c).setConsequence(null)).verdict());
    Check onlyOne =
        broken(
            "C6.ER6b",
            c -> {
              wetFloor(c).setConsequenceFinance(null);
              wetFloor(c).setConsequenceReputation(" ");
            });
    assertEquals(Verdict.MISSING, onlyOne.verdict());
    assertEquals("risk-r2", onlyOne.field());
    assertTrue(onlyOne.message().contains("finance"), onlyOne.message());
    assertTrue(onlyOne.message().contains("reputation"), onlyOne.message());
    Check reason = broken("C6.ER6b", c -> wetFloor(c).setConsequenceFinance("n/a"));
    assertEquals(Verdict.THIN, reason.verdict());
    AssessmentContent why = complete();
    wetFloor(why).setConsequenceFinance("No cost to us: the mats are already paid for.");
    assertEquals(Verdict.MET, verdict(why, "C6.ER6b"), "a reason why an area does not apply");
  }

  @Test
  void eachRiskHasItsProbabilityEstimated() {
    Check check = broken("C6.ER6c", c -> wetFloor(c).setProbability(null));
    assertEquals(
        "Stage 2, risk 2: A wet floor by the entrance when it rains. Estimate the probability of"
            + " this risk.",
        check.message());
    assertEquals("risk-r2", check.field());
  }

  @Test
  void eachRiskIsJudged() {
    assertFalse(broken("C6.ER6d", c -> wetFloor(c).setTolerateReason(" ")).met());
    assertFalse(broken("C6.ER6d", c -> queue(c).getActions().clear()).met());
    assertFalse(broken("C6.ER6d", c -> queue(c).setDecision(null)).met());
  }

  @Test
  void aHighRiskIsToleratedOnlyWithWhoAgreed() {
    AssessmentContent c = complete();
    wetFloor(c).setProbability(4);
    wetFloor(c).setConsequence(4);
    c.rate();
    Check check = check(c, "C6.ER6d");
    assertEquals(Verdict.MISSING, check.verdict());
    assertTrue(check.message().contains("high risk"), check.message());
    wetFloor(c).setToleranceAgreedBy("Marcus Bell, duty manager");
    assertEquals(Verdict.MET, verdict(c, "C6.ER6d"));
  }

  @Test
  void twoOfTheThreeGroupsAreConsultedWithWhatTheyContributedToWhichRisks() {
    Check one = broken("C6.ER7", c -> c.getConsultees().remove(1));
    assertTrue(one.message().endsWith("(you have 1)."), one.message());
    assertEquals("consultation", one.field());
    Check sameGroup =
        broken("C6.ER7", c -> c.getConsultees().get(1).setGroup(ConsulteeGroup.COLLEAGUES));
    assertFalse(sameGroup.met());
    Check noRisks = broken("C6.ER7", c -> c.getConsultees().get(1).getRiskIds().clear());
    assertEquals(Verdict.THIN, noRisks.verdict());
    assertTrue(noRisks.places().get(0).message().contains("Tick the risks"), noRisks.toString());
    Check nothing = broken("C6.ER7", c -> c.getConsultees().get(0).setContribution("none"));
    assertEquals(Verdict.THIN, nothing.verdict());
    assertEquals("Person 1: Sam Lee, receptionist", nothing.places().get(0).name());
  }

  @Test
  void onlyActionsTheApprenticeTookCountForActingOnARisk() {
    Check inPlace =
        broken(
            "C6.ER8a", c -> queue(c).getActions().get(0).setOrigin(ActionOrigin.ALREADY_IN_PLACE));
    assertEquals(Verdict.MISSING, inPlace.verdict());
    assertTrue(inPlace.places().get(0).message().contains("already in place"), inPlace.toString());
    Check notSaid = broken("C6.ER8a", c -> queue(c).getActions().get(0).setOrigin(null));
    assertTrue(notSaid.places().get(0).message().startsWith("Say whether you took"));
    assertFalse(
        broken("C6.MP4", c -> queue(c).getActions().get(0).setOrigin(ActionOrigin.ALREADY_IN_PLACE))
            .met(),
        "a standing control is not a control the apprentice put in place");
  }

  @Test
  void atLeastOneRiskIsActedOnAndAtLeastOneTolerated() {
    Check noneTolerated =
        broken(
            "C6.ER8b",
            c -> {
              wetFloor(c).setDecision(Decision.ACT);
              Action mats = new Action();
              mats.setDescription("Put more mats by the door");
              wetFloor(c).getActions().add(mats);
            });
    assertEquals(
        "Show at least one risk you judged tolerable, with your reasons for taking no action.",
        noneTolerated.message());
    Check noneActed = broken("C6.ER8a", c -> queue(c).setDecision(Decision.TOLERATE));
    assertEquals("Show at least one risk you acted on, with what you did.", noneActed.message());
  }

  @Test
  void everyRiskHasARatingAndAJustification() {
    assertFalse(broken("C6.MP2", c -> queue(c).setJustification(null)).met());
    assertFalse(broken("C6.MP2", c -> queue(c).setConsequence(null)).met());
  }

  @Test
  void actedOnRisksHaveControlsAndALowerResidualRating() {
    Check unrated = broken("C6.MP3", c -> queue(c).setResidualProbability(null));
    assertTrue(unrated.message().contains("residual risk"), unrated.message());
    assertFalse(unrated.message().contains("record the controls"), unrated.message());
    Check same =
        broken(
            "C6.MP3",
            c -> {
              queue(c).setResidualProbability(4);
              queue(c).setResidualConsequence(3);
            });
    assertEquals(Verdict.MISSING, same.verdict());
    assertTrue(same.message().contains("(12) is not lower than"), same.message());
    Check higher = broken("C6.MP3", c -> queue(c).setResidualProbability(5));
    assertTrue(higher.message().contains("(15) is not lower than"), higher.message());
  }

  @Test
  void aControlIsImplementedWithItsDateAndItsEffectReviewed() {
    Check notReviewed = broken("C6.MP4", c -> queue(c).setReview(null));
    assertEquals("risk-r1", notReviewed.field());
    Check thinReview = broken("C6.MP4", c -> queue(c).setReview("Worked well."));
    assertEquals(Verdict.THIN, thinReview.verdict());
    Check notDone =
        broken("C6.MP4", c -> queue(c).getActions().get(0).setStatus(ActionStatus.IN_PROGRESS));
    assertTrue(notDone.message().contains("marked done"), notDone.message());
    Check undated = broken("C6.MP4", c -> queue(c).getActions().get(0).setCompleted(null));
    assertEquals(Verdict.MISSING, undated.verdict());
    assertTrue(
        undated.places().get(0).message().contains("give the date it was completed"),
        undated.toString());
  }

  /** MP4 asks for one reviewed control; another control not yet reviewed is no gap. */
  @Test
  void oneReviewedControlIsEnoughForMp4() {
    Consumer<AssessmentContent> secondControl =
        c -> {
          Risk cash = risk(RiskKind.FINANCIAL, "Wrong change given at the busy till", 3, 2);
          cash.setDecision(Decision.ACT);
          Action count = new Action();
          count.setDescription("I count the change back to every customer");
          count.setOrigin(ActionOrigin.MINE);
          count.setStatus(ActionStatus.DONE);
          count.setCompleted(LocalDate.of(2026, 9, 30));
          cash.getActions().add(count);
          cash.setResidualProbability(1);
          cash.setResidualConsequence(2);
          c.getStages().get(0).getRisks().add(cash);
          c.getStages().get(0).getNoneFound().remove(RiskKind.FINANCIAL.name());
          c.assignIds();
          c.rate();
        };
    AssessmentContent reviewedOne = complete();
    secondControl.accept(reviewedOne);
    assertEquals(Verdict.MET, verdict(reviewedOne, "C6.MP4"));

    AssessmentContent thinOne = complete();
    secondControl.accept(thinOne);
    queue(thinOne).setReview("Call waits have gone down a bit.");
    Check thin = check(thinOne, "C6.MP4");
    assertEquals(Verdict.THIN, thin.verdict(), thin.toString());
    assertEquals(List.of("risk-r1"), thin.places().stream().map(p -> p.field()).toList());

    AssessmentContent noneReviewed = complete();
    secondControl.accept(noneReviewed);
    queue(noneReviewed).setReview(null);
    Check missing = check(noneReviewed, "C6.MP4");
    assertEquals(Verdict.MISSING, missing.verdict());
    assertEquals(2, missing.places().size(), missing.toString());
  }

  @Test
  void customersAndStaffToldWhoWhenAndHowByTheApprentice() {
    assertEquals("customers-told", broken("INSCS027.PC6", c -> c.setCustomersTold("")).field());
    assertEquals("staff-awareness", broken("INSCS027.PC7", c -> c.setStaffAwareness(null)).field());
    Check noDate = broken("INSCS027.PC6", c -> c.setCustomersToldOn(null));
    assertEquals("Give the date.", noDate.message());
    Check noWho = broken("INSCS027.PC7", c -> c.setStaffToldWho(" "));
    assertEquals("Say who was told.", noWho.message());
    Check standing =
        broken(
            "INSCS027.PC7",
            c ->
                c.setStaffAwareness(
                    "All staff complete annual health and safety training through the company"
                        + " e-learning portal."));
    assertEquals(Verdict.THIN, standing.verdict());
    assertTrue(standing.places().get(0).message().contains("what you did yourself"));
  }

  @Test
  void evidenceComesFromAtLeastTwoOccasionsOfThisUnit() {
    AssessmentContent content = complete();
    content
        .getStages()
        .get(1)
        .getRisks()
        .get(0)
        .getActions()
        .get(0)
        .setCompleted(content.getDate());
    content.setCustomersToldOn(content.getDate());
    content.setStaffToldOn(content.getDate());
    Check alone = check(content, Set.of(), "C6.ER3");
    assertEquals(Verdict.MISSING, alone.verdict());
    Set<Occasion> sameDay = Set.of(new Occasion(content.getDate(), "Team meeting"));
    assertFalse(check(content, sameDay, "C6.ER3").met());
    assertTrue(check(content, ANOTHER_DAY, "C6.ER3").met());

    AssessmentContent ownDates = complete();
    Readiness readiness = new ReadinessCheck().check(ownDates, Set.of());
    assertTrue(check(ownDates, Set.of(), "C6.ER3").met(), "the assessment's own dates count");
    assertEquals(
        List.of(
            LocalDate.of(2026, 9, 14),
            LocalDate.of(2026, 9, 19),
            LocalDate.of(2026, 9, 20),
            LocalDate.of(2026, 10, 3)),
        readiness.occasions().stream().map(Occasion::date).toList());
    assertEquals("Staff made aware of the risks", readiness.occasions().get(1).occasion());
  }

  static Check check(AssessmentContent content, Set<Occasion> evidence, String requirement) {
    return new ReadinessCheck()
        .check(content, evidence).checks().stream()
            .filter(c -> c.requirement().equals(requirement))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void anEmptyDraftFailsEveryCheckWithoutBreaking() {
    AssessmentContent empty = new AssessmentContent();
    empty.setMatrix(Matrix.standard());
    Readiness readiness = new ReadinessCheck().check(empty.normalise(), Set.of());
    assertEquals(18, readiness.checks().size());
    assertTrue(readiness.checks().stream().allMatch(c -> c.verdict() == Verdict.MISSING));
  }

  @Test
  void aHalfFilledDraftWithoutIdsOrMatrixGetsAVerdict() {
    AssessmentContent odd = new AssessmentContent();
    Stage stage = new Stage();
    stage.setName("Till");
    Risk risk = new Risk();
    risk.setDescription("Change is given wrongly at the till");
    risk.setDecision(Decision.ACT);
    Action action = new Action();
    action.setStatus(ActionStatus.DONE);
    risk.getActions().add(action);
    stage.getRisks().add(risk);
    odd.getStages().add(stage);
    Consultee ghost = new Consultee();
    ghost.setRiskIds(List.of("r99"));
    odd.getConsultees().add(ghost);
    Readiness readiness = new ReadinessCheck().check(odd, null);
    assertEquals(18, readiness.checks().size());
    assertFalse(readiness.ready());
  }

  @Test
  void theDemoAssessmentsAreReadyAndNotReadyAsTheDemoPromises() throws IOException {
    AssessmentContent complete = demo("apprentice2-assessment.json");
    Readiness ready = new ReadinessCheck().check(complete, ANOTHER_DAY);
    assertTrue(ready.ready(), ready.toString());
    AssessmentContent draft = demo("apprentice3-assessment.json");
    List<String> unmet =
        new ReadinessCheck()
            .check(draft, Set.of()).checks().stream()
                .filter(c -> !c.met())
                .map(Check::requirement)
                .toList();
    assertTrue(
        unmet.containsAll(List.of("C6.ER6c", "C6.ER7", "C6.ER8b", "INSCS027.PC6")),
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
