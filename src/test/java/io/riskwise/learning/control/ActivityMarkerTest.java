package io.riskwise.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.CostBenefitCase;
import io.riskwise.platform.rest.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Marking each kind of activity against its model answer. */
class ActivityMarkerTest {
  final ActivityMarker marker = new ActivityMarker();

  static final Activity.Matrix MATRIX =
      new Activity.Matrix(
          "m",
          "Rate",
          "Rate them.",
          "A hotel.",
          List.of(
              new Activity.Risk("floor", "Wet floor.", 3, 4, "Falls hurt."),
              new Activity.Risk("card", "Card machine fails.", 2, 2, "Annoying, not serious.")));

  @Test
  void matrixRatingsInTheModelBandScore() {
    JsonObject input =
        json(
            "{'ratings': [{'risk': 'floor', 'probability': 2, 'consequence': 4}, {'risk': 'card', 'probability': 4, 'consequence': 4}]}");
    ActivityMarker.Result result = marker.mark(MATRIX, input, 80);
    assertEquals(1, result.score(), "2 x 4 = 8 is medium like 12; 16 is high, unlike 4");
    assertEquals(2, result.maxScore());
    assertTrue(result.feedback().get(1).contains("4 x 4 = 16 (High)"), result.feedback().get(1));
  }

  @Test
  void aRatingOfSixIsLowAsOnThePortfolioMatrix() {
    JsonObject input =
        json(
            "{'ratings': [{'risk': 'floor', 'probability': 3, 'consequence': 4}, {'risk': 'card', 'probability': 2, 'consequence': 3}]}");
    ActivityMarker.Result result = marker.mark(MATRIX, input, 80);
    assertEquals(2, result.score(), "2 x 3 = 6 is low, like the model's 2 x 2 = 4");
    assertTrue(result.feedback().get(1).contains("2 x 3 = 6 (Low)"), result.feedback().get(1));
    assertTrue(result.feedback().get(1).contains("Same band."), result.feedback().get(1));
  }

