package io.riskwise.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** An HTTP error whose message is meant for the caller, e.g. "There is no user 42 you can see." */
public class ProblemException extends WebApplicationException implements PlainMessage {

  public ProblemException(Response.Status status, String message) {
    super(message, status);
  }

  public ProblemException(Response response, String message) {
    super(message, response);
  }
}
