package io.riskwise.centre.control;

import static io.riskwise.platform.pdf.PdfKit.BAD;
import static io.riskwise.platform.pdf.PdfKit.GOOD;
import static io.riskwise.platform.pdf.PdfKit.GREY;
import static io.riskwise.platform.pdf.PdfKit.HEADING;
import static io.riskwise.platform.pdf.PdfKit.MARGIN;
import static io.riskwise.platform.pdf.PdfKit.SMALL;
import static io.riskwise.platform.pdf.PdfKit.SMALL_BOLD;
import static io.riskwise.platform.pdf.PdfKit.TEXT;
import static io.riskwise.platform.pdf.PdfKit.TITLE;
import static io.riskwise.platform.pdf.PdfKit.WARNING;
import static io.riskwise.platform.pdf.PdfKit.cell;
import static io.riskwise.platform.pdf.PdfKit.clean;
import static io.riskwise.platform.pdf.PdfKit.header;
import static io.riskwise.platform.pdf.PdfKit.row;
import static io.riskwise.platform.pdf.PdfKit.table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.riskwise.centre.control.ApprenticeProgress.UnitProgress;
import io.riskwise.centre.control.Rollup.Funnel;
import io.riskwise.centre.control.Rollup.TurnaroundStats;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A progress report for a group of apprentices (a cohort, a caseload, a centre) as a landscape PDF
 * a centre can file or hand to an awarding body: the roll-up figures, then one row per apprentice.
 * Each status is written as a word beside its colour, so the report reads in black and white and
 * without colour vision. Text is set in the built-in Helvetica, as in the portfolio export.
 */
public final class ProgressPdf {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document document = new Document(PageSize.A4.rotate(), 36, 36, 50, 50);

  private ProgressPdf(String title, LocalDate today) {
    PdfWriter.getInstance(document, out);
    String line = join(" | ", title, "Progress on " + DATE.format(today));
    HeaderFooter top = new HeaderFooter(new Phrase(clean(line), MARGIN), false);
    top.setBorder(Rectangle.BOTTOM);
    document.setHeader(top);
    HeaderFooter bottom = new HeaderFooter(new Phrase("Page ", MARGIN), true);
    bottom.setAlignment(Element.ALIGN_CENTER);
    bottom.setBorder(Rectangle.NO_BORDER);
    document.setFooter(bottom);
    document.open();
  }

  public static byte[] of(
      String title,
      String subtitle,
      Rollup rollup,
      List<ApprenticeProgress> rows,
      Scheme scheme,
      LocalDate today) {
    ProgressPdf pdf = new ProgressPdf(title, today);
    pdf.text(present(title) ? title : "Progress report", TITLE);
    pdf.text(subtitle, TEXT);
    pdf.text("Progress on " + DATE.format(today), TEXT);
    pdf.summary(rollup, scheme);
    pdf.distribution(rollup);
    pdf.funnel(rollup.funnel());
    pdf.apprentices(rows, scheme);
    return pdf.finish();
  }

  private byte[] finish() {
    document.close();
    return out.toByteArray();
  }

  private void summary(Rollup rollup, Scheme scheme) {
    heading("Summary");
    String units =
        scheme.reportedUnits().stream()
            .map(u -> u + " " + percent(rollup.averageShare(u)))
            .collect(Collectors.joining(", "));
    PdfPTable table = table(1, 3);
    field(table, "Apprentices", String.valueOf(rollup.count()));
    field(
        table,
        "Status",
        rollup.red() + " red, " + rollup.amber() + " amber, " + rollup.green() + " green");
    field(table, "Average progress", percent(rollup.averageOverall()) + " of the framework rule");
    field(table, "Average per unit", units);
    field(
        table,
        "Learning modules",
        decimal(rollup.averageModulesCompleted())
            + " of "
            + scheme.modules()
            + " completed on average");
    field(
        table,
        "Framework rule met",
        rollup.frameworkMet() + " of " + rollup.count() + " apprentices");
    field(table, "Assessor turnaround", turnaround(rollup.turnaround()));
    document.add(table);
  }

  private void distribution(Rollup rollup) {
    heading("Spread of overall progress");
    float[] widths = new float[Rollup.BANDS.size() + 1];
    Arrays.fill(widths, 1);
    widths[0] = 1.6f;
    PdfPTable table = table(widths);
    List<String> headings = new ArrayList<>(List.of("Progress"));
    headings.addAll(Rollup.BANDS);
    header(table, headings.toArray(String[]::new));
    table.addCell(cell("Apprentices", SMALL_BOLD, GREY));
    for (int count : rollup.distribution()) {
      PdfPCell cell = cell(String.valueOf(count), SMALL, null);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      table.addCell(cell);
    }
    document.add(table);
  }

