package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.portfolio.control.EditorOutline.Section;
import io.riskwise.portfolio.control.EditorOutline.State;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentContent.Risk;
import io.riskwise.portfolio.entity.AssessmentContent.Stage;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.rating.Matrix;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EditorOutlineTest {

  static Map<String, State> states(AssessmentContent content) {
    return EditorOutline.sections(
            content, new ReadinessCheck().check(content, ReadinessCheckTest.ANOTHER_DAY))
        .stream()
        .collect(Collectors.toMap(Section::id, Section::state));
  }

  @Test
  void anEmptyDraftHasNothingStartedAndTheOptionalPartsSaySo() {
    AssessmentContent empty = new AssessmentContent();
    empty.setMatrix(Matrix.standard());
    Map<String, State> states = states(empty);
    assertEquals(State.EMPTY, states.get("sec-about"));
    assertEquals(State.EMPTY, states.get("sec-process"));
    assertEquals(State.EMPTY, states.get("sec-risks"));
    assertEquals(State.OPTIONAL, states.get("sec-analysis"));
    assertEquals(State.GAPS, states.get("sec-check"));
  }

  @Test
  void aCompleteDraftIsCompleteExceptWhatItLeavesOut() {
    AssessmentContent content = ReadinessCheckTest.complete();
    Map<String, State> states = states(content);
    assertEquals(State.IN_PROGRESS, states.get("sec-about"), "only its date is filled in");
    for (String section : List.of("sec-process", "sec-risks", "sec-actions", "sec-people")) {
      assertEquals(State.COMPLETE, states.get(section), section);
    }
    assertEquals(State.COMPLETE, states.get("sec-check"));

    content.setStaffAwareness(" ");
    assertEquals(State.GAPS, states(content).get("sec-people"));
    ReadinessCheckTest.queue(content).setReview(null);
    assertEquals(State.GAPS, states(content).get("sec-actions"));
    assertEquals(State.COMPLETE, states(content).get("sec-risks"));
  }

  @Test
  void aGapLinksToWhereItIsPutRight() {
    assertEquals("act-r2", EditorOutline.anchorOf("C6.MP3", "risk-r2"));
    assertEquals("risk-r2", EditorOutline.anchorOf("C6.ER6a", "risk-r2"));
    assertEquals("risks-stage-s3", EditorOutline.anchorOf("INSCS027.PC2", "stage-s3"));
    assertEquals("sec-process", EditorOutline.anchorOf("C6.MP1", "stages"));
    assertEquals("sec-actions", EditorOutline.anchorOf("C6.ER8", "stages"));
    assertEquals("customers-told", EditorOutline.anchorOf("INSCS027.PC6", "customers-told"));
  }

  @Test
  void aStagePlaceOfTheProcessLinksToTheStageItself() {
    assertEquals("stage-s2", EditorOutline.anchorOf("C6.MP1", "stage-s2"));
    assertEquals("risks-stage-s2", EditorOutline.anchorOf("INSCS027.PC5", "stage-s2"));
    assertEquals("act-r4", EditorOutline.anchorOf("C6.MP4", "risk-r4"));
    assertEquals("consultation", EditorOutline.anchorOf("C6.ER7", "consultation"));
    assertEquals("staff-awareness", EditorOutline.anchorOf("INSCS027.PC7", "staff-awareness"));
  }

  @Test
  void aThinRequirementCountsAsAGapInItsSection() {
    AssessmentContent content = ReadinessCheckTest.complete();
    ReadinessCheck.Readiness all =
        new ReadinessCheck().check(content, ReadinessCheckTest.ANOTHER_DAY);
    ReadinessCheck.Readiness oneThin =
        new ReadinessCheck.Readiness(
            false,
            all.checks().stream()
                .map(
                    c ->
                        c.requirement().equals("C6.ER7")
                            ? new ReadinessCheck.Check(
                                c.requirement(),
                                false,
                                "Say what each person contributed.",
                                "consultation",
                                ReadinessCheck.Verdict.THIN,
                                List.of(
                                    new ReadinessCheck.Place(
                                        "consultation",
                                        "Person 1: x",
                                        ReadinessCheck.Verdict.THIN,
                                        "Give their name.")),
                                null)
                            : c)
                .toList(),
            all.occasions());
    Map<String, State> states =
        EditorOutline.sections(content, oneThin).stream()
            .collect(Collectors.toMap(Section::id, Section::state));
    assertEquals(State.GAPS, states.get("sec-people"), "thin is a gap");
    assertEquals(State.GAPS, states.get("sec-check"));
    assertEquals(State.COMPLETE, states.get("sec-risks"));
  }

  @Test
  void eachMappablePartHasItsPlaceInTheEditor() {
    assertEquals("risk-r3", EditorOutline.anchorOfPart("risk:r3"));
    assertEquals("stage-s1", EditorOutline.anchorOfPart("stage:s1"));
    assertEquals("customers-told", EditorOutline.anchorOfPart("customers-told"));
    assertEquals("sec-analysis", EditorOutline.anchorOfPart("pestle"));
    assertEquals("mappings", EditorOutline.anchorOfPart("whole"));
  }

  @Test
  void summariesNameKindRatingAndBand() {
    Risk risk = ReadinessCheckTest.risk(RiskKind.SUB_STANDARD, "Queue at the desk", 4, 3);
    AssessmentContent content = new AssessmentContent();
    content.setMatrix(Matrix.standard());
    Stage stage = new Stage();
    stage.setName("Arrival");
    stage.setMomentOfTruth(true);
    stage.getRisks().add(risk);
    stage.getRisks().add(new Risk());
    content.getStages().add(stage);
    content.rate();
    assertEquals(
        "Risk 2: Queue at the desk · Sub-standard service or product · 12 Medium",
        EditorOutline.riskSummary(risk, 1));
    assertEquals(
        "Stage 1: Arrival · moment of truth · 1 risk", EditorOutline.stageSummary(stage, 0));
    assertEquals(
        "Risk 1: an unnamed risk · kind not chosen · not rated yet",
        EditorOutline.riskSummary(new Risk(), 0));
  }
}
