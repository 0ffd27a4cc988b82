package io.riskwise.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is stable, so clients can branch on it; {@code
 * errors} names each invalid field; {@code requestId} matches the request log.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://riskwise.io/problems/";

  /** One invalid input, named as the client sent it. */
  public record FieldError(String field, String message) {}
}
