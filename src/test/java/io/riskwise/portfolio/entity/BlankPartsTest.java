package io.riskwise.portfolio.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.portfolio.entity.AssessmentContent.Action;
import io.riskwise.portfolio.entity.AssessmentContent.Consultee;
import io.riskwise.portfolio.entity.AssessmentContent.CostBenefit;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.rating.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlankPartsTest {

  @Test
  void whatWasAddedAndNeverFilledInIsLeftOutAndNamed() {
    AssessmentContent content = new AssessmentContent();
    Stage named = new Stage();
    named.setName("Booking");
    Risk described = new Risk();
    described.setKind(RiskKind.FINANCIAL);
    described.setDescription("Card declined");
    Action planned = new Action();
    planned.setStatus(ActionStatus.PLANNED);
    described.getActions().add(planned);
    Risk justAdded = new Risk();
    justAdded.setKind(RiskKind.FINANCIAL);
    named.getRisks().addAll(List.of(described, justAdded));
    content.getStages().addAll(List.of(named, new Stage()));
    content.getConsultees().add(new Consultee());
    content.getCostBenefits().add(new CostBenefit());

    List<String> dropped = content.dropBlankParts();

    assertEquals(
        List.of(
            "a blank action of risk 1 at stage 1",
            "risk 2 at stage 1",
            "stage 2",
            "person consulted 1",
            "cost / benefit 1"),
        dropped);
    assertEquals(1, content.getStages().size());
    assertEquals(List.of(described), named.getRisks());
    assertTrue(described.getActions().isEmpty());
    assertTrue(content.getConsultees().isEmpty());
    assertTrue(content.getCostBenefits().isEmpty());
  }

  @Test
  void blanknessIsNotPartOfTheDocument() {
    AssessmentContent content = new AssessmentContent();
    content.setMatrix(Matrix.standard());
    Stage stage = new Stage();
    stage.setName("Booking");
    Risk risk = new Risk();
    risk.setDescription("Card declined");
    risk.getActions().add(new Action());
    stage.getRisks().add(risk);
    content.getStages().add(stage);
    content.getConsultees().add(new Consultee());
    content.getCostBenefits().add(new CostBenefit());
    String json = io.riskwise.portfolio.control.Documents.write(content);
    assertFalse(json.contains("blank"), json);
  }

  @Test
  void anythingWrittenOrChosenKeepsAPart() {
    Risk rated = new Risk();
    rated.setProbability(3);
    assertFalse(rated.isBlank());
    Stage momentOnly = new Stage();
    momentOnly.setMomentOfTruth(true);
    assertFalse(momentOnly.isBlank());
    Stage reasonOnly = new Stage();
    reasonOnly.getNoneFound().put("FINANCIAL", "No money changes hands here.");
    assertFalse(reasonOnly.isBlank());
    Consultee grouped = new Consultee();
    grouped.setGroup(ConsulteeGroup.COLLEAGUES);
    assertFalse(grouped.isBlank());
    Action owned = new Action();
    owned.setOwner("Duty manager");
    assertFalse(owned.isBlank());
    Stage whitespace = new Stage();
    whitespace.setName("   ");
    assertTrue(whitespace.isBlank(), "spaces are not writing");
  }
}
