package io.riskwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery: a form on another site makes the browser send the page session's
 * cookie, never a bearer token. So the API answers only bearer tokens, and the cookie is one a
 * browser does not send with another site's form post.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void anEnrolmentPostedWithTheAdministratorsPageSessionIsRefusedAndImportsNobody()
      throws Exception {
    TestCentre centre = TestCentre.create();
    Api api = new Api(url);
    String cohort = "Forged " + centre.code();
    createCohort(api, centre, cohort);
    String email = "forged." + centre.code().toLowerCase() + "@attacker.example";
    String csv =
        "first name,last name,email,employer,cohort,assessor username,start date\n"
            + "Eve,Forger,"
            + email
            + ",Harbour Hotel,"
            + cohort
            + ","
            + centre.assessors()[0]
            + ","
            + LocalDate.now(ZoneOffset.UTC).minusDays(1)
            + "\n";
    PageSession admin = PageSession.of(url, centre.admin());

    HttpResponse<String> forged =
        admin.post("api/centre/enrolments", "text/plain", csv.getBytes(StandardCharsets.UTF_8));

    assertEquals(401, forged.statusCode(), forged.body());
    assertEquals(0, TestDatabase.count("select count(*) from app_user where email = ?", email));
    assertEquals(
        401,
        admin
            .post(
                "api/centre/enrolments/preview", "text/plain", csv.getBytes(StandardCharsets.UTF_8))
            .statusCode());
  }

  @Test
  void evidencePostedWithTheApprenticesPageSessionIsRefusedAndAddsNothing() throws Exception {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Cora Cookie");
    long id = TestDatabase.idOf(apprentice);
    PageSession page = PageSession.of(url, apprentice);
    Multipart form =
        new Multipart()
            .field("kind", "DOCUMENT")
            .field("title", "Planted by another site")
            .file("file", "planted.txt", "text/plain", "planted".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> forged =
        page.send("api/portfolio/evidence", form.post(HttpRequest.newBuilder()));

    assertEquals(401, forged.statusCode(), forged.body());
    assertEquals(
        0, TestDatabase.count("select count(*) from evidence_item where apprentice_id = ?", id));
  }

  @Test
  void thePageSessionReadsNothingFromTheApiButABearerTokenDoes() {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Tam Token");
    PageSession page = PageSession.of(url, apprentice);

    assertTrue(page.get("app/home.xhtml").uri().getPath().endsWith("/app/home.xhtml"));
    assertEquals(401, page.get("api/me").statusCode());
    Api api = new Api(url);
    assertEquals(200, api.get("api/me", api.token(apprentice)).status());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpResponse<String> signInPage =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(new URL(url, "sign-in.xhtml").toURI()).build(),
                HttpResponse.BodyHandlers.ofString());

    List<String> cookies = signInPage.headers().allValues("Set-Cookie");
    assertTrue(
        cookies.stream()
            .allMatch(c -> c.startsWith("riskwise-session=") || c.startsWith("JSESSIONIDVERSION=")),
        "the session cookie and, the application being distributable, Payara's session version: "
            + cookies);
    assertTrue(
        cookies.stream().anyMatch(c -> c.startsWith("riskwise-session=")), cookies.toString());
    for (String each : cookies) {
      String cookie = each.toLowerCase();
      assertTrue(cookie.contains("; httponly"), cookie);
      assertTrue(cookie.contains("; samesite=lax"), cookie);
      assertTrue(cookie.contains("; path=/"), cookie);
      assertFalse(cookie.contains("; secure"), "plain http here, so not Secure: " + cookie);
    }
  }

  private static void createCohort(Api api, TestCentre centre, String name) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Api.Reply cohort =
        api.post(
            "api/cohorts",
            Json.createObjectBuilder()
                .add("name", name)
                .add("frameworkId", "customer-service")
                .add("startsOn", today.minusDays(30).toString())
                .add("plannedEndOn", today.plusMonths(17).toString())
                .add(
                    "assessorIds",
                    Json.createArrayBuilder().add(TestDatabase.idOf(centre.assessors()[0])))
                .build()
                .toString(),
            api.token(centre.admin()));
    assertEquals(201, cohort.status(), cohort.body());
  }
}
