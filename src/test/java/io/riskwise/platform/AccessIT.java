package io.riskwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every REST endpoint with every demo role, a user of the other centre and no one at all, and
 * checks each answer against the expected table: who is let in, who is refused with 403, and where
 * existence must not leak, who gets 404. Each later feature adds its endpoints here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {
  static final String ANONYMOUS = "(no token)";
  static final List<String> EVERYONE =
      List.of(
          "admin1",
          "assessor1",
          "assessor2",
          "iqa1",
          "eqa1",
          "apprentice1",
          "apprentice2",
          "apprentice4",
          "northgate-admin",
          "northgate-apprentice",
          ANONYMOUS);

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

  /** One row of the table: an endpoint and the status each caller must get. */
  record Expectation(String method, String path, Map<String, Integer> statusByCaller) {}

  @Test
  void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
    long apprentice1 = TestDatabase.idOf("apprentice1");
    List<Expectation> table = new ArrayList<>();
    table.add(new Expectation("GET", "api/me", allGet(200)));
    table.add(
        new Expectation(
            "GET",
            "api/users",
            statuses(
                200, List.of("admin1", "assessor1", "assessor2", "iqa1", "northgate-admin"),
                403,
                    List.of(
                        "eqa1",
                        "apprentice1",
                        "apprentice2",
                        "apprentice4",
                        "northgate-apprentice"))));
    table.add(
        new Expectation(
            "GET",
            "api/users/" + apprentice1,
            statuses(
                200, List.of("admin1", "assessor1", "iqa1", "apprentice1"),
                404,
                    List.of(
                        "assessor2",
                        "eqa1",
                        "apprentice2",
                        "apprentice4",
                        "northgate-admin",
                        "northgate-apprentice"))));
    table.add(
        new Expectation(
            "GET",
            "api/users/999999999",
            statuses(404, without(EVERYONE, ANONYMOUS), 401, List.of())));

    portfolioRows(table);
    centreRows(table);

    List<String> mismatches = new ArrayList<>();
    for (Expectation row : table) {
      assertEquals(
          new TreeSet<>(EVERYONE),
          new TreeSet<>(row.statusByCaller().keySet()),
          "every row says what each caller gets: " + row.path());
      for (Map.Entry<String, Integer> expected : row.statusByCaller().entrySet()) {
        String caller = expected.getKey();
        String token = caller.equals(ANONYMOUS) ? null : api.token(caller);
        Api.Reply reply =
            api.send(
                downloads(api.builder(row.path(), token), row.path())
                    .method(row.method(), HttpRequest.BodyPublishers.noBody()));
        if (reply.status() != expected.getValue()) {
          mismatches.add(
              row.method()
                  + " "
                  + row.path()
                  + " as "
                  + caller
                  + ": expected "
                  + expected.getValue()
                  + ", got "
                  + reply.status());
        }
        if (reply.status() >= 400) {
          assertEquals("application/problem+json", reply.contentType(), row.path() + " " + caller);
        }
      }
    }
    assertEquals(List.of(), mismatches);
  }

  /**
   * The pages' file and PDF links answer like the API: the portfolio's readers get the file,
   * everyone else the not-found page, and someone signed out the sign-in page.
   */
  @Test
  void everyPageDownloadAnswersEachCallerAsTheTableSays() throws Exception {
    long apprentice2 = TestDatabase.idOf("apprentice2");
    long assessment =
        TestDatabase.count(
            "select min(id) from risk_assessment where apprentice_id = ?", apprentice2);
    long file =
        TestDatabase.count(
            "select min(id) from evidence_item where apprentice_id = ? and file_sha256 is not null",
            apprentice2);
    Map<String, Integer> readers = portfolioReaders();
    List<String> paths =
        List.of(
            "app/files/evidence?id=" + file,
            "app/files/evidence?id=" + file + "&inline=true",
            "app/files/assessment?id=" + assessment,
            "app/files/portfolio?apprentice=" + apprentice2,
            "app/learning/evidence.xhtml?id=" + apprentice2);
    List<String> mismatches = new ArrayList<>();
    for (String caller : without(EVERYONE, ANONYMOUS)) {
      PageSession session = PageSession.of(url, caller);
      for (String path : paths) {
        var answer = session.get(path);
        if (answer.statusCode() != readers.get(caller)) {
          mismatches.add(path + " as " + caller + ": got " + answer.statusCode());
        }
        if (answer.statusCode() == 200 && path.startsWith("app/files/")) {
          assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
          assertTrue(
              answer
                  .headers()
                  .firstValue("Content-Security-Policy")
                  .orElse("")
                  .contains("sandbox"));
        }
      }
      assertEquals(404, session.get("app/files/evidence?id=abc").statusCode());
      assertEquals(404, session.get("app/files/evidence?id=999999999").statusCode());
    }
    PageSession anonymous = PageSession.of(url, null);
    for (String path : paths) {
      var answer = anonymous.get(path);
      assertTrue(answer.uri().getPath().endsWith("/sign-in.xhtml"), path + " signed out");
    }
    assertEquals(List.of(), mismatches);
    long eqa = TestDatabase.idOf("eqa1");
    String logged =
        "select count(*) from eqa_view where eqa_id = ?"
            + " and (path like '%/app/files/%' or path like '%/app/learning/evidence.xhtml%')";
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (TestDatabase.count(logged, eqa) < paths.size() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(
        TestDatabase.count(logged, eqa) >= paths.size(),
        "each file and learning record an external verifier opens is logged (once answered)");
  }

  @Test
  void signingOutNeedsATokenOfYourOwn() {
    assertEquals(401, api.delete("api/auth/token", null).status());
    assertEquals(401, api.delete("api/auth/token", "not-a-token").status());
  }

  @Test
  void anAssessorListsOnlyTheirOwnApprentices() {
    assertEquals(Set.of("apprentice1", "apprentice2", "apprentice3"), usernamesSeenBy("assessor1"));
    assertEquals(Set.of("apprentice4", "apprentice5", "apprentice6"), usernamesSeenBy("assessor2"));
  }

  @Test
  void anAdministratorListsTheirCentreAndNothingOfAnother() {
    Set<String> riverside = usernamesSeenBy("admin1");
    assertEquals(11, riverside.size(), riverside.toString());
    assertEquals(
        Set.of(),
        riverside.stream().filter(u -> u.startsWith("northgate")).collect(Collectors.toSet()));
    assertEquals(
        Set.of("northgate-admin", "northgate-apprentice"), usernamesSeenBy("northgate-admin"));
  }

  @Test
  void listsArePagedAndBounded() {
    JsonObject firstPage = api.get("api/users?size=4&page=0", api.token("iqa1")).json();
    JsonObject thirdPage = api.get("api/users?size=4&page=2", api.token("iqa1")).json();
    assertEquals(4, firstPage.getJsonArray("items").size());
    assertEquals(3, thirdPage.getJsonArray("items").size());
    assertEquals(11, firstPage.getInt("total"));
    assertEquals(400, api.get("api/users?size=1000", api.token("iqa1")).status());
    assertEquals(400, api.get("api/users?page=-1", api.token("iqa1")).status());
  }

  /** A list costs the same few statements however long it is: no query per person. */
  @Test
  void listingPeopleTakesAFixedNumberOfStatements() throws Exception {
    String admin = api.token("admin1");
    String assessor = api.token("assessor1");
    long forEleven = statementsFor("api/users?size=100", admin);
    long forThree = statementsFor("api/users?size=100", assessor);
    assertEquals(forThree, forEleven, "11 people cost no more statements than 3");
    assertTrue(forEleven <= 10, "statements for a list of 11: " + forEleven);
  }

  private long statementsFor(String path, String token) {
    Api.Reply reply = api.get(path, token);
    assertEquals(200, reply.status());
    return reply.statements();
  }

  private Set<String> usernamesSeenBy(String caller) {
    return api
        .get("api/users?size=100", api.token(caller))
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(u -> u.getString("username"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Who reads apprentice2's portfolio (200) and who is told it does not exist (404). */
  private static Map<String, Integer> portfolioReaders() {
    return statuses(
        200, List.of("apprentice2", "assessor1", "iqa1", "admin1", "eqa1"),
        404,
            List.of(
                "apprentice1",
                "apprentice4",
                "assessor2",
                "northgate-admin",
                "northgate-apprentice"));
  }

  /**
   * apprentice2's portfolio: apprentice2, their assessor (assessor1), the IQA and administrator of
   * their centre and eqa1 (a demo grant) read it; everyone else is told it does not exist.
   */
  private static void portfolioRows(List<Expectation> table) throws Exception {
    long apprentice2 = TestDatabase.idOf("apprentice2");
    long assessment =
        TestDatabase.count(
            "select min(id) from risk_assessment where apprentice_id = ?", apprentice2);
    long file =
        TestDatabase.count(
            "select min(id) from evidence_item where apprentice_id = ? and file_sha256 is not null",
            apprentice2);
    Map<String, Integer> readers = portfolioReaders();
    for (String path :
        List.of(
            "api/portfolio/assessments/" + assessment,
            "api/portfolio/assessments/" + assessment + "/readiness",
            "api/portfolio/assessments/" + assessment + "/versions",
            "api/portfolio/assessments/" + assessment + "/pdf",
            "api/portfolio/assessments?apprentice=" + apprentice2,
            "api/portfolio/evidence?apprentice=" + apprentice2,
            "api/portfolio/evidence/" + file,
            "api/portfolio/evidence/" + file + "/file",
            "api/portfolio/mappings?apprentice=" + apprentice2,
            "api/portfolio/grid?apprentice=" + apprentice2,
            "api/portfolio/pdf?apprentice=" + apprentice2,
            "api/apprentices/" + apprentice2 + "/learning")) {
      table.add(new Expectation("GET", path, readers));
    }
    table.add(
        new Expectation(
            "GET",
            "api/portfolio/assessments",
            statuses(
                200, List.of("apprentice1", "apprentice2", "apprentice4", "northgate-apprentice"),
                400,
                    List.of(
                        "admin1", "assessor1", "assessor2", "iqa1", "eqa1", "northgate-admin"))));
    table.add(new Expectation("GET", "api/centre/matrix", allGet(200)));
    for (String path :
        List.of(
            "api/assessment/apprentices/" + apprentice2 + "/units/C6",
            "api/assessment/apprentices/" + apprentice2 + "/sign-offs",
            "api/assessment/apprentices/" + apprentice2 + "/records")) {
      table.add(new Expectation("GET", path, readers));
    }
    table.add(
        new Expectation(
            "GET",
            "api/assessment/queue",
            statuses(
                200, List.of("assessor1", "assessor2"),
                403,
                    List.of(
                        "admin1",
                        "iqa1",
                        "eqa1",
                        "apprentice1",
                        "apprentice2",
                        "apprentice4",
                        "northgate-admin",
                        "northgate-apprentice"))));
    table.add(new Expectation("GET", "api/audit/verify", administratorsOnly()));
    table.add(new Expectation("GET", "api/notifications", allGet(200)));
    table.add(
        new Expectation(
            "GET",
            "api/iqa/sample",
            statuses(
                200, List.of("iqa1"),
                403,
                    List.of(
                        "admin1",
                        "assessor1",
                        "assessor2",
                        "eqa1",
                        "apprentice1",
                        "apprentice2",
                        "apprentice4",
                        "northgate-admin",
                        "northgate-apprentice"))));
    for (String path : List.of("api/iqa/report", "api/iqa/plan")) {
      table.add(
          new Expectation(
              "GET",
              path,
              statuses(
                  200, List.of("iqa1", "admin1", "eqa1", "northgate-admin"),
                  403,
                      List.of(
                          "assessor1",
                          "assessor2",
                          "apprentice1",
                          "apprentice2",
                          "apprentice4",
                          "northgate-apprentice"))));
    }
    long version =
        TestDatabase.count(
            "select min(v.id) from assessment_version v join risk_assessment a"
                + " on a.id = v.assessment_id where a.apprentice_id = ?",
            TestDatabase.idOf("apprentice2"));
    for (String path :
        List.of(
            "api/assessment/submissions/" + version,
            "api/assessment/submissions/" + version + "/judging")) {
      table.add(new Expectation("GET", path, portfolioReaders()));
    }
    table.add(
        new Expectation(
            "GET",
            "api/assessment/comments",
            statuses(
                200, List.of("assessor1", "assessor2"),
                403, without(without(without(EVERYONE, ANONYMOUS), "assessor1"), "assessor2"))));
    table.add(
        new Expectation(
            "GET",
            "api/iqa/unsampled",
            statuses(200, List.of("iqa1"), 403, without(without(EVERYONE, ANONYMOUS), "iqa1"))));
    table.add(
        new Expectation(
            "GET",
            "api/iqa/records",
            statuses(200, List.of("eqa1"), 403, without(without(EVERYONE, ANONYMOUS), "eqa1"))));
    long signOff =
        TestDatabase.count(
            "select min(id) from sign_off where apprentice_id = ?",
            TestDatabase.idOf("apprentice2"));
    table.add(
        new Expectation(
            "GET",
            "api/iqa/records/SIGN_OFF/" + signOff,
            statuses(
                200, List.of("iqa1", "admin1", "eqa1"),
                404, List.of("northgate-admin"),
                403,
                    List.of(
                        "assessor1",
                        "assessor2",
                        "apprentice1",
                        "apprentice2",
                        "apprentice4",
                        "northgate-apprentice"))));
    table.add(
        new Expectation(
            "GET",
            "api/eqa/grants",
            statuses(
                200, List.of("admin1", "northgate-admin", "eqa1"),
                403,
                    List.of(
                        "assessor1",
                        "assessor2",
                        "iqa1",
                        "apprentice1",
                        "apprentice2",
                        "apprentice4",
                        "northgate-apprentice"))));
  }

  /** Files and PDFs are asked for as a browser asks for a download. */
  /**
   * Cohorts and centre administration: administrators of the centre, its quality assurers and the
   * cohort's assessors read; only administrators change; another centre gets 404.
   */
  private static void centreRows(List<Expectation> table) throws Exception {
    long september =
        TestDatabase.count(
            "select id from cohort where name = ?", "2026 September, customer service");
    List<String> apprenticesAndEqa =
        List.of("eqa1", "apprentice1", "apprentice2", "apprentice4", "northgate-apprentice");
    Map<String, Integer> staff =
        statuses(
            200,
            List.of("admin1", "assessor1", "assessor2", "iqa1", "northgate-admin"),
            403,
            apprenticesAndEqa);
    Map<String, Integer> cohortReaders =
        statuses(
            200,
            List.of("admin1", "assessor1", "iqa1"),
            404,
            List.of("assessor2", "northgate-admin"),
            403,
            apprenticesAndEqa);
    Map<String, Integer> admins = administratorsOnly();
    table.add(new Expectation("GET", "api/cohorts", staff));
    table.add(new Expectation("GET", "api/cohorts/" + september, cohortReaders));
    table.add(new Expectation("GET", "api/cohorts/" + september + "/progress", cohortReaders));
    table.add(new Expectation("GET", "api/cohorts/" + september + "/progress.csv", cohortReaders));
    table.add(new Expectation("GET", "api/cohorts/" + september + "/progress.pdf", cohortReaders));
    table.add(new Expectation("GET", "api/centre/progress", staff));
    table.add(new Expectation("GET", "api/centre/progress.csv", staff));
    table.add(new Expectation("GET", "api/centre/progress.pdf", staff));
    table.add(new Expectation("GET", "api/centre/rules", staff));
    table.add(new Expectation("GET", "api/centre/enrolments", admins));
    table.add(new Expectation("GET", "api/centre/allocations", admins));
    table.add(new Expectation("GET", "api/centre/caseloads", admins));
    table.add(new Expectation("GET", "api/centre/users", admins));
  }

  private static HttpRequest.Builder downloads(HttpRequest.Builder request, String path) {
    return path.contains("/pdf")
            || path.endsWith("/file")
            || path.endsWith(".pdf")
            || path.endsWith(".csv")
            || path.endsWith("/enrolments")
        ? request.setHeader("Accept", "*/*")
        : request;
  }

  /** Each centre's administrator gets 200; everyone else signed in 403. */
  private static Map<String, Integer> administratorsOnly() {
    return statuses(
        200,
        List.of("admin1", "northgate-admin"),
        403,
        without(without(EVERYONE, ANONYMOUS), "admin1").stream()
            .filter(c -> !c.equals("northgate-admin"))
            .toList());
  }

  private static Map<String, Integer> allGet(int status) {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (String caller : EVERYONE) {
      statuses.put(caller, caller.equals(ANONYMOUS) ? 401 : status);
    }
    return statuses;
  }

  private static Map<String, Integer> statuses(
      int first, List<String> firstCallers, int second, List<String> secondCallers) {
    return statuses(first, firstCallers, second, secondCallers, 0, List.of());
  }

  private static Map<String, Integer> statuses(
      int first,
      List<String> firstCallers,
      int second,
      List<String> secondCallers,
      int third,
      List<String> thirdCallers) {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    firstCallers.forEach(c -> statuses.put(c, first));
    secondCallers.forEach(c -> statuses.put(c, second));
    thirdCallers.forEach(c -> statuses.put(c, third));
    statuses.put(ANONYMOUS, 401);
    return statuses;
  }

  private static List<String> without(List<String> callers, String left) {
    return callers.stream().filter(c -> !c.equals(left)).toList();
  }
}
