package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.testing.Api;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One apprentice's work in a centre of the test's own, taken through the API as far as a test
 * needs: a risk assessment with a stage claimed for C6.1.1 and an uploaded witness note claimed for
 * C6.1.6, submitted to their assessor; then returned, or met and signed off. The centre also has an
 * IQA, a granted-to-be EQA and an EQA without a grant.
 */
final class Journey {
  final Api api;
  final TestCentre centre;
  final String assessor;
  final String apprentice;
  final String apprenticeName;
  final String iqa;
  final String eqa;
  final String eqaOutside;
  final long apprenticeId;
  long assessmentId;
  String stageId;
  long evidenceId;
  long stageClaim;
  long evidenceClaim;
  long versionId;
  long signOffId;

  Journey(Api api) throws SQLException {
    this.api = api;
    centre = TestCentre.create();
    assessor = centre.assessors()[0];
    apprenticeName = "Jo Journey " + centre.code();
    apprentice = centre.add("APPRENTICE", apprenticeName);
    apprenticeId = TestDatabase.idOf(apprentice);
    iqa = centre.add("IQA", "Ines Iqa");
    eqa = centre.add("EQA", "Eve Verifier");
    eqaOutside = centre.add("EQA", "Otto Verifier");
  }

  /** Another apprentice of the same centre, with the same assessor, IQA and verifiers. */
  Journey another() throws SQLException {
    return new Journey(this);
  }

  private Journey(Journey first) throws SQLException {
    api = first.api;
    centre = first.centre;
    assessor = first.assessor;
    apprenticeName = "Jo Journey " + System.nanoTime();
    apprentice = centre.add("APPRENTICE", apprenticeName);
    apprenticeId = TestDatabase.idOf(apprentice);
    iqa = first.iqa;
    eqa = first.eqa;
    eqaOutside = first.eqaOutside;
  }

  /** Writes, claims and submits a risk assessment with one stage and an uploaded witness note. */
  Journey submitted(String title) {
    String token = api.token(apprentice);
    JsonObject content =
        Json.createObjectBuilder()
            .add("title", title)
            .add(
                "stages",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("name", "Arrival at the tills")))
            .build();
    Api.Reply created = api.post("api/portfolio/assessments", content.toString(), token);
    assertEquals(201, created.status(), created.body());
    assessmentId = created.json().getJsonNumber("id").longValue();
    stageId =
        created
            .json()
            .getJsonObject("content")
            .getJsonArray("stages")
            .getJsonObject(0)
            .getString("id");
    Api.Reply uploaded =
        api.send(
            new Multipart()
                .field("title", "Witness note from the supervisor")
                .field("occurredOn", "2026-10-01")
                .field("occasion", "Monday morning shift")
                .file(
                    "file",
                    "witness-note.txt",
                    "text/plain",
                    "Jo told each customer in the queue the card reader was down."
                        .getBytes(StandardCharsets.UTF_8))
                .post(
                    api.builder("api/portfolio/evidence", token)
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)));
    assertEquals(201, uploaded.status(), uploaded.body());
    evidenceId = uploaded.json().getJsonNumber("id").longValue();
    stageClaim =
        claim(
            Json.createObjectBuilder()
                .add("criterionId", "C6.1.1")
                .add("assessmentId", assessmentId)
                .add("part", "stage:" + stageId)
                .build());
    evidenceClaim =
        claim(
            Json.createObjectBuilder()
                .add("criterionId", "C6.1.6")
                .add("evidenceId", evidenceId)
                .build());
    long draftVersion =
        api.get("api/portfolio/assessments/" + assessmentId, token)
            .json()
            .getJsonNumber("version")
            .longValue();
    Api.Reply submitted =
        api.post(
            "api/portfolio/assessments/" + assessmentId + "/submissions",
            Json.createObjectBuilder().add("version", draftVersion).build().toString(),
            token);
    assertEquals(201, submitted.status(), submitted.body());
    versionId =
        api
            .get("api/assessment/queue", api.token(assessor))
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(q -> q.getJsonNumber("assessmentId").longValue() == assessmentId)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("versionId")
            .longValue();
    return this;
  }

  private long claim(JsonObject claim) {
    Api.Reply made = api.post("api/portfolio/mappings", claim.toString(), api.token(apprentice));
    assertEquals(201, made.status(), made.body());
    return made.json().getJsonNumber("id").longValue();
  }

  /** The assessor returns the work, rejecting the stage's claim with a reason. */
  Journey returned(String overall, String onTheStage) {
    JsonObject decision =
        Json.createObjectBuilder()
            .add("outcome", "RETURNED")
            .add("feedback", overall)
            .add(
                "claims",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("mappingId", stageClaim)
                            .add("accepted", false)
                            .add("feedback", onTheStage)))
            .build();
    decide(decision);
    return this;
  }

  /** The assessor records every C6 criterion met, accepting the witness note, and signs C6 off. */
  Journey signedOff() {
    String token = api.token(assessor);
    JsonArrayBuilder criteria = Json.createArrayBuilder();
    api.get("api/assessment/apprentices/" + apprenticeId + "/units/C6", token)
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .forEach(
            c ->
                criteria.add(
                    Json.createObjectBuilder()
                        .add("criterionId", c.getString("criterionId"))
                        .add("status", "MET")));
    decide(
        Json.createObjectBuilder()
            .add("outcome", "CRITERIA_MET")
            .add("feedback", "Every C6 criterion is evidenced.")
            .add("criteria", criteria)
            .add(
                "claims",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("mappingId", evidenceClaim)
                            .add("accepted", true)
                            .add("feedback", "The supervisor saw it happen.")))
            .build());
    Api.Reply signed =
        api.post("api/assessment/apprentices/" + apprenticeId + "/units/C6/sign-off", "{}", token);
    assertEquals(201, signed.status(), signed.body());
    signOffId = signed.json().getJsonNumber("id").longValue();
    return this;
  }

  /** A plan that samples nothing, so only a decision added by hand is in the sample. */
  Journey planSamplingNothing() {
    Api.Reply saved =
        api.put(
            "api/iqa/plan",
            Json.createObjectBuilder()
                .add("basePercent", 0)
                .add("newPercent", 0)
                .add("newBelow", 0)
                .add("referredPercent", 0)
                .add("referredAtLeast", 1)
                .add("unitPercents", Json.createObjectBuilder())
                .add("methodPercents", Json.createObjectBuilder())
                .build()
                .toString(),
            api.token(iqa));
    assertEquals(200, saved.status(), saved.body());
    return this;
  }

  /** The centre grants the EQA access to the apprentice from yesterday for a month. */
  Journey granted() throws SQLException {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    TestDatabase.update(
        "insert into eqa_grant (eqa_id, apprentice_id, starts_on, ends_on, granted_by, granted_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        TestDatabase.idOf(eqa),
        apprenticeId,
        java.sql.Date.valueOf(today.minusDays(1)),
        java.sql.Date.valueOf(today.plusDays(30)),
        TestDatabase.idOf(centre.admin()),
        Timestamp.from(Instant.now()));
    return this;
  }

  private void decide(JsonObject decision) {
    Api.Reply decided =
        api.post(
            "api/assessment/submissions/" + versionId + "/decision",
            decision.toString(),
            api.token(assessor));
    assertEquals(201, decided.status(), decided.body());
  }
}
