package io.riskwise.learning.control;

import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.CostBenefitCase;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.rating.Matrix;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks an activity against its model answer and explains each point. Input that does not fit the
 * activity is refused field by field ({@link InvalidInputException}), never half-marked.
 */
public class ActivityMarker {
  /** The matrix the lessons teach: the default 5 x 5, as apprentices then use it. */
  private static final Matrix MATRIX = Matrix.standard();

  static final int MAX_ITEM = 300;
  static final int MAX_ITEMS = 10;
  private static final Map<String, String> LABELS =
      Map.of(
          "paybackYears",
          "payback period",
          "netBenefit",
          "net benefit",
          "npv",
          "net present value");

  /** The cost / benefit fields as the page names them, for messages about them. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "oneOffCost", "One-off cost",
          "annualCost", "Cost each year",
          "annualBenefit", "Benefit each year",
          "years", "Years",
          "discountRatePercent", "Discount rate",
          "paybackYears", "Payback period",
          "netBenefit", "Net benefit",
          "npv", "Net present value");

  /**
   * How far an answer may be from the exact figure and still be right, so that rounding to the
   * penny (or the month) as you go is not marked wrong: £1 for money, 0.05 of a year for payback.
   */
  public static final String TOLERANCE =
      "Answers within £1 of the exact figure (0.05 of a year for the payback period) count as"
          + " right, so rounding as you go is fine.";

  private static final BigDecimal MONEY_TOLERANCE = BigDecimal.ONE;
  private static final BigDecimal YEARS_TOLERANCE = new BigDecimal("0.05");

  /** The outcome of an activity attempt. */
  public record Result(
      int score, int maxScore, int percent, boolean passed, List<String> feedback) {
    static Result of(int score, int max, int passMark, List<String> feedback) {
      int percent = max == 0 ? 100 : Math.round(100f * score / max);
      return new Result(score, max, percent, percent >= passMark, List.copyOf(feedback));
    }
  }

  public Result mark(Activity activity, JsonObject input, int passMark) {
    Errors errors = new Errors();
    Result result;
    if (activity instanceof Activity.Matrix matrix) {
      result = matrix(matrix, input, passMark, errors);
    } else if (activity instanceof Activity.ProcessOrder process) {
      result = process(process, input, passMark, errors);
    } else if (activity instanceof Activity.SwotPestle swot) {
      result = swotPestle(swot, input, passMark, errors);
    } else {
      result = costBenefit((Activity.CostBenefit) activity, input, passMark, errors);
    }
    errors.throwIfAny();
    return result;
  }

  private static Result matrix(
      Activity.Matrix matrix, JsonObject input, int passMark, Errors errors) {
    Map<String, int[]> given = new LinkedHashMap<>();
    JsonArray ratings = errors.array(input, "ratings");
    for (int i = 0; ratings != null && i < ratings.size(); i++) {
      String field = "ratings[" + i + "]";
      JsonObject rating = errors.object(ratings.get(i), field);
      if (rating == null) {
        continue;
      }
      String risk = errors.text(rating, "risk", field + ".risk");
      int probability = errors.score(rating, "probability", field + ".probability");
      int consequence = errors.score(rating, "consequence", field + ".consequence");
      if (risk != null && given.put(risk, new int[] {probability, consequence}) != null) {
        errors.add(field + ".risk", "Risk " + risk + " is rated twice.");
      }
    }
    Set<String> expected = new HashSet<>();
    matrix.risks().forEach(r -> expected.add(r.id()));
    if (ratings != null && !given.keySet().equals(expected)) {
      errors.add(
          "ratings", "Rate every risk of the scenario once: " + String.join(", ", expected) + ".");
    }
    if (errors.any()) {
      return null;
    }
    int score = 0;
    List<String> feedback = new ArrayList<>();
    for (Activity.Risk risk : matrix.risks()) {
      int[] mine = given.get(risk.id());
      int myRating = MATRIX.rate(mine[0], mine[1]).score();
      int modelRating = MATRIX.rate(risk.probability(), risk.consequence()).score();
      boolean sameBand = MATRIX.band(myRating) == MATRIX.band(modelRating);
      if (sameBand) {
        score++;
      }
      feedback.add(
          risk.description()
              + ": you rated "
              + mine[0]
              + " x "
              + mine[1]
              + " = "
              + myRating
              + " ("
              + MATRIX.band(myRating).label()
              + "); the model answer is "
              + risk.probability()
              + " x "
              + risk.consequence()
              + " = "
              + modelRating
              + " ("
              + MATRIX.band(modelRating).label()
              + "). "
              + (sameBand ? "Same band. " : "A different band. ")
              + risk.explanation());
    }
    return Result.of(score, matrix.risks().size(), passMark, feedback);
  }

