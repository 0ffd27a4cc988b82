package io.riskwise.centre.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Progress as a spreadsheet: one row per apprentice with the figures the dashboards show. UTF-8
 * with a byte-order mark so spreadsheet programs read accents; cells that a spreadsheet would run
 * as a formula are prefixed with an apostrophe.
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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter printer =
        new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
      printer.printRecord(header);
      for (ApprenticeProgress p : rows) {
        List<String> cells = new ArrayList<>();
        cells.add(safe(p.facts().name()));
        cells.add(safe(p.facts().cohortName()));
        cells.add(
            safe(
                String.join(
                    "; ", p.facts().assessorIds().stream().map(assessorName::apply).toList())));
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
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A name a spreadsheet would run as a formula is kept as text (numbers are left alone). */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }
}
