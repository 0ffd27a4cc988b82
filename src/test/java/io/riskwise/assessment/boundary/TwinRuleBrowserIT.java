package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo apprentice with C6 signed off opens INSCS027 from their portfolio: the exact twins are
 * met through C6 and say so, the rest are listed as still to evidence; the criteria grid agrees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwinRuleBrowserIT {

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
  void theApprenticeSeesInscs027MetThroughC6AndWhatIsStillToEvidence() {
    WebDriver driver = browser.driver();
    browser.desktopSize();
    browser.signIn(url, "apprentice2");
    driver.get(url + "app/portfolio/index.xhtml");
    driver.findElement(By.partialLinkText("INSCS027 Assess the risks in customer service")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/unit.xhtml"));

    String heading = driver.findElement(By.tagName("h1")).getText();
    assertTrue(heading.contains("22 of 26 criteria met"), heading);
    String todo = driver.findElement(By.id("still-to-evidence")).getText();
    assertTrue(todo.contains("4 of 26 criteria still need evidence judged met"), todo);
    for (String id : List.of("INSCS027.PC13", "INSCS027.K1", "INSCS027.K8", "INSCS027.K13")) {
      assertTrue(todo.contains(id), id + " in " + todo);
    }
    String main = driver.findElement(By.id("main")).getText();
    assertTrue(main.contains("Met through C6.2.3, judged by"), main);
    assertTrue(main.contains("22 criteria are met through their exact twin"), main);
    browser.screenshot("twins-unit-inscs027-desktop");
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.phoneSize();
    browser.screenshot("twins-unit-inscs027-phone");
    assertEquals(List.of(), browser.accessibilityViolations());

    browser.desktopSize();
    driver.get(url + "app/portfolio/index.xhtml");
    driver.findElement(By.partialLinkText("Criteria grid")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/grid.xhtml"));
    String grid = driver.findElement(By.id("main")).getText();
    assertTrue(grid.contains("Met through C6.1.1, judged by"), grid);
    assertTrue(grid.contains("Not met yet"), grid);
    browser.screenshot("twins-grid-desktop");
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.phoneSize();
    browser.screenshot("twins-grid-phone");
    assertEquals(List.of(), browser.accessibilityViolations());
  }
}
