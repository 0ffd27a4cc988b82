package io.riskwise.centre.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Progress as a spreadsheet: one row per apprentice with the figures the dashboards show, written
 * by {@link SpreadsheetCsv}.
 */
public final class ProgressCsv {
  private ProgressCsv() {}

  public static byte[] of(
      List<ApprenticeProgress> rows,
      Scheme scheme,
      java.util.function.LongFunction<String> assessorName) {
    List<String> header = new ArrayList<>(List.of("apprentice", "cohort", "assessors"));
    scheme.reportedUnits().forEach(u -> header.add(u + " criteria met %"));
    header.addAll(
        List.of(
            "framework rule",
            "progress %",
            "planned pace %",
            "modules completed",
            "last activity",
            "days to planned end",
            "status",
            "reasons"));
    List<List<String>> records = new ArrayList<>();
    for (ApprenticeProgress p : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(p.facts().name());
      cells.add(p.facts().cohortName());
      cells.add(
          String.join("; ", p.facts().assessorIds().stream().map(assessorName::apply).toList()));
      scheme
          .reportedUnits()
          .forEach(u -> cells.add(String.valueOf(ProgressReport.percent(p.unit(u).share()))));
      cells.add(p.frameworkRule());
      cells.add(String.valueOf(p.overallPercent()));
      cells.add(String.valueOf(ProgressReport.percent(p.expected())));
      cells.add(p.modulesCompleted() + " of " + p.modules());
      cells.add(p.facts().lastActivity() == null ? "never" : p.facts().lastActivity().toString());
      cells.add(String.valueOf(p.daysToEnd()));
      cells.add(p.rag().label());
      cells.add(String.join("; ", p.reasons()));
      records.add(cells);
    }
    return SpreadsheetCsv.write(header, records);
  }
}
