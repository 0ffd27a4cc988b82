package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * One judgement counts for its twins, on the real database: a C6 criterion judged met is met for
 * its exact twins in INSCS027 (and the reverse) in the unit API, the criteria grid, sign-off and
 * the progress figures; a related-only link carries nothing; a later "not yet met" or a revoked
 * sign-off withdraws what it carried; the demo apprentice with C6 signed off has INSCS027 under
 * way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwinRuleIT {
  static final List<String> C6 =
      List.of(
          "C6.1.1", "C6.1.2", "C6.1.3", "C6.1.4", "C6.1.5", "C6.1.6", "C6.1.7", "C6.2.1", "C6.2.2",
          "C6.2.3", "C6.2.4", "C6.2.5", "C6.3.1", "C6.3.2", "C6.3.3", "C6.3.4", "C6.3.5");

  /** INSCS027 criteria with no exact twin in C6: still to evidence after C6 is met. */
  static final List<String> NO_TWIN =
      List.of("INSCS027.PC13", "INSCS027.K1", "INSCS027.K8", "INSCS027.K13");

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

  /** An apprentice of a fresh centre, in a cohort, allocated to the centre's first assessor. */
  record Enrolled(
      TestCentre centre,
      long cohortId,
      long id,
      String apprentice,
      String assessor,
      String admin) {}

  @Test
  void aJudgementCountsForItsExactTwinsUntilALaterNotYetMetWithdrawsIt() throws Exception {
    Enrolled e = enrol();
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    assertEquals(201, observe(e, "C6.2.3").status());

    Map<String, JsonObject> inscs027 = unit(e, "INSCS027", e.assessor());
    for (String twin : List.of("INSCS027.PC10", "INSCS027.K7")) {
      JsonObject row = inscs027.get(twin);
      assertEquals("MET", row.getString("status"), row.toString());
      assertEquals("C6.2.3", row.getString("metThrough"));
      assertEquals("JUDGED", row.getString("basis"));
      assertEquals("Asha Assessor", row.getString("judgedBy"));
      assertEquals(today, row.getString("judgedOn"));
      assertTrue(
          row.getString("origin").startsWith("Met through C6.2.3, judged by Asha Assessor on "),
          row.toString());
    }
    assertEquals("NOT_STARTED", inscs027.get("INSCS027.PC8").getString("status"));
    assertEquals(
        inscs027, unit(e, "INSCS027", e.apprentice()), "the apprentice sees the same statuses");
    Map<String, JsonObject> c6 = unit(e, "C6", e.assessor());
    assertEquals("MET", c6.get("C6.2.3").getString("status"));
    assertTrue(absent(c6.get("C6.2.3"), "metThrough"), "met on its own judgement");
    assertEquals("NOT_STARTED", c6.get("C6.3.2").getString("status"), "a twin of a twin: no");

    JsonObject grid = api.get("api/portfolio/grid?apprentice=" + e.id(), e.assessor()).json();
    JsonObject pc10 = gridRow(grid, "INSCS027.PC10");
    assertTrue(pc10.getBoolean("met"));
    assertEquals("C6.2.3", pc10.getString("metThrough"));
    assertFalse(gridRow(grid, "C6.ER6d").getBoolean("met"), "related only");

    JsonObject progress = progressOf(e);
    assertEquals(2, unitFigure(progress, "INSCS027").getInt("met"));
    assertEquals(1, unitFigure(progress, "C6").getInt("met"));
    assertTrue(progress.getInt("progressPercent") > 0, progress.toString());

    assertEquals(201, observe(e, "C6.ER6c").status());
    assertEquals(
        "NOT_STARTED",
        unit(e, "INSCS027", e.assessor()).get("INSCS027.PC8").getString("status"),
        "C6.ER6c is related to PC8 only: it carries nothing");
    assertEquals(2, unitFigure(progressOf(e), "INSCS027").getInt("met"));

    judgeNotYetMet(e, "C6.2.3");
    inscs027 = unit(e, "INSCS027", e.assessor());
    for (String twin : List.of("INSCS027.PC10", "INSCS027.K7")) {
      assertEquals("NOT_STARTED", inscs027.get(twin).getString("status"), twin);
      assertTrue(absent(inscs027.get(twin), "metThrough"));
    }
    progress = progressOf(e);
    assertEquals(0, unitFigure(progress, "INSCS027").getInt("met"));
    assertEquals(0, unitFigure(progress, "C6").getInt("met"));
    assertFalse(
        gridRow(
                api.get("api/portfolio/grid?apprentice=" + e.id(), e.assessor()).json(),
                "INSCS027.PC10")
            .getBoolean("met"));

    assertEquals(
        404,
        api.get("api/assessment/apprentices/" + e.id() + "/units/INSCS027", api.token("assessor1"))
            .status(),
        "another centre's assessor");
    assertEquals(
        404,
        api.get(
                "api/assessment/apprentices/" + e.id() + "/units/INSCS027",
                api.token(e.centre().assessors()[1]))
            .status(),
        "an assessor of the centre not allocated to the apprentice");
    assertEquals(
        404,
        api.get("api/portfolio/grid?apprentice=" + e.id(), api.token("admin1")).status(),
        "another centre's administrator");
  }

  @Test
  void aSignOffCarriesItsUnitsCriteriaToTheirTwinsUntilItIsRevoked() throws Exception {
    Enrolled e = enrol();
    assertEquals(201, observe(e, C6.toArray(String[]::new)).status());

    Map<String, JsonObject> inscs027 = unit(e, "INSCS027", e.assessor());
    List<String> met = statusOf(inscs027, "MET");
    assertEquals(22, met.size(), met.toString());
    assertEquals(NO_TWIN, notMet(inscs027));
    assertEquals(22, unitFigure(progressOf(e), "INSCS027").getInt("met"));

    Api.Reply early =
        api.post(
            "api/assessment/apprentices/" + e.id() + "/units/INSCS027/sign-off",
            "{}",
            e.assessor());
    assertEquals(409, early.status(), early.body());
    assertTrue(early.json().getString("detail").contains("4 criteria are not met"), early.body());

    Api.Reply signed =
        api.post("api/assessment/apprentices/" + e.id() + "/units/C6/sign-off", "{}", e.assessor());
    assertEquals(201, signed.status(), signed.body());
    long signOffId = signed.json().getJsonNumber("id").longValue();

    judgeNotYetMet(e, "C6.2.1");
    assertEquals("NOT_YET_MET", unit(e, "C6", e.assessor()).get("C6.2.1").getString("status"));
    JsonObject pc8 = unit(e, "INSCS027", e.assessor()).get("INSCS027.PC8");
    assertEquals("MET", pc8.getString("status"), "carried by the active C6 sign-off");
    assertEquals("SIGNED_OFF", pc8.getString("basis"));
    assertTrue(
        pc8.getString("origin").startsWith("Met through C6.2.1, C6 signed off by Asha Assessor"),
        pc8.toString());
    JsonObject progress = progressOf(e);
    assertEquals(22, unitFigure(progress, "INSCS027").getInt("met"));
    assertTrue(unitFigure(progress, "C6").getBoolean("signedOff"));

    Api.Reply revoked =
        api.post(
            "api/assessment/sign-offs/" + signOffId + "/revocation",
            Json.createObjectBuilder()
                .add("reason", "C6.2.1 needs a probability per risk.")
                .build()
                .toString(),
            e.assessor());
    assertEquals(200, revoked.status(), revoked.body());

    inscs027 = unit(e, "INSCS027", e.assessor());
    assertEquals("NOT_STARTED", inscs027.get("INSCS027.PC8").getString("status"));
    assertEquals("MET", inscs027.get("INSCS027.PC10").getString("status"), "still judged met");
    progress = progressOf(e);
    assertEquals(21, unitFigure(progress, "INSCS027").getInt("met"));
    assertFalse(unitFigure(progress, "C6").getBoolean("signedOff"));
    assertEquals(16, unitFigure(progress, "C6").getInt("met"));
  }

  @Test
  void theDemoApprenticeWithC6SignedOffHasEveryExactTwinInInscs027Met() throws Exception {
    long apprentice2 = TestDatabase.idOf("apprentice2");
    Map<String, JsonObject> inscs027 =
        rows(
            api.get(
                "api/assessment/apprentices/" + apprentice2 + "/units/INSCS027",
                api.token("assessor1")));
    List<String> met = statusOf(inscs027, "MET");
    assertEquals(22, met.size(), met.toString());
    for (String id : met) {
      assertTrue(inscs027.get(id).getString("metThrough").startsWith("C6."), id);
    }
    assertEquals(NO_TWIN, notMet(inscs027), "still to evidence");

    long cohort =
        TestDatabase.count("select cohort_id from enrolment where apprentice_id = ?", apprentice2);
    JsonObject progress =
        apprenticeIn(
            api.get("api/cohorts/" + cohort + "/progress?size=100", api.token("admin1")).json(),
            apprentice2);
    assertEquals(22, unitFigure(progress, "INSCS027").getInt("met"));
    assertEquals(26, unitFigure(progress, "INSCS027").getInt("criteria"));
    assertTrue(progress.getInt("progressPercent") > 0, progress.toString());

    Api.Reply csv =
        api.send(
            api.builder("api/cohorts/" + cohort + "/progress.csv", api.token("admin1"))
                .setHeader("Accept", "text/csv")
                .GET());
    assertEquals(200, csv.status(), csv.body());
    String amira =
        csv.body()
            .lines()
            .filter(line -> line.startsWith("\"Amira Hassan\","))
            .findFirst()
            .orElseThrow(() -> new AssertionError(csv.body()));
    assertTrue(
        amira.contains(",\"85\",\"100\","), "INSCS027 22 of 26 (85 %), C6 signed off: " + amira);
  }

  private Enrolled enrol() throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Api.Reply cohort =
        api.post(
            "api/cohorts",
            Json.createObjectBuilder()
                .add("name", "Twins")
                .add("frameworkId", "customer-service")
                .add("startsOn", today.minusDays(30).toString())
                .add("plannedEndOn", today.plusMonths(17).toString())
                .add(
                    "assessorIds",
                    Json.createArrayBuilder().add(TestDatabase.idOf(centre.assessors()[0])))
                .build()
                .toString(),
            admin);
    assertEquals(201, cohort.status(), cohort.body());
    String email = "tia." + centre.code().toLowerCase() + "@example.org";
    String csv =
        "first name,last name,email,employer,cohort,assessor username,start date\n"
            + "Tia,Twin,"
            + email
            + ",Harbour Hotel,Twins,"
            + centre.assessors()[0]
            + ","
            + today.minusDays(30)
            + "\n";
    Api.Reply enrolled =
        api.send(
            api.builder("api/centre/enrolments", admin)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    assertEquals(201, enrolled.status(), enrolled.body());
    long id = TestDatabase.idOf(email);
    TestDatabase.update(
        "update app_user set password_hash = ? where id = ?",
        TestDatabase.text("select password_hash from app_user where username = 'admin1'"),
        id);
    return new Enrolled(
        centre,
        cohort.json().getJsonNumber("id").longValue(),
        id,
        api.token(email),
        api.token(centre.assessors()[0]),
        admin);
  }

  /** The assessor's own observation, judging the criteria met. */
  private Api.Reply observe(Enrolled e, String... criteria) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (String criterion : criteria) {
      ids.add(criterion);
    }
    return api.post(
        "api/assessment/apprentices/" + e.id() + "/records",
        Json.createObjectBuilder()
            .add("kind", "OBSERVATION")
            .add("occurredOn", LocalDate.now(ZoneOffset.UTC).toString())
            .add("occasion", "Saturday reception shift")
            .add("record", "Rated each risk of the queue with the centre matrix.")
            .add("criteria", ids)
            .build()
            .toString(),
        e.assessor());
  }

  /** The apprentice submits a draft; the assessor returns it with the criterion not yet met. */
  private void judgeNotYetMet(Enrolled e, String criterion) {
    Api.Reply draft = api.post("api/portfolio/assessments", "{}", e.apprentice());
    assertEquals(201, draft.status(), draft.body());
    long assessmentId = draft.json().getJsonNumber("id").longValue();
    Api.Reply submitted =
        api.post(
            "api/portfolio/assessments/" + assessmentId + "/submissions",
            Json.createObjectBuilder()
                .add("version", draft.json().getInt("version"))
                .build()
                .toString(),
            e.apprentice());
    assertEquals(201, submitted.status(), submitted.body());
    long versionId =
        api.get("api/assessment/queue", e.assessor()).structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(q -> q.getJsonNumber("assessmentId").longValue() == assessmentId)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("versionId")
            .longValue();
    Api.Reply decided =
        api.post(
            "api/assessment/submissions/" + versionId + "/decision",
            Json.createObjectBuilder()
                .add("outcome", "RETURNED")
                .add("feedback", "On second look, " + criterion + " is not shown for every risk.")
                .add(
                    "criteria",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("criterionId", criterion)
                                .add("status", "NOT_YET_MET")))
                .build()
                .toString(),
            e.assessor());
    assertEquals(201, decided.status(), decided.body());
  }

  private Map<String, JsonObject> unit(Enrolled e, String unit, String token) {
    return rows(api.get("api/assessment/apprentices/" + e.id() + "/units/" + unit, token));
  }

  private static Map<String, JsonObject> rows(Api.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                r -> r.getString("criterionId"),
                r -> r,
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  private static List<String> statusOf(Map<String, JsonObject> rows, String status) {
    return rows.values().stream()
        .filter(r -> r.getString("status").equals(status))
        .map(r -> r.getString("criterionId"))
        .toList();
  }

  private static List<String> notMet(Map<String, JsonObject> rows) {
    return rows.values().stream()
        .filter(r -> !r.getString("status").equals("MET"))
        .map(r -> r.getString("criterionId"))
        .toList();
  }

  private static boolean absent(JsonObject row, String field) {
    return !row.containsKey(field) || row.isNull(field);
  }

  private static JsonObject gridRow(JsonObject grid, String criterionId) {
    return grid.getJsonArray("units").getValuesAs(JsonObject.class).stream()
        .flatMap(u -> u.getJsonArray("rows").getValuesAs(JsonObject.class).stream())
        .filter(r -> r.getString("criterionId").equals(criterionId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(criterionId + " not in the grid"));
  }

  private JsonObject progressOf(Enrolled e) {
    Api.Reply reply = api.get("api/cohorts/" + e.cohortId() + "/progress?size=100", e.admin());
    assertEquals(200, reply.status(), reply.body());
    return apprenticeIn(reply.json(), e.id());
  }

  private static JsonObject apprenticeIn(JsonObject progress, long id) {
    return progress
        .getJsonObject("apprentices")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + progress));
  }

  private static JsonObject unitFigure(JsonObject apprentice, String unit) {
    return apprentice.getJsonArray("units").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("unit").equals(unit))
        .findFirst()
        .orElseThrow(() -> new AssertionError(unit + " not in " + apprentice));
  }
}
