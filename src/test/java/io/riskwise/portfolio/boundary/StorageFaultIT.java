package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Browser;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.TestCentre;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The folder for files made read-only, or full, while people upload: each upload is refused with a
 * plain message, no evidence row and no file (whole or partial) is left, and uploads work again
 * once the folder is put right. The faults are real: the test server's storage folder is made
 * immutable ({@code chattr +i}, which binds even root), and a 64 KB file system is mounted over its
 * folder for incoming files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorageFaultIT {
  static final String REFUSED = "The file could not be stored: the server's storage is full";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  static Browser browser;

  @ArquillianResource URL url;
  Api api;
  String apprentice;
  String token;

  @BeforeAll
  static void start() {
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @BeforeEach
  void apprentice() {
    api = new Api(url);
    apprentice = TestCentre.create().add("APPRENTICE", "Stella Storage");
    token = api.token(apprentice);
  }

  @Test
  void aReadOnlyFolderRefusesTheUploadAndKeepsNothing() throws Exception {
    long files = PortfolioApiIT.filesInStorage();
    Api.Reply reply;
    try (Fault fault = Fault.readOnly(PortfolioApiIT.storage())) {
      reply = upload("queue lengths.txt", text(2_000));
    }
    assertRefused(reply);
    assertNothingKept(files);
    assertEquals(201, upload("queue lengths.txt", text(2_000)).status(), "works once put right");
  }

  @Test
  void aFullDiskRefusesTheUploadAndKeepsNothingHalfWritten() throws Exception {
    long files = PortfolioApiIT.filesInStorage();
    Api.Reply reply;
    try (Fault fault = Fault.full(PortfolioApiIT.storage().resolve("incoming"))) {
      reply = upload("queue lengths.txt", text(300_000));
      assertEquals(List.of(), fault.leftInside(), "no partial file");
    }
    assertRefused(reply);
    assertNothingKept(files);
    assertEquals(201, upload("queue lengths.txt", text(300_000)).status(), "works once put right");
  }

  @Test
  void anApprenticeUploadingToAFullDiskIsToldPlainlyAndKeepsWhatTheyTyped() throws Exception {
    long files = PortfolioApiIT.filesInStorage();
    browser.signIn(url, apprentice);
    WebDriver driver = browser.driver();
    driver.get(url + "app/portfolio/evidence.xhtml");
    new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Uploaded file");
    type(By.id("evidenceTitle"), "Saturday queue lengths");
    browser.setValue(driver.findElement(By.id("occurredOn")), "2026-10-12");
    type(By.id("occasion"), "Saturday shift");
    Path file = Files.createTempDirectory("upload").resolve("queue lengths.txt");
    Files.write(file, text(300_000));
    driver.findElement(By.id("file")).sendKeys(file.toString());
    try (Fault fault = Fault.full(PortfolioApiIT.storage().resolve("incoming"))) {
      driver.findElement(By.id("addEvidence")).click();
      browser.waiting().until(d -> !d.findElements(By.cssSelector("#messages li")).isEmpty());
    }
    String message = driver.findElement(By.id("messages")).getText();
    assertTrue(message.contains(REFUSED), message);
    assertTrue(message.contains("Nothing was saved"), message);
    assertEquals(
        "Saturday queue lengths",
        driver.findElement(By.id("evidenceTitle")).getAttribute("value"),
        "what was typed is kept");
    browser.screenshot("portfolio-evidence-storage-full");
    browser.phoneSize();
    browser.screenshot("portfolio-evidence-storage-full-phone");
    browser.desktopSize();
    assertEquals(List.of(), browser.accessibilityViolations());
    assertNothingKept(files);

    driver.findElement(By.id("file")).sendKeys(file.toString());
    driver.findElement(By.id("addEvidence")).click();
    browser.waiting().until(d -> d.getPageSource().contains("Added \"Saturday queue lengths\""));
    assertEquals(1, PortfolioApiIT.evidenceCount(apprentice), "works once put right");
  }

  void assertRefused(Api.Reply reply) {
    assertEquals(507, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.body());
    assertTrue(reply.json().getString("detail").startsWith(REFUSED), reply.body());
  }

  void assertNothingKept(long filesBefore) throws Exception {
    assertEquals(0, PortfolioApiIT.evidenceCount(apprentice), "no evidence row");
    assertEquals(filesBefore, PortfolioApiIT.filesInStorage(), "no file kept");
    try (Stream<Path> incoming = Files.list(PortfolioApiIT.storage().resolve("incoming"))) {
      assertEquals(List.of(), incoming.toList(), "no temporary file left");
    }
  }

  Api.Reply upload(String name, byte[] content) {
    return api.send(
        new Multipart()
            .field("title", "Queue lengths")
            .field("occurredOn", "2026-10-01")
            .field("occasion", "Saturday shift")
            .file("file", name, "text/plain", content)
            .post(
                api.builder("api/portfolio/evidence", token)
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .expectContinue(true)));
  }

  void type(By field, String text) {
    browser.driver().findElement(field).clear();
    browser.driver().findElement(field).sendKeys(text);
  }

  /** Plain text of the given size, different for every call so no earlier file has its digest. */
  static byte[] text(int size) {
    String line = "Queue length at " + System.nanoTime() + ": 14, 12, 5, 4\n";
    return line.repeat(size / line.length() + 1)
        .substring(0, size)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A fault on a real folder, put right on close. */
  static final class Fault implements AutoCloseable {
    private final Path folder;
    private final List<String> undo;

    private Fault(Path folder, List<String> undo) {
      this.folder = folder;
      this.undo = undo;
    }

    /** The folder and everything in it cannot be changed, not even by root. */
    static Fault readOnly(Path folder) throws Exception {
      Files.createDirectories(folder.resolve("incoming"));
      run("chattr", "-R", "+i", folder.toString());
      return new Fault(folder, List.of("chattr", "-R", "-i", folder.toString()));
    }

    /** A 64 KB file system mounted over the folder: it is full after 64 KB. */
    static Fault full(Path folder) throws Exception {
      Files.createDirectories(folder);
      run("mount", "-t", "tmpfs", "-o", "size=64k", "riskwise-full-test", folder.toString());
      return new Fault(folder, List.of("umount", folder.toString()));
    }

    List<Path> leftInside() throws IOException {
      try (Stream<Path> files = Files.list(folder)) {
        return files.toList();
      }
    }

    @Override
    public void close() throws Exception {
      run(undo.toArray(String[]::new));
    }

    private static void run(String... command) throws Exception {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(
          0,
          process.waitFor(),
          String.join(" ", command)
              + " failed (this test needs root, as CI runs, to make a real fault): "
              + output);
    }
  }
}
