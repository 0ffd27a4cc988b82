package io.riskwise.centre.control;

import static io.riskwise.centre.control.Apprentice.OPTIONAL;
import static io.riskwise.centre.control.Apprentice.SCHEME;
import static io.riskwise.centre.control.Apprentice.TODAY;
import static io.riskwise.centre.control.Apprentice.apprentice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.centre.control.ApprenticeProgress.UnitProgress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

  @Test
  void overallFillsTheMandatorySlotsAndTheEightBestOptionalOnes() {
    Apprentice alex = apprentice().met("INSCS009", 10).met("MSPP", 5).met(OPTIONAL.get(0), 8);
    for (String unit : OPTIONAL.subList(1, 8)) {
      alex.met(unit, 3);
    }
    alex.met(OPTIONAL.get(8), 1); // the ninth best optional unit: left out
    alex.met(OPTIONAL.get(9), 0);

    ApprenticeProgress progress = alex.progress();

    // (1.0 + 0.5 + 0.8 + 7 x 0.3) / 10 slots
    assertEquals(0.44, progress.overall(), 1e-9);
    assertEquals(44, progress.overallPercent());
  }

  @Test
  void moreWorkOnAWeakOptionalUnitCountsOnceItIsAmongTheBestEight() {
    Apprentice alex = apprentice();
    OPTIONAL.forEach(unit -> alex.met(unit, 5));
    double before = alex.progress().overall();

    alex.met(OPTIONAL.get(9), 9);

    assertEquals(0.40, before, 1e-9);
    assertEquals(0.44, alex.progress().overall(), 1e-9);
  }

  @Test
  void aSignedOffUnitCountsAsFullyMet() {
    ApprenticeProgress progress =
        apprentice().signedOff("INSCS027").met("INSCS027", 2).met("C6", 7).progress();

    UnitProgress inscs027 = progress.unit("INSCS027");
    assertTrue(inscs027.signedOff());
    assertEquals(1.0, inscs027.share());
    assertEquals(10, inscs027.criteriaMet());
    UnitProgress c6 = progress.unit("C6");
    assertFalse(c6.signedOff());
    assertEquals(0.35, c6.share(), 1e-9);
    assertEquals(0.1, progress.overall(), 1e-9);
  }

  @Test
  void reportedUnitsKeepTheSchemesOrderAndNeverExceedAllCriteria() {
    ApprenticeProgress progress = apprentice().met("C6", 25).progress();

    assertEquals(
        List.of("INSCS027", "C6"), progress.units().stream().map(UnitProgress::unit).toList());
    assertEquals(0.0, progress.unit("INSCS027").share());
    assertEquals(1.0, progress.unit("C6").share());
  }

  @Test
  void frameworkRuleNeedsEveryMandatoryUnitAndEightOptionalSignedOff() {
    Apprentice alex = apprentice().signedOff("INSCS009");
    OPTIONAL.subList(0, 9).forEach(alex::signedOff);

    ApprenticeProgress oneMandatory = alex.progress();

    assertEquals(1, oneMandatory.mandatoryDone());
    assertEquals(9, oneMandatory.optionalDone());
    assertEquals(8, oneMandatory.optionalShown());
    assertEquals("mandatory 1 of 2, optional 8 of 8", oneMandatory.frameworkRule());
    assertFalse(oneMandatory.frameworkMet());
    assertEquals(0.9, oneMandatory.overall(), 1e-9);

    ApprenticeProgress complete = alex.signedOff("MSPP").progress();

    assertEquals("mandatory 2 of 2, optional 8 of 8", complete.frameworkRule());
    assertTrue(complete.frameworkMet());
    assertEquals(1.0, complete.overall(), 1e-9);
  }

  @Test
  void frameworkRuleShowsOptionalUnitsBelowTheNumberNeeded() {
    ApprenticeProgress progress =
        apprentice().signedOff("INSCS027", "SDS0368", "CFACSD5").progress();

    assertEquals("mandatory 0 of 2, optional 3 of 8", progress.frameworkRule());
    assertFalse(progress.frameworkMet());
  }

  @Test
  void expectedPaceIsZeroBeforeTheStart() {
    ApprenticeProgress progress =
        apprentice().dates(TODAY.plusDays(10), TODAY.plusDays(400)).progress();

    assertEquals(0.0, progress.expected());
    assertFalse(progress.started());
  }

  @Test
  void expectedPaceIsTheShareOfThePlannedTimePassed() {
    ApprenticeProgress progress =
        apprentice().dates(TODAY.minusDays(100), TODAY.plusDays(300)).progress();

    assertEquals(0.25, progress.expected(), 1e-9);
    assertEquals(300, progress.daysToEnd());
  }

  @Test
  void expectedPaceStopsAtOneAfterThePlannedEnd() {
    ApprenticeProgress progress =
        apprentice().dates(TODAY.minusDays(400), TODAY.minusDays(5)).progress();

    assertEquals(1.0, progress.expected());
    assertEquals(-5, progress.daysToEnd());
  }

  @Test
  void behindPointsCompareOverallWithTheExpectedPace() {
    ApprenticeProgress behind =
        apprentice()
            .dates(TODAY.minusDays(500), TODAY.plusDays(500))
            .met("INSCS009", 10)
            .met("MSPP", 10)
            .progress();

    assertEquals(0.2, behind.overall(), 1e-9);
    assertEquals(30, behind.behindPoints());
  }

  @Test
  void anApprenticeAheadOfThePaceIsNotBehind() {
    ApprenticeProgress ahead = apprentice().startedDaysAgo(50).met("INSCS009", 10).progress();

    assertEquals(0.05, ahead.expected(), 1e-9);
    assertEquals(0, ahead.behindPoints());
  }

  @Test
  void idleDaysCountFromTheLastActivity() {
    ApprenticeProgress progress = apprentice().startedDaysAgo(100).idleFor(12).progress();

    assertEquals(12, progress.idleDays());
  }

  @Test
  void idleDaysCountFromTheStartWhenNeverActive() {
    ApprenticeProgress progress = apprentice().startedDaysAgo(40).neverActive().progress();

    assertEquals(40, progress.idleDays());
  }

  @Test
  void noIdleDaysBeforeTheStart() {
    ApprenticeProgress progress =
        apprentice().dates(TODAY.plusDays(7), TODAY.plusDays(400)).neverActive().progress();

    assertEquals(0, progress.idleDays());
  }

  @Test
  void modulesCompletedAreCountedAgainstAllModules() {
    ApprenticeProgress progress = apprentice().modules(3).progress();

    assertEquals(3, progress.modulesCompleted());
    assertEquals(5, progress.modules());
  }

  @Test
  void funnelStageIsTheFurthestReached() {
    assertEquals(FunnelStage.NOTHING_YET, apprentice().progress().stage());
    assertEquals(FunnelStage.DRAFT, apprentice().withDraft().progress().stage());
    assertEquals(
        FunnelStage.SUBMITTED, apprentice().withDraft().withSubmission().progress().stage());
    assertEquals(
        FunnelStage.SIGNED_OFF, apprentice().withSubmission().signedOff("C6").progress().stage());
  }

  @Test
  void aSignOffOutsideTheReportedUnitsDoesNotReachTheSignedOffStage() {
    assertEquals(
        FunnelStage.SUBMITTED,
        apprentice().withSubmission().signedOff("INSCS009").progress().stage());
  }

  @Test
  void aListOfFactsGivesOneRowEach() {
    List<ApprenticeProgress> rows =
        ProgressReport.of(
            List.of(apprentice().id(1).facts(), apprentice().id(2).facts()),
            SCHEME,
            RagRules.DEFAULT,
            TODAY);

    assertEquals(List.of(1L, 2L), rows.stream().map(r -> r.facts().apprenticeId()).toList());
  }

  @Test
  void aSchemeCannotNeedMoreOptionalUnitsThanItHas() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Scheme(Map.of("A", 1), List.of(), List.of("A"), 2, List.of("A"), 5));

    assertTrue(refused.getMessage().contains("optionalNeeded"), refused.getMessage());
  }
}
