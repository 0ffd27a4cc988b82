package io.riskwise.centre.control;

/** The red, amber or green status of an apprentice, with the word to show beside its colour. */
public enum Rag {
  GREEN("Green"),
  AMBER("Amber"),
  RED("Red");

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