  private static Result process(
      Activity.ProcessOrder process, JsonObject input, int passMark, Errors errors) {
    List<String> order = errors.texts(input, "order");
    List<String> moments = errors.texts(input, "momentsOfTruth");
    Set<String> ids = new HashSet<>();
    process.stages().forEach(s -> ids.add(s.id()));
    if (order != null && (order.size() != ids.size() || !new HashSet<>(order).equals(ids))) {
      errors.add("order", "Put every stage in order, each once.");
    }
    if (moments != null && !ids.containsAll(moments)) {
      errors.add("momentsOfTruth", "Mark only stages of this process.");
    }
    if (errors.any()) {
      return null;
    }
    int score = 0;
    List<String> feedback = new ArrayList<>();
    for (int i = 0; i < process.stages().size(); i++) {
      Activity.Stage stage = process.stages().get(i);
      boolean placed = order.get(i).equals(stage.id());
      boolean marked = moments.contains(stage.id()) == stage.momentOfTruth();
      score += (placed ? 1 : 0) + (marked ? 1 : 0);
      feedback.add(
          "Stage "
              + (i + 1)
              + ", "
              + stage.text()
              + " "
              + (placed
                  ? "You put it in the right place."
                  : "You put " + position(order, stage.id()) + " here.")
              + (stage.momentOfTruth()
                  ? " It is a moment of truth"
                  : " It is not a moment of truth")
              + (marked ? ", as you said. " : ", unlike your answer. ")
              + stage.explanation());
    }
    feedback.add(process.explanation());
    return Result.of(score, process.stages().size() * 2, passMark, feedback);
  }

  private static String position(List<String> order, String stage) {
    return "it at position " + (order.indexOf(stage) + 1) + " instead of";
  }

