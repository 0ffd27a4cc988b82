package io.riskwise.platform.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownloadsTest {

  @ParameterizedTest(name = "{0} asked inline is {1}")
  @CsvSource({
    "image/jpeg, inline",
    "image/png, inline",
    "IMAGE/PNG, inline",
    "image/webp, inline",
    "application/pdf, inline",
    "text/html, attachment",
    "image/svg+xml, attachment",
    "text/csv, attachment",
    "application/msword, attachment",
    "text/plain, attachment"
  })
  void onlyImagesAndPdfsAreEverShownInTheBrowser(String type, String disposition) {
    var headers = Downloads.headers(type, "photo.x", true);
    assertTrue(headers.get("Content-Disposition").startsWith(disposition + ";"));
    assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    assertTrue(headers.get("Content-Security-Policy").startsWith("sandbox;"));
    assertTrue(
        headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"),
        "no other page may frame a file");
  }

  @ParameterizedTest(name = "{0} not asked inline is an attachment")
  @CsvSource({"image/png", "application/pdf"})
  void everythingIsAnAttachmentUnlessAskedOtherwise(String type) {
    assertTrue(
        Downloads.headers(type, "photo.x", false)
            .get("Content-Disposition")
            .startsWith("attachment;"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Café log.pdf, attachment; filename=\"Cafe log.pdf\"; filename*=UTF-8''Caf%C3%A9%20log.pdf",
    "Queue – 2*.pdf, attachment; filename=\"Queue _ 2*.pdf\"; filename*=UTF-8''Queue%20%E2%80%93%202%2A.pdf",
    "a\"b.pdf, attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf"
  })
  void fileNamesAreGivenInAsciiAndInFull(String name, String header) {
    assertEquals(header, Downloads.contentDisposition(name));
  }

  @ParameterizedTest(name = "{0} of {1} is saved as {2}")
  @CsvSource({
    "Till and refunds risk assessment, 2026-11-30, Till-and-refunds-risk-assessment-2026-11-30.pdf",
    "Portfolio Ann Example, 2026-12-02, Portfolio-Ann-Example-2026-12-02.pdf",
    "  Café: tills / “queues”!  , 2026-01-05, Café-tills-queues-2026-01-05.pdf",
    "O'Neill & Sons (2), 2026-01-05, O-Neill-Sons-2-2026-01-05.pdf",
    "'', 2026-01-05, 2026-01-05.pdf",
    "?!, 2026-01-05, 2026-01-05.pdf"
  })
  void downloadsAreNamedAfterWhatTheyAreAndTheirDate(String name, LocalDate date, String file) {
    assertEquals(file, Downloads.fileName(name, date, "pdf"));
  }
}
