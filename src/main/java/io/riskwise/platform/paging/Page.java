package io.riskwise.platform.paging;

import java.util.List;

/** One page of a bounded list, with the total so a screen can offer the next page. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public static final int MAX_SIZE = 100;

  /** A size the caller asked for, kept between 1 and {@link #MAX_SIZE}. */
  public static int clampSize(int size) {
    return Math.max(1, Math.min(size, MAX_SIZE));
  }
}
