package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An assessor who is also an IQA never quality-assures their own decisions: the sample never offers
 * them, and sampling or deciding on one by id is refused with nothing stored. Another IQA may.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeparationOfDutiesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void nobodyAgreesTheirOwnSignOff() throws Exception {
    Journey journey = new Journey(new Api(url)).submitted("Returns desk").signedOff();
    Api api = journey.api;
    TestDatabase.update(
        "insert into user_role (user_id, role) values (?, 'IQA')",
        TestDatabase.idOf(journey.assessor));
    String both = api.token(journey.assessor);

    String offered = api.get("api/iqa/unsampled", both).body();
    assertFalse(offered.contains("\"id\":" + journey.signOffId + ","), offered);
    String sample = api.get("api/iqa/sample", both).body();
    assertFalse(sample.contains("\"id\":" + journey.signOffId + ","), sample);

    String pick = "{\"kind\":\"SIGN_OFF\",\"id\":" + journey.signOffId + "}";
    Api.Reply picked = api.post("api/iqa/sample", pick, both);
    assertEquals(403, picked.status(), picked.body());
    String agree =
        "{\"kind\":\"SIGN_OFF\",\"id\":"
            + journey.signOffId
            + ",\"outcome\":\"AGREED\",\"reasons\":\"Mine, and fine.\"}";
    Api.Reply decided = api.post("api/iqa/decisions", agree, both);
    assertEquals(403, decided.status(), decided.body());
    assertTrue(decided.body().contains("another IQA must check it"), decided.body());
    String review =
        "{\"kind\":\"REVIEW\",\"id\":"
            + TestDatabase.count(
                "select max(id) from review where version_id = ?", journey.versionId)
            + ",\"outcome\":\"AGREED\"}";
    assertEquals(403, api.post("api/iqa/decisions", review, both).status());
    assertEquals(
        0,
        TestDatabase.count(
            "select count(*) from iqa_decision where item_id = ? and iqa_id = ?",
            journey.signOffId,
            TestDatabase.idOf(journey.assessor)));

    String iqaSample = api.get("api/iqa/sample", api.token(journey.iqa)).body();
    assertTrue(
        iqaSample.contains("\"id\":" + journey.signOffId + ","),
        "the centre's plan samples it for the other IQA: " + iqaSample);
    assertEquals(201, api.post("api/iqa/decisions", agree, api.token(journey.iqa)).status());
  }
}
