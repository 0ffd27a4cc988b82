package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import java.net.URL;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The assessment loop in a real browser: apprentice4 submits, assessor2 returns it with feedback,
 * apprentice4 sees the notification and resubmits, assessor2 records every C6 criterion met and
 * signs the unit off, apprentice4 countersigns, and iqa1 agrees with the sampled sign-off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentBrowserIT {

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
  void submitReturnResubmitMeetSignOffAndCountersign() {
    WebDriver driver = browser.driver();
    browser.signIn(url, "apprentice4");
    driver.get(url + "app/portfolio/index.xhtml");
    driver.findElement(By.id("newAssessment")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    type(By.id("title"), "Garden centre tills");
    submitAfterConfirming();

    browser.signIn(url, "assessor2");
    assertTrue(driver.findElement(By.id("inbox")).getText().contains("unread"));
    driver.findElement(By.linkText("Submissions to assess")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/queue.xhtml"));
    browser.screenshot("assessment-queue");
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.findElement(By.linkText("Garden centre tills")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/submission.xhtml"));
    browser.screenshot("assessment-review");
    assertEquals(List.of(), browser.accessibilityViolations());
    decideEveryClaimedCriterion("Not yet met");
    type(By.id("feedback"), "Map your process into stages and rate each risk, then resubmit.");
    driver.findElement(By.id("returnWork")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/queue.xhtml"));
    assertTrue(driver.findElement(By.id("main")).getText().contains("Returned for rework"));

    browser.signIn(url, "apprentice4");
    driver.findElement(By.id("inbox")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/notifications.xhtml"));
    assertTrue(
        driver.findElement(By.id("main")).getText().contains("returned \"Garden centre tills\""));
    browser.screenshot("assessment-notifications");
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.findElement(By.partialLinkText("returned \"Garden centre tills\"")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    assertEquals("Notifications", driver.findElement(By.id("inbox")).getText(), "read once opened");
    type(By.id("title"), "Garden centre tills, reworked");
    submitAfterConfirming();

    browser.signIn(url, "assessor2");
    driver.findElement(By.linkText("Submissions to assess")).click();
    driver.findElement(By.linkText("Garden centre tills, reworked")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/submission.xhtml"));
    decideEveryClaimedCriterion("Met");
    for (WebElement status : driver.findElements(By.cssSelector("[id^='other-'] select"))) {
      new Select(status).selectByVisibleText("Met");
    }
    type(By.id("feedback"), "Every C6 criterion is now evidenced.");
    driver.findElement(By.id("criteriaMet")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/queue.xhtml"));

    driver.get(
        url
            + "app/assessment/unit.xhtml?apprentice="
            + TestDatabase.idOf("apprentice4")
            + "&code=C6");
    assertTrue(
        driver.findElement(By.tagName("h1")).getText().contains("17 of 17 criteria met"),
        driver.findElement(By.tagName("h1")).getText());
    new Select(driver.findElement(By.id("recordKind"))).selectByValue("OBSERVATION");
    browser.setValue(driver.findElement(By.id("recordDate")), "2026-11-02");
    type(By.id("recordOccasion"), "Monday morning at the tills");
    type(
        By.id("recordText"),
        "Sofia told each queuing customer the card reader was down and offered cash.");
    new Select(driver.findElement(By.id("recordCriteria"))).selectByValue("C6.1.6");
    driver.findElement(By.id("addRecord")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("records"), "Monday morning at the tills"));
    browser.screenshot("assessment-assessor-record");
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.findElement(By.id("signOff")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "waiting for the countersignature"));
    browser.screenshot("assessment-signed-off");
    assertEquals(List.of(), browser.accessibilityViolations());

    browser.signIn(url, "apprentice4");
    driver.get(
        url
            + "app/assessment/unit.xhtml?apprentice="
            + TestDatabase.idOf("apprentice4")
            + "&code=C6");
    driver.findElement(By.cssSelector("[id$='countersign']")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Confirm that the work is your own"));
    driver.findElement(By.cssSelector("input[id$='declared']")).click();
    driver.findElement(By.cssSelector("[id$='countersign']")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Signed off and countersigned"));
    browser.screenshot("assessment-countersigned");
    assertEquals(List.of(), browser.accessibilityViolations());

    browser.signIn(url, "iqa1");
    driver.findElement(By.linkText("Quality assurance sample and report")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/iqa.xhtml"));
    browser.screenshot("assessment-iqa-sample");
    assertEquals(List.of(), browser.accessibilityViolations());
    WebElement signOff =
        driver.findElements(By.cssSelector("[id^='sample-SIGN_OFF-']")).stream()
            .filter(e -> e.getText().contains("Summative: Tom Okafor on Sofia Nowak"))
            .findFirst()
            .orElseThrow();
    String id = signOff.getAttribute("id");
    signOff.findElement(By.cssSelector("[id$='agree']")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Agreed."));
    assertTrue(driver.findElement(By.id(id)).getText().contains("Agreed"));

    browser.signIn(url, "apprentice4");
    driver.get(
        url
            + "app/assessment/unit.xhtml?apprentice="
            + TestDatabase.idOf("apprentice4")
            + "&code=C6");
    assertTrue(driver.findElement(By.id("main")).getText().contains("Agreed by the IQA."));
  }

  /** Accepts every claim with the page's one-action button, then sets each criterion so. */
  void decideEveryClaimedCriterion(String status) {
    for (WebElement block : browser.driver().findElements(By.cssSelector(".judge-criterion"))) {
      block.findElement(By.cssSelector(".accept-all")).click();
      block
          .findElement(
              By.xpath(
                  ".//fieldset[contains(@class,'criterion-verdict')]//label[normalize-space()='"
                      + status
                      + "']"))
          .click();
    }
  }

  void type(By field, String text) {
    WebElement element = browser.driver().findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  /** Presses Submit in the editor and says yes to the confirmation. */
  void submitAfterConfirming() {
    browser.driver().findElement(By.id("submit")).click();
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/versions.xhtml"));
  }
}
