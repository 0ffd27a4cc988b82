package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfWriter;
import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.TestCentre;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The upload probes of issue 15 (ASVS 5.0 V5), through the real API: a disguised or blank file
 * name, an Office file that is a zip bomb, one that packs an archive or a path outside itself, and
 * a PDF that runs JavaScript or launches a program are each refused with a plain message, leaving
 * no evidence row and no file; an ordinary PDF and Word document still go in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadSecurityIT {
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;
  Api api;
  String apprentice;
  String token;

  @BeforeEach
  void apprentice() {
    api = new Api(url);
    apprentice = TestCentre.create().add("APPRENTICE", "Una Upload");
    token = api.token(apprentice);
  }

  record Probe(String name, byte[] content, int status, String says) {}

  @Test
  void disguisedAndDangerousUploadsAreRefusedWithAPlainMessageAndNothingKept() throws Exception {
    byte[] text = "Queue lengths: 14, 12, 5, 4".getBytes(StandardCharsets.UTF_8);
    List<Probe> probes =
        List.of(
            new Probe("report\u202Efdp.txt", text, 400, "hidden character (U+202E)"),
            new Probe("minutes\u200B.txt", text, 400, "hidden character (U+200B)"),
            new Probe("   .txt", text, 400, "at least one letter or number"),
            new Probe(" . .txt", text, 400, "at least one letter or number"),
            new Probe("briefing.docx", zipBomb(), 413, "more than 100 MB"),
            new Probe("briefing.docx", manyParts(1001), 413, "more than 1000 parts"),
            new Probe(
                "briefing.docx",
                docx("word/media/image1.png", zip()),
                415,
                "archive (such as a zip"),
            new Probe("briefing.docx", docx("../../evil.xml", text), 415, "outside it"),
            new Probe(
                "risk log.pdf",
                pdf(w -> w.setOpenAction(PdfAction.javaScript("app.alert('hi')", w))),
                415,
                "This PDF contains JavaScript"),
            new Probe(
                "risk log.pdf",
                pdf(w -> w.setOpenAction(PdfAction.createLaunch("calc.exe", null, null, null))),
                415,
                "an action that starts a program"),
            new Probe(
                "risk log.pdf",
                "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                415,
                "damaged"));
    long files = filesInStorage();
    for (Probe probe : probes) {
      Api.Reply reply = upload(probe.name(), probe.content());
      String what = probe.name() + " (" + probe.says() + "): " + reply.body();
      assertEquals(probe.status(), reply.status(), what);
      assertTrue(reply.contentType().startsWith("application/problem+json"), what);
      String detail = reply.json().getString("detail");
      assertTrue(detail.contains(probe.says()), what);
      assertFalse(detail.contains("Exception") || detail.contains("\tat "), what);
      assertTrue(
          detail.codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT),
          "the message never echoes a hidden character: " + what);
    }
    assertEquals(
        "This PDF contains JavaScript, which could run on an assessor's computer, so it is not"
            + " accepted. Save it again as a plain PDF (for example with \"Print to PDF\") and"
            + " upload that.",
        upload("risk log.pdf", pdf(w -> w.addJavaScript("app.alert('hi')")))
            .json()
            .getString("detail"));

    assertEquals(0, evidenceCount(), "no evidence row");
    assertEquals(files, filesInStorage(), "no file kept");
    try (Stream<Path> incoming = Files.list(storage().resolve("incoming"))) {
      assertEquals(0, incoming.count(), "no temporary file left");
    }
  }

  @Test
  void anOrdinaryPdfAndWordDocumentStillGoIn() throws Exception {
    Api.Reply pdf = upload("Risk log.pdf", pdf(w -> {}));
    assertEquals(201, pdf.status(), pdf.body());
    assertEquals("application/pdf", pdf.json().getJsonObject("file").getString("type"));

    Api.Reply docx = upload("Briefing notes.docx", docx("word/media/note.txt", new byte[] {'x'}));
    assertEquals(201, docx.status(), docx.body());
    assertEquals(DOCX, docx.json().getJsonObject("file").getString("type"));
    assertEquals(2, evidenceCount());
  }

  Api.Reply upload(String name, byte[] content) {
    return api.send(
        new Multipart()
            .field("title", "Evidence from the Saturday shift")
            .field("occurredOn", "2026-10-01")
            .field("occasion", "Saturday shift")
            .file("file", name, "application/octet-stream", content)
            .post(
                api.builder("api/portfolio/evidence", token)
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .expectContinue(true)));
  }

  long evidenceCount() throws Exception {
    return PortfolioApiIT.evidenceCount(apprentice);
  }

  static Path storage() {
    return PortfolioApiIT.storage();
  }

  static long filesInStorage() throws IOException {
    return PortfolioApiIT.filesInStorage();
  }

  /** 150 MB of zeros in word/document.xml: about 150 KB on the wire. */
  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      contentTypes(zip);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] block = new byte[1024 * 1024];
      for (int i = 0; i < 150; i++) {
        zip.write(block);
      }
    }
    return bytes.toByteArray();
  }

  static byte[] manyParts(int count) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      contentTypes(zip);
      for (int i = 0; i < count; i++) {
        zip.putNextEntry(new ZipEntry("word/p" + i + ".xml"));
        zip.write('x');
      }
    }
    return bytes.toByteArray();
  }

  /** A Word document, as Tika recognises one, with one more part. */
  static byte[] docx(String part, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      contentTypes(zip);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(part));
      zip.write(content);
    }
    return bytes.toByteArray();
  }

  static void contentTypes(ZipOutputStream zip) throws IOException {
    zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
    zip.write(
        ("<?xml version=\"1.0\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>")
            .getBytes(StandardCharsets.UTF_8));
  }

  static byte[] zip() throws IOException {
    return PortfolioApiIT.zip();
  }

  static byte[] pdf(Consumer<PdfWriter> extra) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, bytes);
    document.open();
    document.add(new Paragraph("Risk log for the Saturday tills"));
    extra.accept(writer);
    document.close();
    return bytes.toByteArray();
  }
}
