package io.riskwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.assessment.boundary.JudgingFixture;
import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Contrast;
import io.riskwise.testing.Deployments;
import java.net.URL;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.interactions.Actions;

/**
 * Form fields can be seen and so can focus: every text field, select and text area has a border of
 * at least 3:1 against what is behind it (WCAG 1.4.11), and everything reached with the Tab key,
 * PrimeFaces' fields and buttons included, shows a ring at least 2 px wide of at least 3:1 against
 * what is behind it, in view and not covered by anything (WCAG 2.4.7, 2.4.11).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FocusBrowserIT {
  private static final String SCRIPT_HELPERS =
      """
      const describe = e => {
        let name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
        const text = (e.innerText || e.value || e.getAttribute('aria-label') || '')
            .trim().replace(/\\s+/g, ' ').slice(0, 40);
        return text ? name + ' "' + text + '"' : name;
      };
      const behind = e => {
        for (let a = e.parentElement; a; a = a.parentElement) {
          const colour = getComputedStyle(a).backgroundColor;
          if (colour !== 'transparent' && !/, 0\\)$/.test(colour)) return colour;
        }
        return 'rgb(255, 255, 255)';
      };
      """;

  /** Each shown field's name, the colour behind it and its four borders: width and colour. */
  private static final String FIELDS =
      SCRIPT_HELPERS
          + """
          const textual = ':not([type=checkbox], [type=radio], [type=file], [type=hidden],'
              + ' [type=submit], [type=button], [type=reset], [type=image], [type=range])';
          return [...document.querySelectorAll('input' + textual + ', select, textarea')]
              .filter(e => e.getBoundingClientRect().width > 1
                  && getComputedStyle(e).visibility !== 'hidden')
              .map(e => {
                const s = getComputedStyle(e);
                return [describe(e), behind(e)].concat(['Top', 'Right', 'Bottom', 'Left']
                    .flatMap(side => [s['border' + side + 'Width'], s['border' + side + 'Color']]));
              });
          """;

  /**
   * What has focus now: its name, the colour behind it, its outline's style, width and colour, its
   * box shadow, and whether it can be seen (in the window, not under something else); "again" once
   * the Tab key has come round to the first element again, null on the page itself.
   */
  private static final String FOCUSED =
      SCRIPT_HELPERS
          + """
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          if (e.dataset.tabbedTo) return 'again';
          e.dataset.tabbedTo = 'yes';
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
          const uncovered = top !== null && (e === top || e.contains(top) || top.contains(e)
              || (top.tagName === 'LABEL' && top.htmlFor === e.id));
          return [describe(e), behind(e), s.outlineStyle, s.outlineWidth, s.outlineColor,
              s.boxShadow, String(inView && uncovered && r.width > 1 && r.height > 1)];
          """;

  /** A box shadow's colour and spread: "rgb(27, 27, 27) 0px 0px 0px 3px". */
  private static final Pattern RING =
      Pattern.compile("(rgba?\\([^)]*\\)) -?[\\d.]+px -?[\\d.]+px [\\d.]+px ([\\d.]+)px");

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
  void fieldsHaveClearBordersAndFocusIsPlainToSee() throws SQLException {
    JudgingFixture work = JudgingFixture.create(new Api(url));
    browser.desktopSize();
    Map<String, List<String>> problems = new LinkedHashMap<>();

    browser.driver().manage().deleteAllCookies();
    check("sign-in", "sign-in.xhtml", problems);
    browser.signIn(url, work.apprentice());
    check("evidence", "app/portfolio/evidence.xhtml", problems);
    check(
        "cost-benefit",
        "app/learning/activity.xhtml?id=cost-benefit-analysis&activity=cost-benefit-calculator",
        problems);
    check(
        "rate-the-risks",
        "app/learning/activity.xhtml?id=assessing-and-classifying-risk&activity=rate-the-risks",
        problems);
    browser.phoneSize();
    check("evidence-phone", "app/portfolio/evidence.xhtml", problems);

    assertEquals(Map.of(), problems);
  }

  /** Checks a page, keeping a screenshot of its first focused field as focus-{name}.png. */
  private void check(String name, String address, Map<String, List<String>> problems) {
    var driver = browser.driver();
    driver.get(url + address);
    browser.waiting().until(d -> d.findElement(By.tagName("footer")));
    List<String> found = new ArrayList<>();

    List<?> fields = (List<?>) driver.executeScript(FIELDS);
    assertTrue(fields.size() >= 2, address + " has the fields this test is about");
    for (Object field : fields) {
      List<?> f = (List<?>) field;
      String background = (String) f.get(1);
      for (int side = 0; side < 4; side++) {
        double width = pixels((String) f.get(2 + 2 * side));
        double contrast = Contrast.ratio((String) f.get(3 + 2 * side), background);
        if (width < 1 || contrast < 3) {
          found.add(String.format("border %.0f px, %.2f:1 of %s", width, contrast, f.get(0)));
          break;
        }
      }
    }

    driver.executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
    int focused = 0;
    boolean shot = false;
    for (int tab = 0; tab < 250; tab++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      Object now = driver.executeScript(FOCUSED);
      if (now == null || now.equals("again")) {
        break;
      }
      focused++;
      List<?> f = (List<?>) now;
      String element = (String) f.get(0);
      if (!shot && (element.startsWith("input") || element.startsWith("select"))) {
        browser.screenshot("focus-" + name);
        shot = true;
      }
      String problem = focusProblem(f);
      if (problem != null) {
        found.add(problem + ": " + f.get(0));
      }
    }
    assertTrue(focused >= 5, address + ": the Tab key reached only " + focused + " elements");
    if (!found.isEmpty()) {
      problems.put(address, found);
    }
  }

  /** What is wrong with the focus indicator described, or null when it is plain to see. */
  private static String focusProblem(List<?> focus) {
    String background = (String) focus.get(1);
    if (!Boolean.parseBoolean((String) focus.get(6))) {
      return "focused but out of sight or covered";
    }
    boolean outline =
        !"none".equals(focus.get(2))
            && pixels((String) focus.get(3)) >= 2
            && Contrast.ratio((String) focus.get(4), background) >= 3;
    Matcher shadow = RING.matcher((String) focus.get(5));
    boolean ring =
        shadow.find()
            && Double.parseDouble(shadow.group(2)) >= 2
            && Contrast.ratio(shadow.group(1), background) >= 3;
    if (outline || ring) {
      return null;
    }
    return String.format(
        "no clear focus ring (outline %s %s %s, box shadow %s, on %s)",
        focus.get(2), focus.get(3), focus.get(4), focus.get(5), background);
  }

  private static double pixels(String css) {
    return Double.parseDouble(css.replace("px", ""));
  }
}
