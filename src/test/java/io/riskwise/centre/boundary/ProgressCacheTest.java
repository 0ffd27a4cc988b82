package io.riskwise.centre.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.riskwise.centre.control.RagRules;
import io.riskwise.centre.control.Rollup;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The progress cache, over the JCache provider it uses in the server; the centres' stamps, kept in
 * the database there, are kept in a map here (ProgressCacheIT and ClusterIT use the database).
 */
class ProgressCacheTest {
  static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");
  static final ProgressCache.Key COHORT = new ProgressCache.Key(1, 7L, null, RagRules.DEFAULT);
  static final AtomicInteger MANAGERS = new AtomicInteger();

  final AtomicInteger computed = new AtomicInteger();
  final List<ProgressCache> caches = new ArrayList<>();

  @AfterEach
  void close() {
    caches.forEach(ProgressCache::close);
  }

  @Test
  void aReportIsSharedUntilItIsOlderThanTheCacheTime() {
    ProgressCache cache = cache(30);
    Progress.Report first = cache.get(COHORT, "C1", this::compute);
    cache.clock = Clock.fixed(NOON.plusSeconds(29), ZoneOffset.UTC);
    assertEquals(first, cache.get(COHORT, "C1", this::compute));
    assertEquals(1, computed.get());
    cache.clock = Clock.fixed(NOON.plusSeconds(31), ZoneOffset.UTC);
    cache.get(COHORT, "C1", this::compute);
    assertEquals(2, computed.get());
  }

  @Test
  void anotherScopeOrOtherRulesAreAnotherReport() {
    ProgressCache cache = cache(30);
    cache.get(COHORT, "C1", this::compute);
    cache.get(new ProgressCache.Key(1, 7L, 42L, RagRules.DEFAULT), "C1", this::compute);
    cache.get(new ProgressCache.Key(1, 7L, null, new RagRules(5, 10, 10, 20)), "C1", this::compute);
    cache.get(new ProgressCache.Key(2, 7L, null, RagRules.DEFAULT), "C2", this::compute);
    assertEquals(4, computed.get());
  }

  @Test
  void aChangeAtTheCentreForgetsItsReportsOnly() {
    ProgressCache cache = cache(30);
    cache.get(COHORT, "C1", this::compute);
    ProgressCache.Key elsewhere = new ProgressCache.Key(2, null, null, RagRules.DEFAULT);
    cache.get(elsewhere, "C2", this::compute);
    cache.forget(1);
    cache.get(COHORT, "C1", this::compute);
    cache.get(elsewhere, "C2", this::compute);
    assertEquals(3, computed.get());
  }

  @Test
  void aReportWorkedOutWhileAChangeWasCommittedIsNotKeptForLater() {
    ProgressCache cache = cache(30);
    cache.get(
        COHORT,
        "C1",
        () -> {
          Progress.Report before = compute();
          cache.forget(1); // the change commits while the old figures are being read
          return before;
        });
    cache.get(COHORT, "C1", this::compute);
    assertEquals(2, computed.get());
  }

  @Test
  void noCacheTimeMeansEveryRequestIsWorkedOut() {
    ProgressCache cache = cache(0);
    cache.get(COHORT, "C1", this::compute);
    cache.get(COHORT, "C1", this::compute);
    cache.forget(1);
    assertEquals(2, computed.get());
  }

  @Test
  void onlyTheCentresNamedAreKeptWhenSomeAre() {
    ProgressCache cache = cache(30, "CACHED.*");
    cache.get(COHORT, "T123", this::compute);
    cache.get(COHORT, "T123", this::compute);
    assertEquals(2, computed.get());
    ProgressCache.Key cached = new ProgressCache.Key(3, null, null, RagRules.DEFAULT);
    cache.get(cached, "CACHED-T1", this::compute);
    cache.get(cached, "CACHED-T1", this::compute);
    assertEquals(3, computed.get());
  }

