package io.riskwise.learning.entity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The figures of a control measure and the arithmetic of its case: payback period, net benefit over
 * a number of years and net present value at a discount rate. Money is in pounds.
 *
 * @param oneOffCost paid once, at the start (year 0)
 * @param annualCost paid every year
 * @param annualBenefit gained every year: losses avoided, time saved, income kept
 */
public record CostBenefitCase(
    BigDecimal oneOffCost,
    BigDecimal annualCost,
    BigDecimal annualBenefit,
    int years,
    BigDecimal discountRatePercent) {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  /** The same figures, however many decimal places they were written with. */
  public boolean sameFiguresAs(CostBenefitCase other) {
    return oneOffCost.compareTo(other.oneOffCost) == 0
        && annualCost.compareTo(other.annualCost) == 0
        && annualBenefit.compareTo(other.annualBenefit) == 0
        && years == other.years
        && discountRatePercent.compareTo(other.discountRatePercent) == 0;
  }

  public BigDecimal annualNet() {
    return annualBenefit.subtract(annualCost);
  }

  /** Years until the one-off cost is paid back, or null when the measure never pays back. */
  public BigDecimal paybackYears() {
    if (annualNet().signum() <= 0) {
      return null;
    }
    return oneOffCost.divide(annualNet(), PRECISION).setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal netBenefit() {
    return annualNet()
        .multiply(BigDecimal.valueOf(years))
        .subtract(oneOffCost)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** Net present value: each year's net, discounted to today, less the one-off cost. */
  public BigDecimal netPresentValue() {
    BigDecimal rate = discountRatePercent.divide(BigDecimal.valueOf(100), PRECISION);
    BigDecimal factor = BigDecimal.ONE.add(rate);
    BigDecimal total = oneOffCost.negate();
    BigDecimal discount = BigDecimal.ONE;
    for (int year = 1; year <= years; year++) {
      discount = discount.multiply(factor, PRECISION);
      total = total.add(annualNet().divide(discount, PRECISION));
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }
}
