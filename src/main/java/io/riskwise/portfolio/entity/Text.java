package io.riskwise.portfolio.entity;

/** Small checks on free text the apprentice writes. */
public final class Text {
  private Text() {}

  public static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
