package io.riskwise.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContrastTest {

  @ParameterizedTest(name = "{0} on {1} is {2}:1")
  @CsvSource(
      delimiter = ';',
      value = {
        "rgb(0, 0, 0); rgb(255, 255, 255); 21.0",
        "rgb(255, 255, 255); rgb(255, 255, 255); 1.0",
        "rgb(118, 118, 118); rgb(255, 255, 255); 4.54",
        "rgb(177, 180, 182); rgb(255, 255, 255); 2.09",
        "rgba(0, 0, 0, 0); rgb(255, 255, 255); 1.0",
        "rgba(0, 0, 0, 0.5); rgb(255, 255, 255); 3.98"
      })
  void givesTheWcagRatio(String colour, String behind, double ratio) {
    assertEquals(ratio, Contrast.ratio(colour, behind), 0.01);
  }

  @Test
  void knowsATransparentColour() {
    assertTrue(Contrast.isTransparent("rgba(0, 0, 0, 0)"));
    assertTrue(Contrast.isTransparent("transparent"));
    assertFalse(Contrast.isTransparent("rgb(0, 0, 0)"));
  }
}
