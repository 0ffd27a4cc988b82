package io.riskwise.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void sizesAreKeptBetweenOneAndTheMaximum() {
    assertEquals(1, Page.clampSize(0));
    assertEquals(25, Page.clampSize(25));
    assertEquals(Page.MAX_SIZE, Page.clampSize(10_000));
  }

  @Test
  void theFirstResultFollowsFromPageAndSize() {
    assertEquals(50, new Page<>(List.of(), 2, 25, 80).firstResult());
  }
}
