package io.riskwise.centre.boundary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What progress reports need from the judgements, which the assessment feature owns and implements:
 * the centre asks through this, so it never depends on the feature above it. Each answer takes one
 * statement for any number of apprentices.
 */
public interface Attainments {

  /**
   * Per apprentice: how many criteria of each unit their latest criterion-level judgement says are
   * met (evidence requirements and marking points are not counted), and which of the met ones have
   * exact twins in the cross-map, for the progress report to carry.
   */
  record Met(Map<Long, Map<String, Integer>> perUnit, Map<Long, Set<String>> twinned) {}

  /** A decision on a submitted version, with the days it was submitted and decided. */
  record Decided(long apprenticeId, long assessorId, LocalDate submitted, LocalDate decided) {}

  Met criteriaMet(Collection<Long> apprentices);

  /** The units each apprentice has had signed off (and not revoked). */
  Map<Long, Set<String>> signedOff(Collection<Long> apprentices);

  List<Decided> decisions(Collection<Long> apprentices);
}
