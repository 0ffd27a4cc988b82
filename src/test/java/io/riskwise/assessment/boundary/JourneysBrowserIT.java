package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
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

/**
 * Each role's daily path where work stands, in a real browser: the assessor sees what waits for
 * them; the apprentice sees "returned for rework" and the feedback beside the stage it is about;
 * the IQA adds an unsampled sign-off to the sample by hand and agrees with multi-line reasons; the
 * EQA opens the IQA record of a granted apprentice, with its file and PDF links. Every page is
 * photographed at 1280 and 390 pixels wide and checked by axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneysBrowserIT {

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
  void theApprenticeSeesReturnedForReworkWithTheFeedbackBesideTheStage() throws Exception {
    Journey journey = new Journey(new Api(url)).submitted("Tills at the garden centre");
    WebDriver driver = browser.driver();

    browser.signIn(url, journey.assessor);
    String waiting = driver.findElement(By.id("waiting")).getText();
    assertTrue(waiting.contains("Tills at the garden centre (version 1)"), waiting);
    assertTrue(waiting.contains("by " + journey.apprenticeName), waiting);
    check("journeys-assessor-home");

    journey.returned(
        "Rate each risk and say who you consulted, then submit again.",
        "This stage shows the process, not its moments of truth.");

    browser.signIn(url, journey.apprentice);
    String mine = driver.findElement(By.id("my-assessments")).getText();
    assertTrue(mine.contains("Tills at the garden centre: Returned for rework"), mine);
    check("journeys-apprentice-home");
    driver.findElement(By.linkText("Your risk assessments and evidence")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/index.xhtml"));
    assertTrue(
        driver.findElement(By.tagName("table")).getText().contains("Returned for rework"),
        driver.findElement(By.tagName("table")).getText());
    check("journeys-portfolio");

    driver.findElement(By.linkText("Tills at the garden centre")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    WebElement feedback = driver.findElement(By.id("feedback"));
    assertTrue(feedback.getText().contains("Returned for rework"), feedback.getText());
    assertTrue(
        feedback.getText().contains("Rate each risk and say who you consulted"),
        feedback.getText());
    driver
        .findElement(By.cssSelector("#remarkLinks a[href='#stage-" + journey.stageId + "']"))
        .click();
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("stage-" + journey.stageId)));
    String stage = driver.findElement(By.id("stage-" + journey.stageId)).getText();
    assertTrue(
        stage.contains("C6.1.1: Claim rejected. This stage shows the process, not its moments"),
        stage);
    check("journeys-editor-feedback");
    browser
        .driver()
        .executeScript(
            "arguments[0].scrollIntoView()", driver.findElement(By.id("stage-" + journey.stageId)));
    browser.screenshot("journeys-editor-feedback-on-the-stage");
  }

  @Test
  void theIqaAddsAnUnsampledSignOffByHandAndAgrees() throws Exception {
    Journey journey =
        new Journey(new Api(url)).planSamplingNothing().submitted("Returns desk").signedOff();
    WebDriver driver = browser.driver();

    browser.signIn(url, journey.iqa);
    driver.findElement(By.linkText("Quality assurance sample and report")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/iqa.xhtml"));
    String sampleId = "sample-SIGN_OFF-" + journey.signOffId;
    assertTrue(driver.findElements(By.id(sampleId)).isEmpty(), "the plan samples nothing");
    driver.findElement(By.id("find")).sendKeys(journey.apprenticeName);
    WebElement find = driver.findElement(By.id("findDecisions"));
    find.click();
    browser.waiting().until(ExpectedConditions.stalenessOf(find));
    WebElement row =
        browser
            .waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.id("unsampled-SIGN_OFF-" + journey.signOffId)));
    check("journeys-iqa-unsampled");
    row.findElement(By.cssSelector("[id$='addToSample']")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Added to the sample"));
    WebElement item = driver.findElement(By.id(sampleId));
    assertTrue(item.getText().contains("added to the sample by hand"), item.getText());
    WebElement reasons = item.findElement(By.tagName("textarea"));
    reasons.sendKeys("Evidence and judgements agree.\nThe witness note names its witness.");
    item.findElement(By.cssSelector("[id$='agree']")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Agreed."));
    assertEquals(
        "Evidence and judgements agree.\nThe witness note names its witness.",
        TestDatabase.text(
            "select reasons from iqa_decision where item_kind = 'SIGN_OFF' and item_id = ?",
            journey.signOffId));
    check("journeys-iqa-agreed");

    driver
        .findElement(By.id(sampleId))
        .findElement(By.linkText("See the decision and its evidence as the assessor saw it"))
        .click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/quality/record.xhtml"));
    String quality = driver.findElement(By.id("quality")).getText();
    assertTrue(quality.contains("Added to the sample by hand by Ines Iqa"), quality);
    assertTrue(quality.contains("Agreed by Ines Iqa"), quality);
    assertTrue(quality.contains("The witness note names its witness."), quality);
    String judged = driver.findElement(By.id("judged")).getText();
    assertTrue(judged.contains("Witness note from the supervisor"), judged);
    assertTrue(judged.contains("The supervisor saw it happen."), judged);
    assertFileLinks(journey);
    check("journeys-iqa-record");
    browser
        .driver()
        .executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("judged")));
    browser.screenshot("journeys-iqa-record-judged");
  }

  @Test
  void theEqaOpensTheIqaRecordOfAGrantedApprenticeWithItsFileAndPdf() throws Exception {
    Journey journey =
        new Journey(new Api(url))
            .planSamplingNothing()
            .submitted("Click and collect")
            .signedOff()
            .granted();
    Api api = journey.api;
    String pick = "{\"kind\":\"SIGN_OFF\",\"id\":" + journey.signOffId + "}";
    assertEquals(201, api.post("api/iqa/sample", pick, api.token(journey.iqa)).status());
    assertEquals(
        201,
        api.post(
                "api/iqa/decisions",
                "{\"kind\":\"SIGN_OFF\",\"id\":"
                    + journey.signOffId
                    + ",\"outcome\":\"AGREED\",\"reasons\":\"Sound.\\nWell evidenced.\"}",
                api.token(journey.iqa))
            .status());
    WebDriver driver = browser.driver();

    browser.signIn(url, journey.eqa);
    WebElement shared = driver.findElement(By.id("eqa-apprentices"));
    assertTrue(shared.getText().contains(journey.apprenticeName), shared.getText());
    assertTrue(
        shared
            .findElement(By.linkText("whole portfolio (PDF)"))
            .getAttribute("href")
            .endsWith("/app/files/portfolio?apprentice=" + journey.apprenticeId));
    check("journeys-eqa-home");
    shared.findElement(By.linkText("quality assurance records")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/eqa.xhtml"));
    WebElement section = driver.findElement(By.id("apprentice-" + journey.apprenticeId));
    assertTrue(section.getText().contains("Summative: sign-off of unit C6"), section.getText());
    assertTrue(section.getText().contains("Agreed"), section.getText());
    check("journeys-eqa-shared");
    section.findElement(By.linkText("Open the record")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/quality/record.xhtml"));
    String quality = driver.findElement(By.id("quality")).getText();
    assertTrue(quality.contains("Agreed by Ines Iqa"), quality);
    assertTrue(quality.contains("Well evidenced."), quality);
    assertFileLinks(journey);
    check("journeys-eqa-record");
    assertTrue(
        TestDatabase.count(
                "select count(*) from eqa_view where eqa_id = ? and path like ?",
                TestDatabase.idOf(journey.eqa),
                "%/app/quality/record.xhtml?%")
            > 0,
        "the EQA's read of the IQA record is logged");
  }

  private void assertFileLinks(Journey journey) {
    WebDriver driver = browser.driver();
    assertTrue(
        driver
            .findElement(By.cssSelector("a.file-view"))
            .getAttribute("href")
            .endsWith("/app/files/evidence?id=" + journey.evidenceId + "&inline=true"));
    assertTrue(
        driver
            .findElement(By.cssSelector("a.file-download"))
            .getAttribute("href")
            .endsWith("/app/files/evidence?id=" + journey.evidenceId));
    assertTrue(
        driver
            .findElement(By.id("portfolioPdf"))
            .getAttribute("href")
            .endsWith("/app/files/portfolio?apprentice=" + journey.apprenticeId));
  }

  /** Screenshots at desktop and phone width, and no serious or critical axe-core finding. */
  private void check(String name) {
    browser.desktopSize();
    browser.screenshot(name + "-desktop");
    assertEquals(List.of(), browser.accessibilityViolations(), name);
    browser.phoneSize();
    browser.screenshot(name + "-phone");
    assertEquals(List.of(), browser.accessibilityViolations(), name + " on a phone");
    browser.desktopSize();
  }
}
