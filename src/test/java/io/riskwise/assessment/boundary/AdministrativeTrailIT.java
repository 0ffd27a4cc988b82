package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security and administrative changes are appended to the centre's hash-chained audit trail (who,
 * what, before and after), and the chain still verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrativeTrailIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void everyAdministrativeChangeIsInTheTrailAndTheChainHolds() throws Exception {
    Api api = new Api(url);
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    String username = "trail-" + centre.code().toLowerCase();
    Api.Reply created =
        api.post(
            "api/centre/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Tia Trail")
                .add("email", username + "@example.org")
                .add("roles", Json.createArrayBuilder().add("ASSESSOR"))
                .build()
                .toString(),
            admin);
    assertEquals(201, created.status(), created.body());
    long person = created.json().getJsonObject("user").getJsonNumber("id").longValue();
    assertEquals(
        200, api.post("api/centre/users/" + person + "/password-link", "{}", admin).status());
    assertEquals(200, api.post("api/centre/users/" + person + "/deactivate", "{}", admin).status());
    assertEquals(200, api.post("api/centre/users/" + person + "/reactivate", "{}", admin).status());
    long apprentice = TestDatabase.idOf(centre.add("APPRENTICE", "Al Allocated"));
    Api.Reply allocated =
        api.put(
            "api/centre/allocations",
            Json.createObjectBuilder()
                .add("assessorId", person)
                .add("apprenticeIds", Json.createArrayBuilder().add(apprentice))
                .build()
                .toString(),
            admin);
    assertEquals(200, allocated.status(), allocated.body());
    Api.Reply rules = api.put("api/centre/rules", TestCentre.rules(7, 20, 40, 10, 20), admin);
    assertEquals(200, rules.status(), rules.body());
    JsonObject matrix =
        Json.createObjectBuilder()
            .add("size", 3)
            .add("probabilityLabels", Json.createArrayBuilder(List.of("Rare", "Possible", "Often")))
            .add(
                "consequenceLabels", Json.createArrayBuilder(List.of("Minor", "Moderate", "Major")))
            .add("lowMax", 2)
            .add("mediumMax", 4)
            .build();
    assertEquals(200, api.put("api/centre/matrix", matrix.toString(), admin).status());

    List<String> trail = trail(centre.id());
    for (String expected :
        List.of(
            "USER_CREATED user:" + person,
            "PASSWORD_RESET user:" + person,
            "USER_DEACTIVATED user:" + person,
            "USER_REACTIVATED user:" + person,
            "ALLOCATED assessor:" + person,
            "RULES_CHANGED centre:" + centre.id(),
            "MATRIX_CHANGED centre:" + centre.id())) {
      assertTrue(
          trail.stream()
              .anyMatch(e -> e.startsWith(expected + " by " + TestDatabase.idOf(centre.admin()))),
          expected + " in " + trail);
    }
    assertTrue(
        trail.stream()
            .anyMatch(
                e ->
                    e.startsWith("ALLOCATED")
                        && e.contains("\"before\":\"[" + apprentice + ":")
                        && e.contains("\"assessor\":" + person)),
        "the allocation says who had the apprentice before: " + trail);
    assertTrue(
        trail.stream()
            .anyMatch(
                e ->
                    e.startsWith("MATRIX_CHANGED") && e.contains("size=5") && e.contains("size=3")),
        "before and after: " + trail);
    JsonObject verified = api.get("api/audit/verify", admin).json();
    assertTrue(verified.getBoolean("intact"), verified.toString());
    assertEquals(trail.size(), verified.getJsonNumber("entries").longValue());
  }

  private static List<String> trail(long centre) throws Exception {
    List<String> entries = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select event, subject, actor_id, details from audit_trail where centre_id = ?"
                    + " order by position")) {
      q.setLong(1, centre);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          entries.add(
              r.getString(1) + " " + r.getString(2) + " by " + r.getLong(3) + " " + r.getString(4));
        }
      }
    }
    return entries;
  }
}
