package io.riskwise.learning.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.control.ActivityMarker;
import io.riskwise.learning.control.KnowledgeCheck;
import io.riskwise.learning.control.Money;
import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.LearningAttempt;
import io.riskwise.learning.entity.Lesson;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.ModuleProgress;
import io.riskwise.learning.entity.Question;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.rating.Matrix;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The learning pages: the module list, a lesson, the knowledge check and the activities. What the
 * apprentice has typed stays in the view until they leave it, so a refused answer keeps their work.
 */
@Named
@ViewScoped
public class LearningView implements Serializable {
  /** The matrix the lessons teach: the default 5 x 5, as apprentices then use it. */
  private static final Matrix MATRIX = Matrix.standard();

  private static final long serialVersionUID = 1L;

  @Inject Modules modules;
  @Inject CurrentUser currentUser;

  private String id;
  private int lesson = 1;
  private String activityId;

  private List<String> drawn = List.of();
  private final Map<String, List<String>> itemOrder = new HashMap<>();
  private final Map<String, String> single = new HashMap<>();
  private final Map<String, String[]> multiple = new HashMap<>();
  private final Map<String, String> positions = new HashMap<>();
  private final Map<String, String> written = new HashMap<>();
  private final Map<String, String> numbers = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();
  private final Map<String, String> amounts = new HashMap<>();
  private List<String> stageOrder = List.of();
  private transient List<Row> rows;
  private KnowledgeCheck.Result checkResult;
  private ActivityMarker.Result activityResult;

  /** A row of the module list. */
  public record Row(Module module, String status, int lastLesson, Integer best) {
    public int percentDone() {
      return switch (status) {
        case "COMPLETED" -> 100;
        case "IN_PROGRESS" ->
            Math.min(90, 100 * (lastLesson - 1) / Math.max(1, module.lessons().size()) + 10);
        default -> 0;
      };
    }

    public String statusText() {
      return switch (status) {
        case "COMPLETED" -> "Completed";
        case "IN_PROGRESS" -> "In progress";
        default -> "Not started";
      };
    }
  }

  /**
   * The module list with the apprentice's progress, read once per view: the home page asks for it
   * and for the next step several times while rendering.
   */
  public List<Row> getRows() {
    if (rows == null) {
      rows = readRows();
    }
    return rows;
  }

  private List<Row> readRows() {
    User me = currentUser.get();
    boolean apprentice = me.hasRole(Role.APPRENTICE);
    Map<String, ModuleProgress> progress = apprentice ? modules.progressOf(me) : Map.of();
    List<LearningAttempt> attempts = apprentice ? modules.attemptsOf(me) : List.of();
    return modules.all().stream()
        .map(
            m -> {
              LearningJson.ModuleProgressJson view =
                  LearningJson.ModuleProgressJson.of(m, progress.get(m.id()), attempts);
              return new Row(m, view.status(), view.lastLesson(), view.bestCheckPercent());
            })
        .toList();
  }

  /** The module to carry on with: the first not completed. */
  public Row getNext() {
    return getRows().stream().filter(r -> !r.status().equals("COMPLETED")).findFirst().orElse(null);
  }

  public void openLesson() throws IOException {
    if (module() == null || module().lesson(lesson).isEmpty()) {
      notFound();
      return;
    }
    User me = currentUser.get();
    if (me.hasRole(Role.APPRENTICE) && !FacesContext.getCurrentInstance().isPostback()) {
      modules.openLesson(me, module(), lesson);
    }
  }

  public void openCheck() throws IOException {
    if (module() == null) {
      notFound();
      return;
    }
    if (drawn.isEmpty()) {
      drawNewCheck();
    }
  }

  public void openActivity() throws IOException {
    if (module() == null || getActivity() == null) {
      notFound();
      return;
    }
    if (stageOrder.isEmpty() && getActivity() instanceof Activity.ProcessOrder process) {
      List<String> ids =
          new ArrayList<>(process.stages().stream().map(Activity.Stage::id).toList());
      java.util.Collections.shuffle(ids, new SecureRandom());
      stageOrder = ids;
    }
    if (amounts.isEmpty() && getActivity() instanceof Activity.CostBenefit costs) {
      amounts.put("oneOffCost", costs.figures().oneOffCost().toPlainString());
      amounts.put("annualCost", costs.figures().annualCost().toPlainString());
      amounts.put("annualBenefit", costs.figures().annualBenefit().toPlainString());
      amounts.put("years", String.valueOf(costs.figures().years()));
      amounts.put("discountRatePercent", costs.figures().discountRatePercent().toPlainString());
    }
  }

  public String retake() {
    checkResult = null;
    single.clear();
    multiple.clear();
    positions.clear();
    written.clear();
    drawNewCheck();
    return null;
  }

