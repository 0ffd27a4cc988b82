package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Refusal;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Answers an aggregate's refusal as the API and the pages answer every refusal. */
final class Refusals {
  private Refusals() {}

  static void raise(Optional<Refusal> refusal) {
    refusal.ifPresent(
        r -> {
          if (r.kind() == Refusal.Kind.INVALID) {
            throw InvalidInputException.of(r.field(), r.message());
          }
          throw new ProblemException(Response.Status.fromStatusCode(r.kind().status), r.message());
        });
  }
}
