package io.riskwise.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.catalogue.control.CatalogueReader;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.Lesson;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.platform.content.ContentFiles;
import java.nio.file.Files;
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

  @Test
  void everyReadinessRequirementIsTaughtByALessonAndEveryQuestionNamesItsLesson() {
    for (String requirement : LessonAdvice.REQUIREMENTS) {
      assertTrue(
          modules.stream()
              .flatMap(m -> m.lessons().stream())
              .anyMatch(l -> l.teaches().contains(requirement)),
          requirement);
    }
    Module assessing = modules.get(1);
    assertEquals("The 5 x 5 risk matrix", assessing.lessons().get(2).title());
    assertEquals("the risk matrix", assessing.lessons().get(2).topic());
    assertTrue(assessing.lessons().get(2).teaches().contains("C6.MP2"));
    assertEquals(3, assessing.question("q1").orElseThrow().lesson());
    assertEquals(
        List.of("INSCS027.PC6", "INSCS027.PC7"), modules.get(4).lessons().get(2).teaches());
    for (Module module : modules) {
      for (Question question : module.questions()) {
        assertTrue(module.lesson(question.lesson()).isPresent(), module.id() + " " + question.id());
      }
    }
  }

  @Test
  void theReadmeNamesEveryLessonThatTeachesARequirement() throws Exception {
    String readme = Files.readString(Path.of("content", "learning", "README.md"));
    for (Module module : modules) {
      for (Lesson lesson : module.lessons()) {
        if (!lesson.teaches().isEmpty()) {
          String named = module.order() + "." + lesson.number() + " " + lesson.title();
          assertTrue(readme.contains(named), "README.md names " + named);
        }
      }
    }
  }

  @Test
  void anUnknownRequirementIsRefused() {
    assertRefused(
        change(
            "02-assessing-and-classifying-risk/module.yaml",
            t -> t.replace("teaches: [C6.MP2, C6.ER6d]", "teaches: [C6.MP9, C6.ER6d]")),
        "02-assessing-and-classifying-risk/module.yaml, lesson 3: 'teaches' names C6.MP9, which is"
            + " not a readiness requirement");
  }

  @Test
  void aRequirementNoLessonTeachesIsRefused() {
    assertRefused(
        change("05-acting-on-risk/module.yaml", t -> t.replace("teaches: [C6.ER7]\n", "")),
        "no lesson teaches the readiness requirement C6.ER7");
  }

  @Test
  void aQuestionWithoutALessonOrWithALessonTheModuleHasNotIsRefused() {
    assertRefused(
        change("03-swot-and-pestle/questions.yaml", t -> t.replaceFirst("lesson: 2", "lesson: 4")),
        "03-swot-and-pestle/questions.yaml, question q2: 'lesson' is 4, expected the number of a"
            + " lesson of this module, 1 to 3");
    assertRefused(
        change("03-swot-and-pestle/questions.yaml", t -> t.replaceFirst("  lesson: 1\n", "")),
        "03-swot-and-pestle/questions.yaml, question q1: 'lesson' is missing");
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
