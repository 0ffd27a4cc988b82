package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in and out of the REST API, and every bad input a client can send to the sign-in door,
 * against Payara Micro and the real embedded database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInApiIT {

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
  void aTokenSignsTheUserInAndMeSaysWhoTheyAre() {
    Api.Reply token = api.post("api/auth/token", credentials("assessor1", Api.DEMO_PASSWORD), null);
    assertEquals(200, token.status());
    assertTrue(Instant.parse(token.json().getString("expiresAt")).isAfter(Instant.now()));

    Api.Reply me = api.get("api/me", token.json().getString("token"));
    assertEquals(200, me.status());
    JsonObject body = me.json();
    assertEquals("assessor1", body.getString("username"));
    assertEquals("Priya Shah", body.getString("name"));
    assertEquals(
        List.of("ASSESSOR"),
        body.getJsonArray("roles").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals("RIVERSIDE", body.getJsonObject("centre").getString("code"));
    assertFalse(me.body().contains("password"), "no password hash leaves the server");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSame401() throws Exception {
    long failuresBefore =
        TestDatabase.count("select count(*) from audit_event where event = 'SIGN_IN_FAILED'");
    Api.Reply wrongPassword =
        api.post("api/auth/token", credentials("iqa1", "not-the-password"), null);
    Api.Reply unknownUser =
        api.post("api/auth/token", credentials("nobody-here", "riskwise-demo"), null);

    assertEquals(401, wrongPassword.status());
    assertEquals(401, unknownUser.status());
    assertEquals("application/problem+json", wrongPassword.contentType());
    assertEquals(wrongPassword.json().getString("detail"), unknownUser.json().getString("detail"));
    assertEquals(wrongPassword.json().getString("type"), unknownUser.json().getString("type"));
    assertEquals("Wrong username or password.", unknownUser.json().getString("detail"));
    assertEquals(
        failuresBefore + 2,
        TestDatabase.count("select count(*) from audit_event where event = 'SIGN_IN_FAILED'"),
        "both failures are in the audit log");
  }

  @Test
  void signInTextThatLooksLikeSqlOrScriptIsJustAWrongLogin() throws Exception {
    String hashBefore =
        TestDatabase.text("select password_hash from app_user where username = 'admin1'");
    long usersBefore = TestDatabase.count("select count(*) from app_user");

    for (String attack : List.of("admin1' OR '1'='1", "<script>alert(1)</script>")) {
      Api.Reply reply = api.post("api/auth/token", credentials(attack, "' OR '1'='1"), null);
      assertEquals(401, reply.status());
      assertFalse(reply.body().contains("<script>"), "nothing the caller typed is echoed back");
    }

    assertEquals(usersBefore, TestDatabase.count("select count(*) from app_user"));
    assertEquals(
        hashBefore,
        TestDatabase.text("select password_hash from app_user where username = 'admin1'"));
  }

  @Test
  void repeatedFailuresAreThrottled() {
    String username = "throttle-probe";
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertEquals(
          401,
          api.post("api/auth/token", credentials(username, "guess-" + attempt), null).status());
    }
    Api.Reply throttled = api.post("api/auth/token", credentials(username, "guess-6"), null);
    assertEquals(429, throttled.status());
    assertNotNull(throttled.header("Retry-After"));
    assertTrue(throttled.json().getString("detail").startsWith("Too many failed sign-ins."));
  }

  @Test
  void aRevokedTokenIsRefused() {
    String token = api.signIn("apprentice2", Api.DEMO_PASSWORD);
    assertEquals(200, api.get("api/me", token).status());

    assertEquals(204, api.delete("api/auth/token", token).status());

    Api.Reply after = api.get("api/me", token);
    assertEquals(401, after.status());
    assertTrue(
        after.json().getString("detail").startsWith("Your token is not valid"), after.body());
  }

  @Test
  void signInAndSignOutAreAuditedInUtc() throws Exception {
    Instant before = Instant.now().minusSeconds(5);
    String token = api.signIn("apprentice5", Api.DEMO_PASSWORD);
    api.delete("api/auth/token", token);
    Instant after = Instant.now().plusSeconds(5);

    for (String event : List.of("SIGN_IN", "SIGN_OUT")) {
      String stored =
          TestDatabase.text(
              "select date_format(occurred_at, '%Y-%m-%dT%H:%i:%s.%fZ') from audit_event"
                  + " where username = 'apprentice5' and event = ? order by id desc limit 1",
              event);
      assertNotNull(stored, event + " is recorded");
      Instant occurred = Instant.parse(stored);
      assertTrue(
          occurred.isAfter(before) && occurred.isBefore(after),
          event + " at " + occurred + " is the UTC time of the request");
    }
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String token = api.signIn("apprentice3", Api.DEMO_PASSWORD);
    int expired =
        TestDatabase.update(
            "update api_token set expires_at = '2020-01-01 00:00:00' where user_id ="
                + " (select id from app_user where username = 'apprentice3')");
    assertTrue(expired >= 1);

    Api.Reply reply = api.get("api/me", token);
    assertEquals(401, reply.status());
    assertEquals("Bearer realm=\"riskwise\"", reply.header("WWW-Authenticate"), reply.body());
  }

  @Test
  void aForgedOrMissingTokenIsRefused() {
    assertEquals(401, api.get("api/me", "forged-token-that-was-never-issued").status());
    Api.Reply none = api.get("api/me", null);
    assertEquals(401, none.status());
    assertTrue(none.json().getString("detail").startsWith("Sign in first"));
  }

  @Test
  void malformedJsonIsA400() {
    Api.Reply reply = api.post("api/auth/token", "{\"username\": \"admin1\",", null);
    assertEquals(400, reply.status());
    assertEquals("https://riskwise.io/problems/unreadable-body", reply.json().getString("type"));
  }

  @Test
  void unknownFieldsAreA400() {
    Api.Reply reply =
        api.post(
            "api/auth/token",
            "{\"username\": \"admin1\", \"password\": \"riskwise-demo\", \"role\": \"EQA\"}",
            null);
    assertEquals(400, reply.status());
  }

  @Test
  void missingFieldsAreNamed() {
    Api.Reply reply = api.post("api/auth/token", "{\"username\": \"\"}", null);
    assertEquals(400, reply.status());
    JsonObject problem = reply.json();
    assertEquals("https://riskwise.io/problems/validation", problem.getString("type"));
    List<String> fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertEquals(List.of("password", "username"), fields);
  }

  @Test
  void aTenMegabyteBodyIsA413() {
    String huge = "{\"username\": \"" + "a".repeat(10 * 1024 * 1024) + "\", \"password\": \"x\"}";
    Api.Reply reply = api.post("api/auth/token", huge, null);
    assertEquals(413, reply.status());
    assertEquals("application/problem+json", reply.contentType());
  }

  @Test
  void aBodyThatIsNotJsonIsA415() {
    Api.Reply reply =
        api.send(
            api.builder("api/auth/token", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("admin1 riskwise-demo")));
    assertEquals(415, reply.status());
  }

  @Test
  void errorsCarryTheRequestIdAndNoStackTrace() {
    Api.Reply reply =
        api.send(api.builder("api/me", "forged").header("X-Request-Id", "support-case-12345"));
    assertEquals("support-case-12345", reply.header("X-Request-Id"));
    assertEquals("support-case-12345", reply.json().getString("requestId"));
    assertFalse(reply.body().contains("Exception"));
    assertFalse(reply.body().contains("at io.riskwise"));
  }

  @Test
  void healthAndOpenApiAnswer() {
    Api.Reply ready = api.get("health/ready", null);
    Api.Reply live = api.get("health/live", null);
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().contains("\"database\""));
    assertTrue(ready.body().contains("\"startup\""), "ready only once start-up has finished");
    assertEquals(200, live.status());
    Api.Reply openApi = api.get("openapi", null);
    assertEquals(200, openApi.status());
    assertTrue(openApi.body().contains("/api/auth/token"));
  }

  private static String credentials(String username, String password) {
    return jakarta.json.Json.createObjectBuilder()
        .add("username", username)
        .add("password", password)
        .build()
        .toString();
  }
}
