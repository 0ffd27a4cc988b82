package io.riskwise.learning.boundary;

import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.LearningAttempt;
import io.riskwise.learning.entity.Lesson;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.ModuleProgress;
import io.riskwise.learning.entity.Question;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Modules as the API shows them: never a model answer or a correct option before marking. */
public final class LearningViews {
  private LearningViews() {}

  /** Where an apprentice is in a module. */
  public record ProgressView(
      String status,
      int lastLesson,
      Integer bestCheckPercent,
      int checkAttempts,
      String completedAt) {

    static ProgressView of(Module module, ModuleProgress progress, List<LearningAttempt> attempts) {
      List<LearningAttempt> checks =
          attempts.stream()
              .filter(a -> a.isCheck() && a.getModuleId().equals(module.id()))
              .toList();
      Integer best =
          checks.stream().map(LearningAttempt::percent).max(Integer::compare).orElse(null);
      if (progress == null) {
        return new ProgressView("NOT_STARTED", 1, best, checks.size(), null);
      }
      return new ProgressView(
          progress.getStatus().name(),
          progress.getLastLesson(),
          best,
          checks.size(),
          progress.getCompletedAt() == null ? null : progress.getCompletedAt().toString());
    }
  }

  /** A module in the list, with the caller's progress when they are an apprentice. */
  public record ModuleSummary(
      String id,
      int order,
      String title,
      int minutes,
      String summary,
      List<String> criteria,
      int lessons,
      int activities,
      ProgressView progress) {
    static ModuleSummary of(Module module, ProgressView progress) {
      return new ModuleSummary(
          module.id(),
          module.order(),
          module.title(),
          module.minutes(),
          module.summary(),
          module.criteria(),
          module.lessons().size(),
          module.activities().size(),
          progress);
    }
  }

  /** A question as the apprentice sees it: options without the answer, items shuffled. */
  public record QuestionView(
      String id, String type, String prompt, List<OptionView> options, List<Question.Item> items) {
    static QuestionView of(Question question) {
      return new QuestionView(
          question.id(),
          question.type().label(),
          question.prompt(),
          question.options().isEmpty()
              ? null
              : question.options().stream().map(o -> new OptionView(o.id(), o.text())).toList(),
          question.items().isEmpty() ? null : question.items());
    }
  }

  /** An option without its correctness. */
  public record OptionView(String id, String text) {}

  /** A knowledge check drawn for this request. */
  public record CheckView(int passMark, int questionsPerAttempt, List<QuestionView> questions) {}

  /** A module with its lessons, activities and, for apprentices, a freshly drawn check. */
  public record ModuleDetail(
      String id,
      int order,
      String title,
      int minutes,
      String summary,
      List<String> criteria,
      List<Lesson> lessons,
      List<JsonObject> activities,
      CheckView check,
      ProgressView progress) {}

  /** An activity without its model answer; process stages are shuffled. */
  public static JsonObject activity(Activity activity, Random random) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", activity.id())
            .add("type", activity.type())
            .add("title", activity.title())
            .add("instructions", activity.instructions());
    if (activity instanceof Activity.Matrix matrix) {
      JsonArrayBuilder risks = Json.createArrayBuilder();
      matrix
          .risks()
          .forEach(
              r ->
                  risks.add(
                      Json.createObjectBuilder()
                          .add("id", r.id())
                          .add("description", r.description())));
      json.add("scenario", matrix.scenario()).add("risks", risks);
    } else if (activity instanceof Activity.ProcessOrder process) {
      List<Activity.Stage> stages = new ArrayList<>(process.stages());
      Collections.shuffle(stages, random);
      JsonArrayBuilder shuffled = Json.createArrayBuilder();
      stages.forEach(
          s -> shuffled.add(Json.createObjectBuilder().add("id", s.id()).add("text", s.text())));
      json.add("stages", shuffled);
    } else if (activity instanceof Activity.SwotPestle swot) {
      json.add("case", swot.caseText());
    } else if (activity instanceof Activity.CostBenefit costs) {
      json.add("case", costs.caseText())
          .add(
              "defaults",
              Json.createObjectBuilder()
                  .add("oneOffCost", costs.figures().oneOffCost())
                  .add("annualCost", costs.figures().annualCost())
                  .add("annualBenefit", costs.figures().annualBenefit())
                  .add("years", costs.figures().years())
                  .add("discountRatePercent", costs.figures().discountRatePercent()));
    }
    return json.build();
  }
}
