package io.riskwise.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures become a 400 that names each field as the client spelled it. */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.response(
        request,
        400,
        "Bad Request",
        "validation",
        "Some fields are missing or not valid; see errors.",
        errors);
  }

  /** The last node of the path: "username" rather than "issue.arg0.username". */
  static String field(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        name = node.getName();
      }
    }
    return name;
  }
}
