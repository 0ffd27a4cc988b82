package io.riskwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.assessment.boundary.JudgingFixture;
import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.Module;
import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Content;
import io.riskwise.testing.Deployments;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A phone is enough: at 390 x 844 every page an apprentice uses (the risk assessment editor aside,
 * which has its own tests) fits the screen without sideways scrolling, every control is a tap
 * target of at least 24 x 24 px or has room around it (WCAG 2.5.8), and axe-core finds nothing
 * serious. Screenshots of each whole page are kept as phone-*.png to be looked at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneBrowserIT {

  /**
   * What is wrong with the page on this screen: sideways scrolling, the outermost elements that
   * reach past its right edge (those inside a region that scrolls or clips on its own aside), and
   * tap targets under 24 x 24 px whose 24 px circle would touch another target's. Links inside a
   * sentence are exempt, as WCAG allows.
   */
  private static final String PROBLEMS =
      """
      const width = document.documentElement.clientWidth;
      const problems = [];
      if (document.documentElement.scrollWidth > width) {
        problems.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
      }
      const describe = e => {
        let name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
        if (!e.id && typeof e.className === 'string' && e.className.trim()) {
          name += '.' + e.className.trim().split(/\\s+/).join('.');
        }
        const text = (e.innerText || e.value || e.getAttribute('aria-label') || '')
            .trim().replace(/\\s+/g, ' ').slice(0, 50);
        return text ? name + ' "' + text + '"' : name;
      };
      const shown = e => {
        const r = e.getBoundingClientRect();
        return getComputedStyle(e).visibility !== 'hidden' && r.width > 1 && r.height > 1;
      };
      const clipped = e => {
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return true;
        }
        return false;
      };
      const tooWide = new Set();
      for (const e of document.body.querySelectorAll('*')) {
        if (!shown(e) || clipped(e) || e.getBoundingClientRect().right <= width + 0.5) continue;
        tooWide.add(e);
        if (!tooWide.has(e.parentElement)) {
          problems.push('reaches past the right edge (' + Math.round(e.getBoundingClientRect().right)
              + ' px): ' + describe(e));
        }
      }
      const checkable = l => {
        const target = document.getElementById(l.htmlFor);
        return target && (target.type === 'checkbox' || target.type === 'radio');
      };
      const targets = [...document.querySelectorAll(
          'a[href], button, input:not([type=hidden]), select, textarea, summary, label[for]')]
          .filter(e => e.tagName !== 'LABEL' || checkable(e))
          .filter(e => shown(e) && e.getBoundingClientRect().right > 0);
      const inSentence = e => {
        if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') return false;
        let block = e.parentElement;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        const own = e.textContent.replace(/\\s+/g, ' ').trim().length;
        return block.textContent.replace(/\\s+/g, ' ').trim().length > own + 3;
      };
      const rects = targets.map(e => e.getBoundingClientRect());
      const small = rects.map(r => r.width < 23.99 || r.height < 23.99);
      const related = (a, b) => a.contains(b) || b.contains(a)
          || (a.tagName === 'LABEL' && a.htmlFor === b.id)
          || (b.tagName === 'LABEL' && b.htmlFor === a.id);
      targets.forEach((e, i) => {
        if (!small[i] || inSentence(e)) return;
        const x = rects[i].left + rects[i].width / 2;
        const y = rects[i].top + rects[i].height / 2;
        const crowded = targets.some((other, j) => {
          if (j === i || related(e, other)) return false;
          const r = rects[j];
          if (small[j]) {
            return Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2)) < 24;
          }
          const dx = Math.max(r.left - x, 0, x - r.right);
          const dy = Math.max(r.top - y, 0, y - r.bottom);
          return Math.hypot(dx, dy) < 12;
        });
        if (crowded) {
          problems.push('tap target ' + Math.round(rects[i].width) + ' x '
              + Math.round(rects[i].height) + ' px, too close to another: ' + describe(e));
        }
      });
      return problems;
      """;

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
  void everyApprenticePageFitsAPhone() throws SQLException {
    Api api = new Api(url);
    JudgingFixture work = JudgingFixture.create(api);
    work.resubmit(api, "Garden centre tills, Saturdays included");
    browser.phoneSize();
    browser.signIn(url, work.apprentice());

    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (Map.Entry<String, String> page : pages(work).entrySet()) {
      browser.driver().get(url + page.getValue());
      check(page.getKey(), problems);
      if (page.getKey().startsWith("activity-") || page.getKey().startsWith("check-")) {
        WebElement submit = browser.driver().findElement(By.id("submit"));
        submit.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(submit));
        check(page.getKey() + "-answered", problems);
      }
    }

    assertEquals(Map.of(), problems);
  }

  /** Checks the page shown, keeping screenshots of it as phone-{name}-1.png and so on. */
  private static void check(String name, Map<String, List<String>> problems) {
    browser.waiting().until(d -> d.findElement(By.tagName("footer")));
    List<String> found = new ArrayList<>();
    for (Object problem : (List<?>) browser.driver().executeScript(PROBLEMS)) {
      found.add(String.valueOf(problem));
    }
    found.addAll(browser.accessibilityViolations());
    if (browser.driver().getTitle().contains("Something went wrong")) {
      found.add("the error page: the server failed");
    }
    browser.wholePageScreenshots("phone-" + name);
    if (!found.isEmpty()) {
      problems.put(name + " (" + browser.driver().getCurrentUrl() + ")", found);
    }
  }

  /** Every page an apprentice reaches, by a name for its screenshot. */
  private static Map<String, String> pages(JudgingFixture work) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "app/home.xhtml");
    pages.put("notifications", "app/notifications.xhtml");
    pages.put("learning", "app/learning/index.xhtml");
    for (Module module : Content.MODULES) {
      String id = module.id();
      for (int lesson = 1; lesson <= module.lessons().size(); lesson++) {
        pages.put(
            "lesson-" + id + "-" + lesson,
            "app/learning/lesson.xhtml?id=" + id + "&lesson=" + lesson);
      }
      for (Activity activity : module.activities()) {
        pages.put(
            "activity-" + activity.id(),
            "app/learning/activity.xhtml?id=" + id + "&activity=" + activity.id());
      }
      pages.put("check-" + id, "app/learning/check.xhtml?id=" + id);
    }
    pages.put("learning-evidence", "app/learning/evidence.xhtml?id=" + work.apprenticeId());
    pages.put("catalogue", "app/catalogue/index.xhtml");
    pages.put("framework", "app/catalogue/framework.xhtml?id=customer-service");
    pages.put("standard-C6", "app/catalogue/standard.xhtml?code=C6");
    pages.put("standard-INSCS027", "app/catalogue/standard.xhtml?code=INSCS027");
    pages.put("catalogue-search", "app/catalogue/search.xhtml?q=customers");
    pages.put("portfolio", "app/portfolio/index.xhtml");
    pages.put("evidence", "app/portfolio/evidence.xhtml");
    pages.put("grid", "app/portfolio/grid.xhtml");
    pages.put("versions", "app/portfolio/versions.xhtml?id=" + work.assessmentId());
    pages.put("submitted-version", "app/assessment/submission.xhtml?version=" + work.versionId());
    pages.put(
        "unit-C6", "app/assessment/unit.xhtml?apprentice=" + work.apprenticeId() + "&code=C6");
    pages.put(
        "unit-INSCS027",
        "app/assessment/unit.xhtml?apprentice=" + work.apprenticeId() + "&code=INSCS027");
    return pages;
  }
}