  @Test
  void matrixNeedsEveryRiskRatedFromOneToFive() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                marker.mark(
                    MATRIX,
                    json("{'ratings': [{'risk': 'floor', 'probability': 6, 'consequence': 4}]}"),
                    80));
    assertEquals(
        List.of("ratings[0].probability", "ratings"),
        refused.errors().stream().map(e -> e.field()).toList());
  }

  static final Activity.ProcessOrder PROCESS =
      new Activity.ProcessOrder(
          "p",
          "Order",
          "Order them.",
          List.of(
              new Activity.Stage("greet", "Greet", true, "First impression."),
              new Activity.Stage("pay", "Pay", false, "Routine."),
              new Activity.Stage("goodbye", "Goodbye", true, "Last impression.")),
          "Greet, pay, say goodbye.");

  @Test
  void processOrderScoresPlacesAndMomentsOfTruth() {
    ActivityMarker.Result result =
        marker.mark(
            PROCESS,
            json("{'order': ['greet', 'goodbye', 'pay'], 'momentsOfTruth': ['greet', 'pay']}"),
            80);
    assertEquals(6, result.maxScore());
    assertEquals(
        2,
        result.score(),
        "greet placed and marked; pay not placed, wrongly marked; goodbye not placed, wrongly unmarked");
    assertEquals("Greet, pay, say goodbye.", result.feedback().get(3));
  }

  @Test
  void processOrderNeedsEveryStageOnce() {
    assertThrows(
        InvalidInputException.class,
        () ->
            marker.mark(
                PROCESS, json("{'order': ['greet', 'greet', 'pay'], 'momentsOfTruth': []}"), 80));
  }

  static final Activity.SwotPestle SWOT =
      new Activity.SwotPestle(
          "s",
          "Analyse",
          "Analyse it.",
          "A travel agency.",
          model(),
          new Activity.RegisterEntry("New rules", "Fines", 3, 5, "Manager", "Train staff"));

  @Test
  void swotPestleScoresFilledHeadingsAndARegisterEntryFromTheAnalysis() {
    String input =
        "{'swot': {'strengths': ['Loyal customers'], 'weaknesses': ['Old website'], 'opportunities': ['Tours'],"
            + " 'threats': ['Online rivals']}, 'pestle': {'political': ['Travel advice'], 'economic': ['Rising costs'],"
            + " 'social': [], 'technological': ['Apps'], 'legal': ['Package rules'], 'environmental': ['Flight taxes']},"
            + " 'register': {'threat': 'online rivals', 'risk': 'Fewer bookings', 'probability': 4, 'consequence': 3,"
            + " 'owner': 'Owner', 'action': 'Improve the website'}}";
    ActivityMarker.Result result = marker.mark(SWOT, json(input), 80);
    assertEquals(11, result.maxScore());
    assertEquals(
        10, result.score(), "every heading but social, and the threat comes from the analysis");
    assertTrue(result.feedback().stream().anyMatch(f -> f.contains("rated 4 x 3 = 12 (Medium)")));
  }

  @Test
  void swotPestleNeedsACompleteRegisterEntry() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                marker.mark(
                    SWOT,
                    json(
                        "{'swot': {}, 'pestle': {}, 'register': {'threat': 'x', 'probability': 0}}"),
                    80));
    assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals("register.owner")));
    assertTrue(refused.errors().stream().anyMatch(e -> e.field().equals("register.probability")));
  }

  @Test
  void costBenefitWorksOutTheFiguresAndMarksTheApprenticesOwn() {
    Activity.CostBenefit costs = contactCentre();
    ActivityMarker.Result result =
        marker.mark(
            costs,
            json(
                "{'oneOffCost': 1000, 'annualCost': 0, 'annualBenefit': 500, 'years': 3, 'discountRatePercent': 10, 'paybackYears': 2, 'npv': 250}"),
            80);
    assertEquals(1, result.score());
    assertEquals(2, result.maxScore());
    assertTrue(
        result.feedback().contains("Net present value at 10%: £243.43."),
        result.feedback().toString());
    assertEquals(
        "Worked answer.",
        result.feedback().get(result.feedback().size() - 1),
        "the case's own figures");
  }

  @Test
  void costBenefitAnswersWithinTheStatedRoundingAreRight() {
    Activity.CostBenefit costs = contactCentre();
    String figures =
        "'oneOffCost': 1000, 'annualCost': 0, 'annualBenefit': 500, 'years': 3,"
            + " 'discountRatePercent': 10";
    ActivityMarker.Result close =
        marker.mark(
            costs,
            json("{" + figures + ", 'npv': 243.49, 'paybackYears': 2.04, 'netBenefit': 501}"),
            80);
    assertEquals(3, close.score(), close.feedback().toString());
    assertTrue(close.feedback().contains(ActivityMarker.TOLERANCE));
    ActivityMarker.Result far =
        marker.mark(
            costs,
            json("{" + figures + ", 'npv': 244.50, 'paybackYears': 2.06, 'netBenefit': 498.99}"),
            80);
    assertEquals(0, far.score(), far.feedback().toString());
  }

  @Test
  void aCostBenefitAnswerThatIsNotANumberIsRefusedByName() {
    Activity.CostBenefit costs = contactCentre();
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                marker.mark(
                    costs,
                    json(
                        "{'oneOffCost': 'lots', 'annualCost': 0, 'annualBenefit': 500, 'years': 3,"
                            + " 'discountRatePercent': 10, 'npv': 'about 240'}"),
                    80));
    List<String> messages = refused.errors().stream().map(e -> e.message()).toList();
    assertTrue(
        messages.contains("One-off cost: give a number from 0 to 100000000."), messages.toString());
  }

  /** £1,000 once, £500 a year for 3 years at 10 %: payback 2 years, NPV £243.43. */
  private static Activity.CostBenefit contactCentre() {
    return new Activity.CostBenefit(
        "c",
        "Costs",
        "Work it out.",
        "A contact centre.",
        new CostBenefitCase(
            new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("500"), 3, BigDecimal.TEN),
        "Worked answer.");
  }

  private static Map<String, List<String>> model() {
    Map<String, List<String>> model = new LinkedHashMap<>();
    for (String heading : Activity.SwotPestle.headings()) {
      model.put(heading, List.of("model " + heading));
    }
    return model;
  }

  private static JsonObject json(String singleQuoted) {
    return Json.createReader(new java.io.StringReader(singleQuoted.replace('\'', '"')))
        .readObject();
  }
}
