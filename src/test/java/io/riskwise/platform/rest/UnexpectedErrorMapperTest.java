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

  @Test
  void aDatabaseThatCannotBeReachedIsA503WithATimeToRetry() {
    RuntimeException down =
        new IllegalStateException(
            "Exception [EclipseLink-4002]",
            new java.sql.SQLException("Communications link failure", "08S01"));

    jakarta.ws.rs.core.Response answer = new UnexpectedErrorMapper().toResponse(down, null);

    assertEquals(503, answer.getStatus());
    assertEquals("30", answer.getHeaderString("Retry-After"));
    Problem problem = (Problem) answer.getEntity();
    assertEquals("https://riskwise.io/problems/database-unavailable", problem.type());
    assertTrue(problem.detail().startsWith("Riskwise cannot reach its database"));
  }

  @Test
  void otherSqlFailuresStayInternal() {
    RuntimeException constraint =
        new IllegalStateException(new java.sql.SQLException("Duplicate entry", "23000"));
    assertFalse(UnexpectedErrorMapper.databaseUnreachable(constraint));
    assertEquals(500, new UnexpectedErrorMapper().toResponse(constraint, null).getStatus());
  }
}
