package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Content;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaChecklistTest {

  private static CriteriaChecklist checklist(
      Set<String> ticked, Map<String, List<String>> elsewhere) {
    return CriteriaChecklist.of(Content.CATALOGUE, List.of("INSCS027", "C6"), ticked, elsewhere);
  }

  @Test
  void c6IsGroupedByLearningOutcomeAndTheStandardByKind() {
    CriteriaChecklist list = checklist(Set.of(), Map.of());
    assertEquals(List.of("INSCS027", "C6"), list.units().stream().map(u -> u.code()).toList());
    List<String> c6 = list.units().get(1).groups().stream().map(g -> g.heading()).toList();
    assertEquals("Learning outcome 1: Analyse customer service processes for risk", c6.get(0));
    assertTrue(c6.get(1).startsWith("Learning outcome 2: "), c6.toString());
    assertTrue(c6.contains("Evidence requirements"), c6.toString());
    List<String> standard = list.units().get(0).groups().stream().map(g -> g.heading()).toList();
    assertEquals("Performance criteria", standard.get(0));
    assertEquals("C6.1.1", list.units().get(1).groups().get(0).choices().get(0).criterionId());
    assertEquals(
        Content.CATALOGUE.standard("INSCS027").orElseThrow().criteria().size()
            + Content.CATALOGUE.standard("C6").orElseThrow().criteria().size(),
        list.choices().size(),
        "every criterion once");
  }

  @Test
  void aCriterionShowsItsTwinsWhetherItIsTickedAndWhatElseEvidencesIt() {
    CriteriaChecklist list =
        checklist(
            Set.of("C6.2.1"),
            Map.of(
                "C6.2.1", List.of("Reflective account: Queues"),
                "INSCS027.PC8", List.of("Witness testimony: Saturday")));
    CriteriaChecklist.Choice probability = choice(list, "C6.2.1");
    assertTrue(probability.ticked());
    assertTrue(probability.twins().contains("INSCS027.PC8"), probability.twins().toString());
    assertEquals(
        List.of("Reflective account: Queues", "Witness testimony: Saturday (via INSCS027.PC8)"),
        probability.evidencedBy());
    CriteriaChecklist.Choice pc8 = choice(list, "INSCS027.PC8");
    assertFalse(pc8.ticked());
    assertEquals(
        List.of("Witness testimony: Saturday", "Reflective account: Queues (via C6.2.1)"),
        pc8.evidencedBy());
  }

  private static CriteriaChecklist.Choice choice(CriteriaChecklist list, String id) {
    return list.choices().stream()
        .filter(c -> c.criterionId().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
