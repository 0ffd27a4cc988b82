package io.riskwise.centre.boundary;

import io.riskwise.centre.control.ApprenticeProgress;
import io.riskwise.centre.control.ProgressCsv;
import io.riskwise.centre.control.ProgressPdf;
import io.riskwise.centre.control.Rollup;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.download.PageDownloads;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The progress pages: the centre dashboard (cohorts and assessors rolled up), one cohort's
 * dashboard with its apprentices a page at a time, and their CSV and PDF downloads. Every filter
 * and page is a plain GET parameter, so a view can be bookmarked and shared.
 */
@Named("progressPages")
@RequestScoped
public class ProgressPages {
  static final int PAGE_SIZE = 50;

  @Inject CurrentUser currentUser;
  @Inject Progress progress;
  @Inject Cohorts cohorts;

  private Long cohortId;
  private String rag;
  private int page;
  private String format;
  private Progress.Report report;
  private Cohort cohort;

  /** A named group's roll-up on the centre dashboard. */
  public record Group(long id, String name, ProgressJson.Summary summary) {}

  /** A bar of a chart: its label, its count and its length as a share of the longest. */
  public record Bar(String label, long value, int percentOfMax, String text) {}

  public void loadCentre() {
    report = progress.ofCentre(currentUser.get());
  }

  public void loadCohort() {
    if (cohortId == null) {
      throw new ProblemException(jakarta.ws.rs.core.Response.Status.NOT_FOUND, "Choose a cohort.");
    }
    cohort = cohorts.find(currentUser.get(), cohortId);
    report = progress.ofCohort(currentUser.get(), cohort);
  }

