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
public final class LearningJson {
  private LearningJson() {}

  /** Where an apprentice is in a module. */
  public record ModuleProgressJson(
      String status,
      int lastLesson,
      Integer bestCheckPercent,
      int checkAttempts,
      String completedAt) {

    static ModuleProgressJson of(
        Module module, ModuleProgress progress, List<LearningAttempt> attempts) {
      List<LearningAttempt> checks =
          attempts.stream()
              .filter(a -> a.isCheck() && a.getModuleId().equals(module.id()))
              .toList();
      Integer best =
          checks.stream().map(LearningAttempt::percent).max(Integer::compare).orElse(null);
      if (progress == null) {
        return new ModuleProgressJson("NOT_STARTED", 1, best, checks.size(), null);
      }
      return new ModuleProgressJson(
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
      ModuleProgressJson progress) {
    static ModuleSummary of(Module module, ModuleProgressJson progress) {
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
  public record QuestionJson(
      String id, String type, String prompt, List<OptionJson> options, List<Question.Item> items) {
    static QuestionJson of(Question question) {
      return new QuestionJson(
          question.id(),
          question.type().label(),
          question.prompt(),
          question.options().isEmpty()
              ? null
              : question.options().stream().map(o -> new OptionJson(o.id(), o.text())).toList(),
          question.items().isEmpty() ? null : question.items());
    }
  }

  /** An option without its correctness. */
  public record OptionJson(String id, String text) {}

  /** A knowledge check drawn for this request. */
  public record CheckJson(int passMark, int questionsPerAttempt, List<QuestionJson> questions) {}

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
      CheckJson check,
      ModuleProgressJson progress) {}

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
