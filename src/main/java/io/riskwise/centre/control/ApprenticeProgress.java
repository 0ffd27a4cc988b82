package io.riskwise.centre.control;

import java.io.Serializable;
import java.util.List;

/**
 * One apprentice's progress on a given day, as computed by {@link ProgressReport}: a row of the
 * progress screens and exports, and the input to a {@link Rollup}. Shares are from 0 to 1.
 *
 * @param units the reported units, in the scheme's order
 * @param optionalDone optional units signed off, even beyond the number needed
 * @param overall progress towards the framework rule, see {@link ProgressReport}
 * @param expected the share of the planned time that has passed
 * @param behindPoints percentage points by which overall trails expected; never negative
 * @param idleDays days since the last activity, or since the start when never active
 * @param daysToEnd days until the planned end; negative once it has passed
 * @param started whether the start date has been reached
 * @param reasons why the status is what it is, in plain English
 */
public record ApprenticeProgress(
    ApprenticeFacts facts,
    List<UnitProgress> units,
    int mandatoryDone,
    int mandatoryUnits,
    int optionalDone,
    int optionalNeeded,
    boolean frameworkMet,
    double overall,
    double expected,
    int behindPoints,
    int idleDays,
    int daysToEnd,
    int modulesCompleted,
    int modules,
    boolean started,
    Rag rag,
    List<String> reasons,
    FunnelStage stage)
    implements Serializable {

  public ApprenticeProgress {
    units = List.copyOf(units);
    reasons = List.copyOf(reasons);
  }

  /**
   * One reported unit: criteria met out of the unit's criteria; a signed-off unit counts as fully
   * met.
   */
  public record UnitProgress(String unit, int criteriaMet, int criteria, boolean signedOff)
      implements Serializable {

    public double share() {
      if (signedOff) {
        return 1;
      }
      return criteria == 0 ? 0 : Math.min(1, (double) criteriaMet / criteria);
    }
  }

  /** The reported unit with that code; null when it is not reported. */
  public UnitProgress unit(String code) {
    return units.stream().filter(u -> u.unit().equals(code)).findFirst().orElse(null);
  }

  /** Optional units done as shown beside the number needed: never more than needed. */
  public int optionalShown() {
    return Math.min(optionalDone, optionalNeeded);
  }

  /** The framework rule in words, such as "mandatory 1 of 2, optional 3 of 8". */
  public String frameworkRule() {
    return "mandatory "
        + mandatoryDone
        + " of "
        + mandatoryUnits
        + ", optional "
        + optionalShown()
        + " of "
        + optionalNeeded;
  }

  /** Overall progress as a whole percentage. */
  public int overallPercent() {
    return ProgressReport.percent(overall);
  }
}