  /** The download asked for by {@code format} (csv or pdf) of a cohort, or of the centre. */
  public void download() throws IOException {
    User viewer = currentUser.get();
    if (cohortId != null) {
      loadCohort();
    } else {
      loadCentre();
    }
    String title =
        cohort == null
            ? "Progress at " + viewer.getCentre().getName()
            : "Progress of " + cohort.getName();
    String file = cohort == null ? "progress-centre" : Progress.fileName(cohort);
    if ("pdf".equals(format)) {
      PageDownloads.send(
          ProgressPdf.of(
              title,
              cohort == null
                  ? "Every enrolled apprentice you can see"
                  : "Planned end " + cohort.getPlannedEndOn(),
              report.rollup(),
              report.apprentices(),
              report.scheme(),
              report.today()),
          "application/pdf",
          file + ".pdf");
    } else {
      PageDownloads.send(
          ProgressCsv.of(
              report.apprentices(),
              report.scheme(),
              a -> report.assessorNames().getOrDefault(a, "")),
          "text/csv; charset=UTF-8",
          file + ".csv");
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  public ProgressJson.Summary getSummary() {
    return ProgressJson.Summary.of(report.rollup());
  }

  public List<Group> getCohortGroups() {
    Map<Long, Cohort> byId = progress.cohortsOf(currentUser.get());
    List<Group> groups = new ArrayList<>();
    report
        .byCohort()
        .forEach(
            (id, rollup) ->
                groups.add(
                    new Group(
                        id,
                        byId.containsKey(id) ? byId.get(id).getName() : "",
                        ProgressJson.Summary.of(rollup))));
    return groups;
  }

  public List<Group> getAssessorGroups() {
    List<Group> groups = new ArrayList<>();
    report
        .byAssessor()
        .forEach(
            (id, rollup) ->
                groups.add(
                    new Group(
                        id,
                        report.assessorNames().getOrDefault(id, ""),
                        ProgressJson.Summary.of(rollup))));
    groups.sort(java.util.Comparator.comparing(Group::name));
    return groups;
  }

  /** Progress in ten bands, as bars. */
  public List<Bar> getDistribution() {
    Rollup r = report.rollup();
    List<Bar> bars = new ArrayList<>();
    int max = r.distribution().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int i = 0; i < Rollup.BANDS.size(); i++) {
      int n = r.distribution().get(i);
      bars.add(
          new Bar(
              Rollup.BANDS.get(i),
              n,
              share(n, max),
              n + (n == 1 ? " apprentice" : " apprentices")));
    }
    return bars;
  }

  /** From enrolled to signed off: how many reached each step. */
  public List<Bar> getFunnel() {
    Rollup.Funnel f = report.rollup().funnel();
    int max = f.total();
    return List.of(
        new Bar("Enrolled", f.total(), share(f.total(), max), String.valueOf(f.total())),
        new Bar(
            "Started a risk assessment",
            f.atLeastDraft(),
            share(f.atLeastDraft(), max),
            String.valueOf(f.atLeastDraft())),
        new Bar(
            "Submitted one",
            f.atLeastSubmitted(),
            share(f.atLeastSubmitted(), max),
            String.valueOf(f.atLeastSubmitted())),
        new Bar(
            "Unit signed off",
            f.atLeastSignedOff(),
            share(f.atLeastSignedOff(), max),
            String.valueOf(f.atLeastSignedOff())));
  }

  /** Each assessor's mean days from submission to decision, as bars. */
  public List<Bar> getTurnaround() {
    Map<Long, Rollup.TurnaroundStats> stats = report.rollup().turnaroundByAssessor();
    double max =
        stats.values().stream().mapToDouble(Rollup.TurnaroundStats::meanDays).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    stats.forEach(
        (id, s) ->
            bars.add(
                new Bar(
                    report.assessorNames().getOrDefault(id, ""),
                    s.count(),
                    max == 0 ? 0 : (int) Math.round(100 * s.meanDays() / max),
                    String.format(
                        "%.1f days on average, median %.1f, %d decision%s",
                        s.meanDays(), s.medianDays(), s.count(), s.count() == 1 ? "" : "s"))));
    bars.sort(java.util.Comparator.comparing(Bar::label));
    return bars;
  }

  public List<ProgressJson.ApprenticeJson> getApprentices() {
    List<ApprenticeProgress> chosen = Progress.withStatus(report.apprentices(), rag);
    int from = Math.min(chosen.size(), page * PAGE_SIZE);
    return chosen.subList(from, Math.min(chosen.size(), from + PAGE_SIZE)).stream()
        .map(p -> ProgressJson.ApprenticeJson.of(p, report.assessorNames()))
        .toList();
  }

  public int getShownTotal() {
    return Progress.withStatus(report.apprentices(), rag).size();
  }

  public int getFirstShown() {
    return getShownTotal() == 0 ? 0 : page * PAGE_SIZE + 1;
  }

  public int getLastShown() {
    return Math.min((page + 1) * PAGE_SIZE, getShownTotal());
  }

  public boolean isHasNext() {
    return getLastShown() < getShownTotal();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  /** When the figures were worked out, e.g. "14:32 UTC". */
  public String getAsOf() {
    return java.time.format.DateTimeFormatter.ofPattern("HH:mm")
            .format(report.computedAt().atZone(java.time.ZoneOffset.UTC))
        + " UTC";
  }

  public String getCentreName() {
    return currentUser.get().getCentre().getName();
  }

  public Cohort getCohort() {
    return cohort;
  }

  public List<String> getUnits() {
    return Progress.REPORTED_UNITS;
  }

  public String unitPercent(ProgressJson.ApprenticeJson row, String unit) {
    return row.units().stream()
        .filter(u -> u.unit().equals(unit))
        .findFirst()
        .map(u -> u.signedOff() ? "Signed off" : u.percent() + "%")
        .orElse("");
  }

  private static int share(long n, long max) {
    return max == 0 ? 0 : (int) Math.round(100.0 * n / max);
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public String getRag() {
    return rag;
  }

  public void setRag(String rag) {
    this.rag = rag == null || rag.isBlank() ? null : rag;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
