package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.LegacyPasswordHash;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestCentre;
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
 * A person whose password is still stored as a PBKDF2 hash (everyone's, before Argon2id) signs in
 * as before, and from then on their password is stored as Argon2id; the renewal ends none of their
 * sessions or tokens, as it is the same password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordUpgradeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void aPbkdf2HashSignsInAndIsRenewedAsArgon2idWithoutEndingAnything() throws Exception {
    String username = withPbkdf2Hash(TestCentre.create().add("APPRENTICE", "Petra Pbkdf2"));
    long version = credentialsVersion(username);
    Api api = new Api(url);

    PageSession page = PageSession.of(url, username);

    String renewed = storedHash(username);
    assertTrue(renewed.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), renewed);
    assertEquals(version, credentialsVersion(username), "the same password: nothing ended");
    assertTrue(signedIn(page), "the page session that renewed the hash goes on");

    String token = api.signIn(username, Api.DEMO_PASSWORD);
    assertEquals(200, api.get("api/me", token).status(), "the Argon2id hash signs in");
    assertEquals(renewed, storedHash(username), "a current hash is not written again");
    assertTrue(signedIn(page), "the page session still goes on");
    assertTrue(signedIn(PageSession.of(url, username)), "and so does a new one");
    assertEquals(200, api.get("api/me", token).status());
  }

  @Test
  void aTokenTakenWithThePbkdf2HashOutlivesTheRenewal() throws Exception {
    String username = withPbkdf2Hash(TestCentre.create().add("ASSESSOR", "Theo Token"));
    Api api = new Api(url);

    String token = api.signIn(username, Api.DEMO_PASSWORD);

    assertTrue(storedHash(username).startsWith("$argon2id$"), storedHash(username));
    assertEquals(200, api.get("api/me", token).status(), "the token of the renewing sign-in");
    assertEquals(200, api.get("api/me", api.signIn(username, Api.DEMO_PASSWORD)).status());
    assertEquals(200, api.get("api/me", token).status(), "the first token still works");
  }

  @Test
  void aWrongPasswordNeitherSignsInNorRenewsTheHash() throws Exception {
    String username = withPbkdf2Hash(TestCentre.create().add("APPRENTICE", "Wanda Wrong"));
    String before = storedHash(username);
    Api api = new Api(url);

    Api.Reply refused =
        api.post(
            "api/auth/token",
            "{\"username\":\"" + username + "\",\"password\":\"not-the-password\"}",
            null);

    assertEquals(401, refused.status(), refused.body());
    assertEquals(before, storedHash(username), "the PBKDF2 hash stays until a right password");
    assertFalse(before.startsWith("$argon2id$"));
  }

  /** Stores the person's password (the demo password) as PBKDF2 did before Argon2id. */
  private static String withPbkdf2Hash(String username) throws Exception {
    TestDatabase.update(
        "update app_user set password_hash = ? where username = ?",
        LegacyPasswordHash.pbkdf2(Api.DEMO_PASSWORD),
        username);
    assertTrue(storedHash(username).startsWith("PBKDF2WithHmacSHA512:210000:"));
    return username;
  }

  private static String storedHash(String username) throws Exception {
    return TestDatabase.text("select password_hash from app_user where username = ?", username);
  }

  private static long credentialsVersion(String username) throws Exception {
    return TestDatabase.count(
        "select credentials_version from app_user where username = ?", username);
  }

  private static boolean signedIn(PageSession page) {
    return page.get("app/home.xhtml").uri().getPath().endsWith("/app/home.xhtml");
  }
}
