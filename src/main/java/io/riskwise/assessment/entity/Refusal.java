package io.riskwise.assessment.entity;

/**
 * Why an aggregate refuses a change, in words for the person who asked: not theirs to make
 * (FORBIDDEN), not possible in the state things are in (CONFLICT), or input missing (INVALID, with
 * the field). The boundary turns it into the HTTP answer or the page message.
 */
public record Refusal(Kind kind, String field, String message) {

  /** What kind of refusal, with the HTTP status it is answered with. */
  public enum Kind {
    INVALID(400),
    FORBIDDEN(403),
    CONFLICT(409);

    public final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  public static Refusal forbidden(String message) {
    return new Refusal(Kind.FORBIDDEN, null, message);
  }

  public static Refusal conflict(String message) {
    return new Refusal(Kind.CONFLICT, null, message);
  }

  public static Refusal invalid(String field, String message) {
    return new Refusal(Kind.INVALID, field, message);
  }

  /** For a change attempted although a refusal was given: a programming error. */
  public IllegalStateException broken() {
    return new IllegalStateException(message);
  }
}
