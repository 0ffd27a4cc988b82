package io.riskwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.TestCentre;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
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
 * Under the Content-Security-Policy a script slipped into a page does not run, while the page's own
 * buttons that once used inline handlers still work. Every other browser test checks, through
 * {@link Browser}, that nothing it does is refused by the policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyBrowserIT {

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
  void anInjectedInlineScriptDoesNotRunAndIsReported() {
    browser.signIn(url, "apprentice3");
    WebDriver driver = browser.driver();

    browser
        .driver()
        .executeScript(
            "var s = document.createElement('script');"
                + " s.textContent = 'window.injected = true';"
                + " document.body.appendChild(s);");

    assertEquals(false, browser.driver().executeScript("return window.injected === true"));
    List<String> refusals = browser.contentSecurityRefusals();
    assertFalse(refusals.isEmpty(), "the refusal is reported");
    assertTrue(refusals.get(0).contains("script-src"), refusals.get(0));
    assertTrue(driver.getCurrentUrl().contains("/app/home.xhtml"));
  }

  @Test
  void thePrintButtonOfAStandardPrints() {
    browser.desktopSize();
    browser.signIn(url, "apprentice3");
    WebDriver driver = browser.driver();
    driver.get(url + "app/catalogue/standard.xhtml?code=C6");
    browser.driver().executeScript("window.print = function () { window.printed = true; };");

    driver.findElement(By.id("printStandard")).click();

    assertEquals(true, browser.driver().executeScript("return window.printed === true"));
    browser.assertNoContentSecurityRefusals();
  }

  @Test
  void removingEvidenceAsksFirstAndThenRemovesIt() {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Rory Remove");
    Api api = new Api(url);
    Api.Reply added =
        api.send(
            new Multipart()
                .field("title", "Notes to remove")
                .field("occurredOn", "2026-10-01")
                .field("occasion", "Monday morning shift")
                .file("file", "notes.txt", "text/plain", "Notes".getBytes(StandardCharsets.UTF_8))
                .post(
                    api.builder("api/portfolio/evidence", api.token(apprentice))
                        .version(HttpClient.Version.HTTP_1_1)));
    assertEquals(201, added.status(), added.body());
    browser.desktopSize();
    browser.signIn(url, apprentice);
    WebDriver driver = browser.driver();
    driver.get(url + "app/portfolio/evidence.xhtml");
    By remove = By.xpath("//button[normalize-space(.)='Remove this evidence']");

    driver.findElement(remove).click();
    browser.waiting().until(ExpectedConditions.alertIsPresent()).dismiss();
    assertEquals(1, driver.findElements(By.cssSelector("article.evidence-item")).size());

    driver.findElement(remove).click();
    browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
    browser
        .waiting()
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.evidence-item"), 0));
    browser.screenshot("csp-evidence-removed");
    assertEquals(List.of(), browser.accessibilityViolations());
  }
}
