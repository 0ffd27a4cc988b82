package io.riskwise.centre.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One decided submission: whose it was, which assessor decided it, and when it was submitted and
 * decided. The apprentice lets a roll-up keep only the decisions on its own group's work.
 */
public record Turnaround(
    long apprenticeId, long assessorId, LocalDate submittedOn, LocalDate decidedOn)
    implements Serializable {

  public Turnaround {
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(decidedOn, "decidedOn");
  }

  /**
   * Calendar days from submission to decision; 0 when decided the same day (or, wrongly, before).
   */
  public long days() {
    return Math.max(0, ChronoUnit.DAYS.between(submittedOn, decidedOn));
  }
}
