package io.riskwise.learning.control;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.CostBenefitCase;
import io.riskwise.learning.entity.Lesson;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.platform.content.YamlEntry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads {@code content/learning}: one folder per module with {@code module.yaml}, Markdown lessons,
 * {@code activities.yaml} and {@code questions.yaml}. Checks it as strictly as the catalogue (every
 * mapped criterion must exist in it, every readiness requirement is taught by a lesson, every
 * question names its lesson) and renders the lessons to HTML once. Raw HTML in the Markdown is
 * escaped, never passed through.
 */
public class LearningReader {

  private static final Set<String> MODULE_FIELDS =
      Set.of(
          "id",
          "order",
          "title",
          "minutes",
          "summary",
          "criteria",
          "lessons",
          "activities",
          "passMark",
          "questionsPerAttempt");
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  /** The modules in their order, or {@link LearningException} listing every problem. */
  public List<Module> read(Map<String, String> files, Catalogue catalogue) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> folders = new TreeMap<>();
    files.forEach(
        (path, text) -> {
          int slash = path.indexOf('/');
          if (slash > 0) {
            folders
                .computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                .put(path.substring(slash + 1), text);
          }
        });
    List<Module> modules = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> folder : folders.entrySet()) {
      module(folder.getKey(), folder.getValue(), catalogue, problems).ifPresent(modules::add);
    }
    if (modules.isEmpty() && problems.isEmpty()) {
      problems.add("content/learning: no modules found");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < modules.size(); i++) {
      Module module = modules.get(i);
      if (module.order() != i + 1) {
        problems.add(
            module.id()
                + "/module.yaml: 'order' is "
                + module.order()
                + ", expected "
                + (i + 1)
                + " (folders are read in name order)");
      }
      if (!ids.add(module.id())) {
        problems.add(module.id() + "/module.yaml: the module id is used twice");
      }
    }
    for (String requirement : LessonAdvice.REQUIREMENTS) {
      if (modules.stream()
          .flatMap(m -> m.lessons().stream())
          .noneMatch(l -> l.teaches().contains(requirement))) {
        problems.add(
            "content/learning: no lesson teaches the readiness requirement "
                + requirement
                + " (add it to a lesson's 'teaches')");
      }
    }
    if (!problems.isEmpty()) {
      throw new LearningException(problems);
    }
    return List.copyOf(modules);
  }

  private static Optional<Module> module(
      String folder, Map<String, String> files, Catalogue catalogue, List<String> problems) {
    String path = folder + "/module.yaml";
    if (!files.containsKey("module.yaml")) {
      problems.add(path + ": missing");
      return Optional.empty();
    }
    Optional<Object> document = YamlEntry.parse(path, files.get("module.yaml"), problems);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    YamlEntry entry = YamlEntry.of(path, null, document.get(), problems);
    entry.onlyFields(MODULE_FIELDS);
    String id = entry.text("id");
    if (!id.isEmpty() && !folder.endsWith("-" + id) && !folder.equals(id)) {
      entry.problem("'id' is " + id + " but the folder is " + folder);
    }
    List<String> criteria = strings(entry, "criteria");
    for (String criterion : criteria) {
      if (catalogue.criterion(criterion).isEmpty()) {
        entry.problem("criterion " + criterion + " is not in the catalogue");
      }
    }
    List<Lesson> lessons = new ArrayList<>();
    int number = 0;
    for (Object item : entry.list("lessons")) {
      number++;
      YamlEntry lesson = YamlEntry.of(path, "lesson " + number, item, problems);
      lesson.onlyFields(Set.of("file", "title", "minutes", "topic", "teaches"));
      String file = lesson.text("file");
      List<String> teaches = lesson.optionalList("teaches").stream().map(String::valueOf).toList();
      Set<String> taught = new HashSet<>();
      for (String requirement : teaches) {
        if (!LessonAdvice.REQUIREMENTS.contains(requirement)) {
          lesson.problem(
              "'teaches' names "
                  + requirement
                  + ", which is not a readiness requirement (those are "
                  + String.join(", ", LessonAdvice.REQUIREMENTS)
                  + ")");
        } else if (!taught.add(requirement)) {
          lesson.problem("'teaches' names " + requirement + " twice");
        }
      }
      String markdown = files.get(file);
      if (markdown == null && !file.isEmpty()) {
        lesson.problem("the file " + folder + "/" + file + " does not exist");
      }
      lessons.add(
          new Lesson(
              number,
              lesson.text("title"),
              lesson.integer("minutes"),
              markdown == null ? "" : scrollingTables(HTML.render(MARKDOWN.parse(markdown))),
              lesson.text("topic"),
              teaches));
    }
    if (lessons.isEmpty()) {
      entry.problem("a module needs at least one lesson");
    }
    List<Activity> activities = activities(folder, files, strings(entry, "activities"), problems);
    List<Question> questions = questions(folder, files, criteria, lessons.size(), problems);
    int perAttempt = entry.integer("questionsPerAttempt");
    if (perAttempt < 1 || perAttempt > questions.size()) {
      entry.problem(
          "'questionsPerAttempt' is "
              + perAttempt
              + " but the bank has "
              + questions.size()
              + " questions");
    }
    int passMark = entry.integer("passMark");
    if (passMark < 1 || passMark > 100) {
      entry.problem("'passMark' is a percentage from 1 to 100");
    }
    int minutes = entry.integer("minutes");
    return Optional.of(
        new Module(
            id,
            entry.integer("order"),
            entry.text("title"),
            minutes,
            entry.text("summary"),
            criteria,
            lessons,
            activities,
            questions,
            passMark,
            perAttempt));
  }

  private static List<Activity> activities(
      String folder, Map<String, String> files, List<String> wanted, List<String> problems) {
    String path = folder + "/activities.yaml";
    Map<String, Activity> byId = new LinkedHashMap<>();
    if (files.containsKey("activities.yaml")) {
      Object document =
          YamlEntry.parse(path, files.get("activities.yaml"), problems).orElse(List.of());
      if (!(document instanceof List<?> items)) {
        problems.add(path + ": should be a list of activities");
        return List.of();
      }
      int index = 0;
      for (Object item : items) {
        index++;
        YamlEntry entry = YamlEntry.of(path, "activity " + index, item, problems);
        Activity activity = activity(entry, problems);
        if (activity != null && byId.put(activity.id(), activity) != null) {
          entry.problem("the activity id " + activity.id() + " is used twice");
        }
      }
    }
    List<Activity> activities = new ArrayList<>();
    for (String id : wanted) {
      Activity activity = byId.get(id);
      if (activity == null) {
        problems.add(folder + "/module.yaml: activity " + id + " is not in activities.yaml");
      } else {
        activities.add(activity);
      }
    }
    return activities;
  }

  private static Activity activity(YamlEntry entry, List<String> problems) {
    String id = entry.text("id");
    String type = entry.text("type");
    String title = entry.text("title");
    String instructions = entry.text("instructions");
    YamlEntry named = entry.renamed("activity " + id);
    switch (type) {
      case "matrix" -> {
        named.onlyFields(Set.of("id", "type", "title", "instructions", "scenario", "risks"));
        List<Activity.Risk> risks = new ArrayList<>();
        for (Object item : named.list("risks")) {
          YamlEntry risk = YamlEntry.of(entry.file(), "activity " + id + ", risk", item, problems);
          risk.onlyFields(Set.of("id", "description", "probability", "consequence", "explanation"));
          risks.add(
              new Activity.Risk(
                  risk.text("id"),
                  risk.text("description"),
                  score(risk, "probability"),
                  score(risk, "consequence"),
                  risk.text("explanation")));
        }
        return new Activity.Matrix(id, title, instructions, named.text("scenario"), risks);
      }
      case "process-order" -> {
        named.onlyFields(Set.of("id", "type", "title", "instructions", "stages", "explanation"));
        List<Activity.Stage> stages = new ArrayList<>();
        for (Object item : named.list("stages")) {
          YamlEntry stage =
              YamlEntry.of(entry.file(), "activity " + id + ", stage", item, problems);
          stage.onlyFields(Set.of("id", "text", "momentOfTruth", "explanation"));
          stages.add(
              new Activity.Stage(
                  stage.text("id"),
                  stage.text("text"),
                  stage.bool("momentOfTruth"),
                  stage.text("explanation")));
        }
        if (stages.size() < 3) {
          named.problem("a process needs at least three stages");
        }
        return new Activity.ProcessOrder(
            id, title, instructions, stages, named.text("explanation"));
      }
      case "swot-pestle" -> {
        named.onlyFields(
            Set.of("id", "type", "title", "instructions", "case", "model", "registerExample"));
        YamlEntry model =
            YamlEntry.of(entry.file(), "activity " + id + ", model", named.raw("model"), problems);
        model.onlyFields(Set.copyOf(Activity.SwotPestle.headings()));
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String heading : Activity.SwotPestle.headings()) {
          answers.put(heading, strings(model, heading));
        }
        YamlEntry example =
            YamlEntry.of(
                entry.file(),
                "activity " + id + ", registerExample",
                named.raw("registerExample"),
                problems);
        example.onlyFields(
            Set.of("threat", "risk", "probability", "consequence", "owner", "action"));
        return new Activity.SwotPestle(
            id,
            title,
            instructions,
            named.text("case"),
            answers,
            new Activity.RegisterEntry(
                example.text("threat"),
                example.text("risk"),
                score(example, "probability"),
                score(example, "consequence"),
                example.text("owner"),
                example.text("action")));
      }
      case "cost-benefit" -> {
        named.onlyFields(
            Set.of(
                "id",
                "type",
                "title",
                "instructions",
                "case",
                "oneOffCost",
                "annualCost",
                "annualBenefit",
                "years",
                "discountRatePercent",
                "workedAnswer"));
        CostBenefitCase figures =
            new CostBenefitCase(
                money(named, "oneOffCost"),
                money(named, "annualCost"),
                money(named, "annualBenefit"),
                named.integer("years"),
                money(named, "discountRatePercent"));
        String explanation = checkWorkedAnswer(named, figures, problems);
        return new Activity.CostBenefit(
            id, title, instructions, named.text("case"), figures, explanation);
      }
      default -> {
        if (!type.isEmpty()) {
          named.problem(
              "'type' is "
                  + type
                  + ", expected matrix, process-order, swot-pestle or cost-benefit");
        }
        return null;
      }
    }
  }

  /**
   * The content's own worked answer must agree with the calculator, or the lesson teaches wrong
   * sums.
   */
  private static String checkWorkedAnswer(
      YamlEntry activity, CostBenefitCase figures, List<String> problems) {
    YamlEntry answer =
        YamlEntry.of(
            activity.file(),
            activity.entry() + ", workedAnswer",
            activity.raw("workedAnswer"),
            problems);
    answer.onlyFields(
        Set.of("netAnnualBenefit", "paybackYears", "netBenefit", "npv", "explanation"));
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    expected.put("netAnnualBenefit", figures.annualNet());
    expected.put("paybackYears", figures.paybackYears());
    expected.put("netBenefit", figures.netBenefit());
    expected.put("npv", figures.netPresentValue());
    for (Map.Entry<String, BigDecimal> figure : expected.entrySet()) {
      Object given = answer.raw(figure.getKey());
      if (given != null
          && figure.getValue() != null
          && new BigDecimal(given.toString()).compareTo(figure.getValue()) != 0) {
        answer.problem(
            "'" + figure.getKey() + "' is " + given + " but the figures give " + figure.getValue());
      }
    }
    return answer.text("explanation");
  }

  private static List<Question> questions(
      String folder,
      Map<String, String> files,
      List<String> moduleCriteria,
      int lessonCount,
      List<String> problems) {
    String path = folder + "/questions.yaml";
    if (!files.containsKey("questions.yaml")) {
      problems.add(path + ": missing");
      return List.of();
    }
    Object document =
        YamlEntry.parse(path, files.get("questions.yaml"), problems).orElse(List.of());
    if (!(document instanceof List<?> items)) {
      problems.add(path + ": should be a list of questions");
      return List.of();
    }
    List<Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (Object item : items) {
      index++;
      YamlEntry first = YamlEntry.of(path, "question " + index, item, problems);
      String id = first.text("id");
      YamlEntry entry = YamlEntry.of(path, "question " + id, item, problems);
      entry.onlyFields(
          Set.of(
              "id",
              "lesson",
              "type",
              "prompt",
              "options",
              "items",
              "reason",
              "guidance",
              "criteria"));
      if (!ids.add(id)) {
        entry.problem("the question id is used twice");
      }
      Question.Type type;
      try {
        type = Question.Type.valueOf(entry.text("type").toUpperCase());
      } catch (IllegalArgumentException e) {
        entry.problem("'type' should be single, multiple, ordering or written");
        continue;
      }
      List<Question.Option> options = new ArrayList<>();
      List<Question.Item> orderItems = new ArrayList<>();
      String reason = null;
      String guidance = null;
      switch (type) {
        case SINGLE, MULTIPLE -> {
          for (Object option : entry.list("options")) {
            YamlEntry choice = YamlEntry.of(path, "question " + id + ", option", option, problems);
            choice.onlyFields(Set.of("id", "text", "correct"));
            options.add(
                new Question.Option(
                    choice.text("id"), choice.text("text"), choice.bool("correct")));
          }
          long correct = options.stream().filter(Question.Option::correct).count();
          if (type == Question.Type.SINGLE && correct != 1) {
            entry.problem(
                "a single-choice question needs exactly one correct option, found " + correct);
          }
          if (type == Question.Type.MULTIPLE && correct < 2) {
            entry.problem(
                "a multiple-choice question needs two or more correct options, found " + correct);
          }
          reason = entry.text("reason");
        }
        case ORDERING -> {
          for (String text : strings(entry, "items")) {
            orderItems.add(new Question.Item(itemId(id, text), text));
          }
          if (orderItems.size() < 3) {
            entry.problem("an ordering question needs at least three items");
          }
          reason = entry.text("reason");
        }
        case WRITTEN -> guidance = entry.text("guidance");
      }
      List<String> criteria = strings(entry, "criteria");
      for (String criterion : criteria) {
        if (!moduleCriteria.contains(criterion)) {
          entry.problem("criterion " + criterion + " is not one this module teaches");
        }
      }
      Integer lesson = entry.optionalInteger("lesson");
      if (lesson == null) {
        entry.problem("'lesson' is missing: the number of the lesson that teaches what it asks");
        lesson = 0;
      } else if (lesson < 1 || lesson > lessonCount) {
        entry.problem(
            "'lesson' is "
                + lesson
                + ", expected the number of a lesson of this module, 1 to "
                + lessonCount);
      }
      questions.add(
          new Question(
              id,
              type,
              entry.text("prompt"),
              options,
              orderItems,
              reason,
              guidance,
              criteria,
              lesson));
    }
    return questions;
  }

  /**
   * Each table in a focusable region of its own that scrolls sideways when the table is wider than
   * a phone, so that the page itself never does (WCAG 1.4.10). Lesson text cannot hold raw HTML,
   * so every "<table>" is one the renderer made.
   */
  static String scrollingTables(String html) {
    return html.replace(
            "<table>",
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>")
        .replace("</table>", "</table></div>");
  }

  /** A stable id for an ordering item that gives nothing away about its place. */
  static String itemId(String questionId, String text) {
    return UUID.nameUUIDFromBytes((questionId + ":" + text).getBytes(StandardCharsets.UTF_8))
        .toString()
        .substring(0, 8);
  }

  private static int score(YamlEntry entry, String field) {
    int value = entry.integer(field);
    if (value < 1 || value > 5) {
      entry.problem("'" + field + "' is scored from 1 to 5, found " + value);
    }
    return value;
  }

  private static BigDecimal money(YamlEntry entry, String field) {
    Object value = entry.raw(field);
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    entry.problem("'" + field + "' should be a number, found " + value);
    return BigDecimal.ZERO;
  }

  private static List<String> strings(YamlEntry entry, String field) {
    return entry.list(field).stream().map(String::valueOf).toList();
  }
}