  private static Result swotPestle(
      Activity.SwotPestle activity, JsonObject input, int passMark, Errors errors) {
    Map<String, List<String>> mine = new LinkedHashMap<>();
    JsonObject swot = errors.object(input.get("swot"), "swot");
    JsonObject pestle = errors.object(input.get("pestle"), "pestle");
    for (String heading : Activity.SwotPestle.SWOT) {
      mine.put(heading, swot == null ? List.of() : errors.items(swot, heading, "swot." + heading));
    }
    for (String heading : Activity.SwotPestle.PESTLE) {
      mine.put(
          heading, pestle == null ? List.of() : errors.items(pestle, heading, "pestle." + heading));
    }
    JsonObject register = errors.object(input.get("register"), "register");
    String threat = null;
    String risk = null;
    String owner = null;
    String action = null;
    int probability = 0;
    int consequence = 0;
    if (register != null) {
      threat = errors.text(register, "threat", "register.threat");
      risk = errors.text(register, "risk", "register.risk");
      owner = errors.text(register, "owner", "register.owner");
      action = errors.text(register, "action", "register.action");
      probability = errors.score(register, "probability", "register.probability");
      consequence = errors.score(register, "consequence", "register.consequence");
    }
    if (errors.any()) {
      return null;
    }
    int score = 0;
    List<String> feedback = new ArrayList<>();
    for (Map.Entry<String, List<String>> heading : mine.entrySet()) {
      boolean filled = !heading.getValue().isEmpty();
      score += filled ? 1 : 0;
      feedback.add(
          capitalise(heading.getKey())
              + ": "
              + (filled ? heading.getValue().size() + " item(s). " : "nothing yet. ")
              + "The model answer includes: "
              + String.join("; ", activity.model().get(heading.getKey()))
              + ".");
    }
    String chosen = threat.toLowerCase(Locale.ROOT);
    boolean fromAnalysis =
        mine.entrySet().stream()
            .filter(
                e ->
                    e.getKey().equals("threats") || Activity.SwotPestle.PESTLE.contains(e.getKey()))
            .flatMap(e -> e.getValue().stream())
            .anyMatch(item -> item.toLowerCase(Locale.ROOT).equals(chosen));
    score += fromAnalysis ? 1 : 0;
    int rating = MATRIX.rate(probability, consequence).score();
    feedback.add(
        "Your register entry: "
            + risk
            + ", rated "
            + probability
            + " x "
            + consequence
            + " = "
            + rating
            + " ("
            + MATRIX.band(rating).label()
            + "), owned by "
            + owner
            + ". "
            + (fromAnalysis
                ? "It comes from a threat in your analysis, as it should."
                : "Pick the threat from your own threats or PESTLE factors, so the register follows from the analysis."));
    Activity.RegisterEntry example = activity.registerExample();
    int exampleRating = MATRIX.rate(example.probability(), example.consequence()).score();
    feedback.add(
        "Model entry: the threat \""
            + example.threat()
            + "\" becomes the risk \""
            + example.risk()
            + "\", rated "
            + example.probability()
            + " x "
            + example.consequence()
            + " = "
            + exampleRating
            + " ("
            + MATRIX.band(exampleRating).label()
            + "), owned by "
            + example.owner()
            + ", action: "
            + example.action());
    return Result.of(score, mine.size() + 1, passMark, feedback);
  }

