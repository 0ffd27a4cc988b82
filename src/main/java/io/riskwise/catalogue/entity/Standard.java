package io.riskwise.catalogue.entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A national occupational standard, an awarding-body unit or a work situation of a framework, with
 * its criteria in source order.
 */
public record Standard(
    String code,
    String title,
    String kind,
    String source,
    String overview,
    String urn,
    Integer level,
    Integer credits,
    Integer guidedLearningHours,
    List<Outcome> outcomes,
    String note,
    List<String> behaviours,
    List<Criterion> criteria) {

  /** A learning outcome of a unit. */
  public record Outcome(int number, String text) {}

  /** How many criteria of each kind, in the order of {@link Kind}. */
  public Map<Kind, Integer> counts() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Criterion criterion : criteria) {
      counts.merge(criterion.kind(), 1, Integer::sum);
    }
    return counts;
  }

  public List<Criterion> criteriaOf(Kind kind) {
    return criteria.stream().filter(c -> c.kind() == kind).toList();
  }
}
