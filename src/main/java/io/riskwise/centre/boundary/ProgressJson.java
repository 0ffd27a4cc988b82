package io.riskwise.centre.boundary;

import io.riskwise.centre.control.ApprenticeProgress;
import io.riskwise.centre.control.ProgressReport;
import io.riskwise.centre.control.Rollup;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.platform.paging.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Progress as the API shows it: percentages rather than shares, names beside ids. */
public final class ProgressJson {
  private ProgressJson() {}

  /** One unit's criteria for one apprentice. */
  public record UnitJson(String unit, int met, int criteria, int percent, boolean signedOff) {}

  /** One apprentice's progress. */
  public record ApprenticeJson(
      long id,
      String name,
      long cohortId,
      String cohort,
      List<String> assessors,
      List<UnitJson> units,
      String frameworkRule,
      boolean frameworkMet,
      int progressPercent,
      int expectedPercent,
      int behindPoints,
      int modulesCompleted,
      int modules,
      LocalDate lastActivity,
      int idleDays,
      int daysToPlannedEnd,
      String rag,
      List<String> reasons,
      String stage) {

    public static ApprenticeJson of(ApprenticeProgress p, Map<Long, String> assessorNames) {
      return new ApprenticeJson(
          p.facts().apprenticeId(),
          p.facts().name(),
          p.facts().cohortId(),
          p.facts().cohortName(),
          p.facts().assessorIds().stream().map(id -> assessorNames.getOrDefault(id, "")).toList(),
          p.units().stream()
              .map(
                  u ->
                      new UnitJson(
                          u.unit(),
                          u.criteriaMet(),
                          u.criteria(),
                          ProgressReport.percent(u.share()),
                          u.signedOff()))
              .toList(),
          p.frameworkRule(),
          p.frameworkMet(),
          p.overallPercent(),
          ProgressReport.percent(p.expected()),
          p.behindPoints(),
          p.modulesCompleted(),
          p.modules(),
          p.facts().lastActivity(),
          p.idleDays(),
          p.daysToEnd(),
          p.rag().name(),
          p.reasons(),
          p.stage().name());
    }
  }

  /** A group's figures rolled up. */
  public record Summary(
      int apprentices,
      int red,
      int amber,
      int green,
      int averageProgressPercent,
      Map<String, Double> averageUnitShares,
      double averageModulesCompleted,
      int frameworkMet,
      List<String> bands,
      List<Integer> distribution,
      Rollup.Funnel funnel,
      Rollup.TurnaroundStats turnaround) {

    public static Summary of(Rollup r) {
      return new Summary(
          r.count(),
          r.red(),
          r.amber(),
          r.green(),
          ProgressReport.percent(r.averageOverall()),
          r.averageShares(),
          r.averageModulesCompleted(),
          r.frameworkMet(),
          Rollup.BANDS,
          r.distribution(),
          r.funnel(),
          r.turnaround());
    }
  }

  /** A cohort's dates. */
  public record CohortRef(
      long id, String name, String frameworkId, LocalDate startsOn, LocalDate plannedEndOn) {
    public static CohortRef of(Cohort c) {
      return new CohortRef(
          c.getId(), c.getName(), c.getFrameworkId(), c.getStartsOn(), c.getPlannedEndOn());
    }
  }

  /** {@code GET /api/cohorts/{id}/progress}. */
  public record CohortProgress(
      CohortRef cohort, Summary summary, Page<ApprenticeJson> apprentices, Instant asOf) {}

  /** A named group's roll-up: a cohort or an assessor's caseload. */
  public record GroupJson(long id, String name, Summary summary) {}

  /** {@code GET /api/centre/progress}. */
  public record CentreProgress(
      Summary summary, List<GroupJson> cohorts, List<GroupJson> assessors, Instant asOf) {}
}
