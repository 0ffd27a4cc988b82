package io.riskwise.centre.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a cohort's name and dates must be. */
class CohortTest {
  static final LocalDate START = LocalDate.of(2026, 9, 1);

  @Test
  void aNameOfOneTo120Characters() {
    Optional<String> refused = Optional.of("Give the cohort a name of up to 120 characters.");
    assertEquals(Optional.empty(), Cohort.nameProblem("S"));
    assertEquals(Optional.empty(), Cohort.nameProblem("x".repeat(120)));
    assertEquals(refused, Cohort.nameProblem(""));
    assertEquals(refused, Cohort.nameProblem(null));
    assertEquals(refused, Cohort.nameProblem("x".repeat(121)));
  }

  @Test
  void thePlannedEndComesAfterTheStart() {
    assertEquals(Optional.empty(), Cohort.datesProblem(START, START.plusDays(1)));
    assertEquals(
        Optional.of("The planned end must be after the start."), Cohort.datesProblem(START, START));
    assertEquals(
        Optional.of("Give the start date and the planned end date."),
        Cohort.datesProblem(START, null));
  }

  @Test
  void aCohortIsNeverDescribedAgainstTheRules() {
    Cohort cohort = new Cohort(null);
    assertThrows(
        IllegalArgumentException.class,
        () -> cohort.describe("Autumn", "customer-service", START, START.minusDays(1)));
    cohort.describe("Autumn", "customer-service", START, START.plusMonths(18));
    assertEquals("Autumn", cohort.getName());
  }
}
