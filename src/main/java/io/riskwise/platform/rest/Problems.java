package io.riskwise.platform.rest;

import io.riskwise.platform.logging.RequestLogFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses with the fields every one of them carries. */
public final class Problems {
  private Problems() {}

  public static Response response(
      HttpServletRequest request, Response.Status status, String slug, String detail) {
    return response(request, status.getStatusCode(), status.getReasonPhrase(), slug, detail, null);
  }

  public static Response response(
      HttpServletRequest request,
      int status,
      String title,
      String slug,
      String detail,
      List<Problem.FieldError> errors) {
    Problem problem = problem(request, status, title, slug, detail, errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static Problem problem(
      HttpServletRequest request,
      int status,
      String title,
      String slug,
      String detail,
      List<Problem.FieldError> errors) {
    Object requestId = request == null ? null : request.getAttribute(RequestLogFilter.REQUEST_ID);
    return new Problem(
        Problem.TYPE_BASE + slug,
        title,
        status,
        detail,
        request == null ? null : request.getRequestURI(),
        requestId == null ? null : requestId.toString(),
        errors);
  }
}
