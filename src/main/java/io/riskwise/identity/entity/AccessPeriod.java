package io.riskwise.identity.entity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days an access lasts, first and last inclusive. A grant asked for today must not have ended
 * already nor end before it starts; ending it early makes yesterday its last day.
 */
public record AccessPeriod(LocalDate startsOn, LocalDate endsOn) {

  /** Why a period asked for on {@code today} cannot be granted, if it cannot. */
  public static Optional<String> problem(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
    if (startsOn == null || endsOn == null) {
      return Optional.of("Give the first and last day of the access.");
    }
    if (endsOn.isBefore(startsOn) || endsOn.isBefore(today)) {
      return Optional.of("The last day must be today or later, and not before the first.");
    }
    return Optional.empty();
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** The period ended early on {@code today}: yesterday is the last day, unless it ended before. */
  public AccessPeriod endedOn(LocalDate today) {
    return endsOn.isBefore(today) ? this : new AccessPeriod(startsOn, today.minusDays(1));
  }
}
