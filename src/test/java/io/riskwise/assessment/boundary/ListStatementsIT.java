package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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
 * Every list screen costs the same SQL statements for a centre with one of each thing as for a
 * centre with four: no statement per row. The server counts each request's statements on its own,
 * so other work on the server cannot change the figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListStatementsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  /** A page and the person who reads it. */
  record Screen(String who, String path) {}

  @Test
  void everyListScreenCostsAFixedNumberOfStatements() throws SQLException {
    Api api = new Api(url);
    Journey first = new Journey(api);
    Map<String, Screen> screens = screens(first);
    addOneOfEach(first, first);
    Map<String, PageSession> sessions = new LinkedHashMap<>();
    Map<String, Integer> forOne = measure(screens, sessions);

    for (int i = 0; i < 3; i++) {
      addOneOfEach(first, first.another());
    }
    Map<String, Integer> forFour = measure(screens, sessions);

    screens
        .keySet()
        .forEach(
            name ->
                assertEquals(
                    forOne.get(name),
                    forFour.get(name),
                    name + ": four of each cost more statements than one"));
  }

  private Map<String, Screen> screens(Journey centre) {
    Map<String, Screen> screens = new LinkedHashMap<>();
    screens.put("assessor's queue", new Screen(centre.assessor, "app/assessment/queue.xhtml"));
    screens.put("assessor's people", new Screen(centre.assessor, "app/people.xhtml"));
    screens.put("IQA's sample", new Screen(centre.iqa, "app/iqa.xhtml"));
    screens.put("verifier's apprentices", new Screen(centre.eqa, "app/eqa.xhtml"));
    screens.put("administrator's cohorts", new Screen(admin(centre), "app/centre/cohorts.xhtml"));
    screens.put("administrator's EQA access", new Screen(admin(centre), "app/centre/eqa.xhtml"));
    screens.put("administrator's people", new Screen(admin(centre), "app/centre/users.xhtml"));
    screens.put("centre dashboard", new Screen(admin(centre), "app/centre/dashboard.xhtml"));
    screens.put("assessor's notifications", new Screen(centre.assessor, "app/notifications.xhtml"));
    return screens;
  }

  private static String admin(Journey centre) {
    return centre.centre.admin();
  }

  /**
   * One more of everything the screens list: an apprentice's submitted work in the queue, a
   * returned submission for the IQA, a cohort with them in it, and a verifier's grant.
   */
  private void addOneOfEach(Journey centre, Journey apprentice) throws SQLException {
    apprentice.submitted("Waiting " + apprentice.apprenticeName);
    Journey returned = apprentice.another().submitted("Returned " + apprentice.apprenticeName);
    returned.returned("Rework it.", "Not this stage.");
    apprentice.granted();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Api.Reply cohort =
        centre.api.post(
            "api/cohorts",
            Json.createObjectBuilder()
                .add("name", "Cohort " + System.nanoTime())
                .add("frameworkId", "customer-service")
                .add("startsOn", today.toString())
                .add("plannedEndOn", today.plusMonths(12).toString())
                .add(
                    "assessorIds",
                    Json.createArrayBuilder()
                        .add(TestDatabase.idOf(centre.centre.assessors()[0]))
                        .add(TestDatabase.idOf(centre.centre.assessors()[1])))
                .build()
                .toString(),
            centre.api.token(admin(centre)));
    assertEquals(201, cohort.status(), cohort.body());
    long cohortId = cohort.json().getJsonNumber("id").longValue();
    for (long member : List.of(apprentice.apprenticeId, returned.apprenticeId)) {
      TestDatabase.update(
          "insert into enrolment (apprentice_id, cohort_id, employer, starts_on, enrolled_at)"
              + " values (?, ?, 'Test employer', current_date, current_timestamp)",
          member,
          cohortId);
    }
  }

  /** Each screen's statements, after one warm-up look by the same person. */
  private Map<String, Integer> measure(Map<String, Screen> screens, Map<String, PageSession> in) {
    Map<String, Integer> statements = new LinkedHashMap<>();
    screens.forEach(
        (name, screen) -> {
          PageSession session = in.computeIfAbsent(screen.who(), who -> PageSession.of(url, who));
          session.statements(screen.path());
          statements.put(name, session.statements(screen.path()));
        });
    return statements;
  }
}
