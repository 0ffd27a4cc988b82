package io.riskwise.learning.control;

import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Draws and marks a module's knowledge check. Choice and ordering questions are marked here, all or
 * nothing; written answers are kept for the assessor to read and do not count towards the score.
 */
public class KnowledgeCheck {
  static final int MAX_WRITTEN = 4000;

  /** One answer as sent: choices for choice questions, an order of item ids, or text. */
  public record Answer(String question, List<String> choices, List<String> order, String text) {}

  /** How one question went, with the reason. */
  public record QuestionResult(
      String question, String type, boolean marked, boolean correct, String feedback) {}

  /** How the whole attempt went. */
  public record Result(
      int score, int maxScore, int percent, boolean passed, List<QuestionResult> questions) {}

  /** A fresh random selection from the bank, ordering items shuffled. */
  public List<Question> draw(Module module, Random random) {
    List<Question> bank = new ArrayList<>(module.questions());
    Collections.shuffle(bank, random);
    List<Question> drawn = new ArrayList<>();
    for (Question question : bank.subList(0, module.questionsPerAttempt())) {
      List<Question.Item> items = new ArrayList<>(question.items());
      Collections.shuffle(items, random);
      drawn.add(
          new Question(
              question.id(),
              question.type(),
              question.prompt(),
              question.options(),
              items,
              question.reason(),
              question.guidance(),
              question.criteria(),
              question.lesson()));
    }
    return drawn;
  }

  public Result mark(Module module, List<Answer> answers) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (answers == null || answers.size() != module.questionsPerAttempt()) {
      throw InvalidInputException.of(
          "answers",
          "Answer exactly " + module.questionsPerAttempt() + " questions of this module.");
    }
    Set<String> seen = new HashSet<>();
    List<QuestionResult> results = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      String field = "answers[" + i + "]";
      Optional<Question> question =
          answer == null ? Optional.empty() : module.question(answer.question());
      if (question.isEmpty()) {
        errors.add(new Problem.FieldError(field, "There is no such question in this module."));
        continue;
      }
      // named by their place on the page ("Question 3"), never by their id in the content files
      String name = "Question " + (i + 1);
      if (!seen.add(answer.question())) {
        errors.add(new Problem.FieldError(field, name + " is answered twice."));
        continue;
      }
      String problem = misfit(question.get(), answer);
      if (problem != null) {
        errors.add(new Problem.FieldError(field, name + ": " + problem));
        continue;
      }
      results.add(result(question.get(), answer));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    int max = (int) results.stream().filter(QuestionResult::marked).count();
    int score = (int) results.stream().filter(r -> r.marked() && r.correct()).count();
    int percent = max == 0 ? 100 : Math.round(100f * score / max);
    return new Result(score, max, percent, percent >= module.passMark(), results);
  }

  /** Why an answer does not fit its question, or null when it fits. */
  static String misfit(Question question, Answer answer) {
    List<String> choices = answer.choices() == null ? List.of() : answer.choices();
    return switch (question.type()) {
      case SINGLE -> {
        if (choices.size() != 1) {
          yield "choose exactly one option.";
        }
        yield validOptions(question, choices) ? null : "choose from the options given.";
      }
      case MULTIPLE -> {
        if (choices.isEmpty() || new HashSet<>(choices).size() != choices.size()) {
          yield "choose one or more options, each once.";
        }
        yield validOptions(question, choices) ? null : "choose from the options given.";
      }
      case ORDERING -> {
        List<String> order = answer.order() == null ? List.of() : answer.order();
        Set<String> ids = new HashSet<>();
        question.items().forEach(item -> ids.add(item.id()));
        yield order.size() == ids.size() && new HashSet<>(order).equals(ids)
            ? null
            : "put every item in order, each once.";
      }
      case WRITTEN -> {
        String text = answer.text() == null ? "" : answer.text().strip();
        if (text.isEmpty()) {
          yield "write an answer.";
        }
        yield text.length() > MAX_WRITTEN
            ? "keep the answer under " + MAX_WRITTEN + " characters."
            : null;
      }
    };
  }

  private static boolean validOptions(Question question, List<String> choices) {
    Set<String> ids = new HashSet<>();
    question.options().forEach(option -> ids.add(option.id()));
    return ids.containsAll(choices);
  }

  private static QuestionResult result(Question question, Answer answer) {
    String type = question.type().label();
    return switch (question.type()) {
      case SINGLE, MULTIPLE -> {
        Set<String> right = new HashSet<>();
        question.options().stream()
            .filter(Question.Option::correct)
            .forEach(o -> right.add(o.id()));
        boolean correct = right.equals(new HashSet<>(answer.choices()));
        yield new QuestionResult(
            question.id(), type, true, correct, feedback(correct, question.reason()));
      }
      case ORDERING -> {
        boolean correct =
            question.items().stream().map(Question.Item::id).toList().equals(answer.order());
        yield new QuestionResult(
            question.id(), type, true, correct, feedback(correct, question.reason()));
      }
      case WRITTEN ->
          new QuestionResult(
              question.id(),
              type,
              false,
              false,
              "Your assessor will read this answer. A good answer: " + question.guidance());
    };
  }

  private static String feedback(boolean correct, String reason) {
    return (correct ? "Right. " : "Not quite. ") + reason;
  }
}
