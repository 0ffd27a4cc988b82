package io.riskwise.centre.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A centre's administration over REST against the real database: cohorts, people, enrolment by CSV
 * (preview, refusal with nothing written, import, set-password links, export), allocation, the
 * centre's rules and the progress dashboards, each refused to the wrong person or centre.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CentreApiIT {
  static final String SEPTEMBER = "2026 September, customer service";

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
  void anAdministratorCreatesACohortAndBadCohortsAreRefused() throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    long assessor = TestDatabase.idOf(centre.assessors()[0]);
    Api.Reply created =
        api.post("api/cohorts", cohort("Spring", "2026-01-05", "2027-07-05", assessor), admin);
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(
        "Asha Assessor",
        created.json().getJsonArray("assessors").getJsonObject(0).getString("name"));

    Api.Reply sameName =
        api.post("api/cohorts", cohort("SPRING", "2026-01-05", "2027-07-05", assessor), admin);
    assertEquals(400, sameName.status());
    assertTrue(
        sameName.body().contains("Your centre already has a cohort called SPRING."),
        sameName.body());
    Api.Reply backwards =
        api.post("api/cohorts", cohort("Backwards", "2027-01-05", "2026-07-05", assessor), admin);
    assertEquals(400, backwards.status());
    assertTrue(backwards.body().contains("The planned end must be after the start."));
    long foreign = TestDatabase.idOf("assessor1");
    Api.Reply foreignAssessor =
        api.post("api/cohorts", cohort("Foreign", "2026-01-05", "2027-07-05", foreign), admin);
    assertEquals(400, foreignAssessor.status());
    assertTrue(
        foreignAssessor.body().contains("There is no assessor " + foreign + " at your centre."));
    assertEquals(
        1, TestDatabase.count("select count(*) from cohort where centre_id = ?", centre.id()));

    Api.Reply renamed =
        api.put(
            "api/cohorts/" + id,
            cohort("Spring (renamed)", "2026-01-05", "2027-07-05", assessor),
            admin);
    assertEquals(200, renamed.status(), renamed.body());
    assertEquals("Spring (renamed)", TestDatabase.text("select name from cohort where id = ?", id));

    assertEquals(404, api.get("api/cohorts/" + id, api.token("admin1")).status());
    assertEquals(404, api.get("api/cohorts/" + id, api.token(centre.assessors()[1])).status());
    assertEquals(200, api.get("api/cohorts/" + id, api.token(centre.assessors()[0])).status());
    assertEquals(
        403,
        api.post(
                "api/cohorts",
                cohort("Mine", "2026-01-05", "2027-07-05", assessor),
                api.token(centre.assessors()[0]))
            .status());
    assertEquals(403, api.get("api/cohorts", api.token("apprentice1")).status());
  }

  @Test
  void anEnrolmentFileWithAnyBadRowIsRefusedWholeAndNothingIsWritten() throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    cohortOf(centre, "September, customer service");
    String assessor = centre.assessors()[0];
    TestCentre other = TestCentre.create();
    cohortOf(other, "Elsewhere");
    String taken = "ann." + other.code().toLowerCase() + "@example.org";
    assertEquals(
        201,
        sendCsv(
                "api/centre/enrolments",
                "first name,last name,email,employer,cohort,assessor username,start date\n"
                    + "Ann,Elsewhere,"
                    + taken
                    + ",Harbour Hotel,Elsewhere,"
                    + other.assessors()[0]
                    + ",2026-09-01\n",
                api.token(other.admin()))
            .status());
    String csv =
        "first name,last name,email,employer,cohort,assessor username,start date\n"
            + "Zoë,Ó Súilleabháin,zoe.bad@example.org,\"Smith, Jones & Co\",\"September, customer service\","
            + assessor
            + ",2026-09-01\n"
            + "Sam,Bell,sam.bell@example.org,Harbour Hotel,No Such Cohort,"
            + assessor
            + ",2026-09-01\n"
            + "Kim,Ray,kim.ray@example.org,Harbour Hotel,\"September, customer service\",nobody,31/02/2026\n"
            + "Kim,Ray,KIM.RAY@example.org,Harbour Hotel,\"September, customer service\","
            + assessor
            + ",2026-09-01\n"
            + "Al,Ready,"
            + centre.admin()
            + "@test.example,Harbour Hotel,\"September, customer service\","
            + assessor
            + ",2026-09-01\n"
            + "Ann,Other,"
            + taken
            + ",Harbour Hotel,\"September, customer service\",assessor1,2026-09-01\n";

    Api.Reply preview = sendCsv("api/centre/enrolments/preview", csv, admin);
    assertEquals(200, preview.status(), preview.body());
    assertFalse(preview.json().getBoolean("valid"));
    assertEquals(5, preview.json().getInt("invalidRows"));

    Api.Reply refused = sendCsv("api/centre/enrolments", csv, admin);
    assertEquals(422, refused.status(), refused.body());
    String problems = refused.body();
    assertTrue(problems.contains("\"field\":\"line 3\""), problems);
    assertTrue(
        problems.contains("Cohort \\\"No Such Cohort\\\" does not exist at this centre."),
        problems);
    assertTrue(
        problems.contains("Assessor \\\"nobody\\\" is not an assessor at this centre."), problems);
    assertTrue(problems.contains("Start date \\\"31/02/2026\\\" is not a date"), problems);
    assertTrue(problems.contains("is repeated on line 5"), problems);
    assertTrue(
        problems.contains(
            "Email " + centre.admin() + "@test.example is already used at this centre."),
        problems);
    assertTrue(
        problems.contains("Assessor \\\"assessor1\\\" is not an assessor at this centre."),
        problems);
    assertTrue(
        problems.contains(
            "Email " + taken + " cannot be used to sign in. Give this apprentice another address."),
        problems);
    assertFalse(
        problems.contains("\"field\":\"line 2\""), "the good row has no problem: " + problems);
    assertEquals(
        0,
        TestDatabase.count(
            "select count(*) from enrolment e join cohort c on c.id = e.cohort_id where c.centre_id = ?",
            centre.id()));
    assertEquals(
        3, TestDatabase.count("select count(*) from app_user where centre_id = ?", centre.id()));

    assertEquals(403, sendCsv("api/centre/enrolments", csv, api.token(assessor)).status());
    Api.Reply notCsv = sendCsv("api/centre/enrolments", "just some words", admin);
    assertEquals(422, notCsv.status());
    assertTrue(notCsv.body().contains("The first row must name the columns"), notCsv.body());
  }

  @Test
  void anImportEnrolsAllocatesAndGivesEachApprenticeAOneUseLink() throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    cohortOf(centre, "September, customer service");
    String zoe = "zoe." + centre.code().toLowerCase() + "@example.org";
    String sam = "sam." + centre.code().toLowerCase() + "@example.org";
    String csv =
        "\uFEFFFirst Name,Last Name,Email,Employer,Cohort,Assessor Username,Start Date\r\n"
            + "Zoë,Ó Súilleabháin,"
            + zoe
            + ",\"Smith, Jones & Co\",\"September, customer service\","
            + centre.assessors()[1]
            + ",01/09/2026\r\n"
            + "\r\n"
            + "Sam,Bell,"
            + sam
            + ",Harbour Hotel,\"September, customer service\","
            + centre.assessors()[0]
            + ",2026-09-02\r\n";
    Api.Reply imported = sendCsv("api/centre/enrolments", csv, admin);
    assertEquals(201, imported.status(), imported.body());
    assertEquals(2, imported.json().getInt("created"));
    assertEquals(
        2, imported.json().getJsonObject("byCohort").getInt("September, customer service"));

    assertEquals(
        "Zoë Ó Súilleabháin",
        TestDatabase.text("select display_name from app_user where username = ?", zoe));
    assertEquals(
        "Smith, Jones & Co",
        TestDatabase.text(
            "select e.employer from enrolment e join app_user u on u.id = e.apprentice_id where u.username = ?",
            zoe));
    assertEquals(centre.assessors()[1], assessorOf(TestDatabase.idOf(zoe)));

    String link = imported.json().getJsonArray("links").getJsonObject(0).getString("link");
    String token = link.substring(link.indexOf("token=") + 6);
    Api.Reply tooShort = setPassword(token, "short", "short");
    assertEquals(400, tooShort.status());
    assertTrue(tooShort.body().contains("Choose a password of at least 10 characters."));
    assertEquals(400, setPassword(token, "a-long-password-1", "a-different-one-2").status());
    assertEquals(204, setPassword(token, "zoes-own-password", "zoes-own-password").status());
    assertFalse(api.signIn(zoe, "zoes-own-password").isBlank());
    assertEquals(404, setPassword(token, "another-password", "another-password").status());

    Api.Reply export =
        api.send(api.builder("api/centre/enrolments", admin).header("Accept", "text/csv").GET());
    assertEquals(200, export.status());
    assertTrue(
        export
            .body()
            .contains(
                "\"Zoë\",\"Ó Súilleabháin\",\""
                    + zoe
                    + "\",\"Smith, Jones & Co\",\"September, customer service\",\""
                    + centre.assessors()[1]
                    + "\",\"2026-09-01\""),
        export.body());
    assertTrue(
        export
            .body()
            .contains(
                "\"Sam\",\"Bell\",\""
                    + sam
                    + "\",\"Harbour Hotel\",\"September, customer service\",\""
                    + centre.assessors()[0]
                    + "\",\"2026-09-02\""),
        export.body());
    assertFalse(
        api.send(
                api.builder("api/centre/enrolments", api.token("admin1"))
                    .header("Accept", "text/csv")
                    .GET())
            .body()
            .contains(zoe),
        "another centre's export");
  }

  @Test
  void apprenticesAreAllocatedInBulkAndABadRequestChangesNothing() throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    cohortOf(centre, "Autumn");
    String ann = "ann." + centre.code().toLowerCase() + "@example.org";
    String bo = "bo." + centre.code().toLowerCase() + "@example.org";
    String csv =
        "first name,last name,email,employer,cohort,assessor username,start date\n"
            + "Ann,One,"
            + ann
            + ",Harbour Hotel,Autumn,"
            + centre.assessors()[0]
            + ",2026-09-01\n"
            + "Bo,Two,"
            + bo
            + ",Harbour Hotel,Autumn,"
            + centre.assessors()[0]
            + ",2026-09-01\n";
    assertEquals(201, sendCsv("api/centre/enrolments", csv, admin).status());
    long annId = TestDatabase.idOf(ann);
    long boId = TestDatabase.idOf(bo);
    long second = TestDatabase.idOf(centre.assessors()[1]);

    Api.Reply foreign =
        api.put(
            "api/centre/allocations",
            allocation(second, annId, TestDatabase.idOf("northgate-apprentice")),
            admin);
    assertEquals(400, foreign.status());
    assertTrue(
        foreign
            .body()
            .contains(
                "There is no apprentice "
                    + TestDatabase.idOf("northgate-apprentice")
                    + " at your centre."));
    assertEquals(centre.assessors()[0], assessorOf(annId));

    Api.Reply moved = api.put("api/centre/allocations", allocation(second, annId, boId), admin);
    assertEquals(200, moved.status(), moved.body());
    assertEquals(2, moved.json().getInt("allocated"));
    assertEquals(centre.assessors()[1], assessorOf(annId));
    assertEquals(centre.assessors()[1], assessorOf(boId));
    assertEquals(
        1, TestDatabase.count("select count(*) from allocation where apprentice_id = ?", annId));

    JsonObject caseload =
        api
            .get("api/centre/caseloads", admin)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getJsonNumber("assessorId").longValue() == second)
            .findFirst()
            .orElseThrow();
    assertEquals(2, caseload.getInt("apprentices"));
    assertEquals(
        403,
        api.put(
                "api/centre/allocations",
                allocation(second, annId),
                api.token(centre.assessors()[0]))
            .status());
    Api.Reply otherCentre =
        api.put("api/centre/allocations", allocation(second, annId), api.token("northgate-admin"));
    assertEquals(400, otherCentre.status());
    assertTrue(otherCentre.body().contains("Choose an assessor of your centre."));
    assertEquals(centre.assessors()[1], assessorOf(annId));
  }

  @Test
  void cohortProgressShowsEachApprenticeWithAStatusAndAssessorsSeeTheirCaseloadOnly()
      throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String started = today.minusDays(35).toString();
    Api.Reply created =
        api.post(
            "api/cohorts",
            cohort(
                "Progress",
                started,
                today.minusDays(35).plusMonths(18).toString(),
                TestDatabase.idOf(centre.assessors()[0])),
            admin);
    long cohort = created.json().getJsonNumber("id").longValue();
    String stamp = centre.code().toLowerCase();
    String csv =
        "first name,last name,email,employer,cohort,assessor username,start date\n"
            + row("Gina", "Green", "gina." + stamp, centre.assessors()[0], started)
            + row("Rob", "Red", "rob." + stamp, centre.assessors()[0], started)
            + row("Amy", "Amber", "amy." + stamp, centre.assessors()[1], started);
    assertEquals(201, sendCsv("api/centre/enrolments", csv, admin).status());
    activeDaysAgo("gina." + stamp + "@example.org", 0);
    activeDaysAgo("amy." + stamp + "@example.org", 22);

    Api.Reply reply = api.get("api/cohorts/" + cohort + "/progress?size=100", admin);
    assertEquals(200, reply.status(), reply.body());
    JsonObject summary = reply.json().getJsonObject("summary");
    assertEquals(3, summary.getInt("apprentices"));
    assertEquals(1, summary.getInt("red"));
    assertEquals(1, summary.getInt("amber"));
    assertEquals(1, summary.getInt("green"));
    assertEquals("GREEN", apprentice(reply.json(), "Gina Green").getString("rag"));
    JsonObject rob = apprentice(reply.json(), "Rob Red");
    assertEquals("RED", rob.getString("rag"));
    assertEquals(
        "No activity since starting 35 days ago (red from 30)",
        rob.getJsonArray("reasons").getString(0));
    JsonObject amy = apprentice(reply.json(), "Amy Amber");
    assertEquals("AMBER", amy.getString("rag"));
    assertEquals(
        "No activity for 22 days (amber from 21)", amy.getJsonArray("reasons").getString(0));
    assertEquals(today.minusDays(22).toString(), amy.getString("lastActivity"));

    Api.Reply amber = api.get("api/cohorts/" + cohort + "/progress?rag=AMBER", admin);
    assertEquals(List.of("Amy Amber"), names(amber.json()));
    assertEquals(400, api.get("api/cohorts/" + cohort + "/progress?rag=PURPLE", admin).status());

    Api.Reply mine =
        api.get("api/cohorts/" + cohort + "/progress?size=100", api.token(centre.assessors()[0]));
    assertEquals(200, mine.status());
    assertEquals(List.of("Gina Green", "Rob Red"), names(mine.json()));
    assertEquals(2, mine.json().getJsonObject("summary").getInt("apprentices"));
    assertEquals(
        200,
        api.get("api/cohorts/" + cohort + "/progress", api.token(centre.assessors()[1])).status(),
        "Bill assesses Amy in this cohort");
    assertEquals(404, api.get("api/cohorts/" + cohort + "/progress", api.token("admin1")).status());
    assertEquals(
        403, api.get("api/cohorts/" + cohort + "/progress", api.token("apprentice2")).status());
    assertEquals(403, api.get("api/cohorts/" + cohort + "/progress", api.token("eqa1")).status());

    Api.Reply rules = api.put("api/centre/rules", TestCentre.rules(10, 40, 50, 10, 20), admin);
    assertEquals(200, rules.status());
    Api.Reply relaxed = api.get("api/cohorts/" + cohort + "/progress?size=100", admin);
    assertEquals(
        "GREEN",
        apprentice(relaxed.json(), "Rob Red").getString("rag"),
        "idle 35 days is fine when red starts at 50 and amber at 40");

    Api.Reply csvExport =
        api.send(
            api.builder("api/cohorts/" + cohort + "/progress.csv", admin)
                .header("Accept", "text/csv")
                .GET());
    assertEquals(200, csvExport.status());
    assertTrue(csvExport.body().contains("Amy Amber"));
    assertTrue(csvExport.header("Content-Disposition").startsWith("attachment"));
    var pdf =
        api.sendBytes(
            api.builder("api/cohorts/" + cohort + "/progress.pdf", admin)
                .header("Accept", "application/pdf")
                .GET());
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void theDemoCentresSeptemberCohortShowsAmiraSignedOffInC6() {
    long september = count("select id from cohort where name = ?", SEPTEMBER);
    Api.Reply reply =
        api.get("api/cohorts/" + september + "/progress?size=100", api.token("admin1"));
    assertEquals(200, reply.status(), reply.body());
    JsonObject c6 =
        apprentice(reply.json(), "Amira Hassan")
            .getJsonArray("units")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(u -> u.getString("unit").equals("C6"))
            .findFirst()
            .orElseThrow();
    assertTrue(c6.getBoolean("signedOff"));
    assertEquals(100, c6.getInt("percent"));
  }

  @Test
  void theCentreDashboardRollsUpCohortsAndAssessors() throws Exception {
    Api.Reply centre = api.get("api/centre/progress", api.token("admin1"));
    assertEquals(200, centre.status(), centre.body());
    JsonObject summary = centre.json().getJsonObject("summary");
    int perCohort =
        centre.json().getJsonArray("cohorts").getValuesAs(JsonObject.class).stream()
            .mapToInt(c -> c.getJsonObject("summary").getInt("apprentices"))
            .sum();
    assertEquals(summary.getInt("apprentices"), perCohort);
    assertTrue(centre.body().contains("\"name\":\"" + SEPTEMBER + "\""));
    assertTrue(centre.body().contains("\"name\":\"Priya Shah\""));

    Api.Reply caseload = api.get("api/centre/progress", api.token("assessor2"));
    assertEquals(200, caseload.status());
    assertFalse(caseload.body().contains("Amira"), "assessor2 does not assess Amira");
    assertEquals(200, api.get("api/centre/progress", api.token("northgate-admin")).status());
    assertFalse(
        api.get("api/centre/progress", api.token("northgate-admin")).body().contains(SEPTEMBER));
    assertEquals(403, api.get("api/centre/progress", api.token("apprentice1")).status());
  }

  @Test
  void theCentreSetsItsRulesAndBadRulesChangeNothing() throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    Api.Reply bad = api.put("api/centre/rules", TestCentre.rules(10, 30, 21, 10, 20), admin);
    assertEquals(400, bad.status());
    assertTrue(
        bad.body().contains("Amber must start after at least 1 day, and before red does."),
        bad.body());
    assertEquals(21, api.get("api/centre/rules", admin).json().getInt("amberIdleDays"));
    Api.Reply good = api.put("api/centre/rules", TestCentre.rules(5, 10, 40, 15, 30), admin);
    assertEquals(200, good.status(), good.body());
    assertEquals(5, api.get("api/centre/rules", admin).json().getInt("queueFlagDays"));
    assertEquals(
        10,
        TestDatabase.count(
            "select amber_idle_days from centre_rules where centre_id = ?", centre.id()));
    assertEquals(
        403,
        api.put(
                "api/centre/rules",
                TestCentre.rules(5, 10, 40, 15, 30),
                api.token(centre.assessors()[0]))
            .status());
    assertEquals(
        21,
        api.get("api/centre/rules", api.token("admin1")).json().getInt("amberIdleDays"),
        "another centre's rules are its own");
  }

  @Test
  void aUsernameHeldAtAnotherCentreIsRefusedWithoutSayingWhere() {
    TestCentre mine = TestCentre.create();
    TestCentre theirs = TestCentre.create();
    String held = theirs.add("ASSESSOR", "Held Elsewhere").toLowerCase(Locale.ROOT);
    String admin = api.token(mine.admin());

    Api.Reply elsewhere =
        api.post("api/centre/users", person(held, "Copy Cat", "copy@example.org"), admin);
    Api.Reply reserved =
        api.post("api/centre/users", person("support", "Sue Port", "sue@example.org"), admin);

    assertEquals(400, elsewhere.status(), elsewhere.body());
    assertTrue(
        elsewhere.body().contains("The username " + held + " cannot be used. Choose another."),
        elsewhere.body());
    assertFalse(elsewhere.body().contains("already used"), elsewhere.body());
    assertFalse(elsewhere.body().contains("Test centre"), elsewhere.body());
    assertEquals(400, reserved.status(), reserved.body());
    assertTrue(
        reserved.body().contains("The username support cannot be used. Choose another."),
        reserved.body());
  }

  @Test
  void anAdministratorManagesPeopleAndADeactivatedPersonCannotSignIn() throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    String username = "nia-" + centre.code().toLowerCase();
    Api.Reply created =
        api.post(
            "api/centre/users", person(username, "Nia Evans", username + "@example.org"), admin);
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonObject("user").getJsonNumber("id").longValue();
    String link = created.json().getString("link");
    assertEquals(
        204,
        setPassword(
                link.substring(link.indexOf("token=") + 6), "nias-password-1", "nias-password-1")
            .status());
    String token = api.signIn(username, "nias-password-1");
    assertEquals(200, api.get("api/assessment/queue", token).status());

    Api.Reply taken =
        api.post("api/centre/users", person(username, "Other", "other@example.org"), admin);
    assertEquals(400, taken.status());
    assertTrue(
        taken.body().contains("The username " + username + " is already used at your centre."),
        taken.body());
    Api.Reply noRole =
        api.post(
            "api/centre/users",
            "{\"username\":\"x-"
                + username
                + "\",\"displayName\":\"X\",\"email\":\"x@example.org\",\"roles\":[]}",
            admin);
    assertEquals(400, noRole.status());
    assertTrue(noRole.body().contains("Choose at least one role."));

    assertEquals(
        404,
        api.post("api/centre/users/" + id + "/deactivate", "{}", api.token("northgate-admin"))
            .status());
    assertEquals(
        403,
        api.post("api/centre/users/" + id + "/deactivate", "{}", api.token(centre.assessors()[0]))
            .status());
    assertEquals(200, api.post("api/centre/users/" + id + "/deactivate", "{}", admin).status());
    assertEquals(401, api.get("api/assessment/queue", token).status());
    assertEquals(401, signIn(username, "nias-password-1").status());
    assertEquals(
        409,
        api.post(
                "api/centre/users/" + TestDatabase.idOf(centre.admin()) + "/deactivate",
                "{}",
                admin)
            .status());

    assertEquals(200, api.post("api/centre/users/" + id + "/reactivate", "{}", admin).status());
    Api.Reply reset = api.post("api/centre/users/" + id + "/password-link", "{}", admin);
    assertEquals(200, reset.status());
    assertEquals(
        401, signIn(username, "nias-password-1").status(), "a reset stops the old password");
    String resetLink = reset.json().getString("link");
    assertEquals(
        204,
        setPassword(
                resetLink.substring(resetLink.indexOf("token=") + 6),
                "nias-password-2",
                "nias-password-2")
            .status());
    assertFalse(api.signIn(username, "nias-password-2").isBlank());
    assertEquals(
        404,
        setPassword(
                link.substring(link.indexOf("token=") + 6), "nias-password-3", "nias-password-3")
            .status(),
        "the first link was used");
  }

  @Test
  void anExternalVerifierGrantedACohortReadsItsApprenticesOnlyWhileTheGrantLasts()
      throws Exception {
    TestCentre centre = TestCentre.create();
    String admin = api.token(centre.admin());
    long granted = cohortOf(centre, "Granted");
    cohortOf(centre, "Not granted");
    String stamp = centre.code().toLowerCase();
    String csv =
        "first name,last name,email,employer,cohort,assessor username,start date\n"
            + "In,Cohort,in."
            + stamp
            + "@example.org,Harbour Hotel,Granted,"
            + centre.assessors()[0]
            + ",2026-09-01\n"
            + "Out,Side,out."
            + stamp
            + "@example.org,Harbour Hotel,Not granted,"
            + centre.assessors()[0]
            + ",2026-09-01\n";
    assertEquals(201, sendCsv("api/centre/enrolments", csv, admin).status());
    String eqaName = "eqa-" + stamp;
    Api.Reply made =
        api.post(
            "api/centre/users",
            Json.createObjectBuilder()
                .add("username", eqaName)
                .add("displayName", "Eve Verifier")
                .add("email", eqaName + "@example.org")
                .add("roles", Json.createArrayBuilder().add("EQA"))
                .build()
                .toString(),
            admin);
    String link = made.json().getString("link");
    setPassword(link.substring(link.indexOf("token=") + 6), "eves-password-1", "eves-password-1");
    String eqa = api.signIn(eqaName, "eves-password-1");
    long eqaId = made.json().getJsonObject("user").getJsonNumber("id").longValue();
    String inside =
        "api/portfolio/evidence?apprentice=" + TestDatabase.idOf("in." + stamp + "@example.org");
    String outside =
        "api/portfolio/evidence?apprentice=" + TestDatabase.idOf("out." + stamp + "@example.org");
    assertEquals(404, api.get(inside, eqa).status(), "nothing granted yet");

    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    String grant =
        Json.createObjectBuilder()
            .add("eqaId", eqaId)
            .add("cohortIds", Json.createArrayBuilder().add(granted))
            .add("startsOn", today.toString())
            .add("endsOn", today.plusDays(30).toString())
            .build()
            .toString();
    Api.Reply grantReply = api.post("api/eqa/grants", grant, admin);
    assertEquals(201, grantReply.status(), grantReply.body());
    assertEquals(
        granted,
        grantReply
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("cohortId")
            .longValue());
    assertEquals(200, api.get(inside, eqa).status());
    assertEquals(404, api.get(outside, eqa).status(), "another cohort");
    Api.Reply foreignCohort =
        api.post(
            "api/eqa/grants",
            grant.replace(
                "[" + granted + "]",
                "[" + TestDatabase.count("select id from cohort where name = ?", SEPTEMBER) + "]"),
            admin);
    assertEquals(400, foreignCohort.status());

    long grantId =
        grantReply.structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(200, api.delete("api/eqa/grants/" + grantId, admin).status());
    assertEquals(403, api.get(inside, eqa).status(), "access ended");
  }

  private long cohortOf(TestCentre centre, String name) {
    Api.Reply created =
        api.post(
            "api/cohorts",
            cohort(name, "2026-09-01", "2028-03-01", TestDatabase.idOf(centre.assessors()[0])),
            api.token(centre.admin()));
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private Api.Reply signIn(String username, String password) {
    return api.post(
        "api/auth/token",
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString(),
        null);
  }

  private static String person(String username, String name, String email) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("displayName", name)
        .add("email", email)
        .add("roles", Json.createArrayBuilder().add("ASSESSOR"))
        .build()
        .toString();
  }

  private static String row(
      String first, String last, String local, String assessor, String start) {
    return first
        + ","
        + last
        + ","
        + local
        + "@example.org,Harbour Hotel,Progress,"
        + assessor
        + ","
        + start
        + "\n";
  }

  /** Module progress touched that many days ago: the apprentice's last activity. */
  private static void activeDaysAgo(String username, int days) throws Exception {
    TestDatabase.update(
        "insert into module_progress (apprentice_id, module_id, status, last_lesson, started_at,"
            + " updated_at) values (?, 'risk-in-customer-service', 'IN_PROGRESS', 1, now(6) - interval ? day,"
            + " now(6) - interval ? day)",
        TestDatabase.idOf(username),
        days,
        days);
  }

  private static List<String> names(JsonObject progress) {
    return progress
        .getJsonObject("apprentices")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(a -> a.getString("name"))
        .toList();
  }

  private static long count(String sql, Object... parameters) {
    try {
      return TestDatabase.count(sql, parameters);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject apprentice(JsonObject progress, String name) {
    return progress
        .getJsonObject("apprentices")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + progress));
  }

  private String assessorOf(long apprenticeId) throws Exception {
    return TestDatabase.text(
        "select a.username from allocation al join app_user a on a.id = al.assessor_id where al.apprentice_id = ?",
        apprenticeId);
  }

  private Api.Reply sendCsv(String path, String csv, String token) {
    return api.send(
        api.builder(path, token)
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private Api.Reply setPassword(String token, String password, String repeated) {
    return api.post(
        "api/auth/password",
        Json.createObjectBuilder()
            .add("token", token)
            .add("password", password)
            .add("repeated", repeated)
            .build()
            .toString(),
        null);
  }

  private static String cohort(String name, String startsOn, String plannedEndOn, long assessorId) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("frameworkId", "customer-service")
        .add("startsOn", startsOn)
        .add("plannedEndOn", plannedEndOn)
        .add("assessorIds", Json.createArrayBuilder().add(assessorId))
        .build()
        .toString();
  }

  private static String allocation(long assessorId, long... apprenticeIds) {
    var ids = Json.createArrayBuilder();
    for (long id : apprenticeIds) {
      ids.add(id);
    }
    return Json.createObjectBuilder()
        .add("assessorId", assessorId)
        .add("apprenticeIds", ids)
        .build()
        .toString();
  }
}
