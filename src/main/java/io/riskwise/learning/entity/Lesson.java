package io.riskwise.learning.entity;

/**
 * One lesson of a module, its Markdown already rendered to HTML at start-up.
 *
 * @param number from 1, in reading order
 */
public record Lesson(int number, String title, int minutes, String html) {}
