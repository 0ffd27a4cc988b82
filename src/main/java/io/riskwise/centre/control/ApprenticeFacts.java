package io.riskwise.centre.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the database knows about one apprentice's progress, gathered by a fixed number of grouped
 * queries; {@link ProgressReport} turns it into figures.
 *
 * @param criteriaMet unit code to the number of its criteria met: their latest judgement is met, or
 *     an exact twin's is (or the twin's unit is signed off)
 * @param signedOffUnits units with an active (not withdrawn) sign-off
 * @param lastActivity the apprentice's last recorded activity; null when never active
 */
public record ApprenticeFacts(
    long apprenticeId,
    String name,
    long cohortId,
    String cohortName,
    List<Long> assessorIds,
    LocalDate startsOn,
    LocalDate plannedEndOn,
    Map<String, Integer> criteriaMet,
    Set<String> signedOffUnits,
    int modulesCompleted,
    LocalDate lastActivity,
    boolean hasDraft,
    boolean hasSubmitted)
    implements Serializable {

  public ApprenticeFacts {
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(plannedEndOn, "plannedEndOn");
    assessorIds = assessorIds == null ? List.of() : List.copyOf(assessorIds);
    criteriaMet = criteriaMet == null ? Map.of() : Map.copyOf(criteriaMet);
    signedOffUnits = signedOffUnits == null ? Set.of() : Set.copyOf(signedOffUnits);
  }
}
