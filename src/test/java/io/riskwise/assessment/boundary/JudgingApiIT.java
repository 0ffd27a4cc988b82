package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Judging over REST: a submission laid out criterion by criterion with each claim's evidence and
 * the earlier version's decisions beside it, and each assessor's private bank of comments.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JudgingApiIT {

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
  void theSheetShowsEachClaimsEvidenceAndTheEarlierVersionsDecision() throws Exception {
    JudgingFixture fixture = JudgingFixture.create(api);
    String assessor = api.token(fixture.assessor());
    JsonObject first = sheet(fixture.versionId(), assessor);
    JsonObject criterion = claimed(first, "C6.1.6");
    assertTrue(absent(criterion, "earlier"), "nothing judged yet");
    List<JsonObject> claims = criterion.getJsonArray("claims").getValuesAs(JsonObject.class);
    assertEquals(2, claims.size());
    JsonObject witness = claims.get(0).getJsonObject("evidence");
    assertEquals(JudgingFixture.STATEMENT, witness.getString("body"));
    assertEquals("Grace Mensah", witness.getString("witnessName"));
    assertEquals("Store manager", witness.getString("witnessRole"));
    assertEquals("grace.mensah@garden.example", witness.getString("witnessContact"));
    assertEquals("2026-10-03", witness.getString("occurredOn"));
    assertEquals("Saturday morning rush", witness.getString("occasion"));
    JsonObject photo = onlyClaim(first, "C6.2.1").getJsonObject("evidence");
    assertTrue(photo.getBoolean("image"));
    assertFalse(photo.getBoolean("pdf"));
    assertTrue(onlyClaim(first, "C6.2.4").getJsonObject("evidence").getBoolean("pdf"));
    JsonObject part = onlyClaim(first, "C6.1.4").getJsonObject("part");
    assertTrue(part.getString("heading").contains("Queue blocks the fire exit"), part.toString());
    assertTrue(part.getJsonArray("lines").toString().contains("= 12"), part.toString());
    assertTrue(
        first.getJsonArray("unclaimed").getValuesAs(JsonObject.class).stream()
            .anyMatch(c -> c.getString("criterionId").equals("C6.3.4")));
    assertEquals(
        404,
        api.get(
                "api/assessment/submissions/" + fixture.versionId() + "/judging",
                api.token("assessor1"))
            .status(),
        "another centre's assessor");

    long reflectionClaim = claims.get(1).getJsonNumber("mappingId").longValue();
    JsonObject decision =
        Json.createObjectBuilder()
            .add("outcome", "RETURNED")
            .add("feedback", "Ask Grace for a dated statement of what you told customers.")
            .add(
                "claims",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("mappingId", reflectionClaim)
                            .add("accepted", false)
                            .add("feedback", "This does not say what you did.")))
            .add(
                "criteria",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("criterionId", "C6.1.6")
                            .add("status", "NOT_YET_MET")
                            .add("feedback", "Show customers being told.")))
            .build();
    Api.Reply decided =
        api.post(
            "api/assessment/submissions/" + fixture.versionId() + "/decision",
            decision.toString(),
            assessor);
    assertEquals(201, decided.status(), decided.body());

    JsonObject judged = claimed(sheet(fixture.versionId(), assessor), "C6.1.6");
    assertEquals("NOT_YET_MET", judged.getJsonObject("thisReview").getString("status"));
    assertTrue(absent(judged, "earlier"), "this review's decision is not an earlier one");

    long second = fixture.resubmit(api, "Garden centre tills, second try");
    JsonObject again = claimed(sheet(second, assessor), "C6.1.6");
    JsonObject earlier = again.getJsonObject("earlier");
    assertEquals("NOT_YET_MET", earlier.getString("status"));
    assertEquals(1, earlier.getInt("versionNumber"));
    assertEquals("Show customers being told.", earlier.getString("feedback"));
    assertEquals("Asha Assessor", earlier.getString("assessor"));
    assertTrue(absent(again, "thisReview"));
    JsonObject rejected =
        again.getJsonArray("claims").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getJsonNumber("mappingId").longValue() == reflectionClaim)
            .findFirst()
            .orElseThrow()
            .getJsonObject("earlier");
    assertEquals("REJECTED", rejected.getString("status"));
    assertEquals("This does not say what you did.", rejected.getString("feedback"));

    String path = "api/assessment/submissions/" + second + "/judging";
    long few = statementsFor(path, assessor);
    fixture.addClaim(api, "C6.1.7");
    fixture.addClaim(api, "C6.2.2");
    fixture.addClaim(api, "C6.2.2");
    assertEquals(few, statementsFor(path, assessor), "more claims cost no more statements");
  }

  long statementsFor(String path, String token) {
    api.get(path, token);
    Api.Reply reply = api.get(path, token);
    assertEquals(200, reply.status(), path);
    return reply.statements();
  }

  @Test
  void aSavedCommentIsOnlyEverSeenAndRemovedByItsOwner() throws Exception {
    JudgingFixture fixture = JudgingFixture.create(api);
    String owner = api.token(fixture.assessor());
    String colleague = api.token(fixture.centre().assessors()[1]);

    Api.Reply saved =
        api.post(
            "api/assessment/comments",
            "{\"text\":\"  Clear, dated and signed by the witness.  \"}",
            owner);
    assertEquals(201, saved.status(), saved.body());
    long id = saved.json().getJsonNumber("id").longValue();
    assertEquals("Clear, dated and signed by the witness.", saved.json().getString("text"));
    assertEquals(
        409,
        api.post(
                "api/assessment/comments",
                "{\"text\":\"Clear, dated and signed by the witness.\"}",
                owner)
            .status(),
        "saved once");
    assertEquals(400, api.post("api/assessment/comments", "{\"text\":\" \"}", owner).status());
    assertTrue(api.get("api/assessment/comments", owner).body().contains("signed by the witness"));

    assertEquals("[]", api.get("api/assessment/comments", colleague).body());
    assertEquals(404, api.get("api/assessment/comments/" + id, colleague).status());
    assertEquals(404, api.delete("api/assessment/comments/" + id, colleague).status());
    assertEquals(404, api.get("api/assessment/comments/" + id, api.token("assessor1")).status());
    assertEquals(403, api.get("api/assessment/comments", api.token(fixture.apprentice())).status());
    assertEquals(200, api.get("api/assessment/comments/" + id, owner).status(), "still there");

    assertEquals(204, api.delete("api/assessment/comments/" + id, owner).status());
    assertEquals("[]", api.get("api/assessment/comments", owner).body());
    assertEquals(404, api.delete("api/assessment/comments/" + id, owner).status());
  }

  JsonObject sheet(long versionId, String token) {
    Api.Reply reply = api.get("api/assessment/submissions/" + versionId + "/judging", token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  static JsonObject claimed(JsonObject sheet, String criterionId) {
    return sheet.getJsonArray("claimed").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("criterionId").equals(criterionId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(criterionId + " not claimed in " + sheet));
  }

  static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  static JsonObject onlyClaim(JsonObject sheet, String criterionId) {
    return claimed(sheet, criterionId).getJsonArray("claims").getJsonObject(0);
  }
}