  private static Result costBenefit(
      Activity.CostBenefit activity, JsonObject input, int passMark, Errors errors) {
    BigDecimal oneOff =
        errors.amount(input, "oneOffCost", BigDecimal.ZERO, new BigDecimal("100000000"));
    BigDecimal annualCost =
        errors.amount(input, "annualCost", BigDecimal.ZERO, new BigDecimal("100000000"));
    BigDecimal annualBenefit =
        errors.amount(input, "annualBenefit", BigDecimal.ZERO, new BigDecimal("100000000"));
    BigDecimal years = errors.amount(input, "years", BigDecimal.ONE, new BigDecimal("50"));
    BigDecimal rate =
        errors.amount(input, "discountRatePercent", BigDecimal.ZERO, new BigDecimal("100"));
    if (years != null && years.stripTrailingZeros().scale() > 0) {
      errors.add("years", "Years: give a whole number of years.");
    }
    if (errors.any()) {
      return null;
    }
    CostBenefitCase figures =
        new CostBenefitCase(oneOff, annualCost, annualBenefit, years.intValue(), rate);
    Map<String, BigDecimal> computed = new LinkedHashMap<>();
    computed.put("paybackYears", figures.paybackYears());
    computed.put("netBenefit", figures.netBenefit());
    computed.put("npv", figures.netPresentValue());
    List<String> feedback = new ArrayList<>();
    feedback.add(
        "Net annual benefit: £" + figures.annualNet() + " (annual benefit less annual cost).");
    feedback.add(
        figures.paybackYears() == null
            ? "Payback: never, because the measure costs as much each year as it saves."
            : "Payback period: "
                + figures.paybackYears()
                + " years (one-off cost ÷ net annual benefit).");
    feedback.add("Net benefit over " + figures.years() + " years: £" + figures.netBenefit() + ".");
    feedback.add(
        "Net present value at "
            + rate.stripTrailingZeros().toPlainString()
            + "%: £"
            + figures.netPresentValue()
            + ".");
    int score = 0;
    int max = 0;
    for (Map.Entry<String, BigDecimal> figure : computed.entrySet()) {
      JsonValue guess = input.get(figure.getKey());
      if (guess == null || guess.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      if (!(guess instanceof JsonNumber number)) {
        errors.add(
            figure.getKey(),
            FIELDS.get(figure.getKey()) + ": give your answer as a number, such as 11,111.02.");
        continue;
      }
      max++;
      BigDecimal tolerance =
          figure.getKey().equals("paybackYears") ? YEARS_TOLERANCE : MONEY_TOLERANCE;
      boolean right =
          figure.getValue() != null
              && number.bigDecimalValue().subtract(figure.getValue()).abs().compareTo(tolerance)
                  <= 0;
      score += right ? 1 : 0;
      feedback.add(
          "Your "
              + LABELS.get(figure.getKey())
              + " of "
              + number.bigDecimalValue()
              + " is "
              + (right ? "right." : "not what the figures give."));
    }
    errors.throwIfAny();
    if (max > 0) {
      feedback.add(TOLERANCE);
    }
    if (figures.sameFiguresAs(activity.figures())) {
      feedback.add(activity.workedExplanation());
    }
    return Result.of(score, max, passMark, feedback);
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Collects every field that does not fit, then refuses them together. */
  private static final class Errors {
    private final List<Problem.FieldError> list = new ArrayList<>();

    void add(String field, String message) {
      list.add(new Problem.FieldError(field, message));
    }

    boolean any() {
      return !list.isEmpty();
    }

    void throwIfAny() {
      if (any()) {
        throw new InvalidInputException(list);
      }
    }

    JsonObject object(JsonValue value, String field) {
      if (value instanceof JsonObject object) {
        return object;
      }
      add(field, "Send an object here.");
      return null;
    }

    JsonArray array(JsonObject input, String field) {
      if (input.get(field) instanceof JsonArray array) {
        return array;
      }
      add(field, "Send a list here.");
      return null;
    }

    List<String> texts(JsonObject input, String field) {
      JsonArray array = array(input, field);
      if (array == null) {
        return null;
      }
      List<String> texts = new ArrayList<>();
      for (JsonValue value : array) {
        if (value instanceof JsonString text) {
          texts.add(text.getString());
        } else {
          add(field, "Send a list of texts here.");
          return null;
        }
      }
      return texts;
    }

    List<String> items(JsonObject input, String key, String field) {
      List<String> raw = input.containsKey(key) ? texts(input, key) : List.of();
      if (raw == null) {
        return List.of();
      }
      List<String> items = raw.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (items.size() > MAX_ITEMS) {
        add(field, "Keep to " + MAX_ITEMS + " items or fewer.");
      }
      if (items.stream().anyMatch(i -> i.length() > MAX_ITEM)) {
        add(field, "Keep each item under " + MAX_ITEM + " characters.");
      }
      return items;
    }

    String text(JsonObject input, String key, String field) {
      if (input.get(key) instanceof JsonString text && !text.getString().isBlank()) {
        if (text.getString().length() > MAX_ITEM) {
          add(field, "Keep this under " + MAX_ITEM + " characters.");
        }
        return text.getString().strip();
      }
      add(field, "Fill this in.");
      return null;
    }

    int score(JsonObject input, String key, String field) {
      if (input.get(key) instanceof JsonNumber number && number.isIntegral()) {
        int value = number.intValue();
        if (value >= 1 && value <= 5) {
          return value;
        }
      }
      add(field, "Score it from 1 to 5.");
      return 0;
    }

    BigDecimal amount(JsonObject input, String key, BigDecimal min, BigDecimal max) {
      if (input.get(key) instanceof JsonNumber number) {
        BigDecimal value = number.bigDecimalValue();
        if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
          return value;
        }
      }
      add(
          key,
          FIELDS.getOrDefault(key, key)
              + ": give a number from "
              + min.toPlainString()
              + " to "
              + max.toPlainString()
              + ".");
      return null;
    }
  }
}
