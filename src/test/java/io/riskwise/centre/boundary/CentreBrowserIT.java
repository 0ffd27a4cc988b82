package io.riskwise.centre.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A centre administrator in a real browser: adds a cohort, checks an enrolment file with problems,
 * imports a good one, passes on a set-password link that the apprentice uses, allocates, and reads
 * the cohort and centre dashboards; every page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CentreBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  static Browser browser;

  @ArquillianResource URL url;

  @BeforeAll
  static void start() {
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @Test
  void cohortEnrolmentPreviewImportAndDashboard() throws Exception {
    TestCentre centre = TestCentre.create();
    WebDriver driver = browser.driver();
    browser.signIn(url, centre.admin());
    driver.findElement(By.linkText("Cohorts")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/centre/cohorts.xhtml"));
    driver.findElement(By.id("name")).sendKeys("Autumn 2026");
    browser.setValue(driver.findElement(By.id("startsOn")), "2026-09-07");
    browser.setValue(driver.findElement(By.id("plannedEndOn")), "2028-03-07");
    driver.findElement(By.xpath("//label[normalize-space()='Asha Assessor']")).click();
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Added Autumn 2026."));
    browser.screenshot("centre-cohorts");
    assertEquals(List.of(), browser.accessibilityViolations());

    String stamp = centre.code().toLowerCase();
    Path bad = Files.createTempFile("enrol-bad", ".csv");
    Files.writeString(
        bad,
        "first name,last name,email,employer,cohort,assessor username,start date\n"
            + "Zoë,Ó Súilleabháin,zoe."
            + stamp
            + "@example.org,\"Smith, Jones & Co\",Autumn 2026,"
            + centre.assessors()[0]
            + ",2026-09-07\n"
            + "Sam,Bell,sam."
            + stamp
            + "@example.org,Harbour Hotel,Spring 2027,"
            + centre.assessors()[0]
            + ",2026-09-07\n"
            + "Kim,Ray,not-an-email,Harbour Hotel,Autumn 2026,nobody,31/02/2026\n",
        StandardCharsets.UTF_8);
    driver.findElement(By.linkText("Home")).click();
    driver.findElement(By.linkText("Enrol apprentices from a CSV file")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/centre/enrol.xhtml"));
    driver.findElement(By.id("file")).sendKeys(bad.toString());
    driver.findElement(By.id("check")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("problemRows")));
    String problems = driver.findElement(By.id("problemRows")).getText();
    assertTrue(
        problems.contains("Cohort \"Spring 2027\" does not exist at this centre."), problems);
    assertTrue(problems.contains("Email \"not-an-email\" is not an email address."), problems);
    assertTrue(
        driver
            .findElement(By.id("fileProblems"))
            .getText()
            .contains("2 of 3 rows have problems. Nothing has been imported."));
    browser.screenshot("centre-enrol-preview-problems");
    assertEquals(List.of(), browser.accessibilityViolations());
    assertEquals(
        0,
        TestDatabase.count(
            "select count(*) from app_user where username = ?", "zoe." + stamp + "@example.org"));

    Path good = Files.createTempFile("enrol-good", ".csv");
    Files.writeString(
        good,
        "\uFEFFfirst name,last name,email,employer,cohort,assessor username,start date\n"
            + "Zoë,Ó Súilleabháin,zoe."
            + stamp
            + "@example.org,\"Smith, Jones & Co\",Autumn 2026,"
            + centre.assessors()[0]
            + ",07/09/2026\n"
            + "\n"
            + "Sam,Bell,sam."
            + stamp
            + "@example.org,Harbour Hotel,Autumn 2026,"
            + centre.assessors()[0]
            + ",2026-09-07\n"
            + "Kim,Ray,kim."
            + stamp
            + "@example.org,Harbour Hotel,Autumn 2026,"
            + centre.assessors()[1]
            + ",2026-09-14\n",
        StandardCharsets.UTF_8);
    driver.findElement(By.id("file")).sendKeys(good.toString());
    driver.findElement(By.id("check")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("readyRows")));
    assertTrue(driver.findElement(By.id("readyRows")).getText().contains("Zoë Ó Súilleabháin"));
    browser.screenshot("centre-enrol-preview-ready");
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.findElement(By.id("import")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("linkRows")));
    assertTrue(driver.findElement(By.id("main")).getText().contains("3 apprentices enrolled"));
    browser.screenshot("centre-enrol-imported");
    assertEquals(List.of(), browser.accessibilityViolations());
    String link = driver.findElement(By.cssSelector("#linkRows tbody tr code")).getText();

    driver.manage().deleteAllCookies();
    driver.get(link);
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    assertTrue(driver.findElement(By.id("main")).getText().contains("Hello Zoë Ó Súilleabháin"));
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.findElement(By.id("password")).sendKeys("zoes-own-password");
    driver.findElement(By.id("repeated")).sendKeys("zoes-own-password");
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Your password is set."));
    browser.screenshot("centre-set-password");

    browser.signIn(url, centre.admin());
    driver.get(url + "app/centre/allocation.xhtml");
    driver.findElement(By.cssSelector("input[title='Choose Sam Bell']")).click();
    new Select(driver.findElement(By.id("assessor"))).selectByVisibleText("Bill Assessor (1 now)");
    driver.findElement(By.id("assign")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "1 apprentice(s) assigned."));
    assertTrue(driver.findElement(By.id("caseloads")).getText().contains("Bill Assessor 2"));
    browser.screenshot("centre-allocation");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.get(url + "app/centre/dashboard.xhtml");
    assertTrue(driver.findElement(By.id("main")).getText().contains("Autumn 2026"));
    driver.findElement(By.linkText("Autumn 2026")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/centre/cohort.xhtml"));
    String cohort = driver.findElement(By.id("main")).getText();
    assertTrue(cohort.contains("Showing 1 to 3 of 3."), cohort);
    assertTrue(cohort.contains("Zoë Ó Súilleabháin"), cohort);
    browser.screenshot("centre-cohort-new");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void theDashboardsShowStatusesAndFilterThem() {
    WebDriver driver = browser.driver();
    browser.signIn(url, "admin1");
    driver.findElement(By.linkText("Progress dashboard")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/centre/dashboard.xhtml"));
    String dashboard = driver.findElement(By.id("main")).getText();
    assertTrue(dashboard.contains("2026 September, customer service"), dashboard);
    assertTrue(dashboard.contains("From enrolment to sign-off"), dashboard);
    browser.screenshot("centre-dashboard");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.findElement(By.linkText("2026 June, customer service")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/centre/cohort.xhtml"));
    String june = driver.findElement(By.id("main")).getText();
    assertTrue(june.contains("Sofia Nowak"), june);
    assertTrue(june.contains("Showing 1 to 3 of 3."), june);
    browser.screenshot("centre-cohort-june");
    assertEquals(List.of(), browser.accessibilityViolations());
    new Select(driver.findElement(By.id("rag"))).selectByVisibleText("Amber");
    driver.findElement(By.cssSelector("form.filters button")).click();
    browser.waiting().until(ExpectedConditions.urlContains("rag=AMBER"));
    for (var status : driver.findElements(By.cssSelector(".progress-table tbody .rag"))) {
      assertEquals("Amber", status.getText());
    }
    assertEquals(
        "AMBER",
        new Select(driver.findElement(By.id("rag"))).getFirstSelectedOption().getAttribute("value"),
        "the filter stays chosen");

    driver.get(url + "app/centre/users.xhtml");
    assertTrue(driver.findElement(By.id("main")).getText().contains("Amira Hassan"));
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.get(url + "app/centre/rules.xhtml");
    assertEquals("21", driver.findElement(By.id("amberIdleDays")).getAttribute("value"));
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.screenshot("centre-rules");

    browser.signIn(url, "assessor1");
    driver.findElement(By.linkText("Progress of your apprentices")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/centre/dashboard.xhtml"));
    assertFalse(
        driver.findElement(By.id("main")).getText().contains("2026 June"),
        "assessor1 has no apprentice in June");
    driver.get(url + "app/assessment/queue.xhtml");
    new Select(driver.findElement(By.id("unit"))).selectByVisibleText("C6");
    driver.findElement(By.cssSelector("form.filters button")).click();
    browser.waiting().until(ExpectedConditions.urlContains("unit=C6"));
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.screenshot("assessment-queue-filtered");
  }
}
