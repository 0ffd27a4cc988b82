package io.riskwise.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.platform.rest.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Marking each type of question, on a small module built here. */
class KnowledgeCheckTest {
  static final Question SINGLE =
      new Question(
          "q1",
          Question.Type.SINGLE,
          "Which band is a rating of 12?",
          List.of(
              option("a", "Low", false), option("b", "Medium", true), option("c", "High", false)),
          List.of(),
          "8 to 12 is medium.",
          null,
          List.of(),
          1);
  static final Question MULTIPLE =
      new Question(
          "q2",
          Question.Type.MULTIPLE,
          "Which are financial risks?",
          List.of(
              option("a", "A double refund", true),
              option("b", "A wet floor", false),
              option("c", "Unpaid invoices", true)),
          List.of(),
          "Both lose money.",
          null,
          List.of(),
          1);
  static final Question ORDERING =
      new Question(
          "q3",
          Question.Type.ORDERING,
          "Order the steps.",
          List.of(),
          List.of(
              new Question.Item("i1", "Identify"),
              new Question.Item("i2", "Assess"),
              new Question.Item("i3", "Act")),
          "Identify, assess, act.",
          null,
          List.of(),
          1);
  static final Question WRITTEN =
      new Question(
          "q4",
          Question.Type.WRITTEN,
          "Give an example.",
          List.of(),
          List.of(),
          null,
          "Names a real risk.",
          List.of(),
          1);
  static final Module MODULE =
      new Module(
          "m",
          1,
          "M",
          20,
          "s",
          List.of(),
          List.of(),
          List.of(),
          List.of(SINGLE, MULTIPLE, ORDERING, WRITTEN),
          80,
          4);

  final KnowledgeCheck check = new KnowledgeCheck();

  @Test
  void allRightPassesAndWrittenAnswersAreNotScored() {
    KnowledgeCheck.Result result =
        check.mark(MODULE, answers("b", List.of("a", "c"), List.of("i1", "i2", "i3"), "A spill."));
    assertEquals(3, result.score());
    assertEquals(3, result.maxScore());
    assertEquals(100, result.percent());
    assertTrue(result.passed());
    KnowledgeCheck.QuestionResult written = result.questions().get(3);
    assertFalse(written.marked());
    assertTrue(written.feedback().contains("Your assessor will read this answer"));
  }

  @Test
  void multipleChoiceAndOrderingAreAllOrNothing() {
    KnowledgeCheck.Result result =
        check.mark(MODULE, answers("b", List.of("a"), List.of("i2", "i1", "i3"), "A spill."));
    assertEquals(1, result.score());
    assertEquals(33, result.percent());
    assertFalse(result.passed());
    assertTrue(result.questions().get(1).feedback().startsWith("Not quite. Both lose money."));
  }

  @Test
  void theReasonIsGivenForRightAnswersToo() {
    KnowledgeCheck.Result result =
        check.mark(MODULE, answers("b", List.of("a", "c"), List.of("i1", "i2", "i3"), "x"));
    assertEquals("Right. 8 to 12 is medium.", result.questions().get(0).feedback());
  }

  @Test
  void answersThatDoNotFitAreRefusedByField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> check.mark(MODULE, answers("z", List.of(), List.of("i1", "i1", "i3"), "  ")));
    assertEquals(
        List.of("answers[0]", "answers[1]", "answers[2]", "answers[3]"),
        refused.errors().stream().map(e -> e.field()).toList());
    assertEquals("Question 1: choose from the options given.", refused.errors().get(0).message());
    assertEquals(
        "Question 3: put every item in order, each once.", refused.errors().get(2).message());
  }

  @Test
  void theWholeSetOfDrawnQuestionsMustBeAnswered() {
    List<KnowledgeCheck.Answer> three =
        new ArrayList<>(answers("b", List.of("a", "c"), List.of("i1", "i2", "i3"), "x"));
    three.remove(3);
    assertThrows(InvalidInputException.class, () -> check.mark(MODULE, three));
    List<KnowledgeCheck.Answer> twice = new ArrayList<>(three);
    twice.add(three.get(0));
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> check.mark(MODULE, twice));
    assertTrue(refused.errors().get(0).message().contains("answered twice"));
  }

  @Test
  void aDrawTakesTheRightNumberOfDistinctQuestions() {
    List<Question> drawn = check.draw(MODULE, new Random(7));
    assertEquals(4, drawn.size());
    assertEquals(4, drawn.stream().map(Question::id).distinct().count());
  }

  private static List<KnowledgeCheck.Answer> answers(
      String single, List<String> multiple, List<String> order, String text) {
    return List.of(
        new KnowledgeCheck.Answer("q1", List.of(single), null, null),
        new KnowledgeCheck.Answer("q2", multiple, null, null),
        new KnowledgeCheck.Answer("q3", null, order, null),
        new KnowledgeCheck.Answer("q4", null, null, text));
  }

  private static Question.Option option(String id, String text, boolean correct) {
    return new Question.Option(id, text, correct);
  }
}
