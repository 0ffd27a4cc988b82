package io.riskwise.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.learning.control.LessonAdvice;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.testing.Api;
import io.riskwise.testing.Content;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The readiness check's learning advice, from each apprentice's own knowledge checks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningAdviceIT {
  static final String MODULE = "assessing-and-classifying-risk";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(url);
  }

  @Test
  void wrongAnswersOnALessonAreNamedInTheAdviceOfTheRequirementItTeaches() {
    TestCentre centre = TestCentre.create();
    String wrong = api.token(centre.add("APPRENTICE", "Wendy Wrong"));
    String other = api.token(centre.add("APPRENTICE", "Olly Other"));
    Module module = Content.module(MODULE);
    List<Question> drawn = module.questions().subList(0, 10);
    Api.Reply attempt =
        api.post("api/modules/" + MODULE + "/attempts", LearningApiIT.answers(drawn, false), wrong);
    assertEquals(200, attempt.status(), attempt.body());
    long onTheMatrix = drawn.stream().filter(q -> q.isMarked() && q.lesson() == 3).count();
    assertTrue(onTheMatrix >= 2, "the test draws several questions on the risk matrix");

    Map<String, JsonObject> advice = advice(readinessOfANewAssessment(wrong));
    assertEquals(
        "You answered "
            + onTheMatrix
            + " of "
            + onTheMatrix
            + " questions on the risk matrix wrongly; revise Assessing and classifying risk,"
            + " lesson 3: The 5 x 5 risk matrix.",
        advice.get("C6.MP2").getString("message"));
    assertEquals("The 5 x 5 risk matrix", advice.get("C6.MP2").getString("lessonTitle"));
    assertEquals(
        "/app/learning/lesson.xhtml?id=" + MODULE + "&lesson=3",
        advice.get("C6.MP2").getString("lessonHref"));
    assertTrue(
        advice.get("INSCS027.PC6").getString("message").startsWith("Learn this in Acting on risk"),
        "nothing answered on informing customers: " + advice.get("INSCS027.PC6"));

    Map<String, JsonObject> otherAdvice = advice(readinessOfANewAssessment(other));
    assertEquals(
        "Learn this in Assessing and classifying risk, lesson 3: The 5 x 5 risk matrix.",
        otherAdvice.get("C6.MP2").getString("message"),
        "another apprentice's answers never count");
    otherAdvice
        .values()
        .forEach(a -> assertFalse(a.getString("message").contains("wrongly"), a.toString()));
  }

  @Test
  void theAssessorReadsTheApprenticesOwnAdvice() {
    TestCentre centre = TestCentre.create();
    String apprentice = api.token(centre.add("APPRENTICE", "Wendy Wrong"));
    Module module = Content.module(MODULE);
    api.post(
        "api/modules/" + MODULE + "/attempts",
        LearningApiIT.answers(module.questions().subList(0, 10), false),
        apprentice);
    long id = api.post("api/portfolio/assessments", "{}", apprentice).json().getInt("id");
    JsonObject readiness =
        api.get("api/portfolio/assessments/" + id + "/readiness", api.token(centre.assessors()[0]))
            .json();
    assertTrue(
        advice(readiness).get("C6.MP2").getString("message").startsWith("You answered"),
        readiness.toString());
  }

  private JsonObject readinessOfANewAssessment(String token) {
    Api.Reply created = api.post("api/portfolio/assessments", "{}", token);
    assertEquals(201, created.status(), created.body());
    Api.Reply readiness =
        api.get("api/portfolio/assessments/" + created.json().getInt("id") + "/readiness", token);
    assertEquals(200, readiness.status(), readiness.body());
    return readiness.json();
  }

  /** The advice of each requirement, checking that every requirement has some. */
  private static Map<String, JsonObject> advice(JsonObject readiness) {
    List<JsonObject> checks = readiness.getJsonArray("checks").getValuesAs(JsonObject.class);
    for (JsonObject check : checks) {
      if (LessonAdvice.REQUIREMENTS.contains(check.getString("requirement"))) {
        assertNotNull(check.get("advice"), check.toString());
        assertFalse(check.isNull("advice"), check.toString());
      }
    }
    return checks.stream()
        .filter(c -> c.containsKey("advice") && !c.isNull("advice"))
        .collect(Collectors.toMap(c -> c.getString("requirement"), c -> c.getJsonObject("advice")));
  }
}
