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
    Problem problem = problem(exception, request);
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** Logs the failure in full and answers with nothing of it but the request id. */
  static Problem problem(Throwable exception, HttpServletRequest request) {
    Problem problem =
        Problems.problem(
            request,
            500,
            "Internal Server Error",
            "internal-error",
            "Something went wrong on our side. Nothing you sent was saved. If it happens again,"
                + " quote the request id to your centre.",
            null);
    LOG.log(Level.SEVERE, "Unexpected failure, request " + problem.requestId(), exception);
    return problem;
  }
}
