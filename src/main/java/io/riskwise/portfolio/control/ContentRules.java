package io.riskwise.portfolio.control;

import io.riskwise.platform.rest.Problem.FieldError;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Action;
import io.riskwise.portfolio.entity.AssessmentContent.Consultee;
import io.riskwise.portfolio.entity.AssessmentContent.CostBenefit;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.rating.Matrix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a draft may never hold, however unfinished: levels off the matrix, links to risks that do
 * not exist, repeated ids, negative money, and sizes beyond any real assessment. A draft breaking
 * one is refused whole, field by field; an incomplete draft is fine (that is the readiness check's
 * business).
 */
public class ContentRules {
  static final int MAX_TEXT = 5000;
  static final int MAX_SHORT = 200;
  static final int MAX_STAGES = 40;
  static final int MAX_RISKS = 300;
  static final int MAX_ITEMS = 40;

  private final List<FieldError> errors = new ArrayList<>();

  public static List<FieldError> problems(AssessmentContent content) {
    ContentRules rules = new ContentRules();
    rules.check(content);
    return List.copyOf(rules.errors);
  }

  private void check(AssessmentContent c) {
    shortText("title", c.getTitle());
    shortText("organisation", c.getOrganisation());
    shortText("role", c.getRole());
    shortText("area", c.getArea());
    text("customers", c.getCustomers());
    text("customersTold", c.getCustomersTold());
    text("staffAwareness", c.getStaffAwareness());
    shortText("customersToldWho", c.getCustomersToldWho());
    shortText("staffToldWho", c.getStaffToldWho());
    count("stages", c.getStages(), MAX_STAGES);
    count("consultees", c.getConsultees(), MAX_ITEMS);
    count("costBenefits", c.getCostBenefits(), MAX_ITEMS);
    if (c.risks().size() > MAX_RISKS) {
      error("stages", "An assessment holds at most " + MAX_RISKS + " risks.");
    }
    Set<String> ids = new HashSet<>();
    Matrix matrix = c.getMatrix();
    for (int s = 0; s < c.getStages().size(); s++) {
      Stage stage = c.getStages().get(s);
      String at = "stages[" + s + "]";
      uniqueId(ids, at, stage.getId());
      shortText(at + ".name", stage.getName());
      text(at + ".description", stage.getDescription());
      stage.getNoneFound().forEach((kind, reason) -> noneFound(at, kind, reason));
      count(at + ".risks", stage.getRisks(), MAX_ITEMS);
      for (int r = 0; r < stage.getRisks().size(); r++) {
        risk(at + ".risks[" + r + "]", stage.getRisks().get(r), ids, matrix);
      }
    }
    for (int i = 0; i < c.getConsultees().size(); i++) {
      Consultee consultee = c.getConsultees().get(i);
      shortText("consultees[" + i + "].name", consultee.getName());
      text("consultees[" + i + "].contribution", consultee.getContribution());
    }
    Set<String> riskIds = new HashSet<>();
    c.risks().forEach(r -> riskIds.add(r.getId()));
    for (int i = 0; i < c.getConsultees().size(); i++) {
      links("consultees[" + i + "].riskIds", c.getConsultees().get(i).getRiskIds(), riskIds);
    }
    if (c.getSwot() != null) {
      links("swot.riskIds", c.getSwot().getRiskIds(), riskIds);
      for (String part :
          new String[] {
            c.getSwot().getStrengths(),
            c.getSwot().getWeaknesses(),
            c.getSwot().getOpportunities(),
            c.getSwot().getThreats()
          }) {
        text("swot", part);
      }
    }
    if (c.getPestle() != null) {
      links("pestle.riskIds", c.getPestle().getRiskIds(), riskIds);
      var p = c.getPestle();
      for (String part :
          new String[] {
            p.getPolitical(),
            p.getEconomic(),
            p.getSocial(),
            p.getTechnological(),
            p.getLegal(),
            p.getEnvironmental()
          }) {
        text("pestle", part);
      }
    }
    for (int i = 0; i < c.getCostBenefits().size(); i++) {
      costBenefit("costBenefits[" + i + "]", c.getCostBenefits().get(i), riskIds);
    }
  }

