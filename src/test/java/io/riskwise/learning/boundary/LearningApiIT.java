package io.riskwise.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.testing.Api;
import io.riskwise.testing.Content;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Modules, knowledge checks, activities and knowledge evidence over REST. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class LearningApiIT {
  static final String MODULE = "risk-in-customer-service";

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
  void aDrawnCheckGivesNoAnswersAway() {
    JsonObject module = api.get("api/modules/" + MODULE, api.token("apprentice5")).json();
    List<JsonObject> questions =
        module.getJsonObject("check").getJsonArray("questions").getValuesAs(JsonObject.class);
    assertEquals(10, questions.size());
    assertFalse(module.toString().contains("\"correct\""));
    assertFalse(module.toString().contains("momentOfTruth"));
    assertEquals(5, module.getJsonArray("lessons").size());
  }

  @Test
  void aPassedCheckCompletesTheModuleAndEveryAttemptIsKept() throws Exception {
    String token = api.token("apprentice6");
    Module module = Content.module(MODULE);
    List<Question> drawn = module.questions().subList(0, 10);

    Api.Reply failed =
        api.post("api/modules/" + MODULE + "/attempts", answers(drawn, false), token);
    assertEquals(200, failed.status(), failed.body());
    assertFalse(failed.json().getBoolean("passed"));

    Api.Reply passed = api.post("api/modules/" + MODULE + "/attempts", answers(drawn, true), token);
    assertTrue(passed.json().getBoolean("passed"), passed.body());
    assertEquals(100, passed.json().getInt("percent"));

    JsonObject summary =
        api
            .get("api/modules", token)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("id").equals(MODULE))
            .findFirst()
            .orElseThrow();
    assertEquals("COMPLETED", summary.getJsonObject("progress").getString("status"));
    assertEquals(2, summary.getJsonObject("progress").getInt("checkAttempts"));
    assertEquals(
        2,
        TestDatabase.count(
            "select count(*) from learning_attempt a join app_user u on u.id = a.apprentice_id"
                + " where u.username = 'apprentice6' and a.activity_id is null"));
  }

  @Test
  void answersThatDoNotFitTheQuestionAre400AndNothingIsStored() throws Exception {
    String token = api.token("apprentice5");
    long before = TestDatabase.count("select count(*) from learning_attempt");
    Module module = Content.module(MODULE);
    List<Question> drawn = new ArrayList<>(module.questions().subList(0, 10));
    String tooFew = answers(drawn.subList(0, 3), true);
    Api.Reply reply = api.post("api/modules/" + MODULE + "/attempts", tooFew, token);
    assertEquals(400, reply.status());
    assertEquals(
        "answers", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    String badChoice =
        answers(drawn, true).replaceFirst("\"choices\":\\[\"[a-e]\"\\]", "\"choices\":[\"z\"]");
    Api.Reply refused = api.post("api/modules/" + MODULE + "/attempts", badChoice, token);
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("choose from the options given"), refused.body());
    assertEquals(before, TestDatabase.count("select count(*) from learning_attempt"));
  }

  @Test
  void onlyApprenticesSubmitWork() {
    Module module = Content.module(MODULE);
    String body = answers(module.questions().subList(0, 10), true);
    assertEquals(
        403,
        api.post("api/modules/" + MODULE + "/attempts", body, api.token("assessor1")).status());
    assertEquals(401, api.post("api/modules/" + MODULE + "/attempts", body, null).status());
    assertEquals(
        404, api.post("api/modules/nope/attempts", body, api.token("apprentice5")).status());
  }

  @Test
  void theCostBenefitCalculatorWorksOnTheServer() {
    JsonObject input =
        Json.createObjectBuilder()
            .add("oneOffCost", 14000)
            .add("annualCost", 2350)
            .add("annualBenefit", 8150)
            .add("years", 5)
            .add("discountRatePercent", 5)
            .add("paybackYears", 2.41)
            .add("npv", 11000)
            .build();
    Api.Reply reply =
        api.post(
            "api/modules/cost-benefit-analysis/activities/cost-benefit-calculator/attempts",
            input.toString(),
            api.token("apprentice5"));
    assertEquals(200, reply.status(), reply.body());
    assertEquals(1, reply.json().getInt("score"));
    assertEquals(2, reply.json().getInt("maxScore"));
    assertTrue(reply.body().contains("11110.96"), reply.body());

    Api.Reply negative =
        api.post(
            "api/modules/cost-benefit-analysis/activities/cost-benefit-calculator/attempts",
            "{\"oneOffCost\": -5, \"annualCost\": 0, \"annualBenefit\": 10, \"years\": 0, \"discountRatePercent\": 5}",
            api.token("apprentice5"));
    assertEquals(400, negative.status());
    assertEquals(2, negative.json().getJsonArray("errors").size(), negative.body());
  }

  @Test
  void theMatrixActivityComparesWithTheModelAnswer() {
    var matrix =
        (io.riskwise.learning.entity.Activity.Matrix)
            Content.module("assessing-and-classifying-risk")
                .activity("rate-the-risks")
                .orElseThrow();
    JsonArrayBuilder ratings = Json.createArrayBuilder();
    matrix
        .risks()
        .forEach(
            r ->
                ratings.add(
                    Json.createObjectBuilder()
                        .add("risk", r.id())
                        .add("probability", r.probability())
                        .add("consequence", r.consequence())));
    Api.Reply reply =
        api.post(
            "api/modules/assessing-and-classifying-risk/activities/rate-the-risks/attempts",
            Json.createObjectBuilder().add("ratings", ratings).build().toString(),
            api.token("apprentice5"));
    assertEquals(200, reply.status(), reply.body());
    assertEquals(matrix.risks().size(), reply.json().getInt("score"));
  }

  @Test
  void knowledgeEvidenceIsSeenByThoseResponsibleOnly() throws Exception {
    long apprentice1 = TestDatabase.count("select id from app_user where username = 'apprentice1'");
    String path = "api/apprentices/" + apprentice1 + "/learning";
    for (Map.Entry<String, Integer> expected :
        Map.of(
                "apprentice1", 200,
                "assessor1", 200,
                "iqa1", 200,
                "admin1", 200,
                "apprentice2", 404,
                "assessor2", 404,
                "eqa1", 404, // a verifier reads it only within a grant (apprentice1 has none)
                "northgate-admin", 404)
            .entrySet()) {
      assertEquals(
          expected.getValue(),
          api.get(path, api.token(expected.getKey())).status(),
          expected.getKey());
    }
    JsonObject learning = api.get(path, api.token("assessor1")).json();
    assertEquals("knowledge", learning.getString("evidenceKind"));
    assertEquals(5, learning.getJsonArray("modules").size());
  }

  /** A body answering each question, rightly or wrongly. */
  public static String answers(List<Question> questions, boolean right) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    for (Question question : questions) {
      JsonObjectBuilder answer = Json.createObjectBuilder().add("question", question.id());
      switch (question.type()) {
        case SINGLE, MULTIPLE -> {
          JsonArrayBuilder choices = Json.createArrayBuilder();
          question.options().stream()
              .filter(o -> o.correct() == right)
              .limit(right ? Long.MAX_VALUE : 1)
              .forEach(o -> choices.add(o.id()));
          answer.add("choices", choices);
        }
        case ORDERING -> {
          List<String> order =
              new ArrayList<>(question.items().stream().map(Question.Item::id).toList());
          if (!right) {
            java.util.Collections.reverse(order);
          }
          JsonArrayBuilder items = Json.createArrayBuilder();
          order.forEach(items::add);
          answer.add("order", items);
        }
        case WRITTEN ->
            answer.add("text", "In my contact centre we log risks and review them weekly.");
      }
      answers.add(answer);
    }
    return Json.createObjectBuilder().add("answers", answers).build().toString();
  }
}
