package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A signed-in person changes their own password from the link in the page header: the current
 * password first, then the new one twice. It ends every session and token of theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordChangeBrowserIT {
  private static final String NEW_PASSWORD = "a-longer-new-passphrase";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void aPersonChangesTheirPasswordAndSignsInAgainWithIt() throws Exception {
    TestCentre centre = TestCentre.create();
    String username = centre.add("APPRENTICE", "Pat Passphrase");
    Api api = new Api(url);
    String token = api.token(username);
    String stored =
        TestDatabase.text("select password_hash from app_user where id = ?", idOf(username));
    try (Browser browser = new Browser()) {
      browser.signIn(url, username);
      browser.driver().findElement(By.id("changePasswordLink")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/app/password.xhtml"));
      browser.screenshot("password-change-desktop");
      assertEquals(
          0, browser.accessibilityViolations().size(), "" + browser.accessibilityViolations());

      fill(browser, "not-my-password", NEW_PASSWORD, NEW_PASSWORD);
      assertTrue(errors(browser).contains("That is not your current password."), errors(browser));
      fill(browser, Api.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "-typo");
      assertTrue(errors(browser).contains("The two passwords are not the same."), errors(browser));
      fill(browser, Api.DEMO_PASSWORD, "short", "short");
      assertTrue(errors(browser).contains("at least 10 characters"), errors(browser));
      assertEquals(
          stored,
          TestDatabase.text("select password_hash from app_user where id = ?", idOf(username)),
          "refused changes change nothing");
      assertEquals(200, api.get("api/me", token).status(), "nor end anything");
      browser.phoneSize();
      browser.screenshot("password-change-refused-phone");
      assertEquals(
          0, browser.accessibilityViolations().size(), "" + browser.accessibilityViolations());
      browser.desktopSize();

      fill(browser, Api.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
      assertTrue(
          browser
              .driver()
              .findElement(By.cssSelector("[role=status]"))
              .getText()
              .contains("Your password is changed."));
      browser.screenshot("password-change-done-desktop");

      browser.driver().get(url + "app/home.xhtml");
      browser.waiting().until(ExpectedConditions.urlContains("/sign-in.xhtml"));
      assertEquals(401, api.get("api/me", token).status(), "the old token ended");
      assertEquals(401, signInStatus(api, username, Api.DEMO_PASSWORD), "the old password is gone");
      assertEquals(200, signInStatus(api, username, NEW_PASSWORD), "the new one signs in");
    }
  }

  private static void fill(Browser browser, String current, String password, String repeated) {
    browser.setValue(browser.driver().findElement(By.id("current")), current);
    browser.setValue(browser.driver().findElement(By.id("password")), password);
    browser.setValue(browser.driver().findElement(By.id("repeated")), repeated);
    browser.driver().findElement(By.id("save")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]"))));
  }

  private static String errors(Browser browser) {
    return browser.driver().findElement(By.cssSelector(".error-summary")).getText();
  }

  private static int signInStatus(Api api, String username, String password) {
    return api.post(
            "api/auth/token",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString(),
            null)
        .status();
  }

  private static long idOf(String username) {
    return TestDatabase.idOf(username);
  }
}
