package io.riskwise.centre.control;

import io.riskwise.centre.control.ApprenticeProgress.UnitProgress;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The progress of a group of apprentices (a cohort, an assessor's caseload, a whole centre) in a
 * few figures. Averages of an empty group are 0, and so are the turnaround mean and median when
 * nothing has been decided: the counts say whether a figure stands on anything.
 *
 * <p>Turnaround counts the decided submissions of the group's own apprentices; an assessor's
 * caseload counts only that assessor's decisions.
 *
 * @param averageShares the average share met per reported unit, in the scheme's order
 * @param frameworkMet how many have met the framework rule
 * @param distribution how many fall in each band of overall progress, see {@link #BANDS}
 * @param turnaroundByAssessor assessor id to their turnaround, by ascending id
 */
public record Rollup(
    int count,
    int red,
    int amber,
    int green,
    double averageOverall,
    Map<String, Double> averageShares,
    double averageModulesCompleted,
    int frameworkMet,
    List<Integer> distribution,
    Funnel funnel,
    TurnaroundStats turnaround,
    Map<Long, TurnaroundStats> turnaroundByAssessor)
    implements Serializable {

  /** The ten bands of overall progress, by whole percentage: 100% falls in the last. */
  public static final List<String> BANDS =
      List.of(
          "0\u20139%",
          "10\u201319%",
          "20\u201329%",
          "30\u201339%",
          "40\u201349%",
          "50\u201359%",
          "60\u201369%",
          "70\u201379%",
          "80\u201389%",
          "90\u2013100%");

  /** How many of the total have reached at least each stage; each count includes the next. */
  public record Funnel(int total, int atLeastDraft, int atLeastSubmitted, int atLeastSignedOff)
      implements Serializable {}

  /** Calendar days from submission to decision; mean and median are 0 when the count is 0. */
  public record TurnaroundStats(int count, double meanDays, double medianDays)
      implements Serializable {

    static TurnaroundStats of(List<Turnaround> turnarounds) {
      long[] days = turnarounds.stream().mapToLong(Turnaround::days).sorted().toArray();
      int n = days.length;
      if (n == 0) {
        return new TurnaroundStats(0, 0, 0);
      }
      double mean = (double) Arrays.stream(days).sum() / n;
      double median = n % 2 == 1 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
      return new TurnaroundStats(n, mean, median);
    }
  }

  public Rollup {
    averageShares = Collections.unmodifiableMap(new LinkedHashMap<>(averageShares));
    distribution = List.copyOf(distribution);
    turnaroundByAssessor = Collections.unmodifiableMap(new TreeMap<>(turnaroundByAssessor));
  }

  /** The figures for a group; turnarounds of apprentices outside the group are left out. */
  public static Rollup of(List<ApprenticeProgress> rows, List<Turnaround> turnarounds) {
    Set<Long> apprentices =
        rows.stream().map(r -> r.facts().apprenticeId()).collect(Collectors.toSet());
    List<Turnaround> decided =
        turnarounds.stream().filter(t -> apprentices.contains(t.apprenticeId())).toList();

    Map<String, Double> averageShares = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      for (UnitProgress unit : rows.get(0).units()) {
        averageShares.put(unit.unit(), average(rows, r -> shareOf(r, unit.unit())));
      }
    }
    Integer[] distribution = new Integer[BANDS.size()];
    Arrays.fill(distribution, 0);
    for (ApprenticeProgress row : rows) {
      distribution[band(row.overall())]++;
    }
    Map<Long, TurnaroundStats> byAssessor =
        decided.stream()
            .collect(
                Collectors.groupingBy(
                    Turnaround::assessorId,
                    TreeMap::new,
                    Collectors.collectingAndThen(Collectors.toList(), TurnaroundStats::of)));

    return new Rollup(
        rows.size(),
        count(rows, Rag.RED),
        count(rows, Rag.AMBER),
        count(rows, Rag.GREEN),
        average(rows, ApprenticeProgress::overall),
        averageShares,
        average(rows, ApprenticeProgress::modulesCompleted),
        (int) rows.stream().filter(ApprenticeProgress::frameworkMet).count(),
        List.of(distribution),
        new Funnel(
            rows.size(),
            reached(rows, FunnelStage.DRAFT),
            reached(rows, FunnelStage.SUBMITTED),
            reached(rows, FunnelStage.SIGNED_OFF)),
        TurnaroundStats.of(decided),
        byAssessor);
  }

  /** A roll-up per cohort, by ascending cohort id. */
  public static Map<Long, Rollup> byCohort(
      List<ApprenticeProgress> rows, List<Turnaround> turnarounds) {
    Map<Long, List<ApprenticeProgress>> cohorts =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.facts().cohortId(), TreeMap::new, Collectors.toList()));
    Map<Long, Rollup> rollups = new TreeMap<>();
    cohorts.forEach((cohort, members) -> rollups.put(cohort, of(members, turnarounds)));
    return Collections.unmodifiableMap(rollups);
  }

  /**
   * A roll-up per assessor's caseload, by ascending assessor id. An apprentice with two assessors
   * counts in both caseloads; one with none is in no caseload.
   */
  public static Map<Long, Rollup> byAssessor(
      List<ApprenticeProgress> rows, List<Turnaround> turnarounds) {
    Set<Long> assessors = new TreeSet<>();
    rows.forEach(r -> assessors.addAll(r.facts().assessorIds()));
    Map<Long, Rollup> rollups = new TreeMap<>();
    for (long assessor : assessors) {
      List<ApprenticeProgress> caseload =
          rows.stream().filter(r -> r.facts().assessorIds().contains(assessor)).toList();
      List<Turnaround> own = turnarounds.stream().filter(t -> t.assessorId() == assessor).toList();
      rollups.put(assessor, of(caseload, own));
    }
    return Collections.unmodifiableMap(rollups);
  }

  /** The average share met of a reported unit; 0 for a unit not reported or an empty group. */
  public double averageShare(String unit) {
    return averageShares.getOrDefault(unit, 0.0);
  }

  /** The band of {@link #BANDS} an overall progress falls in, by its whole percentage. */
  static int band(double overall) {
    int percent = Math.max(0, Math.min(100, ProgressReport.percent(overall)));
    return Math.min(BANDS.size() - 1, percent / 10);
  }

  private static double shareOf(ApprenticeProgress row, String unit) {
    UnitProgress progress = row.unit(unit);
    return progress == null ? 0 : progress.share();
  }

  private static double average(
      List<ApprenticeProgress> rows, ToDoubleFunction<ApprenticeProgress> value) {
    return rows.isEmpty() ? 0 : rows.stream().mapToDouble(value).sum() / rows.size();
  }

  private static int count(List<ApprenticeProgress> rows, Rag rag) {
    return (int) rows.stream().filter(r -> r.rag() == rag).count();
  }

  private static int reached(List<ApprenticeProgress> rows, FunnelStage stage) {
    return (int) rows.stream().filter(r -> r.stage().reached(stage)).count();
  }
}
