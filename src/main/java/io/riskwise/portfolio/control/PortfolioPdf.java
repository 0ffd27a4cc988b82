package io.riskwise.portfolio.control;

import static io.riskwise.platform.pdf.PdfKit.BAD;
import static io.riskwise.platform.pdf.PdfKit.GOOD;
import static io.riskwise.platform.pdf.PdfKit.GREY;
import static io.riskwise.platform.pdf.PdfKit.HEADING;
import static io.riskwise.platform.pdf.PdfKit.MARGIN;
import static io.riskwise.platform.pdf.PdfKit.SMALL;
import static io.riskwise.platform.pdf.PdfKit.SMALL_BOLD;
import static io.riskwise.platform.pdf.PdfKit.SUBHEADING;
import static io.riskwise.platform.pdf.PdfKit.TEXT;
import static io.riskwise.platform.pdf.PdfKit.TITLE;
import static io.riskwise.platform.pdf.PdfKit.WARNING;
import static io.riskwise.platform.pdf.PdfKit.cell;
import static io.riskwise.platform.pdf.PdfKit.clean;
import static io.riskwise.platform.pdf.PdfKit.header;
import static io.riskwise.platform.pdf.PdfKit.row;
import static io.riskwise.platform.pdf.PdfKit.table;

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
import io.riskwise.portfolio.entity.ActionOrigin;
import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceKind;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.portfolio.entity.Text;
import io.riskwise.rating.Band;
import io.riskwise.rating.Matrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A risk assessment, or the whole portfolio, as a PDF the apprentice can keep or hand to an
 * assessor outside Riskwise. Drafts are incomplete, so whatever is missing is left blank. Text is
 * set in the built-in Helvetica, so there are no font files to ship; a character it cannot show (an
 * emoji) prints as "?" instead of failing the export. Heat map cells carry their band in words as
 * well as in colour, so they read in black and white and without colour vision.
 */
public final class PortfolioPdf {

  /** A header line for every export. */
  public record Header(String apprentice, String centre, String generatedAt) {}

  /** One risk assessment in the portfolio export. */
  public record Assessment(String versionLabel, AssessmentContent content) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter SAVED =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document document = new Document(PageSize.A4, 40, 40, 50, 50);

  private PortfolioPdf(Header header) {
    PdfWriter.getInstance(document, out);
    String line =
        join(
            " | ",
            header.apprentice(),
            header.centre(),
            labelled("Generated", header.generatedAt()));
    HeaderFooter top = new HeaderFooter(new Phrase(clean(line), MARGIN), false);
    top.setBorder(Rectangle.BOTTOM);
    document.setHeader(top);
    HeaderFooter bottom = new HeaderFooter(new Phrase("Page ", MARGIN), true);
    bottom.setAlignment(Element.ALIGN_CENTER);
    bottom.setBorder(Rectangle.NO_BORDER);
    document.setFooter(bottom);
    document.open();
  }

  public static byte[] assessment(
      Header header,
      String versionLabel,
      AssessmentContent content,
      ReadinessCheck.Readiness readiness) {
    PortfolioPdf pdf = new PortfolioPdf(header);
    pdf.body(versionLabel, content);
    if (readiness != null) {
      pdf.readiness(readiness);
    }
    return pdf.finish();
  }

  public static byte[] portfolio(
      Header header, List<Assessment> assessments, List<EvidenceItem> evidence, CriteriaGrid grid) {
    PortfolioPdf pdf = new PortfolioPdf(header);
    pdf.text("Portfolio", TITLE);
    pdf.fields(
        "Apprentice", header.apprentice(),
        "Centre", header.centre(),
        "Generated", header.generatedAt());
    for (Assessment assessment : assessments) {
      pdf.document.newPage();
      pdf.body(assessment.versionLabel(), assessment.content());
    }
    pdf.document.newPage();
    pdf.evidence(evidence);
    pdf.document.newPage();
    pdf.grid(grid);
    return pdf.finish();
  }

  /**
   * What a draft's export says it is: "Draft, last saved 30 November 2026, 14:05 UTC". How many
   * times it was saved is the application's business, not the reader's.
   */
  public static String draftLabel(Instant savedAt) {
    return "Draft, last saved " + SAVED.format(savedAt);
  }

  private byte[] finish() {
    document.close();
    return out.toByteArray();
  }

