package io.riskwise.centre.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.centre.CentreGenerator;
import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The progress screens' guard: a cohort's progress and the centre dashboard run the same number of
 * SQL statements for a cohort of 12 as for one of 400, each apprentice with evidence, judgements,
 * learning, submissions and sign-offs (written by the generator that builds the benchmark's
 * 5,000-apprentice centre).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressStatementsIT {

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
  void progressCostsAFixedNumberOfStatementsWhateverTheNumberOfApprentices() throws Exception {
    Measured small = measure(spec("SMALL", 20, 12));
    Measured large = measure(spec("LARGE", 480, 400));

    assertEquals(12, small.cohortSize());
    assertEquals(400, large.cohortSize());
    assertEquals(small.cohortStatements(), large.cohortStatements(), "cohort progress: 12 vs 400");
    assertEquals(small.centreStatements(), large.centreStatements(), "centre dashboard: 20 vs 480");
    // The token, the person, the cohort and its assessors, the centre's rules, the assessors'
    // names, the five grouped reads of progress, and the framework's catalogue lookups.
    assertTrue(large.cohortStatements() <= 18, "statements: " + large.cohortStatements());
  }

  record Measured(int cohortSize, long cohortStatements, long centreStatements) {}

  private Measured measure(CentreGenerator.Spec spec) throws Exception {
    CentreGenerator.Summary summary;
    try (Connection c = TestDatabase.connect()) {
      summary = CentreGenerator.generate(c, spec);
    }
    String admin = api.token(spec.centreCode().toLowerCase() + "-admin");
    String cohort = "api/cohorts/" + summary.largestCohortId() + "/progress?size=10";
    assertEquals(200, api.get(cohort, admin).status(), "warm-up");
    assertEquals(200, api.get("api/centre/progress", admin).status(), "warm-up");

    Api.Reply cohortReply = api.get(cohort, admin);
    JsonObject progress = cohortReply.json();
    long cohortStatements = cohortReply.statements();
    Api.Reply centreReply = api.get("api/centre/progress", admin);
    JsonObject centre = centreReply.json();
    long centreStatements = centreReply.statements();

    assertEquals(spec.apprentices(), centre.getJsonObject("summary").getInt("apprentices"));
    return new Measured(
        progress.getJsonObject("summary").getInt("apprentices"),
        cohortStatements,
        centreStatements);
  }

  private static CentreGenerator.Spec spec(String name, int apprentices, int largest) {
    String code = name.charAt(0) + Long.toString(System.nanoTime(), 36).toUpperCase();
    return new CentreGenerator.Spec(
        code, name + " test centre", apprentices, 2, 4, largest, 10, 30, 42L);
  }
}
