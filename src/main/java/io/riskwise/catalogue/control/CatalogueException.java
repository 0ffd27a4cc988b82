package io.riskwise.catalogue.control;

import java.util.List;

/**
 * The catalogue content cannot be used. Each problem names the file, the entry and what is wrong,
 * so whoever edited the content can mend it without reading code.
 */
public class CatalogueException extends RuntimeException {
  private final List<String> problems;

  public CatalogueException(List<String> problems) {
    super(
        "The criteria catalogue in content/catalogue cannot be loaded:\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