  private void risk(String at, Risk risk, Set<String> ids, Matrix matrix) {
    uniqueId(ids, at, risk.getId());
    if (risk.getKind() == null) {
      error(at + ".kind", "Choose the kind of risk.");
    }
    shortText(at + ".otherKind", risk.getOtherKind());
    text(at + ".description", risk.getDescription());
    level(at + ".probability", risk.getProbability(), matrix);
    level(at + ".consequence", risk.getConsequence(), matrix);
    level(at + ".residualProbability", risk.getResidualProbability(), matrix);
    level(at + ".residualConsequence", risk.getResidualConsequence(), matrix);
    text(at + ".consequenceFinance", risk.getConsequenceFinance());
    text(at + ".consequenceReputation", risk.getConsequenceReputation());
    text(at + ".consequenceHealthAndSafety", risk.getConsequenceHealthAndSafety());
    text(at + ".justification", risk.getJustification());
    text(at + ".tolerateReason", risk.getTolerateReason());
    shortText(at + ".toleranceAgreedBy", risk.getToleranceAgreedBy());
    text(at + ".review", risk.getReview());
    count(at + ".actions", risk.getActions(), MAX_ITEMS);
    for (int a = 0; a < risk.getActions().size(); a++) {
      Action action = risk.getActions().get(a);
      text(at + ".actions[" + a + "].description", action.getDescription());
      shortText(at + ".actions[" + a + "].owner", action.getOwner());
    }
  }

  private void noneFound(String at, String kind, String reason) {
    boolean known = RiskKind.REQUIRED.stream().anyMatch(k -> k.name().equals(kind));
    if (!known) {
      error(at + ".noneFound", "\"" + kind + "\" is not a kind of risk every stage considers.");
    }
    text(at + ".noneFound." + kind, reason);
  }

  private void costBenefit(String at, CostBenefit cb, Set<String> riskIds) {
    if (cb.getRiskId() != null && !riskIds.contains(cb.getRiskId())) {
      error(at + ".riskId", "There is no risk " + cb.getRiskId() + " in this assessment.");
    }
    shortText(at + ".measure", cb.getMeasure());
    text(at + ".conclusion", cb.getConclusion());
    money(at + ".oneOffCost", cb.getOneOffCost());
    money(at + ".annualCost", cb.getAnnualCost());
    money(at + ".annualBenefit", cb.getAnnualBenefit());
    if (cb.getYears() != null && (cb.getYears() < 1 || cb.getYears() > 50)) {
      error(at + ".years", "The number of years must be from 1 to 50.");
    }
  }

  private void money(String field, BigDecimal amount) {
    if (amount != null
        && (amount.signum() < 0
            || amount.scale() > 2
            || amount.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0)) {
      error(field, "Give an amount in pounds and pence, from 0 to 1,000,000,000.");
    }
  }

  private void links(String field, List<String> linked, Set<String> riskIds) {
    for (String id : linked) {
      if (!riskIds.contains(id)) {
        error(field, "There is no risk " + id + " in this assessment.");
      }
    }
  }

  private void level(String field, Integer level, Matrix matrix) {
    if (level != null && !matrix.isScore(level)) {
      error(field, "Score it from 1 to " + matrix.size() + " on your centre's matrix.");
    }
  }

  private void uniqueId(Set<String> ids, String at, String id) {
    if (id != null && !id.isBlank() && !ids.add(id)) {
      error(at + ".id", "The id " + id + " is used twice.");
    }
    if (id != null && id.length() > 20) {
      error(at + ".id", "An id is at most 20 characters.");
    }
  }

  private void count(String field, List<?> items, int max) {
    if (items.size() > max) {
      error(field, "At most " + max + " here.");
    }
  }

  private void shortText(String field, String value) {
    if (value != null && value.length() > MAX_SHORT) {
      error(field, "Keep this to " + MAX_SHORT + " characters.");
    }
  }

  private void text(String field, String value) {
    if (value != null && value.length() > MAX_TEXT) {
      error(field, "Keep this to " + MAX_TEXT + " characters.");
    }
  }

  private void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
