package io.riskwise.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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

/** The catalogue over REST, as loaded at start-up from the content in the WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;
  Api api;
  String token;

  @BeforeEach
  void client() {
    api = new Api(url);
    token = api.token("apprentice1");
  }

  @Test
  void theFrameworkListsItsWorkSituationsAndRule() {
    JsonObject framework = api.get("api/frameworks/customer-service", token).json();
    JsonArray situations = framework.getJsonArray("workSituations");
    assertEquals(25, situations.size());
    assertEquals(
        2,
        situations.getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getBoolean("mandatory"))
            .count());
    assertEquals("INSCS009", situations.getJsonObject(0).getString("standard"));
    assertEquals(8, framework.getJsonObject("rule").getInt("optionalMinimum"));
    assertEquals(1, api.get("api/frameworks", token).structure().asJsonArray().size());
  }

  @Test
  void aStandardListsItsCriteriaInSourceOrderWithTheirCrossMap() {
    JsonObject standard = api.get("api/standards/INSCS027", token).json();
    List<JsonObject> criteria = standard.getJsonArray("criteria").getValuesAs(JsonObject.class);
    assertEquals(26, criteria.size());
    assertEquals("INSCS027.PC1", criteria.get(0).getString("id"));
    assertEquals("INSCS027.K13", criteria.get(25).getString("id"));
    JsonObject pc10 = criteria.get(9);
    assertEquals("INSCS027.PC10", pc10.getString("id"));
    assertEquals("performance", pc10.getString("kind"));
    assertTrue(pc10.getBoolean("workplaceEvidence"));
    assertTrue(strings(pc10.getJsonArray("crossMap")).containsAll(List.of("C6.2.3", "C6.3.2")));
  }

  @Test
  void theStandardsListGivesCountsByKind() {
    JsonObject c6 =
        api
            .get("api/standards", token)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("code").equals("C6"))
            .findFirst()
            .orElseThrow();
    assertEquals(17, c6.getJsonObject("counts").getInt("assessment"));
    assertEquals(20, c6.getJsonObject("counts").getInt("evidence"));
    assertEquals(4, c6.getJsonObject("counts").getInt("marking-point"));
  }

  @Test
  void aCriterionNamesItsStandardAndTwins() {
    JsonObject criterion = api.get("api/criteria/C6.2.1", token).json();
    assertEquals("C6", criterion.getJsonObject("standard").getString("code"));
    assertTrue(strings(criterion.getJsonArray("crossMap")).contains("INSCS027.PC8"));
  }

  @Test
  void unknownCodesAndIdsAre404ProblemDetails() {
    for (String path :
        List.of(
            "api/standards/NOPE",
            "api/criteria/INSCS027.PC99",
            "api/frameworks/retail",
            "api/standards/NOPE/case")) {
      Api.Reply reply = api.get(path, token);
      assertEquals(404, reply.status(), path);
      assertEquals("application/problem+json", reply.contentType(), path);
    }
  }

  @Test
  void theCaseExportHasOneItemPerCriterion() {
    JsonObject exported = api.get("api/standards/C6/case", token).json();
    assertEquals(41, exported.getJsonArray("CFItems").size());
    assertEquals("C6", exported.getJsonObject("CFDocument").getString("humanCodingScheme"));
  }

  @Test
  void theLoadedCatalogueVersionIsRecorded() throws Exception {
    assertEquals(
        64,
        TestDatabase.text("select checksum from catalogue_version order by id desc limit 1")
            .length());
    int served =
        api
            .get("api/standards", token)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .mapToInt(s -> s.getInt("criteriaCount"))
            .sum();
    assertEquals(served, TestDatabase.count("select count(*) from criterion"));
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
