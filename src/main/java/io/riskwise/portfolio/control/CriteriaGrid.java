package io.riskwise.portfolio.control;

import java.util.List;

/**
 * The portfolio's criteria grid: for each criterion of a unit, the evidence mapped to it, directly
 * or through its cross-mapped twin (evidence for INSCS027.PC8 also counts toward C6 2.1).
 */
public record CriteriaGrid(List<Unit> units) {

  /** One unit or standard and its rows. */
  public record Unit(String code, String title, List<Row> rows) {
    public long covered() {
      return rows.stream().filter(r -> !r.evidence().isEmpty()).count();
    }
  }

  /** One criterion and the evidence for it. */
  public record Row(String criterionId, String number, String text, List<Entry> evidence) {}

  /**
   * A piece of evidence for a criterion: {@code label} names it ("Risk assessment: Front desk,
   * risk: Queue at the counter"), {@code via} is the twin criterion it was mapped to, or null when
   * mapped directly.
   */
  public record Entry(String label, String via) {}
}
