package io.riskwise.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixTest {

  @ParameterizedTest(name = "{0} x {0}: probability {1} x consequence {2} = {3}, {4}")
  @CsvSource({
    "3, 1, 1, 1, LOW",
    "3, 1, 2, 2, LOW",
    "3, 1, 3, 3, MEDIUM",
    "3, 2, 2, 4, MEDIUM",
    "3, 2, 3, 6, HIGH",
    "3, 3, 3, 9, HIGH",
    "4, 1, 3, 3, LOW",
    "4, 2, 2, 4, MEDIUM",
    "4, 2, 4, 8, MEDIUM",
    "4, 3, 3, 9, HIGH",
    "4, 4, 4, 16, HIGH",
    "5, 1, 1, 1, LOW",
    "5, 2, 3, 6, LOW",
    "5, 2, 4, 8, MEDIUM",
    "5, 3, 4, 12, MEDIUM",
    "5, 3, 5, 15, HIGH",
    "5, 5, 5, 25, HIGH"
  })
  void theScoreIsProbabilityTimesConsequenceBandedByTheMatrix(
      int size, int probability, int consequence, int score, Band band) {
    Matrix.Rating rating = Matrix.standard(size).rate(probability, consequence);
    assertEquals(score, rating.score());
    assertEquals(band, rating.band());
  }

  @Test
  void theDefaultFiveByFiveBandsAreLowOneToSixMediumEightToTwelveHighFifteenUp() {
    Matrix matrix = Matrix.standard();
    assertEquals("1-6", matrix.range(Band.LOW));
    assertEquals("8-12", matrix.range(Band.MEDIUM));
    assertEquals("15-25", matrix.range(Band.HIGH));
  }

  @Test
  void aCentreChoosesItsOwnBandThresholds() {
    Matrix strict =
        new Matrix(
            4,
            Matrix.standard(4).probabilityLabels(),
            Matrix.standard(4).consequenceLabels(),
            2,
            6);
    assertEquals(Band.MEDIUM, strict.rate(1, 3).band());
    assertEquals(Band.HIGH, strict.rate(2, 4).band());
  }

  @Test
  void levelsOffTheScaleAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Matrix.standard(3).rate(4, 1));
    assertThrows(IllegalArgumentException.class, () -> Matrix.standard(5).rate(0, 1));
  }

  @Test
  void aMatrixThatCannotWorkIsExplained() {
    assertTrue(Matrix.standard(5).problems().isEmpty());
    Matrix falling = new Matrix(3, List.of("a", "b", "c"), List.of("a", "b", "c"), 4, 3);
    assertEquals(
        List.of("The bands must rise: low from 1, then medium, then high up to 9."),
        falling.problems());
    Matrix missing = new Matrix(4, List.of("a", "b", "c"), List.of("a", "", "c", "d"), 3, 8);
    assertEquals(2, missing.problems().size());
    assertEquals(1, new Matrix(6, List.of(), List.of(), 1, 2).problems().size());
  }

  @Test
  void theDefaultIsTheFiveByFiveTheLessonsTeach() {
    Matrix standard = Matrix.standard();
    assertEquals(5, standard.size());
    assertEquals(Band.LOW, standard.rate(3, 2).band());
    assertEquals(Band.MEDIUM, standard.rate(4, 3).band());
    assertEquals(Band.HIGH, standard.rate(3, 5).band());
    assertEquals("Low", standard.band(6).label());
    assertThrows(IllegalArgumentException.class, () -> standard.rate(6, 4));
    assertThrows(IllegalArgumentException.class, () -> standard.rate(0, 4));
  }
}
