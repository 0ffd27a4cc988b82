package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An apprentice with a thin draft sees each requirement as Met, Thin or Not met with every place to
 * put it right, follows a place into the editor, fixes it and sees it met; says who took each
 * action, when it was done, who agreed a tolerated risk, which risks each person consulted helped
 * with, and whom customers and staff were told and when; and is told which requirements are thin
 * before submitting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessBrowserIT {
  private static final String JUSTIFICATION_1 =
      "The floor by the counter is mopped at opening, and two customers slipped there last winter.";
  private static final String JUSTIFICATION_2 =
      "The card reader dropped its signal three times in October, each time at the lunch rush.";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  static Browser browser;
  static TestCentre centre;

  @ArquillianResource URL url;

  @BeforeAll
  static void start() {
    browser = new Browser();
    centre = TestCentre.create();
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @Test
  void aThinDraftShowsEveryPlaceAndIsPutRightFromThere() {
    browser.desktopSize();
    String username = centre.add("APPRENTICE", "Rory Readiness");
    long id = create(username, "Bakery counter risks", thinDraft());
    ChromeDriver driver = browser.driver();
    browser.signIn(url, username);
    driver.findElement(By.linkText("Bakery counter risks")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));

    section("sec-check");
    WebElement mp2 = driver.findElement(By.id("check-C6-MP2"));
    assertTrue(mp2.getText().startsWith("~ Thin"), mp2.getText());
    assertEquals(
        List.of("#risk-r1", "#risk-r2"),
        mp2.findElements(By.cssSelector(".places a")).stream()
            .map(a -> a.getAttribute("href").replaceAll("^.*#", "#"))
            .toList(),
        "both thin justifications are named, each linking to its risk");
    assertTrue(
        text("readinessSummary").matches("(?s)\\d+ of 18 met; \\d+ thin; \\d+ not met\\..*"),
        text("readinessSummary"));
    screenshotOf("#readiness", "readiness-desktop-thin");
    assertEquals(List.of(), accessibilityViolations());

    mp2.findElements(By.cssSelector(".places a")).get(0).click();
    WebElement risk = driver.findElement(By.id("risk-r1"));
    assertTrue(risk.isDisplayed() && risk.getAttribute("open") != null, "the risk is open");
    assertTrue(
        driver
            .findElement(By.cssSelector(".section-nav a[aria-current]"))
            .getText()
            .contains("3. The risks"),
        "the place link went to the risks section");
    replace(risk.findElement(By.cssSelector("[id$=':justification']")), JUSTIFICATION_1);
    replace(driver.findElement(By.cssSelector("#risk-r2 [id$=':justification']")), JUSTIFICATION_2);

    section("sec-actions");
    WebElement act1 = driver.findElement(By.id("act-r1"));
    WebElement completed = act1.findElement(By.cssSelector("[id$=':completed']"));
    assertFalse(completed.isDisplayed(), "no completion date is asked for a planned action");
    new Select(act1.findElement(By.cssSelector("[id$=':origin']"))).selectByValue("MINE");
    new Select(act1.findElement(By.cssSelector("[id$=':actionStatus']"))).selectByValue("DONE");
    assertTrue(completed.isDisplayed(), "a done action asks when it was completed");
    browser.setValue(completed, "2026-11-05");
    screenshotOf("#act-r1 [data-item=action]", "readiness-desktop-action-origin");
    WebElement act2 = driver.findElement(By.id("act-r2"));
    act2.findElement(By.cssSelector("[id$=':toleranceAgreedBy']"))
        .sendKeys("Sam Patel, store manager");

    section("sec-people");
    WebElement person = driver.findElement(By.cssSelector("#sec-people [data-item=person]"));
    assertTrue(
        person.findElement(By.cssSelector("input[type=checkbox][value=r1]")).isSelected(),
        "the risk the person was linked to is ticked");
    person.findElement(By.cssSelector("input[type=checkbox][value=r2]")).click();
    driver.findElement(By.id("customersToldWho")).sendKeys("Customers queueing at the counter");
    browser.setValue(driver.findElement(By.id("customersToldOn")), "2026-11-06");
    driver.findElement(By.id("staffToldWho")).sendKeys("The Saturday counter team");
    browser.setValue(driver.findElement(By.id("staffToldOn")), "2026-11-07");
    screenshotOf("#sec-people .risk-picker", "readiness-desktop-consultee-risks");
    assertEquals(List.of(), accessibilityViolations());
    driver.findElement(By.id("save")).click();
    settle();

    section("sec-check");
    mp2 = driver.findElement(By.id("check-C6-MP2"));
    assertTrue(mp2.getText().startsWith("✔ Met"), mp2.getText());
    assertTrue(mp2.findElements(By.cssSelector(".places a")).isEmpty(), "no place left");

    driver.navigate().refresh();
    section("sec-actions");
    assertEquals("MINE", value("#act-r1 [id$=':origin']"), "who took the action survives a reload");
    assertEquals("2026-11-05", value("#act-r1 [id$=':completed']"));
    assertEquals("Sam Patel, store manager", value("#act-r2 [id$=':toleranceAgreedBy']"));
    assertEquals(JUSTIFICATION_1, value("#risk-r1 [id$=':justification']"));
    section("sec-people");
    assertTrue(
        driver
            .findElement(
                By.cssSelector("#sec-people [data-item=person] input[type=checkbox][value=r2]"))
            .isSelected(),
        "the risks a person helped with survive a reload");
    assertEquals("Customers queueing at the counter", value("#customersToldWho"));
    assertEquals("2026-11-06", value("#customersToldOn"));
    assertEquals("The Saturday counter team", value("#staffToldWho"));
    assertEquals("2026-11-07", value("#staffToldOn"));
    JsonObject saved =
        new Api(url)
            .get("api/portfolio/assessments/" + id, new Api(url).token(username))
            .json()
            .getJsonObject("content");
    assertEquals(
        List.of("r1", "r2"),
        saved.getJsonArray("consultees").getJsonObject(0).getJsonArray("riskIds").stream()
            .map(v -> ((jakarta.json.JsonString) v).getString())
            .toList());

    driver.findElement(By.id("submit")).click();
    WebElement dialog =
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-confirm-dialog")));
    assertTrue(dialog.getText().contains("only thinly met: C6.MP1"), dialog.getText());
    assertTrue(dialog.getText().contains("Your assessor may return it"), dialog.getText());
    assertFalse(dialog.getText().matches("(?s).*thinly met:[^.]*C6\\.MP2.*"), "MP2 is met now");
    browser.screenshot("readiness-desktop-submit-confirmation");
    dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();

    browser.phoneSize();
    section("sec-check");
    screenshotOf("#readiness", "readiness-phone");
    assertEquals(List.of(), accessibilityViolations());
    section("sec-actions");
    screenshotOf("#act-r1 [data-item=action]", "readiness-phone-action-origin");
    section("sec-people");
    screenshotOf("#sec-people .risk-picker", "readiness-phone-consultee-risks");
    assertEquals(List.of(), accessibilityViolations());
    assertEquals(
        Boolean.TRUE,
        driver.executeScript(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
        "no sideways scrolling on a phone");
    browser.desktopSize();
  }

  @Test
  void removingALinkedRiskOrTickingABlankOneNeverStopsASave() {
    browser.desktopSize();
    String username = centre.add("APPRENTICE", "Lee Linked");
    long id = create(username, "Linked risks of the post office counter", thinDraft());
    ChromeDriver driver = browser.driver();
    browser.signIn(url, username);
    driver.get(url + "app/portfolio/assessment.xhtml?id=" + id);

    section("sec-risks");
    driver.findElement(By.cssSelector("#risk-r1 [id$=':removeRisk']")).click();
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    settle();
    assertTrue(text("saveText").startsWith("Saved at"), text("saveText"));

    driver.findElement(By.cssSelector("#sec-risks [id$=':addRisk']")).click();
    settle();
    section("sec-people");
    List<WebElement> ticks =
        driver.findElements(By.cssSelector("#sec-people [data-item=person] input[type=checkbox]"));
    assertEquals(2, ticks.size(), "the risk left and the one just added");
    ticks.forEach(WebElement::click);
    driver.findElement(By.id("save")).click();
    settle();
    assertTrue(text("saveText").startsWith("Saved at"), text("saveText"));

    JsonObject content =
        new Api(url)
            .get("api/portfolio/assessments/" + id, new Api(url).token(username))
            .json()
            .getJsonObject("content");
    JsonArray linked = content.getJsonArray("consultees").getJsonObject(0).getJsonArray("riskIds");
    assertEquals(
        List.of("r2"),
        linked.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList());
    assertEquals(0, content.getJsonObject("swot").getJsonArray("riskIds").size());
  }

  // ---- helpers ----

  /**
   * A draft whose two risks are justified with "n/a" (C6 MP2 thin at both), one acted on with a
   * planned action nobody has said who took, one tolerated; whose second stage is described in one
   * word (C6 MP1 thin); with one person consulted, linked to the first risk, as is the SWOT.
   */
  static JsonObject thinDraft() {
    return Json.createObjectBuilder()
        .add("date", "2026-11-02")
        .add(
            "stages",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", "s1")
                        .add("name", "Taking the order")
                        .add("description", "Customers queue and I take their order.")
                        .add("momentOfTruth", true)
                        .add(
                            "risks",
                            Json.createArrayBuilder()
                                .add(
                                    risk(
                                            "r1",
                                            "HEALTH_AND_SAFETY",
                                            "A customer slips on the wet floor")
                                        .add("decision", "ACT")
                                        .add(
                                            "actions",
                                            Json.createArrayBuilder()
                                                .add(
                                                    Json.createObjectBuilder()
                                                        .add(
                                                            "description",
                                                            "Put out wet floor signs at opening")
                                                        .add("status", "PLANNED"))))
                                .add(
                                    risk("r2", "FINANCIAL", "The card reader fails at lunch")
                                        .add("decision", "TOLERATE")
                                        .add(
                                            "tolerateReason",
                                            "A second reader would cost more than the few sales"
                                                + " lost when it fails."))))
                .add(
                    Json.createObjectBuilder()
                        .add("id", "s2")
                        .add("name", "Paying at the till")
                        .add("description", "Paying."))
                .add(
                    Json.createObjectBuilder()
                        .add("id", "s3")
                        .add("name", "Handing over the cakes")
                        .add("description", "I box the cakes and hand them across.")))
        .add(
            "consultees",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "Priya Shah")
                        .add("group", "COLLEAGUES")
                        .add(
                            "contribution",
                            "Showed me where the floor stays wet after mopping in the morning.")
                        .add("riskIds", Json.createArrayBuilder().add("r1"))))
        .add(
            "swot",
            Json.createObjectBuilder()
                .add("strengths", "A small, friendly team.")
                .add("riskIds", Json.createArrayBuilder().add("r1")))
        .add("customersTold", "I put a sign on the counter and told each customer in the queue.")
        .add("staffAwareness", "I told the Saturday team at the morning huddle about both risks.")
        .build();
  }

  static jakarta.json.JsonObjectBuilder risk(String id, String kind, String description) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("kind", kind)
        .add("description", description)
        .add("probability", 3)
        .add("consequence", 3)
        .add("consequenceFinance", "A claim against the shop could cost thousands of pounds.")
        .add("consequenceReputation", "Customers would tell others and stop coming back.")
        .add("consequenceHealthAndSafety", "A customer could be hurt and need first aid.")
        .add("justification", "n/a");
  }

  long create(String username, String title, JsonObject content) {
    Api api = new Api(url);
    JsonObject withTitle = Json.createObjectBuilder(content).add("title", title).build();
    var created = api.post("api/portfolio/assessments", withTitle.toString(), api.token(username));
    assertEquals(201, created.status(), created.body());
    return created.json().getInt("id");
  }

  void section(String id) {
    ChromeDriver driver = browser.driver();
    WebElement link =
        driver.findElement(By.cssSelector(".section-nav a[data-section='" + id + "']"));
    if (link.isDisplayed()) {
      link.click();
    } else {
      new Select(driver.findElement(By.id("sectionPicker"))).selectByValue(id);
    }
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " h2")));
  }

  void replace(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  String value(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getAttribute("value");
  }

  void screenshotOf(String css, String name) {
    browser
        .driver()
        .executeScript(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'start'});"
                + "window.scrollBy(0, -document.querySelector('.editor-bar').offsetHeight - 8);",
            css);
    browser.screenshot(name);
  }

  List<String> accessibilityViolations() {
    browser.driver().executeScript("window.scrollTo(0, 0)");
    return browser.accessibilityViolations();
  }

  /** Waits until no request is on its way and what is on screen is saved. */
  void settle() {
    browser
        .waiting()
        .until(
            d ->
                (Boolean)
                    browser
                        .driver()
                        .executeScript(
                            "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && /^Saved at/.test(document.getElementById('saveText')"
                                + ".textContent);"));
  }
}
