package io.riskwise.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  @Test
  void weekendsDoNotCount() {
    LocalDate friday = LocalDate.of(2026, 11, 20);
    assertEquals(0, WorkingDays.between(friday, friday));
    assertEquals(1, WorkingDays.between(friday, LocalDate.of(2026, 11, 23)));
    assertEquals(10, WorkingDays.between(friday, LocalDate.of(2026, 12, 4)));
    assertEquals(0, WorkingDays.between(friday, LocalDate.of(2026, 11, 22)));
  }
}
