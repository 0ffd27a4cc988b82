package io.riskwise.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An EQA's access period: what may be granted, which days it covers, how it ends early. */
class AccessPeriodTest {
  static final LocalDate TODAY = LocalDate.of(2026, 10, 14);

  @Test
  void aPeriodEndingTodayOrLaterIsGranted() {
    assertEquals(Optional.empty(), AccessPeriod.problem(TODAY.minusDays(3), TODAY, TODAY));
    assertEquals(Optional.empty(), AccessPeriod.problem(TODAY, TODAY, TODAY));
  }

  @Test
  void bothDaysAreNeeded() {
    Optional<String> missing = Optional.of("Give the first and last day of the access.");
    assertEquals(missing, AccessPeriod.problem(null, TODAY, TODAY));
    assertEquals(missing, AccessPeriod.problem(TODAY, null, TODAY));
  }

  @Test
  void aPeriodEndedOrBackToFrontIsRefused() {
    Optional<String> refused =
        Optional.of("The last day must be today or later, and not before the first.");
    assertEquals(refused, AccessPeriod.problem(TODAY.minusDays(9), TODAY.minusDays(1), TODAY));
    assertEquals(refused, AccessPeriod.problem(TODAY.plusDays(5), TODAY.plusDays(4), TODAY));
  }

  @Test
  void itCoversItsFirstAndLastDay() {
    AccessPeriod period = new AccessPeriod(TODAY, TODAY.plusDays(2));
    assertTrue(period.covers(TODAY));
    assertTrue(period.covers(TODAY.plusDays(2)));
    assertFalse(period.covers(TODAY.minusDays(1)));
    assertFalse(period.covers(TODAY.plusDays(3)));
  }

  @Test
  void endingEarlyMakesYesterdayTheLastDayButNeverExtendsIt() {
    AccessPeriod period = new AccessPeriod(TODAY.minusDays(10), TODAY.plusDays(10));
    assertEquals(TODAY.minusDays(1), period.endedOn(TODAY).endsOn());
    assertFalse(period.endedOn(TODAY).covers(TODAY));
    AccessPeriod over = new AccessPeriod(TODAY.minusDays(10), TODAY.minusDays(5));
    assertEquals(over, over.endedOn(TODAY));
  }

  @Test
  void aGrantEndsEarlyThroughItsPeriod() {
    EqaGrant grant = new EqaGrant(1L, 2L, null, TODAY.minusDays(1), TODAY.plusDays(30), 3L);
    assertTrue(grant.isActiveOn(TODAY));
    grant.endNow(TODAY);
    assertFalse(grant.isActiveOn(TODAY));
    assertEquals(TODAY.minusDays(1), grant.getEndsOn());
  }
}
