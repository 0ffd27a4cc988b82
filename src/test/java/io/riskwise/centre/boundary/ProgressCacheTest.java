package io.riskwise.centre.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.centre.control.RagRules;
import io.riskwise.centre.control.Rollup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProgressCacheTest {
  static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");
  static final ProgressCache.Key COHORT = new ProgressCache.Key(1, 7L, null, RagRules.DEFAULT);

  final AtomicInteger computed = new AtomicInteger();

  @Test
  void aReportIsSharedUntilItIsOlderThanTheCacheTime() {
    ProgressCache cache = cache(30, NOON);
    Progress.Report first = cache.get(COHORT, this::compute);
    cache.clock = Clock.fixed(NOON.plusSeconds(29), ZoneOffset.UTC);
    assertSame(first, cache.get(COHORT, this::compute));
    cache.clock = Clock.fixed(NOON.plusSeconds(31), ZoneOffset.UTC);
    assertNotSame(first, cache.get(COHORT, this::compute));
    assertEquals(2, computed.get());
  }

  @Test
  void anotherScopeOrOtherRulesAreAnotherReport() {
    ProgressCache cache = cache(30, NOON);
    cache.get(COHORT, this::compute);
    cache.get(new ProgressCache.Key(1, 7L, 42L, RagRules.DEFAULT), this::compute);
    cache.get(new ProgressCache.Key(1, 7L, null, new RagRules(5, 10, 10, 20)), this::compute);
    cache.get(new ProgressCache.Key(2, 7L, null, RagRules.DEFAULT), this::compute);
    assertEquals(4, computed.get());
  }

  @Test
  void aChangeAtTheCentreForgetsItsReportsOnly() {
    ProgressCache cache = cache(30, NOON);
    cache.get(COHORT, this::compute);
    ProgressCache.Key elsewhere = new ProgressCache.Key(2, null, null, RagRules.DEFAULT);
    Progress.Report other = cache.get(elsewhere, this::compute);
    cache.forget(1);
    cache.get(COHORT, this::compute);
    assertSame(other, cache.get(elsewhere, this::compute));
    assertEquals(3, computed.get());
  }

  @Test
  void noCacheTimeMeansEveryRequestIsWorkedOut() {
    ProgressCache cache = cache(0, NOON);
    cache.get(COHORT, this::compute);
    cache.get(COHORT, this::compute);
    assertEquals(2, computed.get());
    assertEquals(0, cache.size());
  }

  @Test
  void theCacheStaysBounded() {
    ProgressCache cache = cache(30, NOON);
    for (long cohort = 0; cohort < ProgressCache.MOST_REPORTS + 10; cohort++) {
      cache.get(new ProgressCache.Key(1, cohort, null, RagRules.DEFAULT), this::compute);
    }
    assertTrue(cache.size() <= ProgressCache.MOST_REPORTS, "size " + cache.size());
  }

  private ProgressCache cache(int seconds, Instant now) {
    ProgressCache cache = new ProgressCache();
    cache.seconds = seconds;
    cache.clock = Clock.fixed(now, ZoneOffset.UTC);
    return cache;
  }

  private Progress.Report compute() {
    computed.incrementAndGet();
    return new Progress.Report(
        List.of(),
        List.of(),
        Rollup.of(List.of(), List.of()),
        Map.of(),
        Map.of(),
        Map.of(),
        null,
        LocalDate.of(2026, 11, 22),
        NOON);
  }
}
