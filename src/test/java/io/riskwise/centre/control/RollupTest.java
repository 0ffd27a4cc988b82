package io.riskwise.centre.control;

import static io.riskwise.centre.control.Apprentice.OPTIONAL;
import static io.riskwise.centre.control.Apprentice.TODAY;
import static io.riskwise.centre.control.Apprentice.apprentice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.centre.control.Rollup.Funnel;
import io.riskwise.centre.control.Rollup.TurnaroundStats;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupTest {

  private static Turnaround decided(long apprentice, long assessor, int days) {
    return new Turnaround(apprentice, assessor, TODAY.minusDays(40), TODAY.minusDays(40 - days));
  }

  /** An apprentice with the given overall percentage: each criterion met is one of 100. */
  private static ApprenticeProgress withOverall(long id, int percent) {
    Apprentice apprentice = apprentice().id(id);
    List<String> units = List.of("INSCS009", "MSPP");
    for (int slot = 0; slot < 10; slot++) {
      String unit = slot < 2 ? units.get(slot) : OPTIONAL.get(slot - 2);
      int met = Math.min(10, Math.max(0, percent - slot * 10));
      apprentice.met(unit, met);
    }
    return apprentice.progress();
  }

  @Test
  void countsStatusesAndAveragesTheGroup() {
    ApprenticeProgress red =
        apprentice().id(1).idleFor(40).met("INSCS027", 10).modules(1).progress();
    ApprenticeProgress amber = apprentice().id(2).idleFor(25).met("C6", 10).modules(2).progress();
    Apprentice complete = apprentice().id(3).signedOff("INSCS009", "MSPP").modules(5);
    OPTIONAL.subList(0, 8).forEach(complete::signedOff);
    ApprenticeProgress green = complete.progress();

    Rollup rollup = Rollup.of(List.of(red, amber, green), List.of());

    assertEquals(3, rollup.count());
    assertEquals(1, rollup.red());
    assertEquals(1, rollup.amber());
    assertEquals(1, rollup.green());
    assertEquals(1, rollup.frameworkMet());
    // overall: 0.1, 0 and 1
    assertEquals(1.1 / 3, rollup.averageOverall(), 1e-9);
    // INSCS027: 1, 0 and 1 (signed off); C6: 0, 0.5 and 0
    assertEquals(2.0 / 3, rollup.averageShare("INSCS027"), 1e-9);
    assertEquals(0.5 / 3, rollup.averageShare("C6"), 1e-9);
    assertEquals(List.of("INSCS027", "C6"), List.copyOf(rollup.averageShares().keySet()));
    assertEquals(8.0 / 3, rollup.averageModulesCompleted(), 1e-9);
  }

  @Test
  void distributionPutsEachApprenticeInItsTenPercentBand() {
    List<ApprenticeProgress> rows =
        List.of(
            withOverall(1, 0),
            withOverall(2, 9),
            withOverall(3, 10),
            withOverall(4, 55),
            withOverall(5, 59),
            withOverall(6, 90),
            withOverall(7, 100));

    Rollup rollup = Rollup.of(rows, List.of());

    assertEquals(List.of(2, 1, 0, 0, 0, 2, 0, 0, 0, 2), rollup.distribution());
    assertEquals("90\u2013100%", Rollup.BANDS.get(9));
  }

  @Test
  void bandsFollowTheWholePercentageShown() {
    assertEquals(0, Rollup.band(0.0));
    assertEquals(0, Rollup.band(0.094));
    assertEquals(1, Rollup.band(0.096));
    assertEquals(9, Rollup.band(0.99));
    assertEquals(9, Rollup.band(1.0));
  }

  @Test
  void funnelCountsEveryoneWhoReachedAtLeastEachStage() {
    List<ApprenticeProgress> rows =
        List.of(
            apprentice().id(1).progress(),
            apprentice().id(2).withDraft().progress(),
            apprentice().id(3).withDraft().withSubmission().progress(),
            apprentice().id(4).withSubmission().signedOff("INSCS027").progress(),
            apprentice().id(5).signedOff("C6").progress());

    Funnel funnel = Rollup.of(rows, List.of()).funnel();

    assertEquals(new Funnel(5, 4, 3, 2), funnel);
  }

  @Test
  void turnaroundWithAnOddCountTakesTheMiddleDecision() {
    ApprenticeProgress alex = apprentice().id(1).progress();

    Rollup rollup =
        Rollup.of(
            List.of(alex), List.of(decided(1, 100, 9), decided(1, 100, 1), decided(1, 100, 2)));

    assertEquals(new TurnaroundStats(3, 4.0, 2.0), rollup.turnaround());
  }

  @Test
  void turnaroundWithAnEvenCountAveragesTheTwoMiddleDecisions() {
    ApprenticeProgress alex = apprentice().id(1).progress();

    Rollup rollup =
        Rollup.of(
            List.of(alex),
            List.of(
                decided(1, 100, 10), decided(1, 100, 1), decided(1, 100, 3), decided(1, 100, 2)));

    assertEquals(new TurnaroundStats(4, 4.0, 2.5), rollup.turnaround());
  }

  @Test
  void turnaroundCountsCalendarDaysIncludingSameDayDecisions() {
    Turnaround sameDay = new Turnaround(1, 100, TODAY, TODAY);
    Turnaround overNewYear =
        new Turnaround(1, 100, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2));

    assertEquals(0, sameDay.days());
    assertEquals(3, overNewYear.days());
  }

  @Test
  void turnaroundIsGivenPerAssessor() {
    ApprenticeProgress alex = apprentice().id(1).assessors(100L, 200L).progress();
    ApprenticeProgress sam = apprentice().id(2).assessors(200L).progress();

    Rollup rollup =
        Rollup.of(
            List.of(alex, sam),
            List.of(
                decided(1, 100, 4), decided(1, 200, 1), decided(2, 200, 6), decided(2, 200, 2)));

    assertEquals(
        Map.of(
            100L, new TurnaroundStats(1, 4.0, 4.0),
            200L, new TurnaroundStats(3, 3.0, 2.0)),
        rollup.turnaroundByAssessor());
    assertEquals(List.of(100L, 200L), List.copyOf(rollup.turnaroundByAssessor().keySet()));
  }

  @Test
  void turnaroundLeavesOutDecisionsOnApprenticesOutsideTheGroup() {
    ApprenticeProgress alex = apprentice().id(1).progress();

    Rollup rollup = Rollup.of(List.of(alex), List.of(decided(1, 100, 2), decided(99, 100, 30)));

    assertEquals(new TurnaroundStats(1, 2.0, 2.0), rollup.turnaround());
  }

  @Test
  void anApprenticeWithTwoAssessorsCountsInBothCaseloads() {
    ApprenticeProgress alex = apprentice().id(1).assessors(100L, 200L).idleFor(40).progress();
    ApprenticeProgress sam = apprentice().id(2).assessors(200L).progress();
    ApprenticeProgress unallocated = apprentice().id(3).assessors().progress();

    Map<Long, Rollup> caseloads =
        Rollup.byAssessor(
            List.of(alex, sam, unallocated),
            List.of(decided(1, 100, 4), decided(1, 200, 1), decided(2, 200, 6)));

    assertEquals(Set.of(100L, 200L), caseloads.keySet());
    assertEquals(1, caseloads.get(100L).count());
    assertEquals(1, caseloads.get(100L).red());
    assertEquals(2, caseloads.get(200L).count());
    assertEquals(1, caseloads.get(200L).red());
    assertEquals(new TurnaroundStats(1, 4.0, 4.0), caseloads.get(100L).turnaround());
    // only assessor 200's own decisions, on Alex and on Sam
    assertEquals(new TurnaroundStats(2, 3.5, 3.5), caseloads.get(200L).turnaround());
    assertEquals(Set.of(200L), caseloads.get(200L).turnaroundByAssessor().keySet());
  }

  @Test
  void cohortsAreRolledUpSeparately() {
    ApprenticeProgress alex = apprentice().id(1).cohort(10, "September 2026").progress();
    ApprenticeProgress sam = apprentice().id(2).cohort(20, "January 2027").idleFor(25).progress();
    ApprenticeProgress jo = apprentice().id(3).cohort(20, "January 2027").progress();

    Map<Long, Rollup> cohorts =
        Rollup.byCohort(List.of(alex, sam, jo), List.of(decided(1, 100, 3), decided(3, 100, 5)));

    assertEquals(List.of(10L, 20L), List.copyOf(cohorts.keySet()));
    assertEquals(1, cohorts.get(10L).count());
    assertEquals(2, cohorts.get(20L).count());
    assertEquals(1, cohorts.get(20L).amber());
    assertEquals(new TurnaroundStats(1, 3.0, 3.0), cohorts.get(10L).turnaround());
    assertEquals(new TurnaroundStats(1, 5.0, 5.0), cohorts.get(20L).turnaround());
  }

  @Test
  void anEmptyGroupHasZeroesAndNoDivisionByZero() {
    Rollup empty = Rollup.of(List.of(), List.of(decided(1, 100, 3)));

    assertEquals(0, empty.count());
    assertEquals(0.0, empty.averageOverall());
    assertEquals(0.0, empty.averageModulesCompleted());
    assertEquals(0.0, empty.averageShare("INSCS027"));
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), empty.distribution());
    assertEquals(new Funnel(0, 0, 0, 0), empty.funnel());
    assertEquals(new TurnaroundStats(0, 0.0, 0.0), empty.turnaround());
    assertEquals(Map.of(), empty.turnaroundByAssessor());
    assertEquals(Map.of(), Rollup.byCohort(List.of(), List.of()));
    assertEquals(Map.of(), Rollup.byAssessor(List.of(), List.of()));
  }
}
