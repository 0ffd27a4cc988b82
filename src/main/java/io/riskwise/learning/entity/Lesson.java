package io.riskwise.learning.entity;

import java.util.List;

/**
 * One lesson of a module, its Markdown already rendered to HTML at start-up.
 *
 * @param number from 1, in reading order
 * @param topic what the lesson is about, in words that follow "questions on" ("the risk matrix")
 * @param teaches the readiness requirements ("C6.MP2") whose gaps this lesson helps put right
 */
public record Lesson(
    int number, String title, int minutes, String html, String topic, List<String> teaches) {

  public Lesson {
    teaches = List.copyOf(teaches);
  }
}
