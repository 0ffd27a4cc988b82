package io.riskwise.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The last resort: log the failure with its request id, tell the caller nothing internal. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable exception) {
    return toResponse(exception, request);
  }

  Response toResponse(Throwable exception, HttpServletRequest request) {
    Response answer =
        Problems.response(
            request,
            Response.Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Something went wrong on our side. Nothing you sent was saved. If it happens again,"
                + " quote the request id to your centre.");
    LOG.log(
        Level.SEVERE,
        "Unexpected failure, request " + ((Problem) answer.getEntity()).requestId(),
        exception);
    return answer;
  }
}