  private void funnel(Funnel funnel) {
    heading("How far apprentices have got");
    PdfPTable table = table(3, 1, 1);
    header(table, "Stage reached", "Apprentices", "Share");
    funnelRow(table, "Enrolled", funnel.total(), funnel.total());
    funnelRow(table, "Started a draft", funnel.atLeastDraft(), funnel.total());
    funnelRow(table, "Submitted work", funnel.atLeastSubmitted(), funnel.total());
    funnelRow(table, "Had a unit signed off", funnel.atLeastSignedOff(), funnel.total());
    table.setWidthPercentage(50);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    document.add(table);
  }

  private static void funnelRow(PdfPTable table, String stage, int count, int total) {
    row(table, stage, String.valueOf(count), total == 0 ? "" : percent((double) count / total));
  }

  private void apprentices(List<ApprenticeProgress> rows, Scheme scheme) {
    heading("Apprentices");
    List<String> units = scheme.reportedUnits();
    List<Float> widths = new ArrayList<>(List.of(2f, 1.6f));
    units.forEach(u -> widths.add(1.1f));
    widths.addAll(List.of(3.4f, 0.9f, 1.3f, 1.1f, 3f));
    float[] columns = new float[widths.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = widths.get(i);
    }
    PdfPTable table = table(columns);
    List<String> headings = new ArrayList<>(List.of("Name", "Cohort"));
    headings.addAll(units);
    headings.addAll(
        List.of("Framework rule", "Modules", "Last activity", "Days to planned end", "Status"));
    header(table, headings.toArray(String[]::new));
    for (ApprenticeProgress row : rows) {
      ApprenticeFacts facts = row.facts();
      row(table, facts.name(), facts.cohortName());
      for (String unit : units) {
        UnitProgress progress = row.unit(unit);
        row(
            table,
            progress == null
                ? ""
                : percent(progress.share()) + (progress.signedOff() ? "\nsigned off" : ""));
      }
      row(
          table,
          row.frameworkRule(),
          row.modulesCompleted() + " of " + row.modules(),
          facts.lastActivity() == null ? "Never" : DATE.format(facts.lastActivity()),
          row.daysToEnd() < 0 ? -row.daysToEnd() + " past end" : String.valueOf(row.daysToEnd()));
      table.addCell(status(row));
    }
    if (table.size() > table.getHeaderRows()) {
      document.add(table);
    } else {
      text("No apprentices in this group.", TEXT);
    }
  }

  /** The status in words, with its reasons, on its colour. */
  private static PdfPCell status(ApprenticeProgress row) {
    Phrase phrase = new Phrase();
    phrase.add(new Chunk(row.rag().label(), SMALL_BOLD));
    phrase.add(new Chunk(clean("\n" + String.join("\n", row.reasons())), SMALL));
    PdfPCell cell = new PdfPCell(phrase);
    cell.setPadding(4);
    cell.setBackgroundColor(colour(row.rag()));
    return cell;
  }

  private static String turnaround(TurnaroundStats stats) {
    if (stats.count() == 0) {
      return "No decided submissions yet";
    }
    return stats.count()
        + (stats.count() == 1 ? " decided submission" : " decided submissions")
        + ": mean "
        + decimal(stats.meanDays())
        + " days, median "
        + decimal(stats.medianDays())
        + " days from submission to decision";
  }

  private void heading(String text) {
    Paragraph heading = new Paragraph(clean(text), HEADING);
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  private void text(String text, Font font) {
    if (present(text)) {
      document.add(new Paragraph(clean(text), font));
    }
  }

  private static void field(PdfPTable table, String label, String value) {
    table.addCell(cell(label, SMALL_BOLD, null));
    table.addCell(cell(value, SMALL, null));
  }

  private static Color colour(Rag rag) {
    return switch (rag) {
      case GREEN -> GOOD;
      case AMBER -> WARNING;
      case RED -> BAD;
    };
  }

  private static String percent(double share) {
    return ProgressReport.percent(share) + "%";
  }

  /** One decimal place at most: "2.5", "4". */
  private static String decimal(double value) {
    return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** The parts that are present, joined. */
  private static String join(String separator, String... parts) {
    return Arrays.stream(parts).filter(ProgressPdf::present).collect(Collectors.joining(separator));
  }
}
