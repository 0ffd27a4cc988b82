package io.riskwise.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The arithmetic against figures worked by hand. */
class CostBenefitCaseTest {

  @Test
  void theContactCentreCase() {
    // £14,000 once, £2,350 a year, £8,150 a year of benefit, 5 years at 5%:
    // net £5,800 a year; payback 14000 / 5800 = 2.4138; net benefit 5 x 5800 - 14000 = 15000;
    // NPV = -14000 + 5800 x (1/1.05 + 1/1.05^2 + ... + 1/1.05^5) = -14000 + 5800 x 4.329477
    //     = -14000 + 25110.96 = 11110.96
    CostBenefitCase figures = figures("14000", "2350", "8150", 5, "5");
    assertEquals(new BigDecimal("5800"), figures.annualNet());
    assertEquals(new BigDecimal("2.41"), figures.paybackYears());
    assertEquals(new BigDecimal("15000.00"), figures.netBenefit());
    assertEquals(new BigDecimal("11110.96"), figures.netPresentValue());
  }

  @Test
  void aSmallCaseAtTenPercent() {
    // £1,000 once, nothing a year, £500 a year for 3 years at 10%:
    // payback 2.00; net benefit 1500 - 1000 = 500;
    // NPV = -1000 + 454.545 + 413.223 + 375.657 = 243.43
    CostBenefitCase figures = figures("1000", "0", "500", 3, "10");
    assertEquals(new BigDecimal("2.00"), figures.paybackYears());
    assertEquals(new BigDecimal("500.00"), figures.netBenefit());
    assertEquals(new BigDecimal("243.43"), figures.netPresentValue());
  }

  @Test
  void atZeroPercentTheNetPresentValueIsTheNetBenefit() {
    CostBenefitCase figures = figures("2400", "100", "900", 4, "0");
    assertEquals(new BigDecimal("800.00"), figures.netBenefit());
    assertEquals(new BigDecimal("800.00"), figures.netPresentValue());
    assertEquals(new BigDecimal("3.00"), figures.paybackYears());
  }

  @Test
  void aMeasureThatCostsMoreEachYearThanItSavesNeverPaysBack() {
    CostBenefitCase figures = figures("5000", "800", "600", 3, "5");
    assertNull(figures.paybackYears());
    assertEquals(new BigDecimal("-5600.00"), figures.netBenefit());
  }

  private static CostBenefitCase figures(
      String oneOff, String annualCost, String annualBenefit, int years, String rate) {
    return new CostBenefitCase(
        new BigDecimal(oneOff),
        new BigDecimal(annualCost),
        new BigDecimal(annualBenefit),
        years,
        new BigDecimal(rate));
  }
}
