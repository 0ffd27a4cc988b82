package io.riskwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's main pages are one click away from every page, the current one marked, by mouse, by
 * keyboard and on a phone; a person with several roles sees the pages of each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NavigationBrowserIT {

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
  void anAdministratorMovesBetweenTheirPagesFromTheBar() {
    browser.desktopSize();
    browser.signIn(url, "admin1");
    assertEquals(
        List.of(
            "Home",
            "Progress",
            "Cohorts",
            "Enrol",
            "Allocation",
            "People and passwords",
            "Rules",
            "Rating matrix",
            "Verifier access",
            "Learning",
            "Standards"),
        navigation());
    assertEquals("Home", current());

    browser
        .driver()
        .findElement(By.cssSelector(".site-nav"))
        .findElement(By.linkText("Cohorts"))
        .click();
    browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Cohorts"));
    assertEquals("Cohorts", current());
    browser.screenshot("navigation-admin-desktop");
    assertEquals(List.of(), browser.accessibilityViolations());

    browser.phoneSize();
    browser
        .driver()
        .findElement(By.cssSelector(".site-nav"))
        .findElement(By.linkText("Home"))
        .click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
    browser.screenshot("navigation-admin-phone");
    assertTrue(
        (Boolean)
            browser
                .driver()
                .executeScript(
                    "const nav = document.querySelector('.site-nav');"
                        + " return nav.scrollWidth <= nav.clientWidth"
                        + " && document.documentElement.scrollWidth"
                        + " <= document.documentElement.clientWidth;"),
        "the bar and the home page fit a phone's width");
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.desktopSize();
  }

  @Test
  void theBarWorksFromTheKeyboard() {
    browser.desktopSize();
    browser.signIn(url, "assessor1");
    WebElement queue = null;
    for (int i = 0; i < 12 && queue == null; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver().switchTo().activeElement();
      if ("Submissions to assess".equals(focused.getText())) {
        queue = focused;
      }
    }
    assertTrue(queue != null, "the queue link is reached by Tab");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/queue.xhtml"));
    assertEquals("Submissions to assess", current());
  }

  @Test
  void aPersonWithSeveralRolesSeesThePagesOfEach() throws Exception {
    TestCentre centre = TestCentre.create();
    String both = centre.add("ASSESSOR", "Sam Both");
    TestDatabase.update(
        "insert into user_role (user_id, role) values (?, 'IQA')", TestDatabase.idOf(both));

    browser.desktopSize();
    browser.signIn(url, both);
    List<String> links = navigation();
    assertTrue(links.contains("Submissions to assess"), links.toString());
    assertTrue(links.contains("Quality assurance"), links.toString());
    assertEquals(1, links.stream().filter("Progress"::equals).count(), "each page once");
  }

  private List<String> navigation() {
    return browser.driver().findElements(By.cssSelector(".site-nav a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private String current() {
    return browser
        .driver()
        .findElement(By.cssSelector(".site-nav a[aria-current='page']"))
        .getText();
  }
}
