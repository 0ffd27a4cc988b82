package io.riskwise.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * apprentice1 works through module 2 in a real browser: reads every lesson, fails the knowledge
 * check, passes it on a second try, and sees the module completed on the home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningBrowserIT {
  static final String MODULE = "assessing-and-classifying-risk";

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

  @BeforeEach
  void signIn() {
    browser.signIn(url, "apprentice1");
  }

  @Test
  void apprenticeOneWorksThroughModuleTwo() {
    WebDriver driver = browser.driver();

    driver.findElement(By.linkText("Learning modules")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/learning/index.xhtml"));
    browser.screenshot("learning-index");
    assertEquals(List.of(), browser.accessibilityViolations());

    Module module = Content.module(MODULE);
    driver.findElement(By.linkText(module.title())).click();
    for (int lesson = 1; lesson <= module.lessons().size(); lesson++) {
      browser.waiting().until(ExpectedConditions.urlContains("lesson=" + lesson));
      assertEquals(
          module.lessons().get(lesson - 1).title(), driver.findElement(By.tagName("h1")).getText());
      if (lesson == 3) {
        browser.screenshot("learning-lesson");
        assertEquals(List.of(), browser.accessibilityViolations());
      }
      if (lesson < module.lessons().size()) {
        driver.findElement(By.linkText("Next lesson")).click();
      }
    }
    driver.findElement(By.linkText("Take the knowledge check")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/learning/check.xhtml"));
    assertEquals(List.of(), browser.accessibilityViolations());

    answerEveryQuestion(module, false);
    driver.findElement(By.id("submit")).click();
    WebElement result =
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertTrue(result.getText().startsWith("Not passed yet"), result.getText());
    browser.screenshot("learning-check-failed");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.findElement(By.id("retake")).click();
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("submit")));
    answerEveryQuestion(module, true);
    driver.findElement(By.id("submit")).click();
    result =
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertTrue(result.getText().startsWith("Passed: 100%"), result.getText());
    browser.screenshot("learning-check-passed");

    driver.get(url + "app/home.xhtml");
    String modules = driver.findElement(By.id("my-modules")).getText();
    assertTrue(modules.contains(module.title() + ": Completed (best check 100%)"), modules);
    browser.screenshot("learning-home-progress");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void theRiskMatrixActivityIsMarkedWithExplanations() {
    WebDriver driver = browser.driver();
    driver.get(url + "app/learning/activity.xhtml?id=" + MODULE + "&activity=rate-the-risks");
    List<WebElement> risks = driver.findElements(By.cssSelector("fieldset.question"));
    for (WebElement risk : risks) {
      List<WebElement> selects = risk.findElements(By.tagName("select"));
      new Select(selects.get(0)).selectByVisibleText("3");
      new Select(selects.get(1)).selectByVisibleText("3");
    }
    browser.screenshot("learning-matrix");
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.findElement(By.id("submit")).click();
    WebElement result =
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertTrue(result.getText().contains("the model answer is"), result.getText());
    browser.screenshot("learning-matrix-marked");
  }

  @Test
  void everyActivityPageIsAccessible() {
    WebDriver driver = browser.driver();
    for (Module module : Content.MODULES) {
      for (var activity : module.activities()) {
        driver.get(
            url + "app/learning/activity.xhtml?id=" + module.id() + "&activity=" + activity.id());
        assertEquals(activity.title(), driver.findElement(By.tagName("h1")).getText());
        browser.screenshot("learning-activity-" + activity.id());
        assertEquals(List.of(), browser.accessibilityViolations(), activity.id());
      }
    }
  }

  @Test
  void theCostBenefitCalculatorShowsTheFigures() {
    WebDriver driver = browser.driver();
    driver.get(
        url
            + "app/learning/activity.xhtml?id=cost-benefit-analysis&activity=cost-benefit-calculator");
    driver.findElement(By.id("paybackYears")).sendKeys("2.41");
    driver.findElement(By.id("npv")).sendKeys("£11,111.02");
    driver.findElement(By.id("submit")).click();
    WebElement result =
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertTrue(result.getText().contains("Net present value at 5%: £11110.96."), result.getText());
    assertTrue(
        result.getText().contains("Your payback period of 2.41 is right."), result.getText());
    assertTrue(
        result.getText().contains("Your net present value of 11111.02 is right."),
        "6p off the exact figure, typed with a pound sign and a comma: " + result.getText());
    browser.screenshot("learning-cost-benefit-marked");

    driver.findElement(By.id("years")).clear();
    driver.findElement(By.id("years")).sendKeys("many");
    driver.findElement(By.id("submit")).click();
    WebElement error =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
    assertTrue(error.getText().contains("Years: give a number from 1 to 50."), error.getText());
    assertEquals(
        "many", driver.findElement(By.id("years")).getAttribute("value"), "what was typed is kept");
  }

  @Test
  void anAssessorReadsTheirApprenticesKnowledgeEvidence() {
    WebDriver driver = browser.driver();
    browser.signIn(url, "assessor1");
    driver.get(url + "app/people.xhtml");
    driver.findElement(By.cssSelector("a[title='Knowledge evidence of Callum Reid']")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/learning/evidence.xhtml"));
    assertTrue(driver.findElement(By.id("evidence-" + MODULE)).getText().contains("Completed"));
    assertTrue(
        driver
            .findElement(By.cssSelector(".notice"))
            .getText()
            .startsWith("Knowledge evidence only"));
    browser.screenshot("learning-evidence-assessor");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  private void answerEveryQuestion(Module module, boolean right) {
    WebDriver driver = browser.driver();
    for (WebElement fieldset : driver.findElements(By.cssSelector("fieldset.question"))) {
      String id = fieldset.getAttribute("id").substring("question-".length());
      Question question = module.question(id).orElseThrow();
      switch (question.type()) {
        case SINGLE, MULTIPLE -> {
          boolean first = true;
          for (Question.Option option : question.options()) {
            if (option.correct() == right && (right || first)) {
              fieldset
                  .findElement(
                      By.xpath(".//label[normalize-space(.)=" + literal(option.text()) + "]"))
                  .click();
              first = false;
            }
          }
        }
        case ORDERING -> {
          List<Question.Item> items = question.items();
          for (int i = 0; i < items.size(); i++) {
            WebElement label =
                fieldset.findElement(
                    By.xpath(".//label[normalize-space(.)=" + literal(items.get(i).text()) + "]"));
            WebElement select = driver.findElement(By.id(label.getAttribute("for")));
            int place = right ? i + 1 : items.size() - i;
            new Select(select).selectByVisibleText(String.valueOf(place));
          }
        }
        case WRITTEN ->
            fieldset
                .findElement(By.tagName("textarea"))
                .sendKeys(
                    "At my hotel reception we rate each risk for probability and consequence.");
      }
    }
  }

  /** An XPath string literal for text that may contain quotes. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
