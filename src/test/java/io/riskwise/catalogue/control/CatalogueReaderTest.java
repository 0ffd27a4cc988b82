package io.riskwise.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Framework;
import io.riskwise.catalogue.entity.Kind;
import io.riskwise.catalogue.entity.Link;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.platform.content.ContentFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real content in content/catalogue, read and checked as at start-up. */
class CatalogueReaderTest {
  static final Map<String, String> CONTENT =
      ContentFiles.fromDirectory(Path.of("content", "catalogue"));

  final Catalogue catalogue = new CatalogueReader().read(CONTENT);

  @ParameterizedTest(name = "{0} has {1} performance, {2} knowledge, {3} skill criteria")
  @CsvSource({
    "INSCS027, 13, 13, 0",
    "INSML052, 16, 18, 13",
    "INSCS009, 23, 21, 0",
    "MSPP, 8, 10, 0"
  })
  void standardsHaveTheCriteriaOfTheirSources(
      String code, int performance, int knowledge, int skills) {
    Map<Kind, Integer> counts = catalogue.standard(code).orElseThrow().counts();
    assertEquals(performance, counts.getOrDefault(Kind.PERFORMANCE, 0));
    assertEquals(knowledge, counts.getOrDefault(Kind.KNOWLEDGE, 0));
    assertEquals(skills, counts.getOrDefault(Kind.SKILL, 0));
  }

  @Test
  void unitC6HasItsMetadataOutcomesCriteriaRequirementsAndMarkingPoints() {
    Standard c6 = catalogue.standard("C6").orElseThrow();
    assertEquals(3, c6.level());
    assertEquals(10, c6.credits());
    assertEquals(67, c6.guidedLearningHours());
    assertEquals(3, c6.outcomes().size());
    assertEquals(
        List.of(
            "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5",
            "3.1", "3.2", "3.3", "3.4", "3.5"),
        numbers(c6, Kind.ASSESSMENT));
    assertEquals(
        List.of(
            "ER1", "ER2", "ER3", "ER4", "ER5", "ER5a", "ER5b", "ER5c", "ER6", "ER6a", "ER6b",
            "ER6c", "ER6d", "ER7", "ER7a", "ER7b", "ER7c", "ER8", "ER8a", "ER8b"),
        numbers(c6, Kind.EVIDENCE));
    assertEquals(List.of("MP1", "MP2", "MP3", "MP4"), numbers(c6, Kind.MARKING_POINT));
    assertEquals("two of", catalogue.criterion("C6.ER7").orElseThrow().rule());
    assertEquals("C6.ER7", catalogue.criterion("C6.ER7c").orElseThrow().parent());
  }

  @Test
  void workplaceEvidenceFollowsTheKindAndOutcome() {
    assertTrue(catalogue.criterion("INSCS027.PC8").orElseThrow().workplaceEvidence());
    assertFalse(catalogue.criterion("INSCS027.K10").orElseThrow().workplaceEvidence());
    assertTrue(catalogue.criterion("C6.1.1").orElseThrow().workplaceEvidence());
    assertTrue(catalogue.criterion("C6.2.5").orElseThrow().workplaceEvidence());
    assertFalse(catalogue.criterion("C6.3.1").orElseThrow().workplaceEvidence());
  }

