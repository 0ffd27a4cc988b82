package io.riskwise.learning.control;

import io.riskwise.learning.entity.Lesson;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which lesson to revise for each readiness requirement, and why. The content says which lessons
 * teach a requirement ({@code teaches} in module.yaml) and which lesson each knowledge check
 * question tests ({@code lesson} in questions.yaml); this class counts the apprentice's wrong
 * answers per lesson and words the advice.
 *
 * <p>Each question counts once, by the apprentice's most recent answer to it: a mistake put right
 * in a later check no longer counts against them, and a question not drawn in the latest check
 * still counts from the last time it was.
 */
public final class LessonAdvice {

  /** The readiness check's requirements, in its order (see the readiness rules). */
  public static final List<String> REQUIREMENTS =
      List.of(
          "C6.MP1",
          "INSCS027.PC2",
          "INSCS027.PC3",
          "INSCS027.PC4",
          "INSCS027.PC5",
          "C6.ER6a",
          "C6.ER6b",
          "C6.ER6c",
          "C6.ER6d",
          "C6.ER7",
          "C6.ER8a",
          "C6.ER8b",
          "C6.MP2",
          "C6.MP3",
          "C6.MP4",
          "INSCS027.PC6",
          "INSCS027.PC7",
          "C6.ER3");

  /** What to revise for a requirement: a message, the lesson's title and its address. */
  public record Advice(String message, String lessonTitle, String lessonHref) {}

  /** One marked answer of a knowledge check, as its feedback recorded it. */
  public record Answered(String moduleId, String questionId, boolean correct) {}

  /** How the apprentice's latest answers on one lesson's questions went. */
  public record Tally(int wrong, int answered) {
    static final Tally NONE = new Tally(0, 0);
  }

  private record Taught(Module module, Lesson lesson) {
    String key() {
      return LessonAdvice.key(module.id(), lesson.number());
    }
  }

  private final Map<String, List<Taught>> teaching = new HashMap<>();
  private final Map<String, Tally> tallies = new HashMap<>();

  /**
   * @param answers the apprentice's marked answers, newest first
   */
  public LessonAdvice(List<Module> modules, List<Answered> answers) {
    for (Module module : modules) {
      for (Lesson lesson : module.lessons()) {
        for (String requirement : lesson.teaches()) {
          teaching
              .computeIfAbsent(requirement, k -> new ArrayList<>())
              .add(new Taught(module, lesson));
        }
      }
    }
    Map<String, Module> byId = new HashMap<>();
    modules.forEach(m -> byId.put(m.id(), m));
    Set<String> counted = new HashSet<>();
    Map<String, int[]> counts = new HashMap<>();
    for (Answered answer : answers) {
      Module module = byId.get(answer.moduleId());
      if (module == null || !counted.add(answer.moduleId() + "/" + answer.questionId())) {
        continue;
      }
      Optional<Question> question = module.question(answer.questionId());
      Optional<Lesson> lesson = question.flatMap(q -> module.lesson(q.lesson()));
      if (question.isEmpty() || !question.get().isMarked() || lesson.isEmpty()) {
        continue;
      }
      int[] count =
          counts.computeIfAbsent(key(module.id(), lesson.get().number()), k -> new int[2]);
      count[1]++;
      if (!answer.correct()) {
        count[0]++;
      }
    }
    counts.forEach((key, count) -> tallies.put(key, new Tally(count[0], count[1])));
  }

  /**
   * The advice for a requirement: the lesson that teaches it (of several, the one with the most
   * wrong answers, else the first in reading order), and what the apprentice answered wrongly
   * there. Empty for a requirement no lesson teaches.
   */
  public Optional<Advice> advice(String requirement) {
    return teaching.getOrDefault(requirement, List.of()).stream()
        .max(
            Comparator.comparingInt((Taught t) -> tally(t).wrong())
                .thenComparing(
                    Comparator.comparingInt((Taught t) -> t.module().order())
                        .thenComparingInt(t -> t.lesson().number())
                        .reversed()))
        .map(this::advice);
  }

  /** The tally of the latest answers on a lesson's questions. */
  public Tally tally(String moduleId, int lesson) {
    return tallies.getOrDefault(key(moduleId, lesson), Tally.NONE);
  }

  private Tally tally(Taught taught) {
    return tallies.getOrDefault(taught.key(), Tally.NONE);
  }

  private static String key(String moduleId, int lesson) {
    return moduleId + "#" + lesson;
  }

  private Advice advice(Taught taught) {
    return new Advice(
        message(taught.module(), taught.lesson(), tally(taught)),
        taught.lesson().title(),
        href(taught.module(), taught.lesson()));
  }

  static String message(Module module, Lesson lesson, Tally tally) {
    String where = module.title() + ", lesson " + lesson.number() + ": " + lesson.title();
    if (tally.wrong() == 0) {
      return "Learn this in " + where + ".";
    }
    String wrongly =
        tally.answered() == 1
            ? "the one question on " + lesson.topic()
            : tally.wrong() + " of " + tally.answered() + " questions on " + lesson.topic();
    return "You answered " + wrongly + " wrongly; revise " + where + ".";
  }

  /** The lesson's page, from the application's root. */
  static String href(Module module, Lesson lesson) {
    return "/app/learning/lesson.xhtml?id=" + module.id() + "&lesson=" + lesson.number();
  }
}
