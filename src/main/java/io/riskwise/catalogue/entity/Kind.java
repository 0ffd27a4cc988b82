package io.riskwise.catalogue.entity;

import java.util.Arrays;
import java.util.Optional;

/** What sort of requirement a criterion is, and how its kind is numbered in the sources. */
public enum Kind {
  PERFORMANCE("performance", "PC", "Performance criteria"),
  KNOWLEDGE("knowledge", "K", "Knowledge and understanding"),
  SKILL("skill", "S", "Skills"),
  ASSESSMENT("assessment", null, "Assessment criteria"),
  EVIDENCE("evidence", "ER", "Evidence requirements"),
  MARKING_POINT("marking-point", "MP", "Examiner marking points");

  private final String label;
  private final String prefix;
  private final String heading;

  Kind(String label, String prefix, String heading) {
    this.label = label;
    this.prefix = prefix;
    this.heading = heading;
  }

  /** As written in the content files and the API: {@code performance}, {@code marking-point}. */
  public String label() {
    return label;
  }

  /** The prefix of its numbers ({@code PC}, {@code K}); assessment criteria are numbered 1.1. */
  public String prefix() {
    return prefix;
  }

  public String heading() {
    return heading;
  }

  public static Optional<Kind> fromLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
  }
}
