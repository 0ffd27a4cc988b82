package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadCheckTest {
  static final List<String> ALLOWED =
      List.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "text/plain",
          "text/csv",
          "image/jpeg",
          "image/png",
          "audio/mpeg",
          "audio/vnd.wave");
  final UploadCheck check = new UploadCheck(ALLOWED);

  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  MediaType accept(String name, byte[] content) throws IOException {
    return check.checkContent(check.checkName(name), new ByteArrayInputStream(content));
  }

  int refusal(String name, byte[] content) {
    return assertThrows(UploadCheck.Refused.class, () -> accept(name, content)).status();
  }

  @Test
  void documentsImagesTextAndAudioWhoseBytesMatchTheirNamesAreAccepted() throws IOException {
    assertEquals("application/pdf", accept("Risk log.pdf", PDF).toString());
    assertEquals("image/png", accept("counter.png", PNG).toString());
    assertEquals(
        "text/plain",
        accept("notes.txt", "Queue at 9am".getBytes(StandardCharsets.UTF_8)).toString());
    assertEquals(
        "text/csv",
        accept("log.csv", "id,risk\n1,Queue\n".getBytes(StandardCharsets.UTF_8)).toString());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        accept("briefing.docx", officeDocument()).toString());
    byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
    assertEquals("audio/vnd.wave", accept("discussion.wav", wav).toString());
  }

  @Test
  void contentThatIsNotWhatTheNameSaysIsRefused() {
    assertEquals(415, refusal("photo.png", PDF));
    assertEquals(
        415,
        refusal(
            "report.pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        415,
        refusal(
            "notes.txt",
            "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void archivesAndProgramsAreRefusedWhateverTheyAreCalled() throws IOException {
    assertEquals(415, refusal("briefing.docx", zip("notes.txt")));
    assertEquals(415, refusal("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0}));
    assertEquals(415, refusal("report.pdf", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}));
    assertEquals(415, refusal("evidence.zip", zip("a.pdf")));
    UploadCheck.Refused refused =
        assertThrows(UploadCheck.Refused.class, () -> accept("report.docx", zip("a.pdf")));
    assertTrue(refused.getMessage().contains("Archives"), refused.getMessage());
  }

  @Test
  void doubleExtensionsAreRefused() {
    assertEquals(415, refusal("invoice.exe.pdf", PDF));
    assertEquals(415, refusal("photo.pdf.png", PNG));
  }

  @Test
  void aDotInTheNameThatIsNotAnExtensionIsFine() throws IOException {
    assertEquals("application/pdf", accept("minutes v2.1 final.pdf", PDF).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd.pdf",
        "a/b.pdf",
        "a\\b.pdf",
        "C:report.pdf",
        ".hidden.pdf",
        "bad\u0000name.pdf",
        "line\nbreak.pdf"
      })
  void namesWithPathCharactersAreRefused(String name) {
    assertEquals(400, refusal(name, PDF));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "report\u202Efdp.txt",
        "report\u202Dpdf.txt",
        "report\u2066x\u2069.txt",
        "invoice\u200B.pdf",
        "invoice\u00AD.pdf",
        "\uFEFFnotes.txt",
        "notes\u2028.txt",
        "notes\uE000.txt",
        "tab\there.txt",
        "del\u007F.txt"
      })
  void namesWithHiddenOrDirectionChangingCharactersAreRefused(String name) {
    UploadCheck.Refused refused =
        assertThrows(
            UploadCheck.Refused.class,
            () -> accept(name, "Queue at 9am".getBytes(StandardCharsets.UTF_8)));
    assertEquals(400, refused.status());
    assertTrue(refused.getMessage().startsWith("The file name contains a hidden character (U+"));
    assertTrue(
        refused.getMessage().codePoints().allMatch(c -> c >= ' ' && c < 127),
        "the message never echoes the name: " + refused.getMessage());
  }

  @Test
  void theRightToLeftOverrideIsNamedSoTheApprenticeCanFindIt() {
    UploadCheck.Refused refused =
        assertThrows(UploadCheck.Refused.class, () -> check.checkName("report\u202Efdp.txt"));
    assertEquals(
        "The file name contains a hidden character (U+202E) that can make it look like a"
            + " different file; rename the file using only ordinary letters, numbers and"
            + " punctuation.",
        refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"   .txt", " . .txt", "\u00A0\u00A0.pdf", "-_.pdf", " ... "})
  void namesWithNothingBeforeTheExtensionAreRefused(String name) {
    UploadCheck.Refused refused =
        assertThrows(UploadCheck.Refused.class, () -> check.checkName(name));
    assertEquals(400, refused.status());
  }

  @Test
  void namesInOtherScriptsAndWithOrdinaryPunctuationAreFine() {
    assertEquals("text/plain", check.checkName("Café – notes (2).txt").toString());
    assertEquals("text/plain", check.checkName("ملاحظات.txt").toString());
    assertEquals("text/plain", check.checkName("记录.txt").toString());
    assertEquals("application/pdf", check.checkName("1.pdf").toString());
  }

  @Test
  void theWholeFileIsCheckedForZipBombsAndPdfScripts(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    UploadCheck small = new UploadCheck(ALLOWED, new ZipBombCheck(1024 * 1024, 100));
    MediaType docx =
        MediaType.parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    Path bomb =
        Files.write(
            dir.resolve("bomb.docx"),
            ZipBombCheckTest.docx(java.util.Map.of("word/media/x.xml", new byte[2 * 1024 * 1024])));
    assertEquals(
        413, assertThrows(UploadCheck.Refused.class, () -> small.checkInside(docx, bomb)).status());
    Path fine = Files.write(dir.resolve("fine.docx"), officeDocument());
    small.checkInside(docx, fine);

    Path script =
        Files.write(
            dir.resolve("script.pdf"),
            PdfActiveContentCheckTest.pdf(w -> w.addJavaScript("app.alert(1)"), false));
    MediaType pdf = MediaType.application("pdf");
    assertEquals(
        415,
        assertThrows(UploadCheck.Refused.class, () -> small.checkInside(pdf, script)).status());
    small.checkInside(
        pdf, Files.write(dir.resolve("plain.pdf"), PdfActiveContentCheckTest.pdf(w -> {}, false)));
  }

  @Test
  void namesWithoutAnAcceptedExtensionAreRefused() {
    assertEquals(415, refusal("README", PDF));
    assertEquals(415, refusal("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        415,
        refusal(
            "drawing.svg",
            "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] officeDocument() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static byte[] zip(String entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
