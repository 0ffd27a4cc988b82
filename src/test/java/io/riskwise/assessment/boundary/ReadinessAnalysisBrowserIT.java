package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.learning.boundary.LearningApiIT;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Content;
import io.riskwise.testing.Deployments;
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
 * The assessor opens a submission from their queue and reads, beside the criterion they judge, the
 * readiness check of that version with what the apprentice's knowledge checks say; the apprentice's
 * own view of the page does not carry it (they have it in their editor).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessAnalysisBrowserIT {
  static final String MODULE = "risk-in-customer-service";

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
  void theAssessorSeesTheAnalysisAndTheLearningBesideTheCriterion() throws Exception {
    Api api = new Api(url);
    JudgingFixture fixture = JudgingFixture.create(api);
    Module module = Content.module(MODULE);
    List<Question> drawn = module.questions().subList(0, 10);
    Api.Reply attempt =
        api.post(
            "api/modules/" + MODULE + "/attempts",
            LearningApiIT.answers(drawn, false),
            api.token(fixture.apprentice()));
    assertEquals(200, attempt.status(), attempt.body());
    long onKindsOfRisk = drawn.stream().filter(q -> q.isMarked() && q.lesson() == 4).count();

    WebDriver driver = browser.driver();
    browser.signIn(url, fixture.assessor());
    driver.findElement(By.linkText("Submissions to assess")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/queue.xhtml"));
    driver
        .findElement(By.partialLinkText("Garden centre tills " + fixture.centre().code()))
        .click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/submission.xhtml"));

    WebElement panel = driver.findElement(By.id("readiness"));
    assertTrue(
        panel.getText().startsWith("Readiness analysis (a guide; your judgement decides)"),
        panel.getText());
    assertTrue(panel.getText().contains("C6.ER3:"), "no criterion to judge: " + panel.getText());
    assertTrue(
        panel.getText().contains("3 Oct 2026: Card reader down (Saturday morning rush)"),
        "the occasions counted for C6.ER3: " + panel.getText());

    // the claimed criterion C6.1.4 (health and safety) carries INSCS027.PC4, its twin
    WebElement beside = driver.findElement(By.cssSelector("#criterion-C6-1-4 .readiness-beside"));
    String text = beside.getText();
    assertTrue(text.startsWith("Readiness analysis (a guide; your judgement decides)"), text);
    assertTrue(text.matches("(?s).*INSCS027\\.PC4: (Met|Thin|Not met)\\..*"), text);
    assertTrue(
        text.contains(
            "You answered "
                + onKindsOfRisk
                + " of "
                + onKindsOfRisk
                + " questions on the four kinds of risk wrongly; revise Risk in customer service,"
                + " lesson 4: Four kinds of customer service risk."),
        text);
    // a criterion without a claim carries its requirement too, with the stage named, not linked
    WebElement financial =
        driver.findElement(By.cssSelector("#other-C6-1-2 .readiness-beside [data-requirement]"));
    assertTrue(financial.getText().startsWith("INSCS027.PC2: "), financial.getText());
    assertTrue(
        financial.findElements(By.cssSelector(".finding-places a")).isEmpty(),
        "places are named, not linked into the editor");

    browser.driver().executeScript("arguments[0].scrollIntoView();", beside);
    browser.screenshot("readiness-analysis-desktop");
    browser.wholePageScreenshots("readiness-analysis-page");
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.phoneSize();
    browser.driver().executeScript("arguments[0].scrollIntoView();", beside);
    browser.screenshot("readiness-analysis-phone");
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.desktopSize();

    beside.findElement(By.partialLinkText("Open the lesson")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/learning/lesson.xhtml"));
    assertTrue(
        driver.findElement(By.tagName("main")).getText().contains("The four kinds"),
        "the assessor reads the lesson the advice names");

    // the apprentice's own view of the version has no analysis: they have it in their editor
    String page = driver.getCurrentUrl();
    browser.signIn(url, fixture.apprentice());
    driver.get(url + "app/assessment/submission.xhtml?version=" + fixture.versionId());
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("assessment")));
    assertTrue(driver.findElements(By.id("readiness")).isEmpty(), page);
    assertTrue(driver.findElements(By.className("readiness-beside")).isEmpty());
  }
}
