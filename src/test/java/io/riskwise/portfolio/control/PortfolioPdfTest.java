package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Action;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceKind;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.rating.Matrix;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioPdfTest {
  private static final PortfolioPdf.Header HEADER =
      new PortfolioPdf.Header("Alex Apprentice", "Leith College", "22 Nov 2026 10:30");

  @Test
  void assessmentShowsTheContentHeatMapsAndReadiness() throws IOException {
    AssessmentContent content = assessment();
    ReadinessCheck.Readiness readiness = new ReadinessCheck().check(content, Set.of());

    byte[] pdf =
        PortfolioPdf.assessment(HEADER, "Draft saved 2026-11-22 10:30", content, readiness);

    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
    String text = text(pdf);
    assertTrue(text.contains("Café £5 – “quotes” ?"), text);
    assertTrue(text.contains("Queue builds up at the till"));
    assertTrue(text.contains("Score 16, High"));
    assertTrue(text.contains("Before action"));
    assertTrue(text.contains("After action"));
    assertTrue(text.contains("Alex Apprentice"));
    assertTrue(text.contains("Fit a second till"));
    assertTrue(text.contains("how you told customers of the risks"), text);
    assertTrue(text.contains("Not met"), text);
  }

  @Test
  void aDraftSaysWhenItWasLastSavedAndNothingOfItsSaveCounter() throws IOException {
    String label = PortfolioPdf.draftLabel(Instant.parse("2026-11-30T14:05:09Z"));

    String assessment =
        text(PortfolioPdf.assessment(HEADER, label, assessment(), null)).replaceAll("\\s+", " ");
    String portfolio =
        text(PortfolioPdf.portfolio(
                HEADER, List.of(new PortfolioPdf.Assessment(label, assessment())), List.of(), null))
            .replaceAll("\\s+", " ");

    assertEquals("Draft, last saved 30 November 2026, 14:05 UTC", label);
    for (String text : List.of(assessment, portfolio)) {
      assertTrue(text.contains(label), text);
      assertFalse(text.matches("(?s).*\\(save \\d+\\).*"), text);
    }
  }

  @Test
  void anEmptyDraftExports() throws IOException {
    AssessmentContent draft = new AssessmentContent();
    draft.setMatrix(Matrix.standard());
    draft.normalise();

    byte[] pdf =
        PortfolioPdf.assessment(new PortfolioPdf.Header(null, null, null), null, draft, null);

    assertTrue(text(pdf).contains("Risk assessment"));
  }

  @Test
  void portfolioListsEvidenceAndTheCriteriaGrid() throws IOException {
    EvidenceItem testimony =
        new EvidenceItem(
            1L,
            EvidenceKind.WITNESS_TESTIMONY,
            "Saturday testimony",
            LocalDate.of(2026, 11, 14),
            "Saturday rush",
            "Secret body text");
    testimony.witness("Jo Manager", "Shift manager", "jo@example.org");
    EvidenceItem photo =
        new EvidenceItem(
            1L,
            EvidenceKind.FILE,
            "Photo of the new till",
            LocalDate.of(2026, 11, 20),
            "Install",
            null);
    photo.file("till.jpg", "image/jpeg", 12_345, "ab".repeat(32));
    CriteriaGrid grid =
        new CriteriaGrid(
            List.of(
                new CriteriaGrid.Unit(
                    "C6",
                    "Manage risk in customer service",
                    List.of(
                        new CriteriaGrid.Row(
                            "C6.2.1",
                            "2.1",
                            "Identify risks",
                            List.of(
                                new CriteriaGrid.Entry("Risk assessment: Café", "INSCS027.PC8"))),
                        new CriteriaGrid.Row("C6.2.2", "2.2", "Tell customers", List.of())))));

    byte[] pdf =
        PortfolioPdf.portfolio(
            HEADER,
            List.of(new PortfolioPdf.Assessment("Version 1", assessment())),
            List.of(testimony, photo),
            grid);

    String text = text(pdf);
    assertTrue(text.contains("(via INSCS027.PC8)"), text);
    assertTrue(text.contains("2.2"));
    assertTrue(text.contains("No evidence yet"));
    assertTrue(text.contains("Saturday testimony"));
    assertTrue(text.contains("Jo Manager"));
    assertTrue(text.contains("till.jpg (12 KB)"));
    assertFalse(text.contains("Secret body text"));
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    return text.toString();
  }

  private static AssessmentContent assessment() {
    AssessmentContent content = new AssessmentContent();
    content.setMatrix(Matrix.standard());
    content.setTitle("Front of house");
    content.setOrganisation("Café £5 – “quotes” 😀");
    content.setDate(LocalDate.of(2026, 11, 22));
    content.setExternalCustomers(true);

    Risk queue = risk(RiskKind.FINANCIAL, "Queue builds up at the till", 4, 4);
    queue.setDecision(Decision.ACT);
    Action till = new Action();
    till.setDescription("Fit a second till");
    till.setOwner("Sam");
    till.setDue(LocalDate.of(2026, 12, 1));
    till.setStatus(ActionStatus.DONE);
    queue.getActions().add(till);
    queue.setResidualProbability(2);
    queue.setResidualConsequence(2);
    queue.setReview("Queues now clear within five minutes.");
    queue.setConsequenceFinance("Customers walk out without paying for what they hold.");
    queue.setJustification("It happens most Saturdays.");
    Risk spill = risk(RiskKind.HEALTH_AND_SAFETY, "Spilled coffee on the floor", 2, 3);
    spill.setDecision(Decision.TOLERATE);
    spill.setTolerateReason("Staff mop up at once; a sign is always to hand.");
    Risk other = risk(RiskKind.OTHER, null, null, 5);
    other.setOtherKind("Power cut");

    AssessmentContent.Consultee manager = new AssessmentContent.Consultee();
    manager.setName("Jo Manager");
    manager.setGroup(ConsulteeGroup.SUPERVISORS_OR_MANAGERS);
    manager.setContribution("Agreed the second till.");
    content.getConsultees().add(manager);
    AssessmentContent.Swot swot = new AssessmentContent.Swot();
    swot.setThreats("A new café opening next door.");
    content.setSwot(swot);
    AssessmentContent.CostBenefit till2 = new AssessmentContent.CostBenefit();
    till2.setMeasure("Second till");
    till2.setOneOffCost(new BigDecimal("850.00"));
    content.getCostBenefits().add(till2);

    Stage greet = stage("Greeting", true, queue);
    greet.getNoneFound().put(RiskKind.REPUTATIONAL.name(), "Staff are trained to greet everyone.");
    content.getStages().add(greet);
    content.getStages().add(stage("Serving", false, spill, other));
    content.normalise().assignIds();
    content.rate();
    swot.getRiskIds().add(queue.getId());
    till2.setRiskId(queue.getId());
    assertEquals(16, queue.getScore());
    return content;
  }

  private static Stage stage(String name, boolean momentOfTruth, Risk... risks) {
    Stage stage = new Stage();
    stage.setName(name);
    stage.setMomentOfTruth(momentOfTruth);
    stage.getRisks().addAll(List.of(risks));
    return stage;
  }

  private static Risk risk(
      RiskKind kind, String description, Integer probability, Integer consequence) {
    Risk risk = new Risk();
    risk.setKind(kind);
    risk.setDescription(description);
    risk.setProbability(probability);
    risk.setConsequence(consequence);
    return risk;
  }
}
