package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A new apprentice writes a whole risk assessment from empty in the sectioned editor, at desktop
 * and phone width, while every request takes more than 1.5 s each way, typing on while the adds are
 * on their way; then works through a section by keyboard alone, and submits after the confirmation.
 * Every word typed must be on screen and in the database afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorBrowserIT {
  private static final Duration DELAY = Duration.ofMillis(1600);
  private static final List<String> SECTIONS =
      List.of(
          "sec-about",
          "sec-process",
          "sec-risks",
          "sec-actions",
          "sec-people",
          "sec-analysis",
          "sec-check");

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
  void aWholeAssessmentWrittenOnSlowRequestsKeepsEveryWord() {
    browser.desktopSize();
    Writer writer = startNewAssessment("Dana Desktop");
    writer.slow(true);
    writer.about("Risk assessment of the garden centre tills");
    writer.stages("Greeting at the entrance", "Paying at the tills", "Carry-out to the car");
    int[] risksPerStage = {3, 5, 3};
    writer.risks(risksPerStage);
    writer.actions();
    writer.people();
    writer.settle();
    browser.screenshot("editor-desktop-written");

    writer.section("sec-check");
    assertTrue(
        text("readinessSummary").matches("(?s)\\d+ of 18 met; \\d+ thin; \\d+ not met\\..*"),
        text("readinessSummary"));
    assertTrue(
        text("check-C6-ER6c").startsWith("✔ Met"),
        "every risk has a probability: " + text("check-C6-ER6c"));
    assertEquals(11, riskCount("Before action"), "every rated risk on the map before action");
    assertEquals(11, riskCount("After action"), "tolerated risks stay on the map after action");
    assertTrue(text("heatmaps").contains("tolerated: stays"), text("heatmaps"));
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.screenshot("editor-desktop-check");

    for (String section : SECTIONS) {
      writer.section(section);
      browser.screenshot("editor-desktop-" + section);
      assertEquals(List.of(), accessibilityViolations(), section);
      browser.driver().executeScript("window.scrollTo(0, document.body.scrollHeight)");
      assertTrue(inView("save") && inView("submit"), "save and submit in view in " + section);
    }

    Map<String, Object> onScreen = writer.values();
    writer.slow(false);
    browser.driver().navigate().refresh();
    assertEquals(onScreen, writer.values(), "everything on screen was stored");
    System.out.printf(
        "Three stages, eleven risks: %d clicks, %d choices from lists, %d characters typed%n",
        writer.clicks, writer.choices, writer.characters);
  }

  @Test
  void onAPhoneTheEditorWorksOneSectionAtATime() {
    browser.phoneSize();
    Writer writer = startNewAssessment("Pat Phone");
    writer.slow(true);
    writer.about("Phone-written risk assessment of the café counter");
    writer.stages("Taking the order", "Making the drinks", "Handing over");
    writer.risks(new int[] {1, 1, 1});
    writer.actions();
    writer.people();
    writer.settle();
    writer.slow(false);
    for (String section : SECTIONS) {
      writer.section(section);
      browser.screenshot("editor-phone-" + section);
      assertEquals(
          Boolean.TRUE,
          browser
              .driver()
              .executeScript(
                  "return document.documentElement.scrollWidth <="
                      + " document.documentElement.clientWidth"),
          "no sideways scrolling in " + section);
      browser.driver().executeScript("window.scrollTo(0, document.body.scrollHeight)");
      assertTrue(inView("save") && inView("submit"), "save and submit in view in " + section);
      assertEquals(List.of(), accessibilityViolations(), section);
    }
  }

  @Test
  void theKeyboardAloneAddsStagesAndFocusFollows() {
    browser.desktopSize();
    Writer writer = startNewAssessment("Kim Keyboard");
    ChromeDriver driver = browser.driver();
    WebElement link =
        driver.findElement(By.cssSelector(".section-nav a[data-section=sec-process]"));
    link.sendKeys(Keys.ENTER);
    assertEquals("h-process", driver.switchTo().activeElement().getAttribute("id"));
    tab();
    assertEquals("addStage", driver.switchTo().activeElement().getAttribute("id"));
    assertTrue(focusVisible(), "the focused button shows a clear outline");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    writer.settle();
    WebElement name = driver.switchTo().activeElement();
    assertTrue(name.getAttribute("id").endsWith(":stageName"), name.getAttribute("id"));
    assertTrue(focusVisible(), "the focused field shows a clear outline");
    name.sendKeys("Answering the phone");
    tab();
    driver.switchTo().activeElement().sendKeys("Calls come to the shop desk.");
    tab();
    driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    tab();
    assertEquals("Remove stage 1", driver.switchTo().activeElement().getText());
    tab();
    assertEquals("addStage", driver.switchTo().activeElement().getAttribute("id"));
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    writer.settle();
    assertTrue(
        driver.switchTo().activeElement().getAttribute("id").startsWith("j_")
            && driver.switchTo().activeElement().getAttribute("id").contains(":1:stageName"),
        "focus is on the second stage's name");
    List<WebElement> stages = driver.findElements(By.cssSelector("#sec-process details.stage"));
    assertEquals(2, stages.size());
    assertEquals(
        "Answering the phone",
        stages.get(0).findElement(By.cssSelector("[id$=':stageName']")).getAttribute("value"));
    assertTrue(
        stages.get(0).findElement(By.cssSelector("[id$=':momentOfTruth']")).isSelected(),
        "space ticked the moment of truth");

    stages.get(1).findElement(By.cssSelector("[id$=':removeStage']")).sendKeys(Keys.ENTER);
    browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
    driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).sendKeys(Keys.ENTER);
    writer.settle();
    assertEquals(
        "addStage",
        driver.switchTo().activeElement().getAttribute("id"),
        "after a removal, focus goes to the button that adds another");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void submittingAsksFirstSaysWhatHappensAndLeavesNothingBlank() throws Exception {
    browser.desktopSize();
    Writer writer = startNewAssessment("Sam Submit");
    ChromeDriver driver = browser.driver();
    writer.type(driver.findElement(By.id("title")), "Returns desk risks");
    writer.section("sec-process");
    writer.press(driver.findElement(By.id("addStage")));
    writer.settle();
    writer.type(driver.switchTo().activeElement(), "Taking back the goods");
    writer.press(driver.findElement(By.id("addStage")));
    writer.settle();
    writer.section("sec-risks");
    writer.press(driver.findElement(By.cssSelector("#sec-risks [id$=':addRisk']")));
    writer.settle();
    writer.section("sec-actions");
    WebElement risk = driver.findElement(By.cssSelector("#sec-actions details.risk"));
    writer.press(risk.findElement(By.cssSelector("[id$=':addAction']")));
    writer.settle();
    assertTrue(
        text("status").contains("Not saved until you write something in it"), text("status"));

    writer.press(driver.findElement(By.id("submit")));
    WebElement dialog =
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-confirm-dialog")));
    assertTrue(dialog.getText().contains("goes to your assessor"), dialog.getText());
    assertTrue(dialog.getText().contains("Your draft stays here"), dialog.getText());
    browser.screenshot("editor-submit-confirmation");
    assertEquals(List.of(), browser.accessibilityViolations());
    dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
    assertTrue(driver.getCurrentUrl().contains("/app/portfolio/assessment.xhtml"), "not yet");

    driver.findElement(By.id("submit")).click();
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/versions.xhtml"));
    String page = text("main");
    assertTrue(page.contains("Version 1 has gone to your assessor."), page);
    assertFalse(page.matches("(?s).*[0-9a-f]{64}.*"), "no digest for the apprentice");
    assertEquals(
        "1 stage, 0 risks",
        TestDatabase.text(
            "select concat(json_length(v.content, '$.stages'), ' stage, ',"
                + " coalesce(json_length(v.content, '$.stages[0].risks'), 0), ' risks')"
                + " from assessment_version v join risk_assessment a on a.id = v.assessment_id"
                + " join app_user u on u.id = a.apprentice_id where u.username = ?",
            writer.username),
        "the blank stage, risk and action were not submitted");
  }

  @Test
  void thirtyRisksFoldToOneLineEachAndAGapOpensWhereItIsPutRight() {
    browser.desktopSize();
    String username = centre.add("APPRENTICE", "Lou Long");
    jakarta.json.JsonArrayBuilder stages = jakarta.json.Json.createArrayBuilder();
    for (int s = 1; s <= 6; s++) {
      jakarta.json.JsonArrayBuilder risks = jakarta.json.Json.createArrayBuilder();
      for (int r = 1; r <= 5; r++) {
        risks.add(
            jakarta.json.Json.createObjectBuilder()
                .add("kind", "FINANCIAL")
                .add("description", "Risk " + r + " of stage " + s)
                .add("probability", 3)
                .add("consequence", 4));
      }
      stages.add(
          jakarta.json.Json.createObjectBuilder().add("name", "Stage " + s).add("risks", risks));
    }
    io.riskwise.testing.Api api = new io.riskwise.testing.Api(url);
    var created =
        api.post(
            "api/portfolio/assessments",
            jakarta.json.Json.createObjectBuilder().add("stages", stages).build().toString(),
            api.token(username));
    assertEquals(201, created.status(), created.body());

    browser.signIn(url, username);
    ChromeDriver driver = browser.driver();
    driver.get(url + "app/portfolio/assessment.xhtml?id=" + created.json().getInt("id"));
    Writer writer = new Writer(username);
    writer.section("sec-risks");
    List<WebElement> risks = driver.findElements(By.cssSelector("#sec-risks details.risk"));
    assertEquals(30, risks.size());
    assertTrue(risks.stream().noneMatch(r -> r.getAttribute("open") != null), "all folded");
    assertEquals(
        "Risk 5: Risk 5 of stage 6 · Financial · 12 Medium",
        risks.get(29).findElement(By.tagName("summary")).getText());
    browser.screenshot("editor-thirty-risks-folded");
    assertEquals(List.of(), browser.accessibilityViolations());

    writer.section("sec-check");
    writer.press(driver.findElement(By.cssSelector("#check-C6-ER6d a")));
    WebElement risk = driver.findElement(By.id("act-r1"));
    assertTrue(risk.isDisplayed() && risk.getAttribute("open") != null, "the gap's risk is open");
    assertTrue(
        driver
            .findElement(By.cssSelector(".section-nav a[aria-current]"))
            .getText()
            .contains("4. Actions"),
        "the navigation shows where the gap took you");
  }

  // ---- helpers ----

  Writer startNewAssessment(String name) {
    String username = centre.add("APPRENTICE", name);
    browser.signIn(url, username);
    ChromeDriver driver = browser.driver();
    driver.findElement(By.linkText("Your portfolio")).click();
    driver.findElement(By.id("newAssessment")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    return new Writer(username);
  }

  /**
   * Axe, run with the page at its top: scrolled, the sticky save bar covers part of whatever is
   * under it, which axe counts against the covered control's size.
   */
  List<String> accessibilityViolations() {
    browser.driver().executeScript("window.scrollTo(0, 0)");
    return browser.accessibilityViolations();
  }

  String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  int riskCount(String caption) {
    Object count =
        browser
            .driver()
            .executeScript(
                "var table = Array.from(document.querySelectorAll('table.heatmap'))"
                    + ".find(t => t.caption.textContent.trim() === arguments[0]);"
                    + "return Array.from(table.querySelectorAll('td strong'))"
                    + ".reduce((sum, cell) => sum + Number(cell.textContent || 0), 0);",
                caption);
    return ((Number) count).intValue();
  }

  boolean inView(String id) {
    return (Boolean)
        browser
            .driver()
            .executeScript(
                "var box = document.getElementById(arguments[0]).getBoundingClientRect();"
                    + "return box.top >= 0 && box.bottom <= window.innerHeight;",
                id);
  }

  boolean focusVisible() {
    return (Boolean)
        browser
            .driver()
            .executeScript(
                "var style = getComputedStyle(document.activeElement);"
                    + "return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;");
  }

  void tab() {
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
  }

  /** Writes an assessment as a person would, counting clicks, choices and characters. */
  final class Writer {
    final ChromeDriver driver = browser.driver();
    final String username;
    int clicks;
    int choices;
    int characters;
    int risks;

    Writer(String username) {
      this.username = username;
    }

    void slow(boolean slow) {
      ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
      conditions.setLatency(slow ? DELAY : Duration.ZERO);
      driver.setNetworkConditions(conditions);
    }

    void about(String title) {
      section("sec-about");
      type(driver.findElement(By.id("title")), title);
      type(driver.findElement(By.id("organisation")), "Greenleaf Garden Centre");
      type(driver.findElement(By.id("role")), "Customer service assistant");
      type(driver.findElement(By.id("area")), "Tills and customer service desk");
      browser.setValue(driver.findElement(By.id("date")), "2026-10-05");
      type(driver.findElement(By.id("customers")), "Shoppers at the tills and the car park.");
    }

    /** Adds the stages; while each add is on its way, describes the stage before it. */
    void stages(String... names) {
      section("sec-process");
      for (int i = 0; i < names.length; i++) {
        press(driver.findElement(By.id("addStage")));
        if (i > 0) {
          type(
              field("#sec-process details.stage", i - 1, "stageDescription"),
              "At " + names[i - 1] + ", staff and customers meet.");
        }
        waitForItems("#sec-process details.stage", i + 1);
        if (i == 0) {
          settle();
          assertTrue(
              driver.switchTo().activeElement().getAttribute("id").endsWith(":stageName"),
              "focus moves to the new stage");
        }
        type(field("#sec-process details.stage", i, "stageName"), names[i]);
      }
      type(
          field("#sec-process details.stage", names.length - 1, "stageDescription"),
          "At " + names[names.length - 1] + ", staff and customers meet.");
      press(field("#sec-process details.stage", 1, "momentOfTruth"));
      settle();
      for (int i = 0; i < names.length; i++) {
        assertEquals(names[i], valueOf("#sec-process details.stage", i, "stageName"));
        assertEquals(
            "At " + names[i] + ", staff and customers meet.",
            valueOf("#sec-process details.stage", i, "stageDescription"),
            "typed while the add was on its way");
      }
    }

    /** Adds and describes the risks; while each add is on its way, justifies the one before. */
    void risks(int[] perStage) {
      section("sec-risks");
      String[] kinds = {"FINANCIAL", "REPUTATIONAL", "HEALTH_AND_SAFETY", "SUB_STANDARD"};
      for (int s = 0; s < perStage.length; s++) {
        for (int r = 0; r < perStage[s]; r++) {
          WebElement group = driver.findElements(By.cssSelector("#sec-risks .stage-group")).get(s);
          press(group.findElement(By.cssSelector("[id$=':addRisk']")));
          if (risks > 0) {
            type(
                field("#sec-risks details.risk", risks - 1, "justification"),
                "Seen twice last month at this stage.");
          }
          waitForItems("#sec-risks details.risk", risks + 1);
          choose(field("#sec-risks details.risk", risks, "kind"), kinds[r % kinds.length]);
          type(
              field("#sec-risks details.risk", risks, "description"),
              "Risk number " + (risks + 1) + " of the tills");
          choose(
              field("#sec-risks details.risk", risks, "probability"),
              String.valueOf(2 + risks % 3));
          choose(
              field("#sec-risks details.risk", risks, "consequence"),
              String.valueOf(2 + risks % 2));
          type(
              field("#sec-risks details.risk", risks, "consequenceFinance"),
              "Lost takings of about £200 a week.");
          risks++;
        }
        for (WebElement reason :
            driver
                .findElements(By.cssSelector("#sec-risks .stage-group"))
                .get(s)
                .findElements(By.cssSelector("[id$=':noneFound']"))) {
          if (perStage[s] < 4 && reason.getAttribute("value").isEmpty()) {
            type(reason, "None of this kind here: I watched this stage for a week.");
          }
        }
      }
      type(
          field("#sec-risks details.risk", risks - 1, "justification"),
          "Seen twice last month at this stage.");
      settle();
      for (int i = 0; i < risks; i++) {
        assertEquals(
            "Seen twice last month at this stage.",
            valueOf("#sec-risks details.risk", i, "justification"),
            "typed while the add was on its way");
      }
    }

    /** Acts on two risks in three and tolerates the third. */
    void actions() {
      section("sec-actions");
      List<WebElement> groups = driver.findElements(By.cssSelector("#sec-actions .stage-group"));
      int index = 0;
      for (int s = 0; s < groups.size(); s++) {
        int inStage =
            driver
                .findElements(By.cssSelector("#sec-actions .stage-group"))
                .get(s)
                .findElements(By.cssSelector("details.risk"))
                .size();
        for (int r = 0; r < inStage; r++, index++) {
          boolean tolerate = index % 3 == 2;
          choose(
              field("#sec-actions details.risk", index, "decision"), tolerate ? "TOLERATE" : "ACT");
          if (tolerate) {
            type(
                field("#sec-actions details.risk", index, "tolerateReason"),
                "Costs more to prevent than it could ever lose.");
            continue;
          }
          press(field("#sec-actions details.risk", index, "addAction"));
          type(
              field("#sec-actions details.risk", index, "review"),
              "After the change the problem stopped.");
          int at = index;
          browser
              .waiting()
              .until(
                  d ->
                      (Boolean)
                          driver.executeScript(
                              "return document.querySelectorAll('#sec-actions details.risk')"
                                  + "[arguments[0]].querySelector('[id$=\":actionDescription\"]')"
                                  + " !== null;",
                              at));
          type(
              field("#sec-actions details.risk", index, "actionDescription"), "Open a second till");
          type(field("#sec-actions details.risk", index, "owner"), "Duty manager");
          choose(field("#sec-actions details.risk", index, "actionStatus"), "DONE");
          choose(field("#sec-actions details.risk", index, "residualProbability"), "1");
          choose(field("#sec-actions details.risk", index, "residualConsequence"), "2");
        }
      }
      settle();
      assertEquals(
          "After the change the problem stopped.",
          valueOf("#sec-actions details.risk", 0, "review"),
          "typed while the add was on its way");
    }

    void people() {
      section("sec-people");
      press(driver.findElement(By.id("addConsultee")));
      type(driver.findElement(By.id("customersTold")), "A sign at the entrance tells them.");
      waitForItems("#sec-people [data-item=person]", 1);
      type(field("#sec-people [data-item=person]", 0, "consulteeName"), "Priya, till colleague");
      choose(field("#sec-people [data-item=person]", 0, "group"), "COLLEAGUES");
      type(
          field("#sec-people [data-item=person]", 0, "contribution"),
          "Told me when queues build up.");
      press(driver.findElement(By.id("addConsultee")));
      type(
          driver.findElement(By.id("staffAwareness")),
          "I briefed the Saturday team at the huddle.");
      waitForItems("#sec-people [data-item=person]", 2);
      type(field("#sec-people [data-item=person]", 1, "consulteeName"), "Mark, duty manager");
      choose(field("#sec-people [data-item=person]", 1, "group"), "SUPERVISORS_OR_MANAGERS");
      type(field("#sec-people [data-item=person]", 1, "contribution"), "Agreed the second till.");
      settle();
      assertEquals(
          "A sign at the entrance tells them.",
          driver.findElement(By.id("customersTold")).getAttribute("value"));
    }

    void section(String id) {
      WebElement link =
          driver.findElement(By.cssSelector(".section-nav a[data-section='" + id + "']"));
      if (link.isDisplayed()) {
        press(link);
      } else {
        // the menu is rebuilt after each save: chosen again if a save replaced it meanwhile
        browser
            .waiting()
            .until(
                d -> {
                  new Select(d.findElement(By.id("sectionPicker"))).selectByValue(id);
                  return true;
                });
        choices++;
      }
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " h2")));
    }

    WebElement field(String items, int index, String name) {
      WebElement item = driver.findElements(By.cssSelector(items)).get(index);
      if (item.getTagName().equals("details") && item.getAttribute("open") == null) {
        press(item.findElement(By.tagName("summary")));
      }
      return item.findElement(By.cssSelector("[id$=':" + name + "']"));
    }

    /** A field's value, read without opening what folds it away. */
    String valueOf(String items, int index, String name) {
      return driver
          .findElements(By.cssSelector(items))
          .get(index)
          .findElement(By.cssSelector("[id$=':" + name + "']"))
          .getAttribute("value");
    }

    void waitForItems(String items, int count) {
      browser.waiting().until(d -> driver.findElements(By.cssSelector(items)).size() >= count);
    }

    void type(WebElement field, String text) {
      field.sendKeys(text);
      characters += text.length();
    }

    void choose(WebElement select, String value) {
      new Select(select).selectByValue(value);
      choices++;
    }

    void press(WebElement element) {
      element.click();
      clicks++;
    }

    /** Waits until no request is on its way and what is on screen is saved. */
    void settle() {
      browser
          .waiting()
          .until(
              d ->
                  (Boolean)
                      driver.executeScript(
                          "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                              + " && /^Saved at/.test(document.getElementById('saveText').textContent);"));
    }

    /** Every field of the editor with its value, by id. */
    @SuppressWarnings("unchecked")
    Map<String, Object> values() {
      return (Map<String, Object>)
          driver.executeScript(
              "var values = {};"
                  + "document.querySelectorAll('#editorForm input, #editorForm textarea,"
                  + " #editorForm select').forEach(function (f) {"
                  + "  if (f.id && f.type !== 'hidden' && f.id !== 'sectionPicker') {"
                  + "    values[f.id] = f.type === 'checkbox' ? String(f.checked) : f.value; } });"
                  + "return values;");
    }
  }
}