  private void body(String versionLabel, AssessmentContent content) {
    String customers =
        join(
            " and ",
            content.isInternalCustomers() ? "internal" : null,
            content.isExternalCustomers() ? "external" : null);
    text(Text.present(content.getTitle()) ? content.getTitle() : "Risk assessment", TITLE);
    text(versionLabel, TEXT);
    heading("About", HEADING);
    fields(
        "Organisation", content.getOrganisation(),
        "Role", content.getRole(),
        "Area", content.getArea(),
        "Date", show(content.getDate(), DATE::format),
        "Customers", content.getCustomers(),
        "Customers are", customers);
    heading("The process", HEADING);
    List<Stage> stages = content.getStages();
    text(stages.isEmpty() ? "No stages yet." : null, TEXT);
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String name =
          (i + 1) + ". " + stageName(stage) + (stage.isMomentOfTruth() ? " (moment of truth)" : "");
      text(lines(name, stage.getDescription()), TEXT);
    }
    heading("Risks at each stage", HEADING);
    for (int i = 0; i < stages.size(); i++) {
      stage(i + 1, stages.get(i), content.getMatrix());
    }
    heading("Consultation", HEADING);
    PdfPTable consulted = table(2, 2, 4, 3);
    header(consulted, "Name", "Group", "Contribution", "Risks they helped with");
    for (var consultee : content.getConsultees()) {
      row(
          consulted,
          consultee.getName(),
          show(consultee.getGroup(), ConsulteeGroup::getLabel),
          consultee.getContribution(),
          riskNames(content, consultee.getRiskIds()));
    }
    add(consulted, "No one consulted yet.");
    heading("Telling customers and staff", HEADING);
    fields(
        "Customers told",
        lines(
            content.getCustomersTold(),
            labelled("Who", content.getCustomersToldWho()),
            labelled("When", show(content.getCustomersToldOn(), DATE::format))),
        "Staff awareness",
        lines(
            content.getStaffAwareness(),
            labelled("Who", content.getStaffToldWho()),
            labelled("When", show(content.getStaffToldOn(), DATE::format))));
    analyses(content);
    heading("Heat maps", HEADING);
    text(
        "The number of risks at each probability and consequence; each cell names its band.", TEXT);
    heatMap("Before action", content, Risk::getProbability, Risk::getConsequence);
    heatMap("After action", content, Risk::getResidualProbability, Risk::getResidualConsequence);
  }

  private void stage(int number, Stage stage, Matrix matrix) {
    heading("Stage " + number + ": " + stageName(stage), SUBHEADING);
    PdfPTable table = table(3, 2.2f, 3, 3, 2.2f);
    header(table, "Risk", "Before action", "Consequences", "Decision and actions", "After action");
    for (Risk risk : stage.getRisks()) {
      table.addCell(cell(lines(kind(risk), risk.getDescription()), SMALL, null));
      table.addCell(rating(matrix, risk.getProbability(), risk.getConsequence(), null));
      row(
          table,
          lines(
              labelled("Finance", risk.getConsequenceFinance()),
              labelled("Reputation", risk.getConsequenceReputation()),
              labelled("Health and safety", risk.getConsequenceHealthAndSafety()),
              labelled("Why this rating", risk.getJustification())),
          judgement(risk));
      table.addCell(
          rating(
              matrix,
              risk.getResidualProbability(),
              risk.getResidualConsequence(),
              labelled("Review", risk.getReview())));
    }
    add(table, "No risks recorded at this stage yet.");
    for (RiskKind kind : RiskKind.values()) {
      String reason = stage.noneFoundReason(kind);
      text(
          reason == null
              ? null
              : "No " + kind.label().toLowerCase() + " risk found because: " + reason,
          SMALL);
    }
  }

  /** A cell with the levels, and the score and band the matrix gives them, coloured by band. */
  private static PdfPCell rating(
      Matrix matrix, Integer probability, Integer consequence, String note) {
    Matrix.Rating rating =
        matrix.isScore(probability) && matrix.isScore(consequence)
            ? matrix.rate(probability, consequence)
            : null;
    String text =
        lines(
            labelled("Probability", level(probability, matrix.probabilityLabels())),
            labelled("Consequence", level(consequence, matrix.consequenceLabels())),
            show(rating, r -> "Score " + r.score() + ", " + r.band().label()),
            note);
    return cell(text, SMALL, show(rating, r -> colour(r.band())));
  }

  private static String judgement(Risk risk) {
    List<String> lines = new ArrayList<>();
    lines.add(show(risk.getDecision(), Decision::getLabel));
    if (risk.getDecision() == Decision.TOLERATE) {
      lines.add(labelled("Reason", risk.getTolerateReason()));
      lines.add(labelled("Agreed by", risk.getToleranceAgreedBy()));
    } else {
      for (var action : risk.getActions()) {
        lines.add(
            "\u2022 "
                + join(
                    ", ",
                    action.getDescription(),
                    labelled("owner", action.getOwner()),
                    labelled("due", show(action.getDue(), DATE::format)),
                    show(action.getStatus(), ActionStatus::getLabel),
                    labelled("completed", show(action.getCompleted(), DATE::format)),
                    show(action.getOrigin(), ActionOrigin::getLabel)));
      }
    }
    return lines(lines.toArray(String[]::new));
  }

  private void analyses(AssessmentContent content) {
    var swot = content.getSwot();
    if (swot != null) {
      heading("SWOT analysis", HEADING);
      fields(
          "Strengths", swot.getStrengths(),
          "Weaknesses", swot.getWeaknesses(),
          "Opportunities", swot.getOpportunities(),
          "Threats", swot.getThreats(),
          "Risks it raised", riskNames(content, swot.getRiskIds()));
    }
    var pestle = content.getPestle();
    if (pestle != null) {
      heading("PESTLE analysis", HEADING);
      fields(
          "Political", pestle.getPolitical(),
          "Economic", pestle.getEconomic(),
          "Social", pestle.getSocial(),
          "Technological", pestle.getTechnological(),
          "Legal", pestle.getLegal(),
          "Environmental", pestle.getEnvironmental(),
          "Risks it raised", riskNames(content, pestle.getRiskIds()));
    }
    if (!content.getCostBenefits().isEmpty()) {
      heading("Costs and benefits", HEADING);
      PdfPTable table = table(2.5f, 2.5f, 1.2f, 1.2f, 1.2f, 0.8f, 3);
      header(
          table,
          "Risk",
          "Measure",
          "One-off cost",
          "Yearly cost",
          "Yearly benefit",
          "Years",
          "Conclusion");
      for (var cost : content.getCostBenefits()) {
        row(
            table,
            riskNames(content, Collections.singletonList(cost.getRiskId())),
            cost.getMeasure(),
            money(cost.getOneOffCost()),
            money(cost.getAnnualCost()),
            money(cost.getAnnualBenefit()),
            show(cost.getYears(), String::valueOf),
            cost.getConclusion());
      }
      document.add(table);
    }
  }

  /** Probability rows from high to low, consequence columns from low to high. */
  private void heatMap(
      String title,
      AssessmentContent content,
      Function<Risk, Integer> probability,
      Function<Risk, Integer> consequence) {
    Matrix matrix = content.getMatrix();
    int size = matrix.size();
    int[][] risks = new int[size + 1][size + 1];
    for (Risk risk : content.risks()) {
      Integer p = probability.apply(risk);
      Integer c = consequence.apply(risk);
      if (matrix.isScore(p) && matrix.isScore(c)) {
        risks[p][c]++;
      }
    }
    float[] widths = new float[size + 1];
    Arrays.fill(widths, 1);
    widths[0] = 1.6f;
    PdfPTable table = table(widths);
    table.setSpacingBefore(12);
    table.setKeepTogether(true);
    PdfPCell caption = cell(title, SUBHEADING, null);
    caption.setColspan(size + 1);
    caption.setBorder(Rectangle.NO_BORDER);
    table.addCell(caption);
    String[] headings = new String[size + 1];
    headings[0] = "Probability / consequence";
    for (int c = 1; c <= size; c++) {
      headings[c] = level(c, matrix.consequenceLabels());
    }
    header(table, headings);
    for (int p = size; p >= 1; p--) {
      table.addCell(cell(level(p, matrix.probabilityLabels()), SMALL_BOLD, GREY));
      for (int c = 1; c <= size; c++) {
        Band band = matrix.band(p * c);
        PdfPCell cell = cell(risks[p][c] + "\n" + band.label(), SMALL, colour(band));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
      }
    }
    document.add(table);
  }

  private void readiness(ReadinessCheck.Readiness readiness) {
    heading(readiness.ready() ? "Readiness: ready to submit" : "Readiness: not ready yet", HEADING);
    PdfPTable table = table(1.4f, 1, 5);
    header(table, "Requirement", "Verdict", "What to do");
    for (ReadinessCheck.Check check : readiness.checks()) {
      List<String> lines = new ArrayList<>();
      lines.add(check.message());
      check.places().forEach(p -> lines.add("\u2022 " + p.name() + ": " + p.message()));
      row(
          table,
          check.requirement(),
          check.verdict().getLabel(),
          lines(lines.toArray(String[]::new)));
    }
    document.add(table);
    List<String> occasions =
        readiness.occasions().stream()
            .map(o -> DATE.format(o.date()) + ": " + o.occasion())
            .toList();
    text(
        occasions.isEmpty()
            ? null
            : "Occasions counted for C6 ER3:\n" + String.join("\n", occasions),
        SMALL);
  }

  /** What each piece of evidence is and where it comes from; file contents stay in Riskwise. */
  private void evidence(List<EvidenceItem> evidence) {
    heading("Evidence", HEADING);
    PdfPTable table = table(1.3f, 2, 1.5f, 2.5f, 2, 2);
    header(table, "Date", "Occasion", "Kind", "Title", "Witness", "File");
    for (EvidenceItem item : evidence) {
      String size = show(item.getFileSize(), s -> "(" + Math.max(1, s / 1024) + " KB)");
      row(
          table,
          show(item.getOccurredOn(), DATE::format),
          item.getOccasion(),
          show(item.getKind(), EvidenceKind::getLabel),
          item.getTitle(),
          join(", ", item.getWitnessName(), item.getWitnessRole()),
          item.getFileName() == null ? null : join(" ", item.getFileName(), size));
    }
    add(table, "No evidence added yet.");
  }

  private void grid(CriteriaGrid grid) {
    heading("Criteria grid", HEADING);
    for (CriteriaGrid.Unit unit : grid == null ? List.<CriteriaGrid.Unit>of() : grid.units()) {
      heading(
          String.format(
              "%s: %d of %d criteria have evidence",
              join(" ", unit.code(), unit.title()), unit.covered(), unit.rows().size()),
          SUBHEADING);
      PdfPTable table = table(1, 4, 4, 2);
      header(table, "Criterion", "Text", "Evidence", "Status");
      for (CriteriaGrid.Row row : unit.rows()) {
        String evidence =
            row.evidence().stream()
                .map(e -> e.label() + (e.via() == null ? "" : " (via " + e.via() + ")"))
                .collect(Collectors.joining("\n"));
        row(
            table,
            Text.present(row.number()) ? row.number() : row.criterionId(),
            row.text(),
            evidence.isEmpty() ? "No evidence yet" : evidence,
            row.status());
      }
      document.add(table);
    }
  }

  /** A two-column table of labels and values, given as label, value, label, value... */
  private void fields(String... labelsAndValues) {
    PdfPTable table = table(1, 3);
    for (int i = 0; i < labelsAndValues.length; i += 2) {
      table.addCell(cell(labelsAndValues[i], SMALL_BOLD, null));
      table.addCell(cell(labelsAndValues[i + 1], SMALL, null));
    }
    document.add(table);
  }

  /** Adds the table, or says so when it has nothing below its heading row. */
  private void add(PdfPTable table, String whenEmpty) {
    if (table.size() > table.getHeaderRows()) {
      document.add(table);
    } else {
      text(whenEmpty, TEXT);
    }
  }

  private void heading(String text, Font font) {
    Paragraph heading = new Paragraph(clean(text), font);
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  private void text(String text, Font font) {
    if (Text.present(text)) {
      document.add(new Paragraph(clean(text), font));
    }
  }

  private static Color colour(Band band) {
    return switch (band) {
      case LOW -> GOOD;
      case MEDIUM -> WARNING;
      case HIGH -> BAD;
    };
  }

  private static String stageName(Stage stage) {
    return Text.present(stage.getName()) ? stage.getName() : "Unnamed stage";
  }

  private static String kind(Risk risk) {
    String label = show(risk.getKind(), RiskKind::label);
    return risk.getKind() == RiskKind.OTHER ? join(": ", label, risk.getOtherKind()) : label;
  }

  private static String riskNames(AssessmentContent content, List<String> ids) {
    return content.risks().stream()
        .filter(r -> r.getId() != null && ids != null && ids.contains(r.getId()))
        .map(Risk::name)
        .collect(Collectors.joining("; "));
  }

  /** A level with its label from the matrix, e.g. "4 Likely"; null when not given. */
  private static String level(Integer level, List<String> labels) {
    boolean labelled = level != null && level >= 1 && level <= labels.size();
    return show(level, l -> join(" ", l.toString(), labelled ? labels.get(l - 1) : null));
  }

  private static String money(BigDecimal amount) {
    return show(amount, a -> "\u00a3" + a.toPlainString());
  }

  private static <T, R> R show(T value, Function<T, R> format) {
    return value == null ? null : format.apply(value);
  }

  private static String labelled(String label, String value) {
    return Text.present(value) ? label + ": " + value : null;
  }

  private static String lines(String... parts) {
    return join("\n", parts);
  }

  /** The parts that are present, joined. */
  private static String join(String separator, String... parts) {
    return Arrays.stream(parts).filter(Text::present).collect(Collectors.joining(separator));
  }
}
