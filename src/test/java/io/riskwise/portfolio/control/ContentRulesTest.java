package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.platform.rest.Problem.FieldError;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.rating.Matrix;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

  @Test
  void anIncompleteDraftIsFine() {
    AssessmentContent empty = new AssessmentContent();
    empty.setMatrix(Matrix.standard());
    assertEquals(List.of(), ContentRules.problems(empty.normalise()));
    assertEquals(List.of(), ContentRules.problems(ReadinessCheckTest.complete()));
  }

  @Test
  void levelsOffTheAssessmentsMatrixAreRefusedFieldByField() {
    AssessmentContent content = ReadinessCheckTest.complete();
    content.setMatrix(Matrix.standard(3));
    content.getStages().get(1).getRisks().get(0).setProbability(4);
    List<FieldError> problems = ContentRules.problems(content);
    assertEquals(
        new FieldError(
            "stages[1].risks[0].probability", "Score it from 1 to 3 on your centre's matrix."),
        problems.get(0));
  }

  @Test
  void linksToRisksThatDoNotExistAreRefused() {
    AssessmentContent content = ReadinessCheckTest.complete();
    AssessmentContent.Swot swot = new AssessmentContent.Swot();
    swot.getRiskIds().add("r99");
    content.setSwot(swot);
    assertEquals("swot.riskIds", ContentRules.problems(content).get(0).field());
  }

  @Test
  void repeatedIdsNegativeMoneyAndUnknownKindsAreRefused() {
    AssessmentContent content = ReadinessCheckTest.complete();
    content.getStages().get(2).setId("s1");
    AssessmentContent.CostBenefit cb = new AssessmentContent.CostBenefit();
    cb.setOneOffCost(new BigDecimal("-5"));
    cb.setYears(0);
    content.getCostBenefits().add(cb);
    content.getStages().get(0).getNoneFound().put("WEATHER", "none");
    List<String> fields = ContentRules.problems(content).stream().map(FieldError::field).toList();
    assertTrue(
        fields.containsAll(
            List.of(
                "stages[2].id",
                "costBenefits[0].oneOffCost",
                "costBenefits[0].years",
                "stages[0].noneFound")),
        fields.toString());
  }

  @Test
  void overlongTextIsRefused() {
    AssessmentContent content = ReadinessCheckTest.complete();
    content.setStaffAwareness("x".repeat(5001));
    assertEquals(
        List.of(new FieldError("staffAwareness", "Keep this to 5000 characters.")),
        ContentRules.problems(content));
  }
}
