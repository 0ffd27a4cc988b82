package io.riskwise.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.catalogue.control.CatalogueReader;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.platform.content.ContentFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The real content in content/learning, read and checked as at start-up. */
class LearningReaderTest {
  static final Catalogue CATALOGUE =
      new CatalogueReader().read(ContentFiles.fromDirectory(Path.of("content", "catalogue")));
  static final Map<String, String> CONTENT =
      ContentFiles.fromDirectory(Path.of("content", "learning"));

  final List<Module> modules = new LearningReader().read(CONTENT, CATALOGUE);

  @Test
  void fiveModulesInOrderEachMappedToTheCriteriaItTeaches() {
    assertEquals(
        List.of(
            "risk-in-customer-service",
            "assessing-and-classifying-risk",
            "swot-and-pestle",
            "cost-benefit-analysis",
            "acting-on-risk"),
        modules.stream().map(Module::id).toList());
    assertEquals(
        List.of("INSCS027.K3", "INSCS027.K6", "INSCS027.K7", "C6.3.1", "C6.3.2"),
        modules.get(1).criteria());
    for (Module module : modules) {
      assertTrue(module.minutes() >= 20 && module.minutes() <= 40, module.id());
      assertTrue(module.questions().size() >= 10, module.id());
      for (Question.Type type : Question.Type.values()) {
        assertTrue(
            module.questions().stream().anyMatch(q -> q.type() == type), module.id() + " " + type);
      }
    }
  }

  @Test
  void lessonsAreRenderedWithoutRawHtml() {
    String html = modules.get(1).lessons().get(2).html();
    assertTrue(html.contains("<h2>"), html.substring(0, 200));
    Map<String, String> withScript =
        change(
            "02-assessing-and-classifying-risk/03-the-risk-matrix.md",
            t -> t + "\n\n<script>alert(1)</script>\n");
    String rendered =
        new LearningReader().read(withScript, CATALOGUE).get(1).lessons().get(2).html();
    assertFalse(rendered.contains("<script>"));
    assertTrue(rendered.contains("&lt;script&gt;"));
  }

  @Test
  void aTableScrollsInARegionOfItsOwnThatTheKeyboardReaches() {
    String html = modules.get(1).lessons().get(2).html();
    assertTrue(
        html.contains(
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table\">"
                + "<table>"),
        html);
    assertTrue(html.contains("</table></div>"), html);
  }

  @Test
  void theActivitiesAreThoseTheIssueAsksFor() {
    assertEquals(
        List.of("process-order", "matrix", "swot-pestle", "cost-benefit"),
        modules.stream().flatMap(m -> m.activities().stream()).map(Activity::type).toList());
  }

  @Test
  void aCriterionThatIsNotInTheCatalogueIsRefused() {
    assertRefused(
        change(
            "02-assessing-and-classifying-risk/module.yaml",
            t -> t.replace("INSCS027.K7", "INSCS027.K77")),
        "02-assessing-and-classifying-risk/module.yaml: criterion INSCS027.K77 is not in the catalogue");
  }

  @Test
  void aMissingLessonFileIsRefused() {
    Map<String, String> content = new HashMap<>(CONTENT);
    content.remove("03-swot-and-pestle/02-pestle-analysis.md");
    assertRefused(content, "the file 03-swot-and-pestle/02-pestle-analysis.md does not exist");
  }

  @Test
  void aSingleChoiceQuestionWithTwoRightAnswersIsRefused() {
    assertRefused(
        change(
            "01-risk-in-customer-service/questions.yaml",
            t -> t.replaceFirst("correct: false", "correct: true")),
        "question q1: a single-choice question needs exactly one correct option, found 2");
  }

  @Test
  void aWorkedAnswerThatDisagreesWithTheArithmeticIsRefused() {
    assertRefused(
        change(
            "04-cost-benefit-analysis/activities.yaml",
            t -> t.replace("npv: 11110.96", "npv: 11110.00")),
        "'npv' is 11110.0 but the figures give 11110.96");
  }

  private static void assertRefused(Map<String, String> content, String expected) {
    LearningException refused =
        assertThrows(LearningException.class, () -> new LearningReader().read(content, CATALOGUE));
    assertTrue(
        refused.problems().stream().anyMatch(p -> p.contains(expected)),
        "expected '" + expected + "' in:\n" + refused.getMessage());
  }

  private static Map<String, String> change(String file, UnaryOperator<String> edit) {
    Map<String, String> content = new HashMap<>(CONTENT);
    String changed = edit.apply(content.get(file));
    assertNotEquals(content.get(file), changed, "the test really changed " + file);
    content.put(file, changed);
    return content;
  }
}
