package io.riskwise.portfolio.control;

import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.EvidenceMapping;
import io.riskwise.portfolio.entity.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of the part of a risk assessment a claim points to ("risk:r5", "stage:s2",
 * "consultation", ...), read from the version the assessor judges, so they see what is claimed in
 * place instead of hunting for it in the whole document.
 *
 * @param heading what the part is, e.g. "Risk at stage 2 (Arrival): Queue blocks the fire exit"
 * @param lines the part's content, one statement a line; empty for the whole assessment
 */
public record PartExcerpt(String heading, List<String> lines) {

  /** The part in this content, or empty when the version has no such part. */
  public static Optional<PartExcerpt> of(AssessmentContent content, String part) {
    if (part == null || EvidenceMapping.WHOLE.equals(part)) {
      return Optional.of(new PartExcerpt("The whole assessment (shown above)", List.of()));
    }
    if (part.startsWith("stage:")) {
      return stage(content, part.substring(6));
    }
    if (part.startsWith("risk:")) {
      return content.risk(part.substring(5)).map(risk -> risk(content, risk));
    }
    return switch (part) {
      case "consultation" -> Optional.of(consultation(content));
      case "customers-told" ->
          Optional.of(section("How customers were told", content.getCustomersTold()));
      case "staff-awareness" ->
          Optional.of(section("How staff awareness was raised", content.getStaffAwareness()));
      case "swot" -> Optional.of(swot(content));
      case "pestle" -> Optional.of(pestle(content));
      case "cost-benefit" -> Optional.of(costBenefit(content));
      default -> Optional.empty();
    };
  }

  private static Optional<PartExcerpt> stage(AssessmentContent content, String id) {
    List<AssessmentContent.Stage> stages = content.getStages();
    for (int i = 0; i < stages.size(); i++) {
      AssessmentContent.Stage stage = stages.get(i);
      if (id.equals(stage.getId())) {
        List<String> lines = new ArrayList<>();
        add(lines, null, stage.getDescription());
        if (stage.isMomentOfTruth()) {
          lines.add("A moment of truth.");
        }
        stage.getRisks().forEach(r -> lines.add(kindOf(r) + " risk: " + r.name()));
        return Optional.of(new PartExcerpt("Stage " + (i + 1) + ": " + name(stage), lines));
      }
    }
    return Optional.empty();
  }

  private static PartExcerpt risk(AssessmentContent content, AssessmentContent.Risk risk) {
    List<String> lines = new ArrayList<>();
    add(lines, null, risk.getDescription());
    if (risk.getScore() != null) {
      lines.add(
          "Probability "
              + risk.getProbability()
              + " × consequence "
              + risk.getConsequence()
              + " = "
              + risk.getScore()
              + (risk.getBand() == null ? "" : " (" + risk.getBand().label() + ")"));
    }
    add(lines, "Finance", risk.getConsequenceFinance());
    add(lines, "Reputation", risk.getConsequenceReputation());
    add(lines, "Health and safety", risk.getConsequenceHealthAndSafety());
    add(lines, "Why", risk.getJustification());
    if (risk.getDecision() != null) {
      lines.add(
          "Decision: "
              + risk.getDecision().getLabel()
              + (Text.present(risk.getTolerateReason()) ? ": " + risk.getTolerateReason() : ""));
    }
    for (AssessmentContent.Action action : risk.getActions()) {
      lines.add(
          "Action: "
              + action.getDescription()
              + (Text.present(action.getOwner()) ? " (" + action.getOwner() : " (no owner")
              + (action.getStatus() == null ? ")" : ", " + action.getStatus().getLabel() + ")"));
    }
    if (risk.getResidualScore() != null) {
      lines.add(
          "Residual rating "
              + risk.getResidualScore()
              + (risk.getResidualBand() == null
                  ? ""
                  : " (" + risk.getResidualBand().label() + ")"));
    }
    add(lines, "Review", risk.getReview());
    String where =
        content
            .stageOf(risk)
            .map(s -> " at stage " + (content.getStages().indexOf(s) + 1) + " (" + name(s) + ")")
            .orElse("");
    return new PartExcerpt(kindOf(risk) + " risk" + where + ": " + risk.name(), lines);
  }

  private static PartExcerpt consultation(AssessmentContent content) {
    List<String> lines = new ArrayList<>();
    for (AssessmentContent.Consultee c : content.getConsultees()) {
      lines.add(
          c.getName()
              + (c.getGroup() == null ? "" : " (" + c.getGroup().getLabel() + ")")
              + (Text.present(c.getContribution()) ? ": " + c.getContribution() : ""));
    }
    if (lines.isEmpty()) {
      lines.add("Nobody recorded as consulted.");
    }
    return new PartExcerpt("Who was consulted", lines);
  }

  private static PartExcerpt section(String heading, String text) {
    return new PartExcerpt(heading, List.of(Text.present(text) ? text.strip() : "Not written."));
  }

  private static PartExcerpt swot(AssessmentContent content) {
    List<String> lines = new ArrayList<>();
    AssessmentContent.Swot swot = content.getSwot();
    if (swot != null) {
      add(lines, "Strengths", swot.getStrengths());
      add(lines, "Weaknesses", swot.getWeaknesses());
      add(lines, "Opportunities", swot.getOpportunities());
      add(lines, "Threats", swot.getThreats());
    }
    return new PartExcerpt("SWOT analysis", orNotWritten(lines));
  }

  private static PartExcerpt pestle(AssessmentContent content) {
    List<String> lines = new ArrayList<>();
    AssessmentContent.Pestle pestle = content.getPestle();
    if (pestle != null) {
      add(lines, "Political", pestle.getPolitical());
      add(lines, "Economic", pestle.getEconomic());
      add(lines, "Social", pestle.getSocial());
      add(lines, "Technological", pestle.getTechnological());
      add(lines, "Legal", pestle.getLegal());
      add(lines, "Environmental", pestle.getEnvironmental());
    }
    return new PartExcerpt("PESTLE analysis", orNotWritten(lines));
  }

  private static PartExcerpt costBenefit(AssessmentContent content) {
    List<String> lines = new ArrayList<>();
    for (AssessmentContent.CostBenefit cb : content.getCostBenefits()) {
      lines.add(
          (Text.present(cb.getMeasure()) ? cb.getMeasure() : "A measure")
              + (Text.present(cb.getConclusion()) ? ": " + cb.getConclusion() : ""));
    }
    return new PartExcerpt("Cost / benefit analysis", orNotWritten(lines));
  }

  private static List<String> orNotWritten(List<String> lines) {
    return lines.isEmpty() ? List.of("Not written.") : lines;
  }

  private static void add(List<String> lines, String label, String text) {
    if (Text.present(text)) {
      lines.add(label == null ? text.strip() : label + ": " + text.strip());
    }
  }

  private static String name(AssessmentContent.Stage stage) {
    return Text.present(stage.getName()) ? stage.getName() : "unnamed";
  }

  private static String kindOf(AssessmentContent.Risk risk) {
    if (risk.getKind() == null) {
      return "A";
    }
    return Text.present(risk.getOtherKind()) ? risk.getOtherKind() : risk.getKind().label();
  }
}
