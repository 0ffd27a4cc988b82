package io.riskwise.catalogue.entity;

import java.util.List;

/**
 * An apprenticeship framework: the work situations an apprentice may be assessed in and the rule
 * for completing it, e.g. all mandatory work situations and at least eight optional ones.
 */
public record Framework(
    String id,
    String title,
    String source,
    Rule rule,
    List<MetaSkillGroup> metaSkills,
    List<WorkSituation> workSituations) {

  /** The completion rule. */
  public record Rule(String mandatory, int optionalMinimum, String text) {}

  /** One of the three groups of meta-skills and its four skills. */
  public record MetaSkillGroup(String group, List<String> skills) {}

  /** A work situation and the standard that holds its criteria. */
  public record WorkSituation(
      int number, String title, String urn, String standard, boolean mandatory) {}

  public List<WorkSituation> mandatory() {
    return workSituations.stream().filter(WorkSituation::mandatory).toList();
  }

  public List<WorkSituation> optional() {
    return workSituations.stream().filter(w -> !w.mandatory()).toList();
  }
}