  /** Wording copied from the seed documents, whitespace joined where a line was wrapped. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INSCS027.PC8|assess the probabilities of each risk that you have identified",
        "INSCS027.PC1|identify the stages in your organisation's customer service process that provide opportunities to impress and disappoint customers",
        "INSCS027.K10|how to produce a Strengths, Weaknesses, Opportunities, Threats (SWOT) and Political, Economic, Social, Technological, Legal, Environmental (PESTLE) analysis",
        "C6.2.3|Classify each risk as high, medium or low taking into account its probability and consequences",
        "C6.2.4|Work with colleagues to identify any actions that might be taken to reduce risk",
        "C6.3.5|Define SWOT (Strengths, Weaknesses, Opportunities, Threats) and PESTLE (Political, Economic, Social, Technological, Legal, Environmental) analysis",
        "C6.ER7a|team members or colleagues",
        "C6.MP2|Award credit for applying a recognised risk rating system (e.g., likelihood x impact) with clear justification.",
        "INSML052.PC1|engage colleagues and stakeholders in managing customer service",
        "INSCS009.PC1|identify when you can add a personal touch to your customer service within your organisation's systems or procedures",
        "INSCS009.K5|the types and features of customer service you can offer to customers with individual needs",
        "MSPP.PC1|Identifying meta-skills and role specific skills regularly used in own work to assess strengths and improvement needs for personal and professional development"
      })
  void criteriaKeepTheWordingOfTheirSource(String id, String wording) {
    assertEquals(wording, catalogue.criterion(id).orElseThrow().text());
  }

  @Test
  void theFrameworkHasTwoMandatoryAndTwentyThreeOptionalWorkSituations() {
    Framework framework = catalogue.framework("customer-service").orElseThrow();
    assertEquals(2, framework.mandatory().size());
    assertEquals(23, framework.optional().size());
    assertEquals(8, framework.rule().optionalMinimum());
    assertEquals("all", framework.rule().mandatory());
    assertEquals(
        List.of("INSCS009", "MSPP"),
        framework.mandatory().stream().map(Framework.WorkSituation::standard).toList());
    assertEquals(3, framework.metaSkills().size());
    assertEquals(12, framework.metaSkills().stream().mapToInt(g -> g.skills().size()).sum());
    for (Framework.WorkSituation situation : framework.workSituations()) {
      assertTrue(catalogue.standard(situation.standard()).isPresent(), situation.title());
    }
  }

  @Test
  void everyCrossMapPairResolvesBothWays() {
    assertTrue(catalogue.links().size() >= 24, "at least the DOMAIN.md table");
    for (Link link : catalogue.links()) {
      assertTrue(catalogue.twins(link.from()).contains(link.to()), link.toString());
      assertTrue(catalogue.twins(link.to()).contains(link.from()), link.toString());
    }
    assertEquals(
        List.of("C6.2.3", "C6.3.2", "C6.ER6d", "C6.MP2"), catalogue.twins("INSCS027.PC10"));
    assertTrue(catalogue.twins("C6.3.5").containsAll(List.of("INSCS027.K10", "INSCS027.K11")));
  }

  @Test
  void exactTwinsAreTheCoreTableOnlyBothWays() {
    assertEquals(List.of("C6.2.3", "C6.3.2"), catalogue.exactTwins("INSCS027.PC10"));
    assertEquals(List.of("INSCS027.K7", "INSCS027.PC10"), catalogue.exactTwins("C6.2.3"));
    assertEquals(List.of(), catalogue.exactTwins("C6.ER6d"), "related only");
    assertEquals(List.of(), catalogue.exactTwins("INSCS027.PC13"), "no twin");
    long exactInInscs027 =
        catalogue.standard("INSCS027").orElseThrow().criteria().stream()
            .filter(c -> !catalogue.exactTwins(c.id()).isEmpty())
            .count();
    assertEquals(22, exactInInscs027, "PC1-PC12 and ten knowledge criteria");
  }

  @Test
  void theVersionIsAChecksumOfTheContent() {
    String again = new CatalogueReader().read(CONTENT).checksum();
    assertEquals(catalogue.checksum(), again);
    assertEquals(64, again.length());
    Map<String, String> reworded =
        change(
            "standards/INSCS027.yaml",
            t -> t.replace("assess the probabilities", "assess the likelihood"));
    assertNotEquals(again, new CatalogueReader().read(reworded).checksum());
  }

  @Test
  void searchFindsCriteriaByEveryWord() {
    List<Criterion> found = catalogue.search("probability consequence", 50);
    assertTrue(found.stream().anyMatch(c -> c.id().equals("C6.2.3")), found.toString());
    assertTrue(catalogue.search("   ", 10).isEmpty());
    assertEquals(3, catalogue.search("risk", 3).size());
  }

  // Broken content: each is refused with a message naming the file, the entry and the problem.

  @Test
  void aDuplicateIdIsRefused() {
    assertRefused(
        change(
            "standards/INSCS027.yaml", t -> t.replace("id: INSCS027.PC2\n", "id: INSCS027.PC1\n")),
        "standards/INSCS027.yaml, criterion INSCS027.PC1: 'id' should be INSCS027.PC2");
    assertRefused(
        add(
            "standards/COPY.yaml",
            "code: COPY\ntitle: Copy\nkind: nos\nsource: x\ncriteria:\n"
                + "  - {id: COPY.PC1, kind: performance, number: PC1, text: a, workplaceEvidence: true}\n"
                + "  - {id: COPY.PC1, kind: performance, number: PC1, text: b, workplaceEvidence: true}\n"),
        "the id is used twice");
  }

  @Test
  void aCrossMapToAnUnknownCriterionIsRefused() {
    assertRefused(
        change("crossmap.yaml", t -> t.replaceFirst("to: C6.1.1", "to: C6.9.9")),
        "crossmap.yaml, pair INSCS027.PC1 - C6.9.9: criterion C6.9.9 does not exist");
  }

  @Test
  void aGapInTheNumberingIsRefused() {
    assertRefused(
        change(
            "standards/INSCS027.yaml",
            t ->
                t.replace("id: INSCS027.PC5\n", "id: INSCS027.PC6\n")
                    .replace("number: PC5\n", "number: PC6\n")),
        "standards/INSCS027.yaml, criterion INSCS027.PC6: numbering jumps: expected PC5, found PC6");
  }

  @Test
  void aMissingRequiredFieldIsRefused() {
    assertRefused(
        change(
            "standards/C6.yaml",
            t -> t.replaceFirst("title: Apply risk assessment to customer service\n", "")),
        "standards/C6.yaml: 'title' is missing");
    assertRefused(
        change("standards/INSCS027.yaml", t -> t.replaceFirst("    workplaceEvidence: true\n", "")),
        "'workplaceEvidence' should be true or false, found nothing");
  }

  @Test
  void anUnknownKindOrFieldIsRefused() {
    assertRefused(
        change(
            "standards/INSCS027.yaml", t -> t.replaceFirst("kind: performance", "kind: behaviour")),
        "'kind' is behaviour, expected one of performance, knowledge, skill, assessment, evidence, marking-point");
    assertRefused(
        change(
            "standards/INSCS027.yaml",
            t ->
                t.replaceFirst(
                    "    workplaceEvidence: true\n",
                    "    workplaceEvidence: true\n    wieght: 2\n")),
        "unknown field 'wieght'");
  }

  @Test
  void brokenYamlIsRefusedWithItsPlace() {
    assertRefused(
        change("standards/C6.yaml", t -> t + "\n  - id: [unclosed\n"),
        "standards/C6.yaml: not valid YAML");
  }

  @Test
  void aWorkSituationWithoutItsStandardIsRefused() {
    Map<String, String> content = new HashMap<>(CONTENT);
    content.remove("standards/SDS0368.yaml");
    assertRefused(
        content,
        "frameworks/customer-service.yaml, work situation 3: standard SDS0368 has no file");
  }

  @Test
  void aRequirementWithPartsNeedsItsRule() {
    assertRefused(
        change("standards/C6.yaml", t -> t.replace("rule: two of", "rule: three of")),
        "'rule' is three of, expected one of");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> content =
        change("crossmap.yaml", t -> t.replaceFirst("to: C6.1.1", "to: C6.9.9"));
    content.put(
        "standards/INSCS027.yaml",
        content
            .get("standards/INSCS027.yaml")
            .replaceFirst("kind: performance", "kind: behaviour"));
    CatalogueException refused =
        assertThrows(CatalogueException.class, () -> new CatalogueReader().read(content));
    assertEquals(
        List.of(
            "crossmap.yaml, pair INSCS027.PC1 - C6.9.9: criterion C6.9.9 does not exist",
            "standards/INSCS027.yaml, criterion INSCS027.PC1: 'kind' is behaviour, expected one of"
                + " performance, knowledge, skill, assessment, evidence, marking-point",
            "standards/INSCS027.yaml, criterion INSCS027.PC2: numbering jumps: expected PC1, found"
                + " PC2"),
        refused.problems().stream().sorted().toList());
  }

  private static void assertRefused(Map<String, String> content, String expected) {
    CatalogueException refused =
        assertThrows(CatalogueException.class, () -> new CatalogueReader().read(content));
    assertTrue(
        refused.problems().stream().anyMatch(p -> p.contains(expected)),
        "expected a problem containing '" + expected + "' in:\n" + refused.getMessage());
  }

  private static Map<String, String> change(String file, UnaryOperator<String> edit) {
    Map<String, String> content = new HashMap<>(CONTENT);
    String changed = edit.apply(content.get(file));
    assertNotEquals(content.get(file), changed, "the test really changed " + file);
    content.put(file, changed);
    return content;
  }

  private static Map<String, String> add(String file, String text) {
    Map<String, String> content = new HashMap<>(CONTENT);
    content.put(file, text);
    return content;
  }

  private static List<String> numbers(Standard standard, Kind kind) {
    return standard.criteriaOf(kind).stream().map(Criterion::number).toList();
  }
}
