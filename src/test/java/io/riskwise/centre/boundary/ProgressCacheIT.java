package io.riskwise.centre.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.assessment.boundary.JudgingFixture;
import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With the progress cache on: the test server keeps the reports of centres whose code starts with
 * CACHED for 600 s ({@code RISKWISE_PROGRESS_CACHE_CENTRES} in the failsafe configuration), so this
 * class works at such a centre. A change that bypasses the application (SQL) stays hidden behind
 * the kept report, which shows the cache is on; a decision shows at once on the cohort's progress
 * and on the centre dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ProgressCacheIT {

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
  void aDecisionIsOnTheDashboardAtOnceWithTheCacheOn() throws Exception {
    JudgingFixture fixture = JudgingFixture.create(api, TestCentre.create("CACHED"));
    String admin = api.token(fixture.centre().admin());
    long cohort = cohortOf(api, fixture, admin);

    JsonObject before = apprentice(cohort, admin);
    assertEquals(0, c6Met(before));
    assertEquals(0, before.getInt("modulesCompleted"));
    int centreAverage = centreC6Share(api, admin);

    TestDatabase.update(
        "insert into module_progress (apprentice_id, module_id, status, last_lesson, started_at,"
            + " updated_at, completed_at) values (?, 'risk-in-customer-service', 'COMPLETED', 1,"
            + " now(6), now(6), now(6))",
        fixture.apprenticeId());
    assertEquals(
        0,
        apprentice(cohort, admin).getInt("modulesCompleted"),
        "the report is kept: a change made behind the application's back does not show");

    String assessor = api.token(fixture.assessor());
    JsonObject decision = JudgingFixture.returnedWithOneCriterionMet();
    Api.Reply decided = api.post(fixture.decisionPath(), decision.toString(), assessor);
    assertEquals(201, decided.status(), decided.body());

    JsonObject after = apprentice(cohort, admin);
    assertEquals(1, c6Met(after), "the decision shows at once");
    assertEquals(1, after.getInt("modulesCompleted"), "the report was worked out again");
    assertTrue(centreC6Share(api, admin) > centreAverage, "the centre dashboard shows it too");
  }

  /** A cohort of the fixture's apprentice, with the fixture's assessor, started ten days ago. */
  public static long cohortOf(Api api, JudgingFixture fixture, String admin) throws Exception {
    LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(10);
    Api.Reply created =
        api.post(
            "api/cohorts",
            Json.createObjectBuilder()
                .add("name", "Cached " + fixture.centre().code())
                .add("frameworkId", "customer-service")
                .add("startsOn", start.toString())
                .add("plannedEndOn", start.plusMonths(18).toString())
                .add(
                    "assessorIds",
                    Json.createArrayBuilder().add(TestDatabase.idOf(fixture.assessor())))
                .build()
                .toString(),
            admin);
    assertEquals(201, created.status(), created.body());
    long cohort = created.json().getJsonNumber("id").longValue();
    TestDatabase.update(
        "insert into enrolment (apprentice_id, cohort_id, employer, starts_on, enrolled_at)"
            + " values (?, ?, 'Garden Centre', ?, now(6))",
        fixture.apprenticeId(),
        cohort,
        java.sql.Date.valueOf(start));
    return cohort;
  }

  /** The share of C6 met across the centre, as its dashboard shows it, in ten-thousandths. */
  public static int centreC6Share(Api api, String token) {
    Api.Reply reply = api.get("api/centre/progress", token);
    assertEquals(200, reply.status(), reply.body());
    return (int)
        Math.round(
            reply
                    .json()
                    .getJsonObject("summary")
                    .getJsonObject("averageUnitShares")
                    .getJsonNumber("C6")
                    .doubleValue()
                * 10_000);
  }

  private JsonObject apprentice(long cohort, String token) {
    Api.Reply reply = api.get("api/cohorts/" + cohort + "/progress?size=100", token);
    assertEquals(200, reply.status(), reply.body());
    return reply
        .json()
        .getJsonObject("apprentices")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .get(0);
  }

  private static int c6Met(JsonObject apprentice) {
    return apprentice.getJsonArray("units").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("unit").equals("C6"))
        .findFirst()
        .orElseThrow()
        .getInt("met");
  }
}
