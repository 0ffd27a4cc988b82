package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The unit page offers the assessor only what they can really do next. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitPageBrowserIT {

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
  void aSignedOffUnitIsNotOfferedForSignOffAgain() {
    browser.signIn(url, "assessor1");
    browser
        .driver()
        .get(
            url
                + "app/assessment/unit.xhtml?code=C6&apprentice="
                + TestDatabase.idOf("apprentice2"));
    browser
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='sign-off-']")));
    assertTrue(browser.driver().getPageSource().contains("Signed off and countersigned"));
    assertEquals(List.of(), browser.driver().findElements(By.id("signOff")));
  }

  @Test
  void onlyCompletedModulesAreOfferedAsKnowledgeEvidence() throws Exception {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Kit Marsh");
    long apprenticeId = TestDatabase.idOf(apprentice);
    browser.signIn(url, centre.assessors()[0]);
    String unit = url + "app/assessment/unit.xhtml?code=C6&apprentice=" + apprenticeId;
    browser.driver().get(unit);
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signOff")));
    assertEquals(
        List.of(), browser.driver().findElements(By.id("knowledge")), "nothing completed yet");

    Timestamp now = Timestamp.from(Instant.now());
    TestDatabase.update(
        "insert into module_progress (apprentice_id, module_id, status, last_lesson, started_at,"
            + " updated_at, completed_at) values (?, 'cost-benefit-analysis', 'COMPLETED', 4, ?,"
            + " ?, ?), (?, 'swot-and-pestle', 'IN_PROGRESS', 1, ?, ?, null)",
        apprenticeId,
        now,
        now,
        now,
        apprenticeId,
        now,
        now);
    browser.driver().get(unit);
    WebElement choices = browser.waiting().until(d -> d.findElement(By.id("knowledge")));
    List<String> offered =
        new Select(choices).getOptions().stream().map(WebElement::getText).toList();
    assertEquals(1, offered.size(), offered.toString());
    assertTrue(offered.get(0).startsWith("C6.3.4 from"), "not C6.3.5 of an unfinished module");
    assertEquals(List.of(), browser.accessibilityViolations());
  }
}
