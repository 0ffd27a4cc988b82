import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.control.ReadinessCheck;
import io.riskwise.portfolio.control.ReadinessCheck.Occasion;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.rating.Matrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Times the readiness check alone, in process, on the 6-stage, 30-risk draft that
 * DraftSaveBenchmark saves (built by its generator), so the figure leaves out HTTP, JSON and the
 * database. Compile both with the project's classes and run:
 *
 * <pre>
 * mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * CP=target/classes:$(cat /tmp/cp.txt)
 * javac -d /tmp/bench -cp $CP docs/bench/DraftSaveBenchmark.java docs/bench/ReadinessCheckTiming.java
 * java -cp /tmp/bench:$CP ReadinessCheckTiming [iterations]
 * </pre>
 */
public class ReadinessCheckTiming {

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    AssessmentContent content = Documents.read(DraftSaveBenchmark.content(0));
    content.setMatrix(Matrix.standard());
    content.assignIds();
    content.rate();
    Set<Occasion> evidence =
        Set.of(
            new Occasion(LocalDate.of(2026, 8, 29), "Witness testimony"),
            new Occasion(LocalDate.of(2026, 9, 10), "Reflective account"));
    ReadinessCheck check = new ReadinessCheck();
    Readiness last = null;
    for (int i = 0; i < 5_000; i++) {
      last = check.check(content, evidence);
    }
    List<Double> times = new ArrayList<>(iterations);
    for (int i = 0; i < iterations; i++) {
      long start = System.nanoTime();
      last = check.check(content, evidence);
      times.add((System.nanoTime() - start) / 1e3);
    }
    Collections.sort(times);
    long places = last.checks().stream().mapToLong(c -> c.places().size()).sum();
    System.out.printf(
        "readiness check, 6 stages, %d risks, %d places named: %d iterations after 5000 warm-up%n",
        content.risks().size(), places, iterations);
    System.out.printf(
        "p50 %.0f us   p95 %.0f us   p99 %.0f us   max %.0f us%n",
        at(times, 0.50), at(times, 0.95), at(times, 0.99), times.get(times.size() - 1));
  }

  static double at(List<Double> sorted, double quantile) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
  }
}
