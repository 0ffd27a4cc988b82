package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The assessor's judging page in a real browser: they read the witness statement and see the
 * claimed photo and PDF in place, find nothing chosen for them, are told which criteria are still
 * undecided without losing what they typed, reject one claim with a comment from their own bank,
 * accept the rest by keyboard, record the criteria met and sign the unit off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JudgingBrowserIT {

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
  void theAssessorJudgesEachClaimOnItsEvidenceAndSignsOff() throws Exception {
    Api api = new Api(url);
    JudgingFixture fixture = JudgingFixture.create(api);
    String token = api.token(fixture.assessor());
    JsonObject sheet =
        api.get("api/assessment/submissions/" + fixture.versionId() + "/judging", token).json();
    List<JsonObject> c616 =
        JudgingApiIT.claimed(sheet, "C6.1.6").getJsonArray("claims").getValuesAs(JsonObject.class);
    String witnessClaim = "claim-" + c616.get(0).getJsonNumber("mappingId").longValue();
    String reflectionClaim = "claim-" + c616.get(1).getJsonNumber("mappingId").longValue();

    WebDriver driver = browser.driver();
    browser.signIn(url, fixture.assessor());
    driver.findElement(By.linkText("Submissions to assess")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/queue.xhtml"));
    driver
        .findElement(By.partialLinkText("Garden centre tills " + fixture.centre().code()))
        .click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/submission.xhtml"));

    WebElement witness = driver.findElement(By.id(witnessClaim));
    String statement = witness.getText();
    assertTrue(statement.contains(JudgingFixture.STATEMENT), statement);
    assertTrue(
        statement.contains("Grace Mensah, Store manager. Contact: grace.mensah@garden.example"),
        statement);
    assertTrue(statement.contains("Dated 3 Oct 2026"), statement);
    assertTrue(statement.contains("Occasion: Saturday morning rush"), statement);
    String files = url + "app/files/evidence?id=";
    WebElement thumbnail = driver.findElement(By.cssSelector("#criterion-C6-2-1 img.thumbnail"));
    assertEquals(files + fixture.photoId() + "&inline=true", thumbnail.getAttribute("src"));
    assertTrue(thumbnail.getAttribute("alt").contains("till-queue.png"));
    WebElement openPdf = driver.findElement(By.cssSelector("#criterion-C6-2-4 a.open-file"));
    assertEquals(files + fixture.pdfId() + "&inline=true", openPdf.getAttribute("href"));
    assertEquals("_blank", openPdf.getAttribute("target"));
    assertEquals(
        files + fixture.pdfId(),
        driver
            .findElement(By.cssSelector("#criterion-C6-2-4 a.download-file"))
            .getAttribute("href"));
    browser.driver().executeScript("arguments[0].scrollIntoView();", thumbnail);
    browser
        .waiting()
        .until(
            d ->
                (Boolean)
                    browser
                        .driver()
                        .executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0;",
                            thumbnail));
    assertEquals(
        "200 application/pdf inline",
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')"
                    + " + ' ' + r.headers.get('Content-Disposition').split(';')[0]));",
                openPdf.getAttribute("href")),
        "the assessor's browser opens the claimed PDF itself");
    HttpResponse<byte[]> pdf =
        api.sendBytes(api.builder("api/portfolio/evidence/" + fixture.pdfId() + "/file", token));
    assertEquals(200, pdf.statusCode(), "the assessor may read the claimed file");
    assertArrayEquals(JudgingFixture.PDF, pdf.body());
    String risk = driver.findElement(By.id("criterion-C6-1-4")).getText();
    assertTrue(risk.contains("Queue blocks the fire exit"), risk);
    assertTrue(risk.contains("Probability 3 × consequence 4 = 12"), risk);
    assertEquals(
        List.of(),
        driver.findElements(By.cssSelector("#claims input[type=radio]:checked")),
        "nothing is chosen for the assessor");

    scrollTo("claims");
    browser.screenshot("judging-evidence-desktop");
    assertEquals(List.of(), browser.accessibilityViolations());

    type(By.id("feedback"), "Well evidenced; one claim does not stand.");
    driver.findElement(By.id("criteriaMet")).click();
    WebElement errors =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
    assertTrue(
        errors.getText().contains("Still undecided: C6.1.4, C6.1.6, C6.2.1, C6.2.4."),
        errors.getText());
    assertEquals(
        "Well evidenced; one claim does not stand.",
        driver.findElement(By.id("feedback")).getAttribute("value"),
        "what was typed is kept");

    String reason = "A reflective account cannot show customers being told; the witness does.";
    type(By.id("newComment"), reason);
    driver.findElement(By.id("saveComment")).click();
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("bankList"), reason));
    WebElement c616Block = driver.findElement(By.id("criterion-C6-1-6"));
    new Select(c616Block.findElement(By.cssSelector("select.bank-select"))).selectByValue(reason);
    c616Block.findElement(By.cssSelector("button.insert-comment")).click();
    assertEquals(reason, c616Block.findElement(By.tagName("textarea")).getAttribute("value"));

    radio(witnessClaim, "MET").sendKeys(Keys.SPACE);
    label(reflectionClaim, "Reject").click();
    label("criterion-C6-1-6", "Met").click();
    for (String criterion : List.of("C6-1-4", "C6-2-1", "C6-2-4")) {
      driver
          .findElement(By.cssSelector("#criterion-" + criterion + " .accept-all"))
          .sendKeys(Keys.ENTER);
    }
    assertTrue(
        driver
            .findElement(By.id("judgingStatus"))
            .getAttribute("textContent")
            .contains("C6.2.4 marked met"));
    for (WebElement other : driver.findElements(By.cssSelector("[id^='other-C6-'] select"))) {
      new Select(other).selectByVisibleText("Met");
    }

    browser.phoneSize();
    assertEquals(List.of(), overflowing(), "nothing runs off a 390 px phone");
    scrollTo("criterion-C6-1-6");
    browser.screenshot("judging-evidence-phone");
    scrollTo("decision-C6-1-6");
    browser.screenshot("judging-decision-phone");
    assertEquals(List.of(), browser.accessibilityViolations());
    browser.desktopSize();
    scrollTo("criterion-C6-1-6");
    browser.screenshot("judging-decision-desktop");

    driver.findElement(By.id("criteriaMet")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/app/assessment/queue.xhtml"));
    assertTrue(driver.findElement(By.id("main")).getText().contains("Judgements recorded"));

    driver.get(url + "app/assessment/unit.xhtml?apprentice=" + fixture.apprenticeId() + "&code=C6");
    assertTrue(
        driver.findElement(By.tagName("h1")).getText().contains("17 of 17 criteria met"),
        driver.findElement(By.tagName("h1")).getText());
    driver.findElement(By.id("signOff")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "waiting for the countersignature"));

    driver.get(url + "app/assessment/submission.xhtml?version=" + fixture.versionId());
    assertTrue(
        driver
            .findElement(By.id(reflectionClaim))
            .getText()
            .contains("This review: Rejected. " + reason),
        driver.findElement(By.id(reflectionClaim)).getText());
    assertTrue(driver.findElement(By.id(witnessClaim)).getText().contains("This review: Accepted"));
    assertTrue(
        driver
            .findElement(By.id("criterion-C6-1-6"))
            .getText()
            .contains("This review: Met. " + reason));
    scrollTo("criterion-C6-1-6");
    browser.screenshot("judging-judged-desktop");
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  WebElement radio(String block, String value) {
    return browser
        .driver()
        .findElement(By.cssSelector("#" + block + " input[type=radio][value=" + value + "]"));
  }

  WebElement label(String block, String text) {
    return browser
        .driver()
        .findElement(By.id(block))
        .findElement(By.xpath(".//label[normalize-space()='" + text + "']"));
  }

  /** Elements whose right edge is past the visible width of the page. */
  Object overflowing() {
    return browser
        .driver()
        .executeScript(
            "var width = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + " var box = e.getBoundingClientRect();"
                + " if (box.width > 1 && box.right > width + 1) {"
                + " out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(box.right));"
                + " } }); return out.slice(0, 8);");
  }

  void scrollTo(String id) {
    browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  void type(By field, String text) {
    WebElement element = browser.driver().findElement(field);
    element.clear();
    element.sendKeys(text);
  }
}
