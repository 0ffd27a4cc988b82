package io.riskwise.assessment.control;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts Monday-to-Friday days, for how long a submission has waited. */
public final class WorkingDays {
  private WorkingDays() {}

  /** Working days after {@code from} up to and including {@code to}; 0 when to is not later. */
  public static int between(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }
}
