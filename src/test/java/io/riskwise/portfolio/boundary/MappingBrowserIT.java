package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Mapping by ticking: a new apprentice adds evidence, searches the criteria, ticks five and saves
 * once, and sees them (and their twins, "via") in the grid; from a grid row they choose evidence
 * for a criterion; unticking removes a mapping; a tampered criterion saves nothing. Nobody else can
 * open the tick lists of that evidence. Each page is checked with axe and at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MappingBrowserIT {
  private static final List<String> FIVE =
      List.of("C6.1.1", "C6.1.6", "C6.2.1", "INSCS027.PC2", "INSCS027.K9");

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
  void anApprenticeTicksFiveCriteriaAtOnceAndSeesThemInTheGrid() throws SQLException {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Mo Tickell");
    browser.signIn(url, apprentice);
    org.openqa.selenium.chrome.ChromeDriver driver = browser.driver();
    driver.get(url + "app/portfolio/evidence.xhtml");
    new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Reflective account");
    driver.findElement(By.id("evidenceTitle")).sendKeys("Saturday queues");
    browser.setValue(driver.findElement(By.id("occurredOn")), "2026-10-12");
    driver.findElement(By.id("occasion")).sendKeys("Saturday shift");
    driver.findElement(By.id("body")).sendKeys("I timed the queue and told customers the wait.");
    driver.findElement(By.id("addEvidence")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Added \"Saturday queues\""));
    assertTrue(driver.findElements(By.cssSelector("select[id$='criterion']")).isEmpty());

    driver.findElement(By.partialLinkText("Map to criteria")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/map.xhtml?evidence="));
    String mapAddress = driver.getCurrentUrl();
    assertEquals(
        "Reflective account: Saturday queues", driver.findElement(By.id("mapping-what")).getText());
    long total = driver.findElements(By.cssSelector("li.tick")).size();
    assertTrue(total > 60, "every criterion of INSCS027 and C6: " + total);
    assertEquals(total + " criteria shown", text("criteriaShown"));
    String pc8 = driver.findElement(By.id("about-INSCS027.PC8")).getText();
    assertTrue(pc8.contains("Also counts toward C6.2.1"), pc8);
    checkPage("mapping-criteria");
    focusIsNeverHidden();

    WebElement search = driver.findElement(By.id("criteriaSearch"));
    search.sendKeys("probability");
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("criteriaShown"), " of "));
    assertTrue(
        text("criteriaShown").matches("\\d+ of " + total + " criteria shown"),
        text("criteriaShown"));
    assertTrue(driver.findElement(By.id("tick-C6.2.1")).isDisplayed());
    assertFalse(driver.findElement(By.id("tick-C6.1.1")).isDisplayed());
    browser.screenshot("mapping-criteria-search-desktop");
    tick("C6.2.1");
    search.clear();
    search.sendKeys(" ");
    browser
        .waiting()
        .until(ExpectedConditions.textToBe(By.id("criteriaShown"), total + " criteria shown"));
    for (String id : FIVE) {
      if (!id.equals("C6.2.1")) {
        tick(id);
      }
    }
    assertEquals("5 ticked", text("tickedCount"));
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Mapped to 5"));
    assertEquals(
        "Mapped to 5 criteria: INSCS027.PC2, INSCS027.K9, C6.1.1, C6.1.6, C6.2.1.",
        text("messages"));
    for (String id : FIVE) {
      assertTrue(driver.findElement(By.id("tick-" + id)).isSelected(), id + " stays ticked");
    }
    assertEquals(5, mappings(apprentice));
    browser.screenshot("mapping-criteria-saved-desktop");

    driver.findElement(By.id("toGrid")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/grid.xhtml"));
    for (String id : FIVE) {
      assertTrue(row(id).contains("Reflective account: Saturday queues"), row(id));
    }
    assertTrue(row("INSCS027.PC8").contains("Saturday queues (via C6.2.1)"), row("INSCS027.PC8"));
    assertTrue(row("C6.1.3").contains("No evidence yet"), row("C6.1.3"));

    driver.findElement(By.cssSelector("#criterion-C6\\.1\\.3 a.choose-evidence")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/criterion.xhtml"));
    assertEquals("Choose evidence for C6.1.3", driver.findElement(By.tagName("h1")).getText());
    checkPage("mapping-evidence");
    WebElement item =
        driver.findElement(
            By.xpath("//label[normalize-space()='Reflective account: Saturday queues']"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
    item.click();
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "C6.1.3 is now evidenced by"));
    assertEquals(
        "C6.1.3 is now evidenced by Reflective account: Saturday queues.", text("messages"));
    driver.findElement(By.id("toGrid")).click();
    assertTrue(row("C6.1.3").contains("Saturday queues"), row("C6.1.3"));

    driver.get(url + "app/portfolio/evidence.xhtml");
    driver.findElement(By.partialLinkText("Map to criteria")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/map.xhtml"));
    assertTrue(driver.findElement(By.id("tick-C6.1.3")).isSelected(), "chosen from the criterion");
    tick("C6.1.6");
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Mapped to 5"));
    assertFalse(driver.findElement(By.id("tick-C6.1.6")).isSelected());
    driver.findElement(By.id("toGrid")).click();
    assertTrue(row("C6.1.6").contains("No evidence yet"), "unticking removed it");

    driver.get(mapAddress);
    driver.executeScript("var box = document.getElementById('tick-C6.1.1'); box.value = 'C6.9.9';");
    tick("INSCS027.K9");
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "C6.9.9"));
    assertEquals(
        "There is no criterion C6.9.9 in INSCS027 or C6. Nothing was saved.", text("messages"));
    assertFalse(
        driver.findElement(By.id("tick-INSCS027.K9")).isSelected(), "keeps what was ticked");
    assertEquals(5, mappings(apprentice), "nothing saved");
    assertEquals(
        1,
        TestDatabase.count(
            "select count(*) from evidence_mapping m join app_user u on u.id = m.apprentice_id"
                + " where u.username = ? and m.criterion_id = 'INSCS027.K9'",
            apprentice),
        "K9 is still mapped");
  }

  @Test
  void aPartOfARiskAssessmentIsMappedByTicking() {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Ana Parts");
    Assessment assessment = assessment(new Api(url), apprentice, "Tills " + centre.code());
    browser.signIn(url, apprentice);
    org.openqa.selenium.chrome.ChromeDriver driver = browser.driver();
    driver.get(
        url
            + "app/portfolio/map.xhtml?assessment="
            + assessment.id()
            + "&part=risk:"
            + assessment.riskId());
    assertEquals(
        "Risk assessment \"Tills " + centre.code() + "\": Risk: Wrong change given",
        driver.findElement(By.id("mapping-what")).getText());
    tick("C6.1.2");
    tick("INSCS027.PC8");
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Mapped to 2"));
    assertTrue(driver.findElement(By.id("backToAssessment")).isDisplayed());
    driver.findElement(By.id("toGrid")).click();
    assertTrue(
        row("C6.1.2").contains("Tills " + centre.code() + "\", risk: Wrong change given"),
        row("C6.1.2"));

    driver.get(url + "app/portfolio/criterion.xhtml?id=C6.1.3");
    String page = driver.findElement(By.id("main")).getText();
    assertTrue(page.contains("Stage 1: Paying at the tills"), page);
    assertTrue(page.contains("Who you consulted"), page);
  }

  @Test
  void nobodyElseCanOpenOrSaveTheTickListsOfSomeonesEvidence() {
    TestCentre centre = TestCentre.create();
    String owner = centre.add("APPRENTICE", "Olu Owner");
    String other = centre.add("APPRENTICE", "Oti Other");
    Api api = new Api(url);
    Assessment assessment = assessment(api, owner, "Owner's tills");
    long evidence = evidence(api, owner);
    String map = url + "app/portfolio/map.xhtml?evidence=" + evidence;
    String part = url + "app/portfolio/map.xhtml?assessment=" + assessment.id() + "&part=whole";

    for (String viewer : List.of(other, centre.assessors()[0], "northgate-apprentice")) {
      browser.signIn(url, viewer);
      for (String address : List.of(map, part, url + "app/portfolio/criterion.xhtml?id=C6.1.1")) {
        if (address.contains("criterion") && !viewer.equals(centre.assessors()[0])) {
          continue; // an apprentice's own criterion page lists only their own evidence
        }
        browser.driver().get(address);
        assertEquals(
            "Page not found",
            browser.driver().findElement(By.tagName("h1")).getText(),
            viewer + " at " + address);
      }
    }

    browser.signIn(url, owner);
    for (String address :
        List.of(
            url + "app/portfolio/map.xhtml?evidence=abc",
            url + "app/portfolio/map.xhtml?evidence=99999999",
            url + "app/portfolio/map.xhtml",
            url + "app/portfolio/map.xhtml?assessment=" + assessment.id() + "&part=risk:zz",
            url + "app/portfolio/criterion.xhtml?id=C6.9.9",
            url + "app/portfolio/criterion.xhtml")) {
      browser.driver().get(address);
      assertEquals(
          "Page not found", browser.driver().findElement(By.tagName("h1")).getText(), address);
    }

    browser.signIn(url, other);
    browser.driver().get(url + "app/portfolio/criterion.xhtml?id=C6.1.1");
    assertTrue(
        browser.driver().findElement(By.id("main")).getText().contains("no evidence yet"),
        "the other apprentice sees none of the owner's evidence");
  }

  /** The tick lists cost the same few statements however much the portfolio holds: no N+1. */
  @Test
  void theTickListsTakeAFixedNumberOfStatements() throws Exception {
    TestCentre centre = TestCentre.create();
    String small = centre.add("APPRENTICE", "Sam Small");
    String big = centre.add("APPRENTICE", "Bea Big");
    Api api = new Api(url);
    assessment(api, small, "Small tills");
    long smallItem = evidence(api, small);
    assessment(api, big, "Big tills");
    assessment(api, big, "Big stockroom");
    long bigItem = 0;
    for (int i = 0; i < 5; i++) {
      bigItem = evidence(api, big);
      for (String criterion : List.of("C6.1.1", "C6.2.1", "INSCS027.PC2")) {
        Api.Reply mapped =
            api.post(
                "api/portfolio/mappings",
                Json.createObjectBuilder()
                    .add("evidenceId", bigItem)
                    .add("criterionId", criterion)
                    .build()
                    .toString(),
                api.token(big));
        assertEquals(201, mapped.status(), mapped.body());
      }
    }
    PageSession smallSession = PageSession.of(url, small);
    PageSession bigSession = PageSession.of(url, big);
    for (String page : List.of("map.xhtml?evidence=%d", "criterion.xhtml?id=C6.1.1")) {
      long forSmall = statementsFor(smallSession, "app/portfolio/" + page.formatted(smallItem));
      long forBig = statementsFor(bigSession, "app/portfolio/" + page.formatted(bigItem));
      assertEquals(forSmall, forBig, page + ": 15 mappings cost no more statements than none");
      assertTrue(forBig <= 15, page + " statements: " + forBig);
    }
  }

  private static long statementsFor(PageSession session, String path) {
    return session.statements(path);
  }

  /** Axe, a screenshot and no sideways scrolling, at desktop and at phone width. */
  private void checkPage(String name) {
    browser.screenshot(name + "-desktop");
    assertEquals(List.of(), browser.accessibilityViolations(), name + " at desktop width");
    browser.phoneSize();
    try {
      browser.screenshot(name + "-phone");
      assertEquals(List.of(), browser.accessibilityViolations(), name + " at phone width");
      Long overflow =
          (Long)
              browser
                  .driver()
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, name + " scrolls sideways by " + overflow + " px");
      @SuppressWarnings("unchecked")
      List<String> small =
          (List<String>)
              browser
                  .driver()
                  .executeScript(
                      "return Array.from(document.querySelectorAll('li.tick input'))"
                          + ".filter(b => { var r = b.getBoundingClientRect();"
                          + " return r.width < 24 || r.height < 24; }).map(b => b.id);");
      assertEquals(List.of(), small, "tick boxes smaller than 24 x 24 px");
    } finally {
      browser.desktopSize();
    }
  }

  /** Ticks or unticks a box by its label, scrolled clear of the save bar, as a person would. */
  private void tick(String criterionId) {
    WebElement label =
        browser.driver().findElement(By.cssSelector("label[for='tick-" + criterionId + "']"));
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
    label.click();
  }

  /** Tabbing down the list, the focused box is never under the sticky save bar (WCAG 2.4.11). */
  private void focusIsNeverHidden() {
    var driver = browser.driver();
    driver.executeScript("window.scrollTo(0, 0);");
    driver.findElement(By.id("criteriaSearch")).click();
    for (int i = 0; i < 12; i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
      Boolean clear =
          (Boolean)
              driver.executeScript(
                  "var box = document.activeElement.getBoundingClientRect();"
                      + " var bar = document.querySelector('.tick-save').getBoundingClientRect();"
                      + " return box.bottom <= bar.top || box.top >= bar.bottom;");
      assertTrue(clear, "focus hidden under the save bar at step " + i);
    }
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  private String row(String criterionId) {
    return browser.driver().findElement(By.id("criterion-" + criterionId)).getText();
  }

  private static long mappings(String username) throws SQLException {
    return TestDatabase.count(
        "select count(*) from evidence_mapping m join app_user u on u.id = m.apprentice_id"
            + " where u.username = ?",
        username);
  }

  record Assessment(long id, String riskId) {}

  /** A draft with one stage and one risk, made through the API. */
  private static Assessment assessment(Api api, String apprentice, String title) {
    String token = api.token(apprentice);
    JsonObject content =
        Json.createObjectBuilder()
            .add("title", title)
            .add(
                "stages",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Paying at the tills")
                            .add(
                                "risks",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("kind", "FINANCIAL")
                                            .add("description", "Wrong change given")))))
            .build();
    Api.Reply created = api.post("api/portfolio/assessments", content.toString(), token);
    assertEquals(201, created.status(), created.body());
    JsonObject draft = created.json();
    String riskId =
        draft
            .getJsonObject("content")
            .getJsonArray("stages")
            .getJsonObject(0)
            .getJsonArray("risks")
            .getJsonObject(0)
            .getString("id");
    return new Assessment(draft.getJsonNumber("id").longValue(), riskId);
  }

  private static long evidence(Api api, String apprentice) {
    Api.Reply added =
        api.post(
            "api/portfolio/evidence",
            Json.createObjectBuilder()
                .add("kind", "REFLECTIVE_ACCOUNT")
                .add("title", "Owner's own account")
                .add("occurredOn", "2026-10-06")
                .add("occasion", "Monday huddle")
                .add("body", "What I did.")
                .build()
                .toString(),
            api.token(apprentice));
    assertEquals(201, added.status(), added.body());
    return added.json().getJsonNumber("id").longValue();
  }
}