  @Test
  void manyAskingAtOnceShareOneComputation() throws Exception {
    ProgressCache cache = cache(30);
    int askers = 8;
    CountDownLatch computing = new CountDownLatch(1);
    Supplier<Progress.Report> slow =
        () -> {
          computing.countDown();
          // Finish only once every other asker waits for this computation.
          CompletableFuture<Progress.Report> shared = cache.computing.values().iterator().next();
          while (shared.getNumberOfDependents() < askers - 1) {
            Thread.onSpinWait();
          }
          return compute();
        };
    ExecutorService pool = Executors.newFixedThreadPool(askers);
    try {
      Future<Progress.Report> first = pool.submit(() -> cache.get(COHORT, "C1", slow));
      computing.await();
      List<Future<Progress.Report>> others = new ArrayList<>();
      for (int i = 1; i < askers; i++) {
        others.add(pool.submit(() -> cache.get(COHORT, "C1", this::compute)));
      }
      Progress.Report report = first.get();
      for (Future<Progress.Report> other : others) {
        assertSame(report, other.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, computed.get());
    assertEquals(0, cache.computing.size());
  }

  @Test
  void aFailedComputationFailsItsWaitersAndIsNotKept() {
    ProgressCache cache = cache(30);
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.get(
                COHORT,
                "C1",
                () -> {
                  throw new IllegalStateException("database gone");
                }));
    assertEquals(0, cache.computing.size());
    cache.get(COHORT, "C1", this::compute);
    assertEquals(1, computed.get());
  }

  @Test
  void reportsAreEvictedByTheApprenticesTheyHoldNotByTheirNumber() throws Exception {
    ProgressCache cache = cache(30, null, 100);
    ProgressCache.Key other = new ProgressCache.Key(1, 8L, null, RagRules.DEFAULT);
    cache.get(COHORT, "C1", () -> compute(60));
    cache.get(other, "C1", () -> compute(60));
    Cache<Object, Object> reports = manager(cache).getCache(ProgressCache.REPORTS);
    for (int wait = 0; wait < 50 && count(reports) > 1; wait++) {
      Thread.sleep(100);
    }
    assertEquals(1, count(reports), "two reports of 60 apprentices do not fit in 100 rows");

    ProgressCache small = cache(30, null, 100);
    for (long cohort = 1; cohort <= 20; cohort++) {
      small.get(new ProgressCache.Key(1, cohort, null, RagRules.DEFAULT), "C1", () -> compute(3));
    }
    assertEquals(
        20, count(manager(small).getCache(ProgressCache.REPORTS)), "20 x (3 + 1) rows fit");
  }

  private static int count(Cache<Object, Object> cache) {
    int count = 0;
    for (var ignored : cache) {
      count++;
    }
    return count;
  }

  private ProgressCache cache(int seconds) {
    return cache(seconds, null);
  }

  private ProgressCache cache(int seconds, String centres) {
    return cache(seconds, centres, ProgressCache.MOST_ROWS);
  }

  private ProgressCache cache(int seconds, String centres, long mostRows) {
    URI uri = URI.create("progress-cache-test-" + MANAGERS.incrementAndGet());
    ProgressCache cache =
        new ProgressCache() {
          /** The centres' stamps, as the database keeps them in the server. */
          final Map<Long, Long> stamps = new ConcurrentHashMap<>();

          @Override
          URI uri() {
            return uri;
          }

          @Override
          long stamp(long centreId) {
            return stamps.getOrDefault(centreId, 0L);
          }

          @Override
          void forget(long centreId) {
            stamps.merge(centreId, 1L, Long::sum);
          }
        };
    cache.seconds = seconds;
    cache.centres = Optional.ofNullable(centres);
    cache.mostRows = mostRows;
    cache.clock = Clock.fixed(NOON, ZoneOffset.UTC);
    cache.open();
    caches.add(cache);
    return cache;
  }

  private static CacheManager manager(ProgressCache cache) {
    return cache.manager;
  }

  private Progress.Report compute() {
    return compute(0);
  }

  /** A report of so many apprentices (their rows are not read here). */
  private Progress.Report compute(int apprentices) {
    computed.incrementAndGet();
    return new Progress.Report(
        Collections.nCopies(apprentices, null),
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
