package io.riskwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.assessment.boundary.JudgingFixture;
import io.riskwise.centre.boundary.ProgressCacheIT;
import io.riskwise.testing.Api;
import io.riskwise.testing.Balancer;
import io.riskwise.testing.Browser;
import io.riskwise.testing.ClusterNode;
import io.riskwise.testing.PageSession;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Two nodes clustered as {@code mvn -Prun -Dnodes=2} clusters them, on the tests' database, behind
 * a load balancer: a person's session and the page they are editing survive the kill -9 of the node
 * they were on, and what one node refuses (a revoked token, a deactivated person, a locked account)
 * every node refuses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  static String cluster = "riskwise-it-" + ProcessHandle.current().pid();
  static int gridPort;
  static ClusterNode nodeA;
  static ClusterNode nodeB;
  static Browser browser;

  @BeforeAll
  static void start() {
    gridPort = ClusterNode.freePort();
    nodeA = ClusterNode.start("node-a", cluster, gridPort);
    nodeB = ClusterNode.start("node-b", cluster, gridPort);
    CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> nodeA.awaitReady(Duration.ofMinutes(5))),
            CompletableFuture.runAsync(() -> nodeB.awaitReady(Duration.ofMinutes(5))))
        .join();
    browser = new Browser();
  }

  /** Node A again, after the test that kills it, if another test runs after it. */
  @BeforeEach
  void bothNodesUp() {
    if (!nodeA.isAlive()) {
      nodeA = ClusterNode.start("node-a", cluster, gridPort);
      nodeA.awaitReady(Duration.ofMinutes(5));
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    nodeA.close();
    nodeB.close();
  }

  @Test
  void aSignInOnOneNodeIsASignInOnTheOther() throws Exception {
    String apprentice = TestCentre.create().add("APPRENTICE", "Nina Node");
    PageSession onA = PageSession.of(nodeA.uri().toURL(), apprentice);
    PageSession onB = onA.at(nodeB.uri().toURL());
    assertTrue(signedIn(onB), "the session signed in on A is signed in on B");
  }

  @Test
  void whatOneNodeRevokesEveryNodeRefuses() throws Exception {
    TestCentre centre = TestCentre.create();
    String apprentice = centre.add("APPRENTICE", "Rory Revoked");
    Api onA = new Api(nodeA.uri().toURL());
    Api onB = new Api(nodeB.uri().toURL());

    String token = onA.token(apprentice);
    assertEquals(200, onB.get("api/me", token).status());
    assertEquals(204, onA.delete("api/auth/token", token).status());
    assertEquals(401, onB.get("api/me", token).status(), "a token revoked on A, refused on B");

    String other = centre.add("APPRENTICE", "Dee Activated");
    String otherToken = onB.token(other);
    PageSession page = PageSession.of(nodeB.uri().toURL(), other);
    long id = TestDatabase.idOf(other);
    assertEquals(
        200,
        onA.post("api/centre/users/" + id + "/deactivate", "{}", onA.token(centre.admin()))
            .status());
    assertEquals(401, onB.get("api/me", otherToken).status(), "deactivated on A, refused on B");
    assertTrue(!signedIn(page), "and their page session on B has ended");
  }

  @Test
  void failuresOnBothNodesCountTowardsOneLock() throws Exception {
    String apprentice = TestCentre.create().add("APPRENTICE", "Gus Guesser");
    for (int attempt = 1; attempt <= 5; attempt++) {
      ClusterNode node = attempt % 2 == 0 ? nodeA : nodeB;
      assertEquals(401, signIn(node, apprentice, "guess-" + attempt), "attempt " + attempt);
    }
    assertEquals(429, signIn(nodeA, apprentice, Api.DEMO_PASSWORD));
    assertEquals(429, signIn(nodeB, apprentice, Api.DEMO_PASSWORD));
  }

  /**
   * Behind a balancer that sends each request to the other node, an apprentice adds evidence: the
   * form posted to one node is read by the other, and the message after the redirect, carried in
   * the flash cookie, is shown by the node that did not write it.
   */
  @Test
  void everyRequestOnTheOtherNodeAndNothingIsLost() throws Exception {
    String apprentice = TestCentre.create().add("APPRENTICE", "Alec Alternating");
    try (Balancer balancer = new Balancer(nodeA.uri(), nodeB.uri())) {
      browser.desktopSize();
      browser.signIn(balancer.url(), apprentice);
      WebDriver driver = browser.driver();
      driver.get(balancer.url() + "app/portfolio/evidence.xhtml");
      new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Reflective account");
      driver.findElement(By.id("evidenceTitle")).sendKeys("What I learnt on the tills");
      browser.setValue(driver.findElement(By.id("occurredOn")), "2026-10-12");
      driver.findElement(By.id("occasion")).sendKeys("Saturday shift");
      driver.findElement(By.id("body")).sendKeys("I told each customer how long the wait was.");
      driver.findElement(By.id("addEvidence")).click();
      browser
          .waiting()
          .until(d -> d.getPageSource().contains("Added \"What I learnt on the tills\""));
      browser.screenshot("cluster-alternating-evidence-added");
      assertEquals(List.of(), browser.accessibilityViolations());
    }
  }

  /**
   * The nodes keep progress reports for 600 s for centres whose code starts CACHED (failsafe's
   * environment): a decision made on A shows at once on B's centre dashboard, which had kept its
   * report from before.
   */
  @Test
  void aDecisionOnOneNodeIsOnTheOtherNodesDashboardAtOnce() throws Exception {
    Api onA = new Api(nodeA.uri().toURL());
    Api onB = new Api(nodeB.uri().toURL());
    JudgingFixture fixture = JudgingFixture.create(onA, TestCentre.create("CACHED"));
    String admin = onB.token(fixture.centre().admin());
    ProgressCacheIT.cohortOf(onA, fixture, admin);
    int before = ProgressCacheIT.centreC6Share(onB, admin);
    assertEquals(before, ProgressCacheIT.centreC6Share(onB, admin), "kept on B");

    JsonObject decision = JudgingFixture.returnedWithOneCriterionMet();
    Api.Reply decided =
        onA.post(fixture.decisionPath(), decision.toString(), onA.token(fixture.assessor()));
    assertEquals(201, decided.status(), decided.body());

    assertTrue(
        ProgressCacheIT.centreC6Share(onB, admin) > before,
        "B's dashboard shows A's decision at once");
  }

  /**
   * Kills node A while twenty people work across both nodes through the API and an apprentice edits
   * in a browser on A. Every request the survivor answers succeeds; every save either node
   * acknowledged is in the database, whole; the apprentice's unsaved stages are saved on B. It runs
   * last, and were it not, the next test would start A again.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void whenANodeDiesNobodyLosesWhatWasAcknowledgedOrWhatTheyWereEditing() throws Exception {
    WorkingDay day = new WorkingDay(nodeA.uri(), nodeB.uri());
    day.start();
    String apprentice = TestCentre.create().add("APPRENTICE", "Fay Failover");
    try (Balancer balancer = new Balancer(nodeA.uri())) {
      URL app = balancer.url();
      browser.desktopSize();
      browser.signIn(app, apprentice);
      WebDriver driver = browser.driver();
      driver.findElement(By.linkText("Your portfolio")).click();
      driver.findElement(By.id("newAssessment")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/app/portfolio/assessment.xhtml"));
      driver.findElement(By.cssSelector(".section-nav a[data-section='sec-process']")).click();
      for (int stage = 1; stage <= 2; stage++) {
        driver.findElement(By.id("addStage")).click();
        int count = stage;
        browser
            .waiting()
            .until(
                d -> d.findElements(By.cssSelector("#sec-process details.stage")).size() >= count);
      }
      settle(driver);

      nodeA.kill();
      day.firstNodeGone();
      balancer.pointAt(nodeB.uri());

      List<WebElement> stages = driver.findElements(By.cssSelector("#sec-process details.stage"));
      for (int i = 0; i < stages.size(); i++) {
        WebElement name = stages.get(i).findElement(By.cssSelector("[id$=':stageName']"));
        if (!name.isDisplayed()) {
          stages.get(i).findElement(By.tagName("summary")).click();
        }
        name.sendKeys("Stage written after the failover " + (i + 1));
      }
      driver.findElement(By.id("save")).click();
      settle(driver);
      browser.screenshot("cluster-failover-saved-on-node-b");
      browser.phoneSize();
      browser.screenshot("cluster-failover-saved-on-node-b-phone");
      browser.desktopSize();
      assertEquals(List.of(), browser.accessibilityViolations());

      String content = content(apprentice);
      assertTrue(content.contains("Stage written after the failover 1"), content);
      assertTrue(content.contains("Stage written after the failover 2"), content);
      driver.navigate().refresh();
      assertEquals(
          2,
          driver.findElements(By.cssSelector("#sec-process details.stage")).size(),
          "both stages added on A are there after the save on B");
    }
    Thread.sleep(3_000);
    day.finish();

    String survivor = nodeB.uri().toString();
    List<WorkingDay.Request> failed =
        day.requests.stream()
            .filter(r -> r.status() != 0 && (r.status() < 200 || r.status() > 299))
            .toList();
    assertEquals(List.of(), failed, "every answer, from either node, is a success");
    assertEquals(
        List.of(),
        day.requests.stream().filter(r -> r.node().equals(survivor) && r.status() == 0).toList(),
        "the survivor answered everything it was sent");
    assertTrue(
        day.requests.stream().filter(r -> r.node().equals(survivor)).count() > 50,
        "the survivor carried the work: " + day.requests.size() + " requests");
    for (Map.Entry<String, WorkingDay.Drafts> entry : day.drafts.entrySet()) {
      WorkingDay.Drafts drafts = entry.getValue();
      String stored = content(entry.getKey());
      String title =
          Json.createReader(new StringReader(stored)).readObject().getString("title", null);
      List<String> sent = List.copyOf(drafts.sent);
      assertTrue(sent.contains(title), "whole, and one that was sent: " + title);
      if (drafts.acknowledged != null) {
        assertTrue(
            sent.indexOf(title) >= sent.indexOf(drafts.acknowledged),
            entry.getKey()
                + " kept "
                + title
                + ", older than the acknowledged "
                + drafts.acknowledged);
      }
    }
    for (long version : day.decided.values()) {
      assertEquals(
          1, TestDatabase.count("select count(*) from review where version_id = ?", version));
    }
    assertTrue(day.decided.size() > 0, "judgements were made");
  }

  private static String content(String apprentice) throws java.sql.SQLException {
    return TestDatabase.text(
        "select a.content from risk_assessment a join app_user u on u.id = a.apprentice_id"
            + " where u.username = ?",
        apprentice);
  }

  /** Waits until no request is on its way and the page says what is on screen is saved. */
  private static void settle(WebDriver driver) {
    browser
        .waiting()
        .until(
            d ->
                (Boolean)
                    browser
                        .driver()
                        .executeScript(
                            "return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && /^Saved at/.test(document.getElementById('saveText').textContent);"));
  }

  private static int signIn(ClusterNode node, String username, String password) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    return new Api(node.uri().toURL()).post("api/auth/token", body, null).status();
  }

  private static boolean signedIn(PageSession page) {
    return page.get("app/home.xhtml").uri().getPath().endsWith("/app/home.xhtml");
  }
}
