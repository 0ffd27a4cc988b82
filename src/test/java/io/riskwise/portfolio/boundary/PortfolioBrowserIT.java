package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * apprentice1 writes a complete risk assessment in a real browser, watches the readiness list turn
 * green, adds evidence from another day, submits, and downloads the PDF; an assessor reads another
 * apprentice's portfolio without being able to change it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioBrowserIT {

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
  void apprenticeOneWritesACompleteAssessmentAndSubmitsIt() throws IOException {
    browser.signIn(url, "apprentice1");
    WebDriver driver = browser.driver();
    driver.findElement(By.linkText("Your risk assessments and evidence")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/index.xhtml"));
    browser.screenshot("portfolio-index");
    assertEquals(List.of(), browser.accessibilityViolations());
    driver.findElement(By.id("newAssessment")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    browser.screenshot("portfolio-new-assessment");
    assertEquals(List.of(), browser.accessibilityViolations());
    assertTrue(readiness().matches(".* of 18 met; \\d+ thin; \\d+ not met\\..*"), readiness());
    assertTrue(readiness().contains("Not met C6.MP1"), readiness());

    type(By.id("title"), "Risk assessment of the garden centre tills");
    type(By.id("organisation"), "Greenleaf Garden Centre");
    type(By.id("role"), "Customer service assistant");
    type(By.id("area"), "Tills and customer service desk");
    browser.setValue(driver.findElement(By.id("date")), "2026-10-05");
    type(By.id("customers"), "Shoppers at the tills; colleagues from the plant area.");

    section("sec-process");
    for (String stage :
        List.of("Greeting at the entrance", "Paying at the tills", "Carry-out to the car")) {
      click(By.id("addStage"));
      int number = driver.findElements(By.cssSelector("#sec-process details.stage")).size();
      type(By.cssSelector("#stage-s" + number + " [id$=':stageName']"), stage);
      type(
          By.cssSelector("#stage-s" + number + " [id$=':stageDescription']"),
          "Customers and I meet here; stage " + number + " of their visit to the centre.");
    }
    click(By.cssSelector("#stage-s2 [id$=':momentOfTruth']"));
    section("sec-risks");
    for (String stage : List.of("s1", "s3")) {
      List<String> kinds = List.of("financial", "reputational", "safety", "service");
      List<WebElement> reasons =
          driver.findElements(By.cssSelector("#risks-stage-" + stage + " [id$=':noneFound']"));
      for (int k = 0; k < reasons.size(); k++) {
        reasons
            .get(k)
            .sendKeys(
                "I watched stage " + stage + " for a week and saw no " + kinds.get(k) + " risk.");
      }
    }
    List<WebElement> tillReasons =
        driver.findElements(By.cssSelector("#risks-stage-s2 [id$=':noneFound']"));
    tillReasons
        .get(0)
        .sendKeys("Card payments are checked by the terminal; cash is counted twice.");
    tillReasons.get(1).sendKeys("Complaints about the tills all come from the queues below.");

    click(By.cssSelector("#risks-stage-s2 [id$=':addRisk']"));
    select("#risk-r1", "kind", "Sub-standard service or product");
    type(
        By.cssSelector("#risk-r1 [id$=':description']"),
        "Queues of more than ten people on Saturdays");
    select("#risk-r1", "probability", "4 Likely");
    select("#risk-r1", "consequence", "3 Moderate");
    type(
        By.cssSelector("#risk-r1 [id$=':consequenceFinance']"),
        "Sales of about £300 lost each Saturday.");
    type(
        By.cssSelector("#risk-r1 [id$=':consequenceReputation']"),
        "Customers leave without paying and complain online.");
    type(
        By.cssSelector("#risk-r1 [id$=':consequenceHealthAndSafety']"),
        "Does not apply: a queue harms nobody's safety.");
    type(
        By.cssSelector("#risk-r1 [id$=':justification']"),
        "It happened on three Saturdays in September, each time after eleven.");

    click(By.cssSelector("#risks-stage-s2 [id$=':addRisk']"));
    select("#risk-r2", "kind", "Health and safety");
    type(By.cssSelector("#risk-r2 [id$=':description']"), "Wet floor by the till after rain");
    select("#risk-r2", "probability", "2 Unlikely");
    select("#risk-r2", "consequence", "2 Minor");
    type(
        By.cssSelector("#risk-r2 [id$=':consequenceFinance']"),
        "An injury claim could cost thousands.");
    type(
        By.cssSelector("#risk-r2 [id$=':consequenceReputation']"),
        "Word of a fall would put families off.");
    type(
        By.cssSelector("#risk-r2 [id$=':consequenceHealthAndSafety']"),
        "A customer could slip and break a wrist.");
    type(
        By.cssSelector("#risk-r2 [id$=':justification']"),
        "Mats are down by the till and nobody has slipped in two years.");

    section("sec-actions");
    select("#act-r1", "decision", "Act to reduce it");
    click(By.cssSelector("#act-r1 [id$=':addAction']"));
    type(
        By.cssSelector("#act-r1 [id$=':actionDescription']"),
        "Open the second till from 10am on Saturdays");
    type(By.cssSelector("#act-r1 [id$=':owner']"), "Duty manager");
    select("#act-r1", "origin", "I took or led it");
    select("#act-r1", "actionStatus", "Done");
    browser.setValue(
        driver.findElement(By.cssSelector("#act-r1 [id$=':completed']")), "2026-10-10");
    select("#act-r1", "residualProbability", "2 Unlikely");
    select("#act-r1", "residualConsequence", "3 Moderate");
    type(By.cssSelector("#act-r1 [id$=':review']"), "The longest queue fell from 14 to 5 people.");
    select("#act-r2", "decision", "Tolerate it");
    type(
        By.cssSelector("#act-r2 [id$=':tolerateReason']"),
        "Mats and signs already control it well, and more would cost far more than it saves.");

    section("sec-people");
    click(By.id("addConsultee"));
    click(By.id("addConsultee"));
    List<WebElement> names = driver.findElements(By.cssSelector("[id$=':consulteeName']"));
    names.get(0).sendKeys("Priya, till colleague");
    names.get(1).sendKeys("Mark, duty manager");
    List<WebElement> groups = driver.findElements(By.cssSelector("[id$=':group']"));
    new Select(groups.get(0)).selectByVisibleText("Team members or colleagues");
    new Select(groups.get(1)).selectByVisibleText("Supervisors, team leaders or managers");
    List<WebElement> contributions = driver.findElements(By.cssSelector("[id$=':contribution']"));
    contributions.get(0).sendKeys("Counted the Saturday queue with me for three weeks.");
    contributions.get(1).sendKeys("Agreed to open the second till from ten.");
    List<WebElement> people = driver.findElements(By.cssSelector("#sec-people [data-item=person]"));
    people.get(0).findElement(By.cssSelector("input[type=checkbox][value=r1]")).click();
    people.get(1).findElement(By.cssSelector("input[type=checkbox][value=r1]")).click();
    people.get(1).findElement(By.cssSelector("input[type=checkbox][value=r2]")).click();
    type(By.id("customersToldWho"), "Saturday shoppers at the tills");
    browser.setValue(driver.findElement(By.id("customersToldOn")), "2026-10-11");
    type(
        By.id("customersTold"),
        "I put a sign at the entrance telling customers when the second till opens.");
    type(By.id("staffToldWho"), "The Saturday till team");
    browser.setValue(driver.findElement(By.id("staffToldOn")), "2026-10-11");
    type(By.id("staffAwareness"), "I briefed the Saturday team at the morning huddle.");
    click(By.id("save"));

    section("sec-actions");
    assertEquals(
        "6 Low", driver.findElement(By.cssSelector("#act-r1 [id$=':residualRating']")).getText());
    section("sec-risks");
    assertEquals(
        "12 Medium", driver.findElement(By.cssSelector("#risk-r1 [id$=':rating']")).getText());
    section("sec-check");
    // Every requirement is met: the assessment's own dates are two occasions (C6 ER3).
    assertTrue(readiness().contains("18 of 18 met; 0 thin; 0 not met"), readiness());
    assertTrue(readiness().contains("Every check is met."), readiness());
    browser.screenshot("portfolio-assessment-nearly-ready");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.get(url + "app/portfolio/evidence.xhtml");
    new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Reflective account");
    type(By.id("evidenceTitle"), "What I learnt from the Saturday queues");
    browser.setValue(driver.findElement(By.id("occurredOn")), "2026-10-12");
    type(By.id("occasion"), "Saturday shift after the change");
    type(
        By.id("body"), "After the second till opened I timed the queue again and it stayed short.");
    Path file = Files.createTempFile("till-notes", ".txt");
    Files.writeString(file, "Queue lengths: 14, 12, 5, 4", StandardCharsets.UTF_8);
    driver.findElement(By.id("file")).sendKeys(file.toString());
    driver.findElement(By.id("addEvidence")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "Added \"What I learnt"));
    browser.screenshot("portfolio-evidence");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.navigate().back();
    driver.navigate().back();
    driver.findElement(By.linkText("Portfolio")).click();
    driver.findElement(By.linkText("Risk assessment of the garden centre tills")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    section("sec-check");
    assertTrue(readiness().contains("Every check is met."), readiness());
    browser.screenshot("portfolio-assessment-ready");

    section("sec-people");
    driver.findElement(By.id("mapConsultation")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/map.xhtml"));
    WebElement tick = driver.findElement(By.id("tick-INSCS027.PC11"));
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", tick);
    tick.click();
    driver.findElement(By.id("save")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Mapped to"));
    driver.findElement(By.id("backToAssessment")).click();
    section("sec-check");
    assertTrue(
        driver.findElement(By.id("mappingList")).getText().contains("Also counts toward C6.2.4"),
        driver.findElement(By.id("mappingList")).getText());

    driver.findElement(By.id("pdf")).click();
    Path pdf = browser.downloaded(".pdf");
    assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));

    driver.findElement(By.id("submit")).click();
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/versions.xhtml"));
    String page = driver.findElement(By.id("main")).getText();
    assertTrue(page.contains("Version 1 has gone to your assessor."), page);
    browser.screenshot("portfolio-submitted");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void aFileWhoseNameIsDisguisedIsRefusedWithThePlainMessageAndWhatWasTypedKept()
      throws IOException {
    browser.signIn(url, io.riskwise.testing.TestCentre.create().add("APPRENTICE", "Dee Guise"));
    WebDriver driver = browser.driver();
    driver.get(url + "app/portfolio/evidence.xhtml");
    new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Uploaded file");
    type(By.id("evidenceTitle"), "Saturday queue lengths");
    browser.setValue(driver.findElement(By.id("occurredOn")), "2026-10-12");
    type(By.id("occasion"), "Saturday shift");
    // Shown as "reporttxt.pdf" by a file manager; really a text file.
    Path disguised = Files.createTempDirectory("upload").resolve("report\u202Efdp.txt");
    Files.writeString(disguised, "Queue lengths: 14, 12, 5, 4", StandardCharsets.UTF_8);
    driver.findElement(By.id("file")).sendKeys(disguised.toString());
    driver.findElement(By.id("addEvidence")).click();
    browser.waiting().until(d -> !d.findElements(By.cssSelector("#messages li")).isEmpty());
    String message = driver.findElement(By.id("messages")).getText();
    assertTrue(message.contains("hidden character (U+202E)"), message);
    assertTrue(message.contains("rename the file"), message);
    assertTrue(message.codePoints().noneMatch(c -> c == 0x202E), "the name is not echoed");
    assertEquals(
        "Saturday queue lengths",
        driver.findElement(By.id("evidenceTitle")).getAttribute("value"),
        "what was typed is kept");
    browser.screenshot("portfolio-evidence-disguised-name");
    browser.phoneSize();
    browser.screenshot("portfolio-evidence-disguised-name-phone");
    browser.desktopSize();
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void anAssessorReadsAnApprenticesPortfolioButCannotChangeIt() {
    browser.signIn(url, "assessor1");
    WebDriver driver = browser.driver();
    driver.findElement(By.linkText("Your apprentices (3)")).click();
    driver.findElement(By.cssSelector("a[title='Portfolio of Amira Hassan']")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/index.xhtml"));
    assertTrue(driver.findElements(By.id("newAssessment")).isEmpty());
    driver.findElement(By.linkText("Risk assessment of the reception and enquiries desk")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    assertTrue(readiness().contains("Every check is met."), readiness());
    assertTrue(driver.findElements(By.id("save")).isEmpty(), "no save button");
    assertTrue(!driver.findElement(By.id("title")).isEnabled(), "fields are read only");
    browser.screenshot("portfolio-assessor-reads");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.findElement(By.linkText("Portfolio")).click();
    driver.findElement(By.linkText("Criteria grid: the evidence for each criterion")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/grid.xhtml"));
    assertTrue(
        driver.findElement(By.id("main")).getText().contains("(via INSCS027.PC"), "twins show");
    browser.screenshot("portfolio-grid");
    assertEquals(List.of(), browser.accessibilityViolations());

    driver.get(
        url + "app/portfolio/index.xhtml?apprentice=" + TestDatabase.idOf("northgate-apprentice"));
    assertEquals(
        "Page not found", driver.findElement(By.tagName("h1")).getText(), "another centre");
  }

  @Test
  void twoTabsOnOneDraftGetAClearConflictAndLoseNoText() {
    browser.signIn(url, "apprentice6");
    WebDriver driver = browser.driver();
    driver.get(url + "app/portfolio/index.xhtml");
    driver.findElement(By.id("newAssessment")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
    String address = driver.getCurrentUrl();
    String firstTab = driver.getWindowHandle();

    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    driver.get(address);
    type(By.id("title"), "Saved in the second tab");
    click(By.id("save"));
    assertTrue(driver.findElement(By.id("status")).getText().startsWith("Saved at"));

    driver.switchTo().window(firstTab);
    type(By.id("title"), "Typed in the first tab");
    click(By.id("save"));
    String status = driver.findElement(By.id("status")).getText();
    assertTrue(status.contains("Not saved.") && status.contains("another tab"), status);
    assertEquals(
        "Typed in the first tab", driver.findElement(By.id("title")).getAttribute("value"));
    browser.screenshot("portfolio-conflict");
    assertEquals(List.of(), browser.accessibilityViolations());

    click(By.id("keepMine"));
    assertTrue(driver.findElement(By.id("status")).getText().startsWith("Saved at"));
    driver.get(address);
    assertEquals(
        "Typed in the first tab", driver.findElement(By.id("title")).getAttribute("value"));

    driver.get(url + "app/portfolio/assessment.xhtml?id=" + assessmentOf("apprentice2"));
    assertEquals(
        "Page not found", driver.findElement(By.tagName("h1")).getText(), "another apprentice");
  }

  static long assessmentOf(String username) {
    try {
      return io.riskwise.testing.TestDatabase.count(
          "select min(a.id) from risk_assessment a join app_user u on u.id = a.apprentice_id"
              + " where u.username = ?",
          username);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The readiness check, wherever the editor's sections stand. */
  String readiness() {
    return (String)
        browser
            .driver()
            .executeScript(
                "return document.getElementById('readiness').textContent.replace(/\\s+/g, ' ');");
  }

  /** Opens a section of the editor from its navigation, as a person would. */
  void section(String id) {
    browser
        .driver()
        .findElement(By.cssSelector(".section-nav a[data-section='" + id + "']"))
        .click();
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " h2")));
  }

  void type(By field, String text) {
    WebElement element = browser.driver().findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  void select(String risk, String field, String text) {
    new Select(browser.driver().findElement(By.cssSelector(risk + " [id$=':" + field + "']")))
        .selectByVisibleText(text);
  }

  /** Clicks a button that saves by Ajax, and waits until the answer has been applied. */
  void click(By button) {
    browser.driver().findElement(button).click();
    browser
        .waiting()
        .until(
            d ->
                (Boolean)
                    browser
                        .driver()
                        .executeScript(
                            "return document.readyState === 'complete' && window.PrimeFaces"
                                + " && PrimeFaces.ajax.Queue.isEmpty();"));
  }
}
