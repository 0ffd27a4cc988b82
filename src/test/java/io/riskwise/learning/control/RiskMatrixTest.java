package io.riskwise.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.riskwise.portfolio.entity.Band;
import io.riskwise.portfolio.entity.Matrix;
import org.junit.jupiter.api.Test;

/** The lessons' matrix is the portfolio's default 5 x 5 matrix. */
class RiskMatrixTest {

  @Test
  void everyRatingIsBandedAsOnThePortfolioDefaultMatrix() {
    Matrix standard = Matrix.standard();
    for (int probability = 1; probability <= 5; probability++) {
      for (int consequence = 1; consequence <= 5; consequence++) {
        int rating = RiskMatrix.rating(probability, consequence);
        assertEquals(probability * consequence, rating);
        assertEquals(standard.rate(probability, consequence).band(), RiskMatrix.band(rating));
      }
    }
  }

  @Test
  void lowRunsToSixMediumFromEightToTwelveHighFromFifteen() {
    assertEquals(Band.LOW, RiskMatrix.band(RiskMatrix.rating(1, 5)));
    assertEquals(Band.LOW, RiskMatrix.band(RiskMatrix.rating(2, 3)));
    assertEquals(Band.LOW, RiskMatrix.band(RiskMatrix.rating(3, 2)));
    assertEquals(Band.MEDIUM, RiskMatrix.band(RiskMatrix.rating(2, 4)));
    assertEquals(Band.MEDIUM, RiskMatrix.band(RiskMatrix.rating(4, 3)));
    assertEquals(Band.HIGH, RiskMatrix.band(RiskMatrix.rating(3, 5)));
    assertEquals("Low", RiskMatrix.band(6).label());
  }

  @Test
  void scoresOutsideOneToFiveAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> RiskMatrix.rating(6, 4));
    assertThrows(IllegalArgumentException.class, () -> RiskMatrix.rating(0, 4));
  }
}
