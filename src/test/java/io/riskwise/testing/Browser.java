package io.riskwise.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver: no tool downloads a browser. Offers
 * the page checks every browser test makes: a screenshot under target/screenshots and an axe-core
 * accessibility check. Each of these, and closing the browser, also fails the test if the browser
 * refused anything under the Content-Security-Policy since the last check (read from Chromium's
 * console, which reports every refusal, including those during page load and after navigation).
 */
public final class Browser implements AutoCloseable {
  private static final String CHROMIUM =
      System.getProperty("riskwise.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("riskwise.chromedriver", "/usr/bin/chromedriver");
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final ChromeDriver driver;
  private final Path screenshots =
      Path.of(System.getProperty("riskwise.screenshots", "target/screenshots"));
  private final Path downloads;
  private final List<String> refusals = new java.util.ArrayList<>();

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--window-size=1280,900");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    try {
      downloads = Files.createTempDirectory("riskwise-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  /** Starts a fresh session as a demo user and waits for their home page. */
  public void signIn(java.net.URL app, String username) {
    driver.manage().deleteAllCookies();
    driver.get(app + "sign-in.xhtml");
    driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
    driver
        .findElement(org.openqa.selenium.By.id("password"))
        .sendKeys("riskwise-demo", org.openqa.selenium.Keys.ENTER);
    waiting()
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/app/home.xhtml"));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Waits up to 20 s. Chromium sometimes reports an element replaced by an AJAX update while it is
   * being read as an "inspector error" rather than a stale element; the wait reads it again.
   */
  public WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  public void phoneSize() {
    driver.manage().window().setSize(new Dimension(390, 844));
  }

  public void desktopSize() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  public Path screenshot(String name) {
    assertNoContentSecurityRefusals();
    try {
      Files.createDirectories(screenshots);
      Path target = screenshots.resolve(name + ".png");
      Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Screenshots of the whole page, however long, in parts of at most 1,400 px each, so that each
   * reads at full size: name-1.png, name-2.png and so on.
   */
  public List<Path> wholePageScreenshots(String name) {
    assertNoContentSecurityRefusals();
    long width = (Long) driver.executeScript("return document.documentElement.clientWidth");
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    List<Path> parts = new java.util.ArrayList<>();
    try {
      Files.createDirectories(screenshots);
      for (long top = 0; top < height; top += 1400) {
        Map<String, Object> clip =
            Map.of(
                "x",
                0,
                "y",
                top,
                "width",
                width,
                "height",
                Math.min(1400, height - top),
                "scale",
                1);
        Map<String, Object> shot =
            driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path part = screenshots.resolve(name + "-" + (parts.size() + 1) + ".png");
        Files.write(part, Base64.getDecoder().decode((String) shot.get("data")));
        parts.add(part);
      }
      return parts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a file the browser downloads whose name ends so, and gives its path. */
  public Path downloaded(String suffix) {
    return waiting()
        .until(
            d -> {
              try (var files = Files.list(downloads)) {
                return files
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Sets a field's value as if typed, e.g. a date input, whose typing depends on the locale. */
  public void setValue(org.openqa.selenium.WebElement field, String value) {
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        field,
        value);
  }

  /** The serious and critical WCAG 2.2 AA violations axe-core finds on the current page. */
  public List<String> accessibilityViolations() {
    assertNoContentSecurityRefusals();
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(Browser::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
  }

  /**
   * What the browser refused under the Content-Security-Policy since the last look: a script,
   * style, image or form target the policy does not allow. Each is reported once.
   */
  public List<String> contentSecurityRefusals() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getMessage().contains("Content Security Policy")) {
        refusals.add(entry.getMessage());
      }
    }
    List<String> found = List.copyOf(refusals);
    refusals.clear();
    return found;
  }

  /** Fails if the page did anything the Content-Security-Policy refused: it would not work. */
  public void assertNoContentSecurityRefusals() {
    List<String> found = contentSecurityRefusals();
    if (!found.isEmpty()) {
      throw new AssertionError(
          "The Content-Security-Policy refused on "
              + driver.getCurrentUrl()
              + ":\n"
              + String.join("\n", found));
    }
  }

  @Override
  public void close() {
    try {
      assertNoContentSecurityRefusals();
    } finally {
      driver.quit();
    }
  }
}
