package io.riskwise.centre.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the framework and the catalogue ask of every apprentice: the criteria in each unit, the
 * mandatory units, the optional ones and how many of those are needed ("all mandatory and at least
 * eight optional"), the units reported as columns (INSCS027 and its twin C6), and the number of
 * learning modules.
 */
public record Scheme(
    Map<String, Integer> criteriaPerUnit,
    List<String> mandatoryUnits,
    List<String> optionalUnits,
    int optionalNeeded,
    List<String> reportedUnits,
    int modules)
    implements Serializable {

  public Scheme {
    criteriaPerUnit = criteriaPerUnit == null ? Map.of() : Map.copyOf(criteriaPerUnit);
    mandatoryUnits = mandatoryUnits == null ? List.of() : List.copyOf(mandatoryUnits);
    optionalUnits = optionalUnits == null ? List.of() : List.copyOf(optionalUnits);
    reportedUnits = reportedUnits == null ? List.of() : List.copyOf(reportedUnits);
    if (optionalNeeded < 0 || optionalNeeded > optionalUnits.size()) {
      throw new IllegalArgumentException(
          "optionalNeeded must be from 0 to the number of optional units");
    }
    if (modules < 0) {
      throw new IllegalArgumentException("modules must be 0 or more");
    }
  }

  /** The number of criteria to meet in the unit; 0 for a unit the catalogue does not know. */
  public int criteria(String unit) {
    return criteriaPerUnit.getOrDefault(unit, 0);
  }

  /** The places the framework rule asks to fill: every mandatory unit plus the optional needed. */
  public int slots() {
    return mandatoryUnits.size() + optionalNeeded;
  }
}
