package io.riskwise.learning.control;

import io.riskwise.portfolio.entity.Band;
import io.riskwise.portfolio.entity.Matrix;

/**
 * The 5 x 5 probability x consequence matrix the lessons teach: the portfolio's default centre
 * matrix ({@link Matrix#standard()}), so that what an apprentice learns is what they then use. A
 * rating runs from 1 to 25 and is banded high (15 to 25), medium (8 to 12) or low (1 to 6); no two
 * scores multiply to 7, 11, 13 or 14.
 */
public final class RiskMatrix {
  private static final Matrix MATRIX = Matrix.standard();

  private RiskMatrix() {}

  public static int rating(int probability, int consequence) {
    return MATRIX.rate(probability, consequence).score();
  }

  public static Band band(int rating) {
    return MATRIX.band(rating);
  }
}
