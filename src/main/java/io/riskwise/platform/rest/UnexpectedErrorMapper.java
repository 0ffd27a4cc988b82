package io.riskwise.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: log the failure with its request id, tell the caller nothing internal. A
 * database that cannot be reached (down, restarting) is said plainly, as 503 with a time to retry:
 * nothing was saved, and trying again later will work.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable exception) {
    return toResponse(exception, request);
  }

  Response toResponse(Throwable exception, HttpServletRequest request) {
    if (databaseUnreachable(exception)) {
      LOG.log(Level.WARNING, "The database cannot be reached: " + exception);
      return Response.fromResponse(
              Problems.response(
                  request,
                  Response.Status.SERVICE_UNAVAILABLE,
                  "database-unavailable",
                  "Riskwise cannot reach its database for a moment. Nothing you sent was saved;"
                      + " try again in a minute."))
          .header("Retry-After", 30)
          .build();
    }
    Problem problem = problem(exception, request);
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * Whether the failure is the database not answering: an SQL connection error (SQLState class 08),
   * or the pool finding no connection to give.
   */
  static boolean databaseUnreachable(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause.getClass().getName().equals("com.mysql.cj.exceptions.CJCommunicationsException")
          || String.valueOf(cause.getMessage()).contains("Connection could not be allocated")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
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
