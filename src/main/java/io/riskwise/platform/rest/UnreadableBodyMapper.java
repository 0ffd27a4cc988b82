package io.riskwise.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or names fields we do not know, is the client's mistake: 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ProcessingException exception) {
    return answer(request);
  }

  static Response answer(HttpServletRequest request) {
    return Problems.response(
        request,
        Response.Status.BAD_REQUEST,
        "unreadable-body",
        "The request body could not be read. Send valid JSON containing only the documented"
            + " fields.");
  }

  /** Yasson's own failure, when it reaches us unwrapped. */
  @Provider
  public static class Jsonb implements ExceptionMapper<JsonbException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonbException exception) {
      return answer(request);
    }
  }
}
