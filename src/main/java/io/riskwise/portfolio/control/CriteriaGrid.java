package io.riskwise.portfolio.control;

import java.util.List;

/**
 * The portfolio's criteria grid: for each criterion of a unit, the evidence mapped to it, directly
 * or through its cross-mapped twin (evidence for INSCS027.PC8 also counts toward C6 2.1), and
 * whether it is met, on its own judgement or through an exact twin's.
 */
public record CriteriaGrid(List<Unit> units) {

  /** One unit or standard and its rows. */
  public record Unit(String code, String title, List<Row> rows) {
    public long covered() {
      return rows.stream().filter(r -> !r.evidence().isEmpty()).count();
    }
  }

  /**
   * One criterion, the evidence for it, and whether it is met: on its own judgement, or through an
   * exact twin ({@code metThrough}, with {@code origin} saying which judgement or sign-off).
   */
  public record Row(
      String criterionId,
      String number,
      String text,
      List<Entry> evidence,
      boolean met,
      String metThrough,
      String origin) {

    /** A row whose status is not known: not met. */
    public Row(String criterionId, String number, String text, List<Entry> evidence) {
      this(criterionId, number, text, evidence, false, null, null);
    }

    /** "Met", "Met through C6.2.3, judged by ... on ...", or "Not met yet". */
    public String status() {
      return origin != null ? origin : met ? "Met" : "Not met yet";
    }
  }

  /**
   * A piece of evidence for a criterion: {@code label} names it ("Risk assessment: Front desk,
   * risk: Queue at the counter"), {@code via} is the twin criterion it was mapped to, or null when
   * mapped directly.
   */
  public record Entry(String label, String via) {}
}
