package io.riskwise.learning.entity;

import java.util.List;
import java.util.Optional;

/**
 * A learning module: lessons, activities and a knowledge check bank, mapped to the knowledge
 * criteria it teaches.
 *
 * @param passMark the percentage of marked questions to answer correctly to pass
 * @param questionsPerAttempt how many questions each knowledge check draws from the bank
 */
public record Module(
    String id,
    int order,
    String title,
    int minutes,
    String summary,
    List<String> criteria,
    List<Lesson> lessons,
    List<Activity> activities,
    List<Question> questions,
    int passMark,
    int questionsPerAttempt) {

  public Optional<Lesson> lesson(int number) {
    return number >= 1 && number <= lessons.size()
        ? Optional.of(lessons.get(number - 1))
        : Optional.empty();
  }

  public Optional<Activity> activity(String activityId) {
    return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
