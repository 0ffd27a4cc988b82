package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A password reset by an administrator, or a new password set by the person, ends every page
 * session and API token signed in before it, as deactivation does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsAndTokensIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void aResetByTheAdministratorEndsEverySessionAndToken() {
    TestCentre centre = TestCentre.create();
    String username = centre.add("APPRENTICE", "Rita Reset");
    Api api = new Api(url);
    String token = api.token(username);
    PageSession page = PageSession.of(url, username);
    assertTrue(signedIn(page));
    assertEquals(200, api.get("api/me", token).status());

    Api.Reply reset =
        api.post(
            "api/centre/users/" + TestDatabase.idOf(username) + "/password-link",
            "{}",
            api.token(centre.admin()));
    assertEquals(200, reset.status(), reset.body());

    assertEquals(401, api.get("api/me", token).status(), "the API token ended");
    assertTrue(!signedIn(page), "the page session ended");
  }

  @Test
  void aNewPasswordSetByThePersonEndsEverySessionAndToken() throws Exception {
    TestCentre centre = TestCentre.create();
    String username = centre.add("ASSESSOR", "Nat New-Password");
    Api api = new Api(url);
    String token = api.token(username);
    PageSession page = PageSession.of(url, username);
    assertTrue(signedIn(page));
    String link = linkFor(username);

    Api.Reply set =
        api.post(
            "api/auth/password",
            Json.createObjectBuilder()
                .add("token", link)
                .add("password", Api.DEMO_PASSWORD)
                .add("repeated", Api.DEMO_PASSWORD)
                .build()
                .toString(),
            null);
    assertEquals(204, set.status(), set.body());

    assertEquals(401, api.get("api/me", token).status(), "the API token ended");
    assertTrue(!signedIn(page), "the page session ended");
    assertTrue(signedIn(PageSession.of(url, username)), "the new password signs in");
  }

  @Test
  void aLinkSentTwiceAtOnceSetsOnePasswordAndRefusesTheOthers() throws Exception {
    TestCentre centre = TestCentre.create();
    String username = centre.add("APPRENTICE", "Dora Double-Click");
    String link = linkFor(username);
    Api api = new Api(url);
    List<String> passwords =
        IntStream.range(0, 6).mapToObj(i -> "Queue-length-" + i + "-tills-open").toList();

    List<Api.Reply> replies;
    ExecutorService senders = Executors.newFixedThreadPool(passwords.size());
    try {
      List<Future<Api.Reply>> sent = new ArrayList<>();
      for (String password : passwords) {
        sent.add(
            senders.submit(
                () ->
                    api.post(
                        "api/auth/password",
                        Json.createObjectBuilder()
                            .add("token", link)
                            .add("password", password)
                            .add("repeated", password)
                            .build()
                            .toString(),
                        null)));
      }
      replies = new ArrayList<>();
      for (Future<Api.Reply> reply : sent) {
        replies.add(reply.get());
      }
    } finally {
      senders.shutdownNow();
    }

    List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
    assertEquals(List.of(204, 404, 404, 404, 404, 404), statuses, replies.toString());
    String winner = passwords.get(winnerIndex(replies));
    assertTrue(!api.signIn(username, winner).isBlank(), "the one password set signs in");
    for (String other : passwords.stream().filter(p -> !p.equals(winner)).limit(3).toList()) {
      Api.Reply refused =
          api.post(
              "api/auth/token",
              Json.createObjectBuilder()
                  .add("username", username)
                  .add("password", other)
                  .build()
                  .toString(),
              null);
      assertEquals(401, refused.status(), "no other password was set");
    }
  }

  /** A set-password link for the person, as an administrator's reset makes one. */
  private static String linkFor(String username) throws Exception {
    String link = "link-" + System.nanoTime();
    Instant now = Instant.now();
    TestDatabase.update(
        "insert into password_link (digest, user_id, created_at, expires_at) values (?, ?, ?, ?)",
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8))),
        TestDatabase.idOf(username),
        Timestamp.from(now),
        Timestamp.from(now.plus(Duration.ofDays(1))));
    return link;
  }

  private static int winnerIndex(List<Api.Reply> replies) {
    for (int i = 0; i < replies.size(); i++) {
      if (replies.get(i).status() == 204) {
        return i;
      }
    }
    throw new AssertionError("no password was set");
  }

  private static boolean signedIn(PageSession page) {
    return page.get("app/home.xhtml").uri().getPath().endsWith("/app/home.xhtml");
  }

  @Test
  void sessionIdentifiersAreFullyRandom() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Set<String> ids = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      String cookie =
          http.send(
                  HttpRequest.newBuilder(new URL(url, "sign-in.xhtml").toURI()).build(),
                  HttpResponse.BodyHandlers.discarding())
              .headers()
              .firstValue("Set-Cookie")
              .orElseThrow();
      String id = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
      assertTrue(Base64.getUrlDecoder().decode(id).length >= 16, "at least 128 bits: " + id);
      assertTrue(ids.add(id), "a new identifier each time");
      assertTrue(prefixes.add(id.substring(0, 6)), "no shared first 36 bits: " + ids);
    }
  }
}
