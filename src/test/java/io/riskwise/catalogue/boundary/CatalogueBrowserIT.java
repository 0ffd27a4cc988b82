package io.riskwise.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import java.net.URL;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Browsing the catalogue as an apprentice: framework, work situations, criteria, search, print. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  static Browser browser;

  @ArquillianResource URL url;
  WebDriver driver;

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
    driver = browser.driver();
    browser.desktopSize();
    browser.signIn(url, "apprentice3");
  }

  @Test
  void fromFrameworkToWorkSituationToCriteria() {
    driver.get(url + "app/home.xhtml");
    driver.findElement(By.linkText("Standards and criteria")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/catalogue/index.xhtml"));
    browser.screenshot("catalogue-index");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.findElement(By.linkText("Customer Service apprenticeship")).click();
    browser.waiting().until(ExpectedConditions.urlContains("framework.xhtml"));
    assertEquals(2, driver.findElements(By.cssSelector("#mandatory tbody tr")).size());
    assertEquals(23, driver.findElements(By.cssSelector("#optional tbody tr")).size());
    assertTrue(
        driver
            .findElement(By.cssSelector(".notice"))
            .getText()
            .contains("at least eight optional"));
    browser.screenshot("catalogue-framework");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.findElement(By.linkText("INSCS027")).click();
    browser.waiting().until(ExpectedConditions.urlContains("standard.xhtml?code=INSCS027"));
    assertEquals(26, driver.findElements(By.cssSelector("table.criteria tbody tr")).size());
    browser.screenshot("catalogue-standard-inscs027");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void aStandardShowsEachCriterionWithItsCrossMappedTwins() {
    driver.get(url + "app/catalogue/standard.xhtml?code=C6");
    WebElement row = driver.findElement(By.id("C6.2.3"));
    assertTrue(row.getText().contains("Classify each risk as high, medium or low"), row.getText());
    assertTrue(row.findElement(By.linkText("INSCS027.PC10")).isDisplayed());
    assertEquals(
        List.of("Learning outcome 1: Analyse customer service processes for risk"),
        driver.findElements(By.tagName("h2")).stream()
            .map(WebElement::getText)
            .filter(t -> t.startsWith("Learning outcome 1"))
            .toList());
    browser.screenshot("catalogue-standard-c6");
    assertEquals(List.of(), browser.accessibilityViolations());

    row.findElement(By.linkText("INSCS027.PC10")).click();
    browser.waiting().until(ExpectedConditions.urlContains("code=INSCS027#INSCS027.PC10"));
  }

  @Test
  void criteriaCanBeFoundByWords() {
    driver.get(url + "app/catalogue/index.xhtml");
    driver.findElement(By.id("q")).sendKeys("colleagues consult", Keys.ENTER);
    browser.waiting().until(ExpectedConditions.urlContains("search.xhtml?q="));
    String summary = driver.findElement(By.id("result-count")).getText();
    assertTrue(summary.endsWith("all of those words."), summary);
    List<String> found =
        driver.findElements(By.cssSelector("#results li a")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(found.contains("INSCS027.PC11"), found.toString());
    browser.screenshot("catalogue-search");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.get(url + "app/catalogue/search.xhtml?q=%3Cscript%3Ezzzz");
    assertEquals(
        "No criteria contain all of those words.",
        driver.findElement(By.id("result-count")).getText());
    assertEquals(
        "<script>zzzz", driver.findElement(By.id("q")).getAttribute("value"), "kept, as text");
  }

  @Test
  void anUnknownStandardIsAPlainNotFoundPage() {
    driver.get(url + "app/catalogue/standard.xhtml?code=NOPE");
    assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void theStandardPrintsCleanly() {
    driver.get(url + "app/catalogue/standard.xhtml?code=INSCS027");
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertTrue(
          !driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "no header on paper");
      assertTrue(!driver.findElement(By.cssSelector(".breadcrumbs")).isDisplayed());
      assertTrue(driver.findElement(By.cssSelector("table.criteria")).isDisplayed());
      browser.screenshot("catalogue-standard-print");
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }
}
