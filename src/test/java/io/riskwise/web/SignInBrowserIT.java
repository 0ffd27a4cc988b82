package io.riskwise.web;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in and out in a real browser, as each demo role, with a screenshot of every page and an
 * axe-core check that no page has a serious or critical WCAG 2.2 AA violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

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
  void freshSession() {
    driver = browser.driver();
    browser.desktopSize();
    driver.manage().deleteAllCookies();
  }

  @ParameterizedTest(name = "{0} sees the {2} home page")
  @CsvSource({
    "admin1, Alex Morgan, admin",
    "assessor1, Priya Shah, assessor",
    "iqa1, Helen Fraser, iqa",
    "eqa1, David Lindqvist, eqa",
    "apprentice1, Jordan Lee, apprentice",
    "northgate-admin, Grace Adeyemi, admin"
  })
  void eachRoleSeesItsOwnHomePage(String username, String name, String section) {
    signIn(username, "riskwise-demo");

    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
    assertEquals("Welcome, " + name, driver.findElement(By.tagName("h1")).getText());
    assertTrue(driver.findElement(By.id(section)).isDisplayed());
    assertEquals(
        1, driver.findElements(By.cssSelector(".card")).size(), "only the role's own card");
    browser.screenshot("home-" + username);
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void theApprenticeHomeNamesTheirAssessor() {
    signIn("apprentice4", "riskwise-demo");
    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
    assertTrue(driver.findElement(By.id("apprentice")).getText().contains("Tom Okafor"));
  }

  @Test
  void aWrongPasswordIsExplainedAndTheUsernameKept() {
    driver.get(url + "sign-in.xhtml");
    browser.screenshot("sign-in");
    assertEquals(List.of(), browser.accessibilityViolations());

    signIn("assessor2", "not-my-password");

    String message =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")))
            .getText();
    assertTrue(message.contains("Wrong username or password"), message);
    assertEquals("assessor2", driver.findElement(By.id("username")).getAttribute("value"));
    assertEquals("", driver.findElement(By.id("password")).getAttribute("value"));
    browser.screenshot("sign-in-failed");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void signInWorksWithTheKeyboardAlone() {
    driver.get(url + "sign-in.xhtml");
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertEquals("skip-link", driver.switchTo().activeElement().getAttribute("class"));
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals("username", driver.switchTo().activeElement().getAttribute("id"));
    driver.switchTo().activeElement().sendKeys("iqa1", Keys.TAB);
    assertEquals("password", driver.switchTo().activeElement().getAttribute("id"));
    driver.switchTo().activeElement().sendKeys("riskwise-demo", Keys.ENTER);
    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
  }

  @Test
  void anAdministratorSeesTheirCentresPeopleOnly() {
    signIn("admin1", "riskwise-demo");
    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
    driver.findElement(By.linkText("People at your centre (11)")).click();

    browser.waiting().until(ExpectedConditions.urlContains("/app/people.xhtml"));
    assertEquals(11, driver.findElements(By.cssSelector("#people tbody tr")).size());
    assertTrue(!driver.getPageSource().contains("northgate"), "no one of the other centre");
    browser.screenshot("people-admin1");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void anApprenticeCannotOpenThePeopleList() {
    signIn("apprentice1", "riskwise-demo");
    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
    driver.get(url + "app/people.xhtml");
    assertEquals("You cannot open this page", driver.findElement(By.tagName("h1")).getText());
    browser.screenshot("people-refused");
  }

  @Test
  void signingOutEndsTheSession() {
    signIn("assessor1", "riskwise-demo");
    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
    driver.findElement(By.id("signOutForm:signOut")).click();

    browser.waiting().until(ExpectedConditions.urlContains("signed-out=true"));
    assertTrue(
        driver.findElement(By.cssSelector(".notice")).getText().contains("You have signed out"));

    driver.get(url + "app/home.xhtml");
    browser.waiting().until(ExpectedConditions.urlContains("/sign-in.xhtml"));
  }

  @Test
  void pagesFitAPhone() {
    browser.phoneSize();
    driver.get(url + "sign-in.xhtml");
    browser.screenshot("sign-in-phone");
    signIn("apprentice2", "riskwise-demo");
    browser.waiting().until(ExpectedConditions.urlContains("/app/home.xhtml"));
    Long scrollWidth =
        (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
    assertTrue(scrollWidth <= 390, "no sideways scrolling, width " + scrollWidth);
    browser.screenshot("home-phone");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  private void signIn(String username, String password) {
    driver.get(url + "sign-in.xhtml");
    driver.findElement(By.id("username")).clear();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("submit")).click();
  }
}
