package io.riskwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.testing.ClusterNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test: no build runs it (its name matches neither surefire's nor failsafe's
 * patterns). Fifty people work through the API (WorkingDay: apprentices saving drafts and reading
 * readiness, assessors reading their queue and judging, administrators reading the centre's
 * progress, people signing in) first against one node of a two-node cluster, then spread across
 * both, for {@code bench.seconds} each (180 by default) after 20 s of warm-up; it prints p50 and
 * p95 per kind of request and the throughput of each, for docs/performance.md:
 *
 * <pre>
 * mvn verify -Dit.test=ClusterLoadBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ClusterLoadBench {
  static final int SECONDS = Integer.getInteger("bench.seconds", 180);

  @Test
  void fiftyPeopleOnOneNodeThenOnTwo() throws Exception {
    String cluster = "riskwise-bench-" + ProcessHandle.current().pid();
    int gridPort = ClusterNode.freePort();
    try (ClusterNode a = ClusterNode.start("bench-a", cluster, gridPort);
        ClusterNode b = ClusterNode.start("bench-b", cluster, gridPort)) {
      CompletableFuture.allOf(
              CompletableFuture.runAsync(() -> a.awaitReady(Duration.ofMinutes(5))),
              CompletableFuture.runAsync(() -> b.awaitReady(Duration.ofMinutes(5))))
          .join();
      run("one node", new WorkingDay(a.uri(), a.uri(), 24, 8, 10, true));
      run("two nodes", new WorkingDay(a.uri(), b.uri(), 24, 8, 10, true));
    }
  }

  /** Runs the day, prints its table, then fails if any request failed. */
  private static void run(String name, WorkingDay day) throws Exception {
    day.start();
    Thread.sleep(20_000);
    day.requests.clear();
    long start = System.nanoTime();
    Thread.sleep(SECONDS * 1_000L);
    List<WorkingDay.Request> measured = List.copyOf(day.requests);
    double seconds = (System.nanoTime() - start) / 1e9;
    day.finish();
    Map<String, List<WorkingDay.Request>> byKind =
        measured.stream()
            .collect(
                Collectors.groupingBy(WorkingDay.Request::kind, TreeMap::new, Collectors.toList()));
    StringBuilder table =
        new StringBuilder(
            "\n### "
                + name
                + String.format(
                    ": %d requests in %.0f s, %.1f per second%n%n",
                    measured.size(), seconds, measured.size() / seconds)
                + "| kind | requests | p50 ms | p95 ms | errors |\n| --- | --- | --- | --- | --- |\n");
    byKind.forEach(
        (kind, requests) -> {
          double[] millis =
              requests.stream().mapToDouble(WorkingDay.Request::millis).sorted().toArray();
          long errors = requests.stream().filter(r -> r.status() < 200 || r.status() > 299).count();
          table.append(
              String.format(
                  "| %s | %d | %.0f | %.0f | %d |%n",
                  kind, requests.size(), percentile(millis, 50), percentile(millis, 95), errors));
        });
    System.out.println(table);
    List<WorkingDay.Request> failed =
        measured.stream().filter(r -> r.status() < 200 || r.status() > 299).limit(5).toList();
    assertEquals(List.of(), failed, name + ": no request may fail");
  }

  private static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}
