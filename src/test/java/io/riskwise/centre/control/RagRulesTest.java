package io.riskwise.centre.control;

import static io.riskwise.centre.control.Apprentice.OPTIONAL;
import static io.riskwise.centre.control.Apprentice.TODAY;
import static io.riskwise.centre.control.Apprentice.apprentice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RagRulesTest {

  /** Started long ago on a plan that asks nothing yet: only idle days can change the status. */
  private static ApprenticeProgress idleFor(int days) {
    return idleFor(days, RagRules.DEFAULT);
  }

  private static ApprenticeProgress idleFor(int days, RagRules rules) {
    return apprentice()
        .dates(TODAY.minusDays(200), TODAY.plusDays(100_000))
        .idleFor(days)
        .progress(rules);
  }

  /** Active today, with nothing done, on a 1000-day plan: each ten days is a point behind. */
  private static ApprenticeProgress behindBy(int points) {
    return behindBy(points, RagRules.DEFAULT);
  }

  private static ApprenticeProgress behindBy(int points, RagRules rules) {
    return apprentice().startedDaysAgo(points * 10).progress(rules);
  }

  @Test
  void defaultsAreThreeWeeksAndThirtyDaysIdleTenAndTwentyPointsBehind() {
    assertEquals(new RagRules(21, 30, 10, 20), RagRules.DEFAULT);
  }

  @Test
  void twentyIdleDaysAreGreen() {
    ApprenticeProgress progress = idleFor(20);

    assertEquals(Rag.GREEN, progress.rag());
    assertEquals(List.of("On track"), progress.reasons());
  }

  @Test
  void exactlyTwentyOneIdleDaysAreAmber() {
    ApprenticeProgress progress = idleFor(21);

    assertEquals(Rag.AMBER, progress.rag());
    assertEquals(List.of("No activity for 21 days (amber from 21)"), progress.reasons());
  }

  @Test
  void twentyNineIdleDaysAreStillAmber() {
    assertEquals(Rag.AMBER, idleFor(29).rag());
  }

  @Test
  void exactlyThirtyIdleDaysAreRed() {
    ApprenticeProgress progress = idleFor(30);

    assertEquals(Rag.RED, progress.rag());
    assertEquals(List.of("No activity for 30 days (red from 30)"), progress.reasons());
  }

  @Test
  void neverActiveCountsFromTheStart() {
    ApprenticeProgress progress =
        apprentice().dates(TODAY.minusDays(34), TODAY.plusDays(100_000)).neverActive().progress();

    assertEquals(Rag.RED, progress.rag());
    assertEquals(
        List.of("No activity since starting 34 days ago (red from 30)"), progress.reasons());
  }

  @Test
  void ninePointsBehindAreGreen() {
    ApprenticeProgress progress = behindBy(9);

    assertEquals(9, progress.behindPoints());
    assertEquals(Rag.GREEN, progress.rag());
  }

  @Test
  void exactlyTenPointsBehindAreAmber() {
    ApprenticeProgress progress = behindBy(10);

    assertEquals(10, progress.behindPoints());
    assertEquals(Rag.AMBER, progress.rag());
    assertEquals(List.of("10 points behind the planned pace (amber from 10)"), progress.reasons());
  }

  @Test
  void exactlyTwentyPointsBehindAreRed() {
    ApprenticeProgress progress = behindBy(20);

    assertEquals(Rag.RED, progress.rag());
    assertEquals(List.of("20 points behind the planned pace (red from 20)"), progress.reasons());
  }

  @Test
  void everyReasonReachedIsGivenWithTheWorseStatus() {
    ApprenticeProgress progress = apprentice().startedDaysAgo(120).idleFor(34).progress();

    assertEquals(Rag.RED, progress.rag());
    assertEquals(
        List.of(
            "No activity for 34 days (red from 30)",
            "12 points behind the planned pace (amber from 10)"),
        progress.reasons());
  }

  @Test
  void aCompleteFrameworkIsGreenEvenWhenIdleAndPastTheEnd() {
    Apprentice done =
        apprentice()
            .dates(TODAY.minusDays(400), TODAY.minusDays(10))
            .idleFor(90)
            .signedOff("INSCS009", "MSPP");
    OPTIONAL.subList(0, 8).forEach(done::signedOff);

    ApprenticeProgress progress = done.progress();

    assertEquals(Rag.GREEN, progress.rag());
    assertEquals(List.of("Framework complete"), progress.reasons());
  }

  @Test
  void anApprenticeNotStartedYetIsGreen() {
    ApprenticeProgress progress =
        apprentice().dates(TODAY.plusDays(1), TODAY.plusDays(365)).neverActive().progress();

    assertEquals(Rag.GREEN, progress.rag());
    assertEquals(List.of("Not started yet"), progress.reasons());
  }

  @Test
  void aCentresOwnThresholdsApply() {
    RagRules strict = new RagRules(7, 14, 5, 10);

    assertEquals(Rag.AMBER, idleFor(7, strict).rag());
    assertEquals(Rag.RED, behindBy(10, strict).rag());
  }

  @Test
  void negativeThresholdsAreRefusedNamingTheField() {
    assertRefused("amberIdleDays must be 0 or more", () -> new RagRules(-1, 30, 10, 20));
    assertRefused("redBehindPoints must be 0 or more", () -> new RagRules(21, 30, 10, -20));
  }

  @Test
  void amberMustComeBeforeRed() {
    assertRefused(
        "amberIdleDays must be less than redIdleDays", () -> new RagRules(30, 30, 10, 20));
    assertRefused(
        "amberBehindPoints must be less than redBehindPoints", () -> new RagRules(21, 30, 25, 20));
  }

  private static void assertRefused(String message, Runnable rules) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, rules::run);
    assertEquals(message, refused.getMessage());
  }
}
