package io.riskwise.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the HTTP errors that JAX-RS and our resources raise into problem details. A refusal to a
 * caller who is not signed in becomes 401, so clients know to get a token rather than give up.
 */
@Provider
public class ClientErrorMapper implements ExceptionMapper<WebApplicationException> {
  /**
   * The request attribute the authentication mechanism sets when a bearer token is unknown, expired
   * or revoked, so the 401 says so.
   */
  public static final String TOKEN_REJECTED = "riskwise.tokenRejected";

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    boolean signedOut = request.getUserPrincipal() == null;
    if (signedOut && (status == 403 || status == 401) && !(exception instanceof PlainMessage)) {
      return unauthorized();
    }
    if (status >= 500 && !(exception instanceof PlainMessage)) {
      return new UnexpectedErrorMapper().toResponse(exception, request);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title =
        known != null ? known.getReasonPhrase() : status == 507 ? "Insufficient Storage" : "Error";
    Response problem =
        Problems.response(request, status, title, slug(status), detail(status, exception), null);
    Response.ResponseBuilder answer = Response.fromResponse(problem);
    copyHeader(original, answer, HttpHeaders.RETRY_AFTER);
    copyHeader(original, answer, HttpHeaders.ALLOW);
    return answer.build();
  }

  private Response unauthorized() {
    boolean rejected = request.getAttribute(TOKEN_REJECTED) != null;
    String detail =
        rejected
            ? "Your token is not valid: it has expired, been revoked or was never issued."
                + " Get a new one from POST /api/auth/token."
            : "Sign in first: send 'Authorization: Bearer <token>' with a token from"
                + " POST /api/auth/token.";
    return Response.fromResponse(
            Problems.response(request, Response.Status.UNAUTHORIZED, "unauthorized", detail))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"riskwise\"")
        .build();
  }

  private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
    Object value = from.getHeaders().getFirst(name);
    if (value != null) {
      to.header(name, value);
    }
  }

  private static String slug(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 429 -> "too-many-requests";
      case 503 -> "service-unavailable";
      case 507 -> "insufficient-storage";
      default -> "http-" + status;
    };
  }

  /** Our own exceptions carry a message for people; the framework's do not, so we write one. */
  private static String detail(int status, WebApplicationException exception) {
    if (exception instanceof PlainMessage) {
      return exception.getMessage();
    }
    return switch (status) {
      case 401 -> "Sign in first.";
      case 403 -> "You do not have permission to do this.";
      case 404 -> "There is nothing here, or you do not have access to it.";
      case 405 -> "This address does not accept that method.";
      case 406 -> "This address cannot answer in the format you asked for; ask for JSON.";
      case 413 -> "The request body is too large.";
      case 415 -> "Send the request body as JSON, with 'Content-Type: application/json'.";
      default -> "The request could not be handled.";
    };
  }
}
