package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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
 * The assessment workflow over REST, against the real database: submit, queue, return with
 * feedback, resubmit, criteria met, knowledge evidence, sign-off with its digest, countersign,
 * signed evidence locked, revocation; every refused transition changes nothing; the audit chain
 * verifies, and a row altered in the database is found.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentApiIT {
  static final List<String> C6_CRITERIA =
      List.of(
          "C6.1.1", "C6.1.2", "C6.1.3", "C6.1.4", "C6.1.5", "C6.1.6", "C6.1.7", "C6.2.1", "C6.2.2",
          "C6.2.3", "C6.2.4", "C6.2.5", "C6.3.1", "C6.3.2", "C6.3.3", "C6.3.5");

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
  void theWholeLoopFromSubmissionToRevokedSignOff() throws Exception {
    String apprentice = api.token("apprentice3");
    String assessor = api.token("assessor1");
    long apprenticeId = TestDatabase.idOf("apprentice3");
    long assessmentId =
        api.get("api/portfolio/assessments", apprentice)
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getInt("id");
    assertEquals(
        201,
        submit(
                assessmentId,
                saveTitle(assessmentId, "Contact centre, resubmitted", apprentice),
                apprentice)
            .status());

    JsonObject waiting = queued(assessor, assessmentId);
    long first = waiting.getJsonNumber("versionId").longValue();
    assertEquals("Callum Reid", waiting.getString("apprentice"));
    assertFalse(waiting.getBoolean("overdue"));
    assertTrue(
        api.get("api/assessment/queue", api.token("assessor2"))
                .body()
                .indexOf("\"assessmentId\":" + assessmentId + ",")
            < 0);
    assertTrue(notificationKinds("assessor1").contains("SUBMISSION_RECEIVED"));

    JsonObject submission = api.get("api/assessment/submissions/" + first, assessor).json();
    long claim =
        submission.getJsonArray("claims").getJsonObject(0).getJsonNumber("mappingId").longValue();
    assertEquals(
        404, api.get("api/assessment/submissions/" + first, api.token("northgate-admin")).status());
    assertEquals(
        404,
        decide(first, returned("Please add a tolerated risk."), api.token("assessor2")).status());
    assertEquals(403, decide(first, returned("I judge my own work"), apprentice).status());
    long reviews = TestDatabase.count("select count(*) from review");
    Api.Reply noFeedback = decide(first, returned(""), assessor);
    assertEquals(400, noFeedback.status(), noFeedback.body());
    assertEquals(reviews, TestDatabase.count("select count(*) from review"), "nothing stored");

    JsonObject rework =
        Json.createObjectBuilder(returned("Tolerate at least one risk, with your reasons (ER8)."))
            .add(
                "claims",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("mappingId", claim)
                            .add("accepted", false)
                            .add("feedback", "This shows the process, not PC6.")))
            .build();
    assertEquals(201, decide(first, rework, assessor).status());
    assertEquals(409, decide(first, rework, assessor).status(), "a version is judged once");
    assertTrue(notificationKinds("apprentice3").contains("WORK_RETURNED"));

    assertEquals(
        201,
        submit(
                assessmentId,
                saveTitle(assessmentId, "Contact centre, second try", apprentice),
                apprentice)
            .status());
    long second = queued(assessor, assessmentId).getJsonNumber("versionId").longValue();
    assertTrue(second != first);

    JsonObject evidenceClaim =
        api
            .get("api/assessment/submissions/" + second, assessor)
            .json()
            .getJsonArray("claims")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.containsKey("evidenceId") && !c.isNull("evidenceId"))
            .findFirst()
            .orElseThrow();
    JsonArrayBuilder criteria = Json.createArrayBuilder();
    C6_CRITERIA.forEach(
        c -> criteria.add(Json.createObjectBuilder().add("criterionId", c).add("status", "MET")));
    JsonObject met =
        Json.createObjectBuilder()
            .add("outcome", "CRITERIA_MET")
            .add("feedback", "A thorough assessment.")
            .add("criteria", criteria)
            .add(
                "claims",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("mappingId", evidenceClaim.getJsonNumber("mappingId").longValue())
                            .add("accepted", true)))
            .build();
    Api.Reply decided = decide(second, met, assessor);
    assertEquals(201, decided.status(), decided.body());

    Api.Reply early = signOff(apprenticeId, assessor);
    assertEquals(409, early.status());
    assertTrue(early.json().getString("detail").contains("C6.3.4"), early.body());

    Api.Reply performance =
        knowledge(apprenticeId, "risk-in-customer-service", "INSCS027.PC1", assessor);
    assertEquals(400, performance.status());
    assertTrue(performance.body().contains("knowledge evidence only"), performance.body());
    assertEquals(
        201, knowledge(apprenticeId, "cost-benefit-analysis", "C6.3.4", assessor).status());

    Api.Reply signed = signOff(apprenticeId, assessor);
    assertEquals(201, signed.status(), signed.body());
    long signOffId = signed.json().getJsonNumber("id").longValue();
    String evidence = TestDatabase.text("select evidence from sign_off where id = ?", signOffId);
    assertEquals(sha256(evidence), signed.json().getString("digest"));
    assertTrue(evidence.contains("\"versionDigest\""), evidence);
    assertEquals(409, signOff(apprenticeId, assessor).status(), "already signed off");

    assertEquals(404, countersign(signOffId, true, api.token("apprentice2")).status());
    assertEquals(400, countersign(signOffId, false, apprentice).status());
    Api.Reply countersigned = countersign(signOffId, true, apprentice);
    assertEquals(200, countersigned.status(), countersigned.body());
    assertEquals("COUNTERSIGNED", countersigned.json().getString("state"));
    assertEquals(409, countersign(signOffId, true, apprentice).status());

    long evidenceId = evidenceClaim.getJsonNumber("evidenceId").longValue();
    Api.Reply locked = api.delete("api/portfolio/evidence/" + evidenceId, apprentice);
    assertEquals(409, locked.status(), locked.body());
    assertEquals(
        1, TestDatabase.count("select count(*) from evidence_item where id = ?", evidenceId));

    assertEquals(400, revoke(signOffId, " ", assessor).status());
    Api.Reply revoked =
        revoke(signOffId, "Sampled by IQA: the witness could not be contacted.", assessor);
    assertEquals(200, revoked.status(), revoked.body());
    assertEquals("REVOKED", revoked.json().getString("state"));
    assertEquals(409, countersign(signOffId, true, apprentice).status());
    assertEquals(409, revoke(signOffId, "Again", assessor).status());
    assertEquals(
        evidence,
        TestDatabase.text("select evidence from sign_off where id = ?", signOffId),
        "what was signed is never changed");
  }

  @Test
  void theAuditChainVerifiesAndFindsARowAlteredInTheDatabase() throws Exception {
    String assessor = api.token("assessor1");
    long apprenticeId = TestDatabase.idOf("apprentice3");
    for (String criterion : List.of("C6.3.1", "C6.3.2")) {
      assertEquals(
          201,
          knowledge(apprenticeId, "assessing-and-classifying-risk", criterion, assessor).status());
    }
    String admin = api.token("admin1");
    JsonObject intact = api.get("api/audit/verify", admin).json();
    assertTrue(intact.getBoolean("intact"), intact.toString());
    assertTrue(intact.isNull("firstBrokenEntry"));
    assertTrue(intact.getInt("entries") >= 2);

    long centre = TestDatabase.count("select centre_id from app_user where username = 'admin1'");
    long last =
        TestDatabase.count("select max(position) from audit_trail where centre_id = ?", centre);
    String original =
        TestDatabase.text(
            "select details from audit_trail where centre_id = ? and position = ?", centre, last);
    TestDatabase.update(
        "update audit_trail set details = ? where centre_id = ? and position = ?",
        original.replace("MET", "NOT_YET_MET"),
        centre,
        last);
    try {
      JsonObject broken = api.get("api/audit/verify", admin).json();
      assertFalse(broken.getBoolean("intact"));
      assertEquals(last, broken.getJsonNumber("firstBrokenEntry").longValue());
      assertEquals(intact.getInt("entries"), broken.getInt("entries"));
    } finally {
      TestDatabase.update(
          "update audit_trail set details = ? where centre_id = ? and position = ?",
          original,
          centre,
          last);
    }
    assertTrue(api.get("api/audit/verify", admin).json().getBoolean("intact"));
    assertEquals(403, api.get("api/audit/verify", assessor).status());
    assertTrue(
        api.get("api/audit/verify", api.token("northgate-admin")).json().getBoolean("intact"),
        "another centre's chain is its own");
  }

  @Test
  void anExternalVerifierReadsOnlyWhatWasGrantedWhileTheGrantLasts() throws Exception {
    String admin = api.token("admin1");
    String eqa = api.token("eqa1");
    long apprentice1 = TestDatabase.idOf("apprentice1");
    long apprentice4 = TestDatabase.idOf("apprentice4");
    long eqaId = TestDatabase.idOf("eqa1");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    String path = "api/portfolio/evidence?apprentice=" + apprentice1;
    assertEquals(404, api.get(path, eqa).status(), "nothing granted yet");

    JsonObject request =
        Json.createObjectBuilder()
            .add("eqaId", eqaId)
            .add("apprenticeIds", Json.createArrayBuilder().add(apprentice1))
            .add("startsOn", today.minusDays(1).toString())
            .add("endsOn", today.plusDays(1).toString())
            .build();
    assertEquals(
        403, api.post("api/eqa/grants", request.toString(), api.token("assessor1")).status());
    assertEquals(
        400,
        api.post("api/eqa/grants", request.toString(), api.token("northgate-admin")).status(),
        "another centre's verifier and apprentice");
    JsonObject past =
        Json.createObjectBuilder(request).add("endsOn", today.minusDays(1).toString()).build();
    assertEquals(400, api.post("api/eqa/grants", past.toString(), admin).status());
    Api.Reply granted = api.post("api/eqa/grants", request.toString(), admin);
    assertEquals(201, granted.status(), granted.body());
    long grantId =
        granted.structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();

    long views = TestDatabase.count("select count(*) from eqa_view where eqa_id = ?", eqaId);
    assertEquals(200, api.get(path, eqa).status());
    assertEquals(
        views + 1,
        TestDatabase.count("select count(*) from eqa_view where eqa_id = ?", eqaId),
        "the view is logged");
    assertEquals(403, api.post("api/portfolio/assessments", "{}", eqa).status(), "read only");
    assertEquals(
        404,
        api.get("api/portfolio/evidence?apprentice=" + TestDatabase.idOf("apprentice6"), eqa)
            .status());

    TestDatabase.update(
        "insert into eqa_grant (eqa_id, apprentice_id, starts_on, ends_on, granted_by, granted_at)"
            + " values (?, ?, ?, ?, ?, now(6))",
        eqaId,
        apprentice4,
        today.minusDays(30).toString(),
        today.minusDays(1).toString(),
        TestDatabase.idOf("admin1"));
    Api.Reply expired = api.get("api/portfolio/evidence?apprentice=" + apprentice4, eqa);
    assertEquals(403, expired.status());
    assertTrue(
        expired.json().getString("detail").contains("ended on " + today.minusDays(1)),
        expired.body());

    assertEquals(200, api.delete("api/eqa/grants/" + grantId, admin).status());
    assertEquals(403, api.get(path, eqa).status(), "ended by the administrator");
    assertTrue(api.get("api/audit/verify", admin).json().getBoolean("intact"));
  }

  @Test
  void theIqaChecksTheSampleAgreesOrRefersBackAndReports() throws Exception {
    String iqa = api.token("iqa1");
    JsonObject everything =
        Json.createObjectBuilder()
            .add("basePercent", 100)
            .add("newPercent", 100)
            .add("newBelow", 5)
            .add("referredPercent", 100)
            .add("referredAtLeast", 2)
            .add("unitPercents", Json.createObjectBuilder())
            .add("methodPercents", Json.createObjectBuilder())
            .build();
    JsonObject impossible = Json.createObjectBuilder(everything).add("basePercent", 120).build();
    assertEquals(400, api.put("api/iqa/plan", impossible.toString(), iqa).status());
    assertEquals(
        403, api.put("api/iqa/plan", everything.toString(), api.token("assessor1")).status());
    assertEquals(200, api.put("api/iqa/plan", everything.toString(), iqa).status());
    List<JsonObject> sample =
        api.get("api/iqa/sample", iqa).structure().asJsonArray().getValuesAs(JsonObject.class);
    JsonObject demoSignOff =
        sample.stream()
            .filter(i -> i.getString("kind").equals("SIGN_OFF"))
            .filter(i -> i.getString("apprentice").equals("Amira Hassan"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "AGREED", demoSignOff.getString("iqaOutcome"), "the demo sign-off was sampled and agreed");
    JsonObject review =
        sample.stream().filter(i -> i.getString("kind").equals("REVIEW")).findFirst().orElseThrow();
    long reviewId = review.getJsonNumber("id").longValue();

    JsonObject refer =
        Json.createObjectBuilder()
            .add("kind", "REVIEW")
            .add("id", reviewId)
            .add("outcome", "REFERRED")
            .build();
    assertEquals(
        400, api.post("api/iqa/decisions", refer.toString(), iqa).status(), "reasons needed");
    assertEquals(
        403, api.post("api/iqa/decisions", refer.toString(), api.token("assessor1")).status());
    JsonObject reasoned =
        Json.createObjectBuilder(refer)
            .add("reasons", "The feedback does not say which criterion is missing.")
            .build();
    Api.Reply referred = api.post("api/iqa/decisions", reasoned.toString(), iqa);
    assertEquals(201, referred.status(), referred.body());
    long assessorId = review.getJsonNumber("assessorId").longValue();
    String assessor = TestDatabase.text("select username from app_user where id = ?", assessorId);
    assertTrue(notificationKinds(assessor).contains("REFERRAL"));
    JsonObject agree = Json.createObjectBuilder(refer).add("outcome", "AGREED").build();
    assertEquals(
        201,
        api.post("api/iqa/decisions", agree.toString(), iqa).status(),
        "a referral is resolved");

    JsonObject report = api.get("api/iqa/report", iqa).json();
    JsonObject c6 =
        report.getJsonArray("byUnit").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("group").equals("C6"))
            .findFirst()
            .orElseThrow();
    assertTrue(c6.getInt("decisions") >= 2 && c6.getInt("checked") >= 2, c6.toString());
    assertTrue(c6.getInt("agreementPercent") > 0, c6.toString());

    JsonObject standard =
        Json.createObjectBuilder(everything)
            .add("basePercent", 25)
            .add("referredPercent", 50)
            .build();
    assertEquals(200, api.put("api/iqa/plan", standard.toString(), iqa).status());
    long northgateApprentice = TestDatabase.idOf("northgate-apprentice");
    assertEquals(
        404,
        api.post(
                "api/iqa/decisions",
                Json.createObjectBuilder(agree).add("id", 999999).build().toString(),
                iqa)
            .status());
    assertTrue(northgateApprentice > 0);
  }

  @Test
  void anAssessorsOwnRecordMeetsCriteriaButQuestioningOnlyKnowledge() throws Exception {
    String assessor = api.token("assessor1");
    long apprentice1 = TestDatabase.idOf("apprentice1");
    String path = "api/assessment/apprentices/" + apprentice1 + "/records";
    JsonObject observation =
        Json.createObjectBuilder()
            .add("kind", "OBSERVATION")
            .add("occurredOn", "2026-10-20")
            .add("occasion", "Saturday morning at the tills")
            .add(
                "record",
                "I watched Jordan tell queuing customers about the card reader fault and offer cash.")
            .add("criteria", Json.createArrayBuilder().add("INSCS027.PC6"))
            .build();
    assertEquals(403, api.post(path, observation.toString(), api.token("apprentice1")).status());
    assertEquals(404, api.post(path, observation.toString(), api.token("assessor2")).status());
    JsonObject questioning =
        Json.createObjectBuilder(observation).add("kind", "QUESTIONING").build();
    Api.Reply refused = api.post(path, questioning.toString(), assessor);
    assertEquals(400, refused.status());
    assertTrue(refused.body().contains("questioning can only show knowledge"), refused.body());
    Api.Reply recorded = api.post(path, observation.toString(), assessor);
    assertEquals(201, recorded.status(), recorded.body());
    JsonObject pc6 =
        api
            .get("api/assessment/apprentices/" + apprentice1 + "/units/INSCS027", assessor)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("criterionId").equals("INSCS027.PC6"))
            .findFirst()
            .orElseThrow();
    assertEquals("MET", pc6.getString("status"));
    assertEquals(1, api.get(path, api.token("apprentice1")).structure().asJsonArray().size());
  }

  JsonObject queued(String assessor, long assessmentId) {
    return api
        .get("api/assessment/queue", assessor)
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(q -> q.getJsonNumber("assessmentId").longValue() == assessmentId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the queue: " + assessmentId));
  }

  List<String> notificationKinds(String username) {
    return api
        .get("api/notifications", api.token(username))
        .json()
        .getJsonArray("notifications")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(n -> n.getString("kind"))
        .toList();
  }

  static JsonObject returned(String feedback) {
    return Json.createObjectBuilder().add("outcome", "RETURNED").add("feedback", feedback).build();
  }

  Api.Reply submit(long assessmentId, int version, String token) {
    return api.post(
        "api/portfolio/assessments/" + assessmentId + "/submissions",
        Json.createObjectBuilder().add("version", version).build().toString(),
        token);
  }

  Api.Reply decide(long versionId, JsonObject decision, String token) {
    return api.post(
        "api/assessment/submissions/" + versionId + "/decision", decision.toString(), token);
  }

  Api.Reply signOff(long apprenticeId, String token) {
    return api.post(
        "api/assessment/apprentices/" + apprenticeId + "/units/C6/sign-off", "{}", token);
  }

  Api.Reply knowledge(long apprenticeId, String module, String criterion, String token) {
    return api.post(
        "api/assessment/apprentices/" + apprenticeId + "/knowledge",
        Json.createObjectBuilder()
            .add("moduleId", module)
            .add("criterionId", criterion)
            .build()
            .toString(),
        token);
  }

  Api.Reply countersign(long signOffId, boolean declaration, String token) {
    return api.post(
        "api/assessment/sign-offs/" + signOffId + "/countersignature",
        Json.createObjectBuilder().add("declaration", declaration).build().toString(),
        token);
  }

  Api.Reply revoke(long signOffId, String reason, String token) {
    return api.post(
        "api/assessment/sign-offs/" + signOffId + "/revocation",
        Json.createObjectBuilder().add("reason", reason).build().toString(),
        token);
  }

  /** Saves the draft with a new title; gives the new draft version. */
  int saveTitle(long assessmentId, String title, String token) {
    JsonObject draft = api.get("api/portfolio/assessments/" + assessmentId, token).json();
    JsonObject content =
        Json.createObjectBuilder(draft.getJsonObject("content")).add("title", title).build();
    Api.Reply saved =
        api.put(
            "api/portfolio/assessments/" + assessmentId,
            Json.createObjectBuilder()
                .add("version", draft.getInt("version"))
                .add("content", content)
                .build()
                .toString(),
            token);
    assertEquals(200, saved.status(), saved.body());
    return saved.json().getInt("version");
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
