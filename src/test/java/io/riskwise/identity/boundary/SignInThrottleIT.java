package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle counts by the account a name reaches, so another spelling the database
 * treats as the same name (an accent, a full-width letter, another case) gets no fresh guesses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void everySpellingThatReachesOneAccountSharesItsCount() {
    Api api = new Api(url);
    String username = TestCentre.create().add("APPRENTICE", "Sam Spelling");
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertEquals(401, signIn(api, username, "guess-" + attempt));
    }
    String accented = "à" + username.substring(1);
    String fullWidth = "\uFF41" + username.substring(1);
    assertEquals(429, signIn(api, accented, Api.DEMO_PASSWORD), "an accent is the same account");
    assertEquals(
        429, signIn(api, fullWidth, Api.DEMO_PASSWORD), "a full-width a is the same account");
    assertEquals(429, signIn(api, username.toUpperCase(), Api.DEMO_PASSWORD), "case is ignored");
    assertEquals(429, signIn(api, username, Api.DEMO_PASSWORD));
  }

  @Test
  void everySpellingOfAnUnknownNameSharesItsCount() {
    Api api = new Api(url);
    String stamp = Long.toString(System.nanoTime(), 36);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertEquals(401, signIn(api, "nobody-é-" + stamp, "guess-" + attempt));
    }
    assertEquals(429, signIn(api, "NOBODY-e-" + stamp, "guess-6"));
  }

  @Test
  void aSuccessfulSignInClearsTheAccountsCount() {
    Api api = new Api(url);
    String username = TestCentre.create().add("APPRENTICE", "Cleo Clear");
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertEquals(401, signIn(api, username, "guess-" + attempt));
    }
    assertEquals(200, signIn(api, username, Api.DEMO_PASSWORD));
    for (int attempt = 5; attempt <= 8; attempt++) {
      assertEquals(401, signIn(api, username, "guess-" + attempt), "a fresh count of five");
    }
    assertEquals(200, signIn(api, username, Api.DEMO_PASSWORD));
  }

  @Test
  void failuresAreKeptInTheDatabaseWhereEveryNodeCountsThem() throws Exception {
    Api api = new Api(url);
    String username = TestCentre.create().add("APPRENTICE", "Dan Database");
    long id = TestDatabase.idOf(username);
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertEquals(401, signIn(api, username, "guess-" + attempt));
    }
    assertEquals(
        3,
        TestDatabase.count(
            "select count(*) from sign_in_failure where throttle_key = ?", "account:" + id));
    // Two more failures written by another node: this node counts them too.
    for (int other = 0; other < 2; other++) {
      TestDatabase.update(
          "insert into sign_in_failure (throttle_key, failed_at) values (?, utc_timestamp(6))",
          "account:" + id);
    }
    assertEquals(429, signIn(api, username, Api.DEMO_PASSWORD));
  }

  private static int signIn(Api api, String username, String password) {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    return api.post("api/auth/token", body, null).status();
  }
}
