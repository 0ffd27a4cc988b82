package io.riskwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Browser;
import io.riskwise.testing.Crawler;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * No page answers 500 for anything a person can click or type. Each demo role signs in in the
 * browser; with that session, every link and download reachable from their home page is followed
 * (up to a few hundred), then every page with a query is asked again with each parameter set to
 * another centre's ids, 0, -1, 99999999 and "abc". Any 5xx, any stack trace and any page naming the
 * other centre fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCrawlBrowserIT {
  private static final int MAX_PAGES = 400;
  private static final int MAX_PER_PATH = 12;

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

  @ParameterizedTest(name = "{0}: every reachable page and download answers without a fault")
  @CsvSource({
    "apprentice2, Riverside Training Centre, Northgate Skills Academy",
    "assessor1, Riverside Training Centre, Northgate Skills Academy",
    "iqa1, Riverside Training Centre, Northgate Skills Academy",
    "admin1, Riverside Training Centre, Northgate Skills Academy",
    "eqa1, Riverside Training Centre, Northgate Skills Academy",
    "northgate-admin, Northgate Skills Academy, Riverside Training Centre"
  })
  void everyLinkAndTamperedAddressAnswersWithoutAFault(
      String username, String centre, String otherCentre) throws SQLException {
    browser.signIn(url, username);
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    Crawler crawler = new Crawler(URI.create(url.toString()), cookies, MAX_PAGES, MAX_PER_PATH);

    crawler.crawl("app/home.xhtml", otherCentre);
    int followed = crawler.visited().size();
    List<String> values = new ArrayList<>(idsOfTheCentreThatIsNot(centre));
    values.addAll(List.of("0", "-1", "99999999", "abc"));
    crawler.tamper(values, otherCentre);

    System.out.printf(
        "%s: followed %d links, asked %d tampered addresses%n",
        username, followed, crawler.visited().size() - followed);
    assertTrue(followed >= 8, username + " reached only " + crawler.visited().keySet());
    assertEquals(List.of(), crawler.faults(), username + " met faults");
  }

  @Test
  void aFormWhosePageHasExpiredLeadsToTheExpiredPage() {
    browser.signIn(url, "apprentice1");
    var driver = browser.driver();
    driver.get(url + "app/notifications.xhtml");
    driver.executeScript(
        "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
            + ".forEach(i => i.value = 'gone');");
    driver.findElement(By.id("signOutForm:signOut")).click();

    browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Your page had expired"));
    assertTrue(driver.getCurrentUrl().endsWith("/error/expired.xhtml"));
  }

  /** An apprentice, cohort, risk assessment, submitted version and evidence item elsewhere. */
  private static List<String> idsOfTheCentreThatIsNot(String centre) throws SQLException {
    String elsewhere = "(select id from centre where name <> '" + centre.replace("'", "''") + "')";
    String apprentices =
        "(select u.id from app_user u join user_role r on r.user_id = u.id"
            + " where r.role = 'APPRENTICE' and u.centre_id in "
            + elsewhere
            + ")";
    List<String> ids = new ArrayList<>();
    for (String sql :
        List.of(
            "select coalesce(max(id), 0) from app_user where id in " + apprentices,
            "select coalesce(max(id), 0) from cohort where centre_id in " + elsewhere,
            "select coalesce(max(id), 0) from risk_assessment where apprentice_id in "
                + apprentices,
            "select coalesce(max(v.id), 0) from assessment_version v join risk_assessment a"
                + " on a.id = v.assessment_id where a.apprentice_id in "
                + apprentices,
            "select coalesce(max(id), 0) from evidence_item where apprentice_id in "
                + apprentices)) {
      long id = TestDatabase.count(sql);
      if (id > 0) {
        ids.add(Long.toString(id));
      }
    }
    return ids;
  }
}
