package io.riskwise.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
