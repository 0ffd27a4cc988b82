package io.riskwise.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

  @Test
  void aFailureBecomesA500ProblemThatRevealsNothingInternal() {
    Problem problem =
        UnexpectedErrorMapper.problem(
            new IllegalStateException("SELECT password_hash FROM app_user"), null);

    assertEquals(500, problem.status());
    assertEquals("https://riskwise.io/problems/internal-error", problem.type());
    assertFalse(problem.detail().contains("password_hash"));
    assertFalse(problem.detail().contains("IllegalStateException"));
  }

  /** The 503 itself, with its Retry-After, is proven against a real database in DatabaseFaultIT. */
  @Test
  void aDatabaseThatCannotBeReachedIsToldApartFromOtherFailures() {
    assertTrue(
        UnexpectedErrorMapper.databaseUnreachable(
            new IllegalStateException(
                "Exception [EclipseLink-4002]",
                new java.sql.SQLException("Communications link failure", "08S01"))));
    assertTrue(
        UnexpectedErrorMapper.databaseUnreachable(
            new IllegalStateException(
                new java.sql.SQLException(
                    "Error in allocating a connection. Cause: Connection could not be allocated"))));
    assertFalse(
        UnexpectedErrorMapper.databaseUnreachable(
            new IllegalStateException(new java.sql.SQLException("Duplicate entry", "23000"))));
    assertFalse(UnexpectedErrorMapper.databaseUnreachable(new IllegalStateException("a bug")));
  }
}
