package io.riskwise.learning.control;

import java.util.List;

/**
 * The learning content cannot be used; each problem names the file, the entry and what is wrong.
 */
public class LearningException extends RuntimeException {
  private final List<String> problems;

  public LearningException(List<String> problems) {
    super(
        "The learning modules in content/learning cannot be loaded:\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
