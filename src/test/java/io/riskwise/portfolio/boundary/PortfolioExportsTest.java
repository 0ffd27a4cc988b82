package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioExportsTest {

  @ParameterizedTest(name = "\"{0}\" is saved as {1}")
  @CsvSource({
    "Till and refunds, Till-and-refunds-risk-assessment-2026-11-30.pdf",
    "Risk assessment of the garden centre tills,"
        + " Risk-assessment-of-the-garden-centre-tills-2026-11-30.pdf",
    "Front desk RISK ASSESSMENT, Front-desk-RISK-ASSESSMENT-2026-11-30.pdf",
    "'', Risk-assessment-2026-11-30.pdf",
    "'   ', Risk-assessment-2026-11-30.pdf"
  })
  void aRiskAssessmentIsSavedUnderItsTitleAndDate(String title, String file) {
    assertEquals(file, PortfolioExports.assessmentFileName(title, LocalDate.of(2026, 11, 30)));
  }
}
