package io.riskwise.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.learning.control.LessonAdvice.Advice;
import io.riskwise.learning.control.LessonAdvice.Answered;
import io.riskwise.learning.entity.Lesson;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Counting wrong answers per lesson and wording the advice, on two small modules built here. */
class LessonAdviceTest {
  static final Module RISK =
      module(
          "assessing",
          1,
          "Assessing and classifying risk",
          List.of(
              lesson(1, "Probability and consequence", "probability and consequence", "C6.ER6b"),
              lesson(2, "The 5 x 5 risk matrix", "the risk matrix", "C6.MP2", "C6.ER6d")),
          // q1..q3 test lesson 2, q4 lesson 1, q5 is written (never marked)
          List.of(
              question("q1", 2, Question.Type.SINGLE),
              question("q2", 2, Question.Type.SINGLE),
              question("q3", 2, Question.Type.MULTIPLE),
              question("q4", 1, Question.Type.SINGLE),
              question("q5", 2, Question.Type.WRITTEN)));
  static final Module ACTING =
      module(
          "acting",
          2,
          "Acting on risk",
          List.of(lesson(1, "Choosing controls", "choosing controls", "C6.ER6d", "C6.ER8a")),
          List.of(
              question("q1", 1, Question.Type.SINGLE), question("q2", 1, Question.Type.SINGLE)));
  static final List<Module> MODULES = List.of(RISK, ACTING);

  @Test
  void withoutAnswersTheAdviceIsTheFirstLessonThatTeachesTheRequirement() {
    LessonAdvice advice = new LessonAdvice(MODULES, List.of());
    assertEquals(
        new Advice(
            "Learn this in Assessing and classifying risk, lesson 2: The 5 x 5 risk matrix.",
            "The 5 x 5 risk matrix",
            "/app/learning/lesson.xhtml?id=assessing&lesson=2"),
        advice.advice("C6.MP2").orElseThrow());
    assertEquals(
        "/app/learning/lesson.xhtml?id=assessing&lesson=2",
        advice.advice("C6.ER6d").orElseThrow().lessonHref());
    assertTrue(advice.advice("C6.ER3").isEmpty(), "no lesson here teaches it");
    assertTrue(advice.advice("C6.ER8").isEmpty(), "not a requirement at all");
  }

  @Test
  void wrongAnswersOnTheLessonsQuestionsAreCountedAndNamed() {
    LessonAdvice advice =
        new LessonAdvice(
            MODULES,
            List.of(
                new Answered("assessing", "q1", false),
                new Answered("assessing", "q2", false),
                new Answered("assessing", "q3", true),
                new Answered("assessing", "q4", true)));
    assertEquals(
        "You answered 2 of 3 questions on the risk matrix wrongly; revise Assessing and"
            + " classifying risk, lesson 2: The 5 x 5 risk matrix.",
        advice.advice("C6.MP2").orElseThrow().message());
    assertEquals(
        "Learn this in Assessing and classifying risk, lesson 1: Probability and consequence.",
        advice.advice("C6.ER6b").orElseThrow().message(),
        "its only question was answered rightly");
  }

  @Test
  void theMostRecentAnswerToAQuestionIsTheOneThatCounts() {
    // newest first: q1 put right in the latest check, wrong in the one before
    LessonAdvice advice =
        new LessonAdvice(
            MODULES,
            List.of(
                new Answered("assessing", "q1", true),
                new Answered("assessing", "q1", false),
                new Answered("assessing", "q2", false)));
    assertEquals(new LessonAdvice.Tally(1, 2), advice.tally("assessing", 2));
  }

  @Test
  void oneWrongAnswerOfOneIsWordedPlainly() {
    LessonAdvice advice =
        new LessonAdvice(MODULES, List.of(new Answered("assessing", "q4", false)));
    assertEquals(
        "You answered the one question on probability and consequence wrongly; revise Assessing"
            + " and classifying risk, lesson 1: Probability and consequence.",
        advice.advice("C6.ER6b").orElseThrow().message());
  }

  @Test
  void ofSeveralLessonsThatTeachARequirementTheOneWithMostWrongAnswersIsSuggested() {
    LessonAdvice advice =
        new LessonAdvice(
            MODULES,
            List.of(
                new Answered("acting", "q1", false),
                new Answered("acting", "q2", false),
                new Answered("assessing", "q1", false)));
    Advice er6d = advice.advice("C6.ER6d").orElseThrow();
    assertEquals("Choosing controls", er6d.lessonTitle());
    assertEquals(
        "You answered 2 of 2 questions on choosing controls wrongly; revise Acting on risk, lesson"
            + " 1: Choosing controls.",
        er6d.message());
  }

  @Test
  void writtenAnswersUnknownQuestionsAndUnknownModulesNeverCount() {
    LessonAdvice advice =
        new LessonAdvice(
            MODULES,
            List.of(
                new Answered("assessing", "q5", false),
                new Answered("assessing", "q99", false),
                new Answered("gone", "q1", false)));
    assertEquals(new LessonAdvice.Tally(0, 0), advice.tally("assessing", 2));
    assertTrue(advice.advice("C6.MP2").orElseThrow().message().startsWith("Learn this in"));
  }

  @Test
  void theRequirementsAreTheEighteenOfTheReadinessRules() {
    assertEquals(18, LessonAdvice.REQUIREMENTS.size());
    assertEquals(18, Set.copyOf(LessonAdvice.REQUIREMENTS).size());
  }

  private static Module module(
      String id, int order, String title, List<Lesson> lessons, List<Question> questions) {
    return new Module(
        id, order, title, 30, "s", List.of(), lessons, List.of(), questions, 80, questions.size());
  }

  private static Lesson lesson(int number, String title, String topic, String... teaches) {
    return new Lesson(number, title, 5, "<p></p>", topic, List.of(teaches));
  }

  private static Question question(String id, int lesson, Question.Type type) {
    return new Question(
        id,
        type,
        "Prompt " + id,
        IntStream.range(0, 2)
            .mapToObj(i -> new Question.Option("o" + i, "Option " + i, i == 0))
            .toList(),
        List.of(),
        "reason",
        null,
        List.of(),
        lesson);
  }
}
