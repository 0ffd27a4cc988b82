package io.riskwise.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 with the fields that do not fit, like a Bean Validation failure. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(InvalidInputException exception) {
    return Problems.response(
        request,
        400,
        "Bad Request",
        "validation",
        exception.errors().size() == 1
            ? exception.errors().get(0).message()
            : "Some of what was sent is not right; see errors.",
        exception.errors());
  }
}
