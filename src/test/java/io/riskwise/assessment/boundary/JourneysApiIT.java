package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may read an IQA record and change the sample: the centre's IQA and an EQA within a grant read
 * it; an EQA outside the grant, another centre's IQA and the apprentice are refused, on the page
 * and in the API, and another centre's IQA cannot add it to their sample.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneysApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void onlyTheCentresIqaAndAGrantedEqaReadTheRecord() throws Exception {
    Api api = new Api(url);
    Journey journey =
        new Journey(api).planSamplingNothing().submitted("Phone orders").signedOff().granted();
    TestCentre other = TestCentre.create();
    String otherIqa = other.add("IQA", "Olga Other");
    String pick = "{\"kind\":\"SIGN_OFF\",\"id\":" + journey.signOffId + "}";
    String record = "api/iqa/records/SIGN_OFF/" + journey.signOffId;
    String page = "app/quality/record.xhtml?kind=SIGN_OFF&id=" + journey.signOffId;

    assertEquals(404, api.post("api/iqa/sample", pick, api.token(otherIqa)).status());
    assertEquals(403, api.post("api/iqa/sample", pick, api.token(journey.eqa)).status());
    assertEquals(403, api.post("api/iqa/sample", pick, api.token(journey.apprentice)).status());
    assertFalse(
        api.get("api/iqa/unsampled", api.token(otherIqa))
            .body()
            .contains("\"id\":" + journey.signOffId + ","),
        "another centre's decisions are not offered");
    Api.Reply added = api.post("api/iqa/sample", pick, api.token(journey.iqa));
    assertEquals(201, added.status(), added.body());
    assertTrue(added.json().getBoolean("byHand"));
    assertEquals(409, api.post("api/iqa/sample", pick, api.token(journey.iqa)).status());

    for (String reader : new String[] {journey.iqa, journey.eqa}) {
      Api.Reply read = api.get(record, api.token(reader));
      assertEquals(200, read.status(), reader + ": " + read.body());
      assertEquals(
          "C6",
          read.json().getJsonObject("item").getString("unit"),
          reader + " reads the sign-off");
      assertEquals(200, api.get(page, api.token(reader)).status(), reader + " opens the page");
    }
    assertTrue(
        api.get("api/iqa/records", api.token(journey.eqa))
            .body()
            .contains("\"id\":" + journey.signOffId + ","),
        "the granted EQA's list holds the record");

    for (String refused : new String[] {journey.eqaOutside, otherIqa}) {
      assertEquals(404, api.get(record, api.token(refused)).status(), refused);
      assertEquals(404, api.get(page, api.token(refused)).status(), refused + " on the page");
    }
    assertEquals(403, api.get(record, api.token(journey.apprentice)).status());
    assertEquals(404, api.get(page, api.token(journey.apprentice)).status());
    assertEquals("[]", api.get("api/iqa/records", api.token(journey.eqaOutside)).body());
    assertEquals(
        404,
        api.get("app/quality/record.xhtml?kind=SIGN_OFF&id=abc", api.token(journey.iqa)).status());
    assertEquals(
        404,
        api.get(
                "app/quality/record.xhtml?kind=NOTHING&id=" + journey.signOffId,
                api.token(journey.iqa))
            .status());
    assertEquals(
        404,
        api.get("app/quality/record.xhtml?kind=REVIEW&id=-1", api.token(journey.iqa)).status());
  }

  @Test
  void whereWorkStandsIsReadInAFixedNumberOfStatements() throws Exception {
    Api api = new Api(url);
    Journey journey = new Journey(api).submitted("The first");
    String token = api.token(journey.apprentice);
    for (String page : new String[] {"app/home.xhtml", "app/portfolio/index.xhtml"}) {
      assertEquals(200, api.get(page, token).status(), "warm-up of " + page);
    }
    long homeWithOne = statementsFor(api, "app/home.xhtml", token);
    long portfolioWithOne = statementsFor(api, "app/portfolio/index.xhtml", token);
    journey.submitted("The second");
    journey.submitted("The third");
    journey.returned("Rework it.", "Not this stage.");
    long homeWithThree = statementsFor(api, "app/home.xhtml", token);
    long portfolioWithThree = statementsFor(api, "app/portfolio/index.xhtml", token);
    assertTrue(homeWithThree <= homeWithOne, "home: " + homeWithOne + " then " + homeWithThree);
    assertTrue(
        portfolioWithThree <= portfolioWithOne,
        "portfolio: " + portfolioWithOne + " then " + portfolioWithThree);
  }

  private static long statementsFor(Api api, String page, String token) {
    Api.Reply reply = api.get(page, token);
    assertEquals(200, reply.status(), page);
    assertTrue(reply.body().contains("The first"), page + " lists the assessments");
    return reply.statements();
  }
}
