package io.riskwise.learning.entity;

import java.util.List;

/**
 * One question of a module's knowledge check bank.
 *
 * @param items for ordering questions, the items in their correct order
 * @param guidance for written answers, what a good answer contains, for the assessor
 * @param lesson the number of the lesson of its module that teaches what it asks
 */
public record Question(
    String id,
    Type type,
    String prompt,
    List<Option> options,
    List<Item> items,
    String reason,
    String guidance,
    List<String> criteria,
    int lesson) {

  /** The four kinds of question. */
  public enum Type {
    SINGLE,
    MULTIPLE,
    ORDERING,
    WRITTEN;

    public String label() {
      return name().toLowerCase();
    }
  }

  /** A choice of a single or multiple choice question. */
  public record Option(String id, String text, boolean correct) {}

  /**
   * An item to put in order. Its id is derived from its text, so it says nothing about its place.
   */
  public record Item(String id, String text) {}

  public boolean isMarked() {
    return type != Type.WRITTEN;
  }
}
