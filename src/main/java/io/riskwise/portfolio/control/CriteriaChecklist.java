package io.riskwise.portfolio.control;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Standard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The criteria an apprentice ticks to map one piece of evidence: each unit's criteria grouped by
 * learning outcome (or, in a standard without outcomes, by kind: performance criteria, knowledge),
 * each with its cross-mapped twins, whether it is ticked, and what else already evidences it,
 * directly or through a twin.
 */
public record CriteriaChecklist(List<Unit> units) {

  /** One unit or standard and its groups of criteria. */
  public record Unit(String code, String title, List<Group> groups) {}

  /** A learning outcome ("Learning outcome 1: Analyse ...") or a kind ("Performance criteria"). */
  public record Group(String heading, List<Choice> choices) {}

  /**
   * One criterion to tick; {@code evidencedBy} names the other evidence mapped to it, or to a twin
   * ("Witness testimony: Saturday queue (via C6.2.1)").
   */
  public record Choice(
      String criterionId,
      String text,
      List<String> twins,
      boolean ticked,
      List<String> evidencedBy) {}

  /**
   * @param ticked the criteria this piece of evidence is mapped to now
   * @param elsewhere for each criterion, the names of the other evidence mapped to it
   */
  public static CriteriaChecklist of(
      Catalogue catalogue,
      List<String> unitCodes,
      Set<String> ticked,
      Map<String, List<String>> elsewhere) {
    List<Unit> units = new ArrayList<>();
    for (String code : unitCodes) {
      catalogue
          .standard(code)
          .ifPresent(
              standard -> {
                Map<String, List<Choice>> groups = new LinkedHashMap<>();
                for (Criterion criterion : standard.criteria()) {
                  groups
                      .computeIfAbsent(heading(standard, criterion), h -> new ArrayList<>())
                      .add(choice(catalogue, criterion, ticked, elsewhere));
                }
                units.add(
                    new Unit(
                        standard.code(),
                        standard.title(),
                        groups.entrySet().stream()
                            .map(g -> new Group(g.getKey(), g.getValue()))
                            .toList()));
              });
    }
    return new CriteriaChecklist(units);
  }

  private static String heading(Standard standard, Criterion criterion) {
    if (criterion.outcome() == null) {
      return criterion.kind().heading();
    }
    return standard.outcomes().stream()
        .filter(o -> o.number() == criterion.outcome())
        .findFirst()
        .map(o -> "Learning outcome " + o.number() + ": " + o.text())
        .orElse("Learning outcome " + criterion.outcome());
  }

  private static Choice choice(
      Catalogue catalogue,
      Criterion criterion,
      Set<String> ticked,
      Map<String, List<String>> elsewhere) {
    List<String> twins = catalogue.twins(criterion.id());
    List<String> evidencedBy = new ArrayList<>(elsewhere.getOrDefault(criterion.id(), List.of()));
    for (String twin : twins) {
      elsewhere
          .getOrDefault(twin, List.of())
          .forEach(label -> evidencedBy.add(label + " (via " + twin + ")"));
    }
    return new Choice(
        criterion.id(),
        criterion.text(),
        twins,
        ticked.contains(criterion.id()),
        List.copyOf(evidencedBy));
  }

  /** Every criterion of the list, whatever its group. */
  public List<Choice> choices() {
    return units.stream()
        .flatMap(u -> u.groups().stream())
        .flatMap(g -> g.choices().stream())
        .toList();
  }
}
