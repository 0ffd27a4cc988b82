package io.riskwise.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

  @Test
  void aFailureBecomesA500ProblemThatRevealsNothingInternal() {
    Response response =
        new UnexpectedErrorMapper()
            .toResponse(new IllegalStateException("SELECT password_hash FROM app_user"), null);

    assertEquals(500, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    Problem problem = (Problem) response.getEntity();
    assertEquals("https://riskwise.io/problems/internal-error", problem.type());
    assertFalse(problem.detail().contains("password_hash"));
    assertFalse(problem.detail().contains("IllegalStateException"));
  }
}
