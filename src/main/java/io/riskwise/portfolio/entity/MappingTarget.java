package io.riskwise.portfolio.entity;

import java.util.Optional;

/**
 * What a criterion can be mapped to: one evidence item, or one part of a risk assessment ("whole",
 * "stage:s2", "risk:r5", "consultation", ...). Its {@link #key} ("evidence:12",
 * "assessment:5:risk:r3") names it in a form.
 */
public record MappingTarget(Long evidenceId, Long assessmentId, String part) {

  public static MappingTarget evidence(long evidenceId) {
    return new MappingTarget(evidenceId, null, EvidenceMapping.WHOLE);
  }

  public static MappingTarget assessment(long assessmentId, String part) {
    return new MappingTarget(null, assessmentId, part);
  }

  public static MappingTarget of(EvidenceMapping mapping) {
    return new MappingTarget(mapping.getEvidenceId(), mapping.getAssessmentId(), mapping.getPart());
  }

  /** The target a key names, or empty for one that is not a key at all. */
  public static Optional<MappingTarget> parse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String[] pieces = key.split(":", 3);
    try {
      if (pieces.length == 2 && pieces[0].equals("evidence")) {
        return Optional.of(evidence(Long.parseLong(pieces[1])));
      }
      if (pieces.length == 3 && pieces[0].equals("assessment") && !pieces[2].isBlank()) {
        return Optional.of(assessment(Long.parseLong(pieces[1]), pieces[2]));
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  public String key() {
    return evidenceId != null
        ? "evidence:" + evidenceId
        : "assessment:" + assessmentId + ":" + part;
  }

  public boolean isEvidence() {
    return evidenceId != null;
  }

  public boolean matches(EvidenceMapping mapping) {
    return equals(of(mapping));
  }

  /** A new claim that this target shows the criterion. */
  public EvidenceMapping mapping(Long apprenticeId, String criterionId) {
    return isEvidence()
        ? EvidenceMapping.ofEvidence(apprenticeId, criterionId, evidenceId)
        : EvidenceMapping.ofAssessment(apprenticeId, criterionId, assessmentId, part);
  }
}