  private void drawNewCheck() {
    List<Question> questions = new KnowledgeCheck().draw(module(), new SecureRandom());
    drawn = questions.stream().map(Question::id).toList();
    itemOrder.clear();
    questions.forEach(
        q -> itemOrder.put(q.id(), q.items().stream().map(Question.Item::id).toList()));
  }

  public List<Question> getQuestions() {
    return drawn.stream().map(q -> module().question(q).orElseThrow()).toList();
  }

  /** An ordering question's items in the order they were shown. */
  public List<Question.Item> itemsOf(Question question) {
    List<String> order = itemOrder.getOrDefault(question.id(), List.of());
    return question.items().stream()
        .sorted(Comparator.comparingInt(i -> order.indexOf(i.id())))
        .toList();
  }

  public List<Integer> positionsFor(int count) {
    return IntStream.rangeClosed(1, count).boxed().toList();
  }

  public void submitCheck() {
    List<KnowledgeCheck.Answer> answers = new ArrayList<>();
    for (Question question : getQuestions()) {
      answers.add(
          switch (question.type()) {
            case SINGLE ->
                new KnowledgeCheck.Answer(
                    question.id(),
                    single.get(question.id()) == null
                        ? List.of()
                        : List.of(single.get(question.id())),
                    null,
                    null);
            case MULTIPLE ->
                new KnowledgeCheck.Answer(
                    question.id(),
                    List.of(multiple.getOrDefault(question.id(), new String[0])),
                    null,
                    null);
            case ORDERING ->
                new KnowledgeCheck.Answer(question.id(), null, orderOf(question), null);
            case WRITTEN ->
                new KnowledgeCheck.Answer(question.id(), null, null, written.get(question.id()));
          });
    }
    try {
      checkResult = modules.submitCheck(currentUser.get(), module(), answers);
    } catch (InvalidInputException refused) {
      refused.errors().forEach(e -> error(e.message()));
    }
  }

  /** Item ids sorted by the positions chosen; an item without a position is left out. */
  private List<String> orderOf(Question question) {
    return question.items().stream()
        .filter(i -> whole(positions.get(question.id() + "/" + i.id())) != null)
        .sorted(Comparator.comparingInt(i -> whole(positions.get(question.id() + "/" + i.id()))))
        .map(Question.Item::id)
        .toList();
  }

