package io.riskwise.platform.rest;

import java.util.List;

/**
 * Input that does not fit what was asked, found by our own checks rather than Bean Validation:
 * answered with 400 and the same field-by-field errors.
 */
public class InvalidInputException extends RuntimeException {
  private final List<Problem.FieldError> errors;

  public InvalidInputException(List<Problem.FieldError> errors) {
    super(errors.isEmpty() ? "Invalid input" : errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new Problem.FieldError(field, message)));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
