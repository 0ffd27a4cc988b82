package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of notification, caused as it is in real use on a centre of the test's own, is one per
 * event, and opening it from the notifications page marks it read and lands its reader on the page
 * it is about.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void eachKindIsOnePerEventAndOpensItsPageForItsReader() throws Exception {
    Api api = new Api(url);
    TestCentre centre = TestCentre.create();
    String apprenticeName = centre.add("APPRENTICE", "Nia Okafor");
    String iqaName = centre.add("IQA", "Ian Quill");
    String apprentice = api.token(apprenticeName);
    String assessor = api.token(centre.assessors()[0]);
    String iqa = api.token(iqaName);
    long apprenticeId = TestDatabase.idOf(apprenticeName);

    JsonObject draft =
        api.post("api/portfolio/assessments", "{\"title\":\"Ticket office\"}", apprentice).json();
    long assessmentId = draft.getInt("id");
    long first = submit(api, assessmentId, draft.getInt("version"), apprentice);
    assertEquals(
        201, decide(api, first, Json.createObjectBuilder(returned()).build(), assessor).status());

    JsonObject returnedDraft =
        api.get("api/portfolio/assessments/" + assessmentId, apprentice).json();
    Api.Reply reworked =
        api.put(
            "api/portfolio/assessments/" + assessmentId,
            Json.createObjectBuilder()
                .add("version", returnedDraft.getInt("version"))
                .add(
                    "content",
                    Json.createObjectBuilder(returnedDraft.getJsonObject("content"))
                        .add("title", "Ticket office, with the evening shift"))
                .build()
                .toString(),
            apprentice);
    assertEquals(200, reworked.status(), reworked.body());
    long second = submit(api, assessmentId, reworked.json().getInt("version"), apprentice);
    JsonArrayBuilder criteria = Json.createArrayBuilder();
    AssessmentApiIT.C6_CRITERIA.forEach(
        c -> criteria.add(Json.createObjectBuilder().add("criterionId", c).add("status", "MET")));
    Api.Reply met =
        decide(
            api,
            second,
            Json.createObjectBuilder()
                .add("outcome", "CRITERIA_MET")
                .add("feedback", "Clear and complete.")
                .add("criteria", criteria)
                .build(),
            assessor);
    assertEquals(201, met.status(), met.body());

    Api.Reply questioned =
        api.post(
            "api/assessment/apprentices/" + apprenticeId + "/records",
            Json.createObjectBuilder()
                .add("kind", "QUESTIONING")
                .add("occurredOn", "2026-11-20")
                .add("occasion", "Review meeting")
                .add("record", "Nia explained cost and benefit with the ticket machine example.")
                .add("criteria", Json.createArrayBuilder().add("C6.3.4"))
                .build()
                .toString(),
            assessor);
    assertEquals(201, questioned.status(), questioned.body());

    Api.Reply signed =
        api.post(
            "api/assessment/apprentices/" + apprenticeId + "/units/C6/sign-off", "{}", assessor);
    assertEquals(201, signed.status(), signed.body());
    long signOff = signed.json().getJsonNumber("id").longValue();

    String everything =
        "{\"basePercent\":100,\"newPercent\":100,\"newBelow\":5,\"referredPercent\":100,"
            + "\"referredAtLeast\":2,\"unitPercents\":{},\"methodPercents\":{}}";
    assertEquals(200, api.put("api/iqa/plan", everything, iqa).status());
    Api.Reply referred =
        api.post(
            "api/iqa/decisions",
            Json.createObjectBuilder()
                .add("kind", "SIGN_OFF")
                .add("id", signOff)
                .add("outcome", "REFERRED")
                .add("reasons", "The witness cannot be reached.\nPlease check before signing.")
                .build()
                .toString(),
            iqa);
    assertEquals(201, referred.status(), referred.body());
    Api.Reply revoked =
        api.post(
            "api/assessment/sign-offs/" + signOff + "/revocation",
            "{\"reason\":\"Referred back by the IQA.\"}",
            assessor);
    assertEquals(200, revoked.status(), revoked.body());

    Map<String, Long> apprenticeKinds = kinds(apprenticeId);
    assertEquals(
        Map.of(
            "WORK_RETURNED", 1L,
            "CRITERIA_MET", 1L,
            "CRITERION_MET", 1L,
            "UNIT_SIGNED_OFF", 1L,
            "SIGN_OFF_REVOKED", 1L),
        apprenticeKinds,
        "one notification per event, a review's sixteen criteria met in one");
    long assessorId = TestDatabase.idOf(centre.assessors()[0]);
    assertEquals(Map.of("SUBMISSION_RECEIVED", 2L, "REFERRAL", 1L), kinds(assessorId));

    PageSession apprenticePages = PageSession.of(url, apprenticeName);
    opens(apprenticePages, apprenticeId, "WORK_RETURNED", "/app/portfolio/assessment.xhtml", "");
    opens(apprenticePages, apprenticeId, "CRITERIA_MET", "/app/assessment/submission.xhtml", "");
    opens(apprenticePages, apprenticeId, "CRITERION_MET", "/app/assessment/unit.xhtml", "Unit C6");
    opens(
        apprenticePages, apprenticeId, "UNIT_SIGNED_OFF", "/app/assessment/unit.xhtml", "Unit C6");
    opens(
        apprenticePages, apprenticeId, "SIGN_OFF_REVOKED", "/app/assessment/unit.xhtml", "Unit C6");
    PageSession assessorPages = PageSession.of(url, centre.assessors()[0]);
    opens(assessorPages, assessorId, "SUBMISSION_RECEIVED", "/app/assessment/submission.xhtml", "");
    opens(assessorPages, assessorId, "REFERRAL", "/app/assessment/unit.xhtml", "Unit C6");

    long someoneElses =
        TestDatabase.count(
            "select min(id) from notification where user_id = ? and kind = 'REFERRAL'", assessorId);
    assertEquals(
        404, apprenticePages.get("app/notification.xhtml?id=" + someoneElses).statusCode());
    assertEquals(
        1,
        TestDatabase.count(
            "select count(*) from notification where id = ? and read_at is not null", someoneElses),
        "opened once by its reader, and never by anyone else");
  }

  /** Opens the reader's first notification of a kind; it is read and shows the page it is about. */
  private static void opens(
      PageSession pages, long userId, String kind, String page, String heading) throws Exception {
    long id =
        TestDatabase.count(
            "select min(id) from notification where user_id = ? and kind = ?", userId, kind);
    HttpResponse<String> answer = pages.get("app/notification.xhtml?id=" + id);
    assertEquals(200, answer.statusCode(), kind);
    assertTrue(answer.uri().getPath().endsWith(page), kind + " opens " + answer.uri());
    assertTrue(answer.body().contains("<h1>" + heading), kind + " shows " + heading);
    assertEquals(
        1,
        TestDatabase.count(
            "select count(*) from notification where id = ? and read_at is not null", id),
        kind + " is read once opened");
  }

  private static Map<String, Long> kinds(long userId) throws Exception {
    Map<String, Long> kinds = new java.util.TreeMap<>();
    for (String kind :
        List.of(
            "WORK_RETURNED",
            "CRITERIA_MET",
            "CRITERION_MET",
            "UNIT_SIGNED_OFF",
            "SIGN_OFF_REVOKED",
            "SUBMISSION_RECEIVED",
            "REFERRAL")) {
      long count =
          TestDatabase.count(
              "select count(*) from notification where user_id = ? and kind = ?", userId, kind);
      if (count > 0) {
        kinds.put(kind, count);
      }
    }
    return kinds;
  }

  private static JsonObject returned() {
    return AssessmentApiIT.returned("Add the risks of the evening shift.");
  }

  private static long submit(Api api, long assessmentId, int version, String token)
      throws Exception {
    Api.Reply submitted =
        api.post(
            "api/portfolio/assessments/" + assessmentId + "/submissions",
            Json.createObjectBuilder().add("version", version).build().toString(),
            token);
    assertEquals(201, submitted.status(), submitted.body());
    return TestDatabase.count(
        "select max(id) from assessment_version where assessment_id = ?", assessmentId);
  }

  private static Api.Reply decide(Api api, long versionId, JsonObject decision, String token) {
    return api.post(
        "api/assessment/submissions/" + versionId + "/decision", decision.toString(), token);
  }
}