  private static Integer whole(String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public String feedbackFor(String questionId) {
    if (checkResult == null) {
      return null;
    }
    return checkResult.questions().stream()
        .filter(r -> r.question().equals(questionId))
        .map(KnowledgeCheck.QuestionResult::feedback)
        .findFirst()
        .orElse(null);
  }

  public boolean rightFor(String questionId) {
    return checkResult != null
        && checkResult.questions().stream()
            .anyMatch(r -> r.question().equals(questionId) && r.correct());
  }

  public void submitActivity() {
    Activity activity = getActivity();
    JsonObjectBuilder input = Json.createObjectBuilder();
    if (activity instanceof Activity.Matrix matrix) {
      JsonArrayBuilder ratings = Json.createArrayBuilder();
      for (Activity.Risk risk : matrix.risks()) {
        JsonObjectBuilder rating = Json.createObjectBuilder().add("risk", risk.id());
        addNumber(rating, "probability", whole(numbers.get(risk.id() + "/p")));
        addNumber(rating, "consequence", whole(numbers.get(risk.id() + "/c")));
        ratings.add(rating);
      }
      input.add("ratings", ratings);
    } else if (activity instanceof Activity.ProcessOrder process) {
      List<String> order =
          stageOrder.stream()
              .filter(s -> whole(numbers.get(s)) != null)
              .sorted(Comparator.comparingInt(s -> whole(numbers.get(s))))
              .toList();
      JsonArrayBuilder orderJson = Json.createArrayBuilder();
      order.forEach(orderJson::add);
      JsonArrayBuilder moments = Json.createArrayBuilder();
      stageOrder.stream().filter(s -> Boolean.TRUE.equals(flags.get(s))).forEach(moments::add);
      input.add("order", orderJson).add("momentsOfTruth", moments);
    } else if (activity instanceof Activity.SwotPestle) {
      JsonObjectBuilder swot = Json.createObjectBuilder();
      JsonObjectBuilder pestle = Json.createObjectBuilder();
      for (String heading : getSwotHeadings()) {
        swot.add(heading, lines(texts.get(heading)));
      }
      for (String heading : getPestleHeadings()) {
        pestle.add(heading, lines(texts.get(heading)));
      }
      JsonObjectBuilder register = Json.createObjectBuilder();
      for (String field : List.of("threat", "risk", "owner", "action")) {
        register.add(field, Objects.requireNonNullElse(texts.get("register/" + field), ""));
      }
      addNumber(register, "probability", whole(numbers.get("register/p")));
      addNumber(register, "consequence", whole(numbers.get("register/c")));
      input.add("swot", swot).add("pestle", pestle).add("register", register);
    } else {
      for (Map.Entry<String, String> amount : amounts.entrySet()) {
        String text = amount.getValue() == null ? "" : amount.getValue().strip();
        if (text.isEmpty()) {
          continue;
        }
        Money.read(text)
            .ifPresentOrElse(
                value -> input.add(amount.getKey(), value),
                () -> input.add(amount.getKey(), text)); // the marker names the field it refuses
      }
    }
    try {
      activityResult = modules.submitActivity(currentUser.get(), module(), activity, input.build());
    } catch (InvalidInputException refused) {
      activityResult = null;
      refused.errors().forEach(e -> error(e.message()));
    }
  }

  private static JsonArrayBuilder lines(String text) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    if (text != null) {
      Arrays.stream(text.split("\\R"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(items::add);
    }
    return items;
  }

  private static void addNumber(JsonObjectBuilder json, String field, Integer value) {
    if (value == null) {
      json.addNull(field);
    } else {
      json.add(field, value);
    }
  }

  public List<String> getSwotHeadings() {
    return Activity.SwotPestle.SWOT;
  }

  public List<String> getPestleHeadings() {
    return Activity.SwotPestle.PESTLE;
  }

  public List<Activity.Stage> getShownStages() {
    if (!(getActivity() instanceof Activity.ProcessOrder process)) {
      return List.of();
    }
    return stageOrder.stream()
        .map(
            s ->
                process.stages().stream().filter(st -> st.id().equals(s)).findFirst().orElseThrow())
        .toList();
  }

  /** The 5 x 5 matrix, consequence across and probability down, highest first. */
  public List<List<Integer>> getMatrixRows() {
    List<List<Integer>> rows = new ArrayList<>();
    for (int probability = 5; probability >= 1; probability--) {
      List<Integer> row = new ArrayList<>();
      for (int consequence = 1; consequence <= 5; consequence++) {
        row.add(probability * consequence);
      }
      rows.add(row);
    }
    return rows;
  }

  /** A stage shortened to fit one line of the process diagram. */
  public String shortText(String text) {
    return text.length() <= 62 ? text : text.substring(0, 60).strip() + "…";
  }

  /** The apprentice's earlier knowledge checks of this module, newest first. */
  public List<LearningAttempt> getHistory() {
    User me = currentUser.get();
    if (!me.hasRole(Role.APPRENTICE) || module() == null) {
      return List.of();
    }
    return modules.attemptsOf(me).stream()
        .filter(a -> a.isCheck() && a.getModuleId().equals(id))
        .toList();
  }

  public String when(LearningAttempt attempt) {
    return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
        .withZone(java.time.ZoneId.of("Europe/London"))
        .format(attempt.getSubmittedAt());
  }

  public String bandOf(int rating) {
    return MATRIX.band(rating).label();
  }

  public Module getModule() {
    return module();
  }

  public Lesson getLesson() {
    return module().lesson(lesson).orElse(null);
  }

  public Activity getActivity() {
    return module() == null || activityId == null
        ? null
        : module().activity(activityId).orElse(null);
  }

  public boolean isApprentice() {
    return currentUser.get().hasRole(Role.APPRENTICE);
  }

  private Module module() {
    return id == null ? null : modules.find(id).orElse(null);
  }

  private static void error(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  private static void notFound() {
    throw new ProblemException(Response.Status.NOT_FOUND, "There is no such module or lesson.");
  }

  /** How close a cost / benefit answer must be to count as right. */
  public String getTolerance() {
    return ActivityMarker.TOLERANCE;
  }

  public KnowledgeCheck.Result getCheckResult() {
    return checkResult;
  }

  public ActivityMarker.Result getActivityResult() {
    return activityResult;
  }

  public Map<String, String> getSingle() {
    return single;
  }

  public Map<String, String[]> getMultiple() {
    return multiple;
  }

  public Map<String, String> getPositions() {
    return positions;
  }

  public Map<String, String> getWritten() {
    return written;
  }

  public Map<String, String> getNumbers() {
    return numbers;
  }

  public Map<String, String> getTexts() {
    return texts;
  }

  public Map<String, Boolean> getFlags() {
    return flags;
  }

  public Map<String, String> getAmounts() {
    return amounts;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getLessonNumber() {
    return lesson;
  }

  public void setLessonNumber(int lesson) {
    this.lesson = lesson;
  }

  public String getActivityId() {
    return activityId;
  }

  public void setActivityId(String activityId) {
    this.activityId = activityId;
  }
}
