package io.riskwise.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void sizesAreKeptBetweenOneAndTheMaximum() {
    assertEquals(1, Page.clampSize(0));
    assertEquals(25, Page.clampSize(25));
    assertEquals(Page.MAX_SIZE, Page.clampSize(10_000));
  }
}
