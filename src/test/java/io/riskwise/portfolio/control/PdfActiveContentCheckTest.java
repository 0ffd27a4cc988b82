package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfActiveContentCheckTest {
  @TempDir Path folder;
  final PdfActiveContentCheck check = new PdfActiveContentCheck();

  @Test
  void anOrdinaryPdfIsAccepted() throws IOException {
    assertDoesNotThrow(() -> check.check(file(pdf(writer -> {}, false))));
    assertDoesNotThrow(() -> check.check(file(pdf(writer -> {}, true))));
    assertDoesNotThrow(
        () ->
            check.check(
                file(
                    pdf(
                        w -> {
                          w.setOpenAction(
                              PdfAction.gotoLocalPage(
                                  1, new PdfDestination(PdfDestination.FIT), w));
                          w.addAnnotation(
                              new PdfAnnotation(
                                  w, 10, 10, 100, 100, new PdfAction("https://example.org/")));
                        },
                        false))),
        "opening at page 1 and an ordinary link are fine");
  }

  @Test
  void aPdfThatRunsJavaScriptWhenOpenedIsRefusedWithAPlainWayOut() throws IOException {
    UploadCheck.Refused refused =
        refused(pdf(w -> w.setOpenAction(PdfAction.javaScript("app.alert('hi')", w)), false));
    assertEquals(415, refused.status());
    assertEquals(
        "This PDF contains JavaScript, which could run on an assessor's computer, so it is not"
            + " accepted. Save it again as a plain PDF (for example with \"Print to PDF\") and"
            + " upload that.",
        refused.getMessage());
  }

  @Test
  void javaScriptInTheDocumentsNameTreeIsRefused() throws IOException {
    assertTrue(
        refused(pdf(w -> w.addJavaScript("app.alert('hi')"), false))
            .getMessage()
            .contains("JavaScript"));
  }

  @Test
  void javaScriptHiddenInACompressedObjectStreamIsFoundByTheParser() throws IOException {
    byte[] plain = inObjectStream("<</Type/Catalog/Pages 3 0 R>>");
    assertDoesNotThrow(() -> check.check(file(plain)));
    byte[] pdf =
        inObjectStream(
            "<</Type/Catalog/Pages 3 0 R/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>");
    assertEquals(Optional.empty(), PdfActiveContentCheck.scanned(pdf), "a byte scan misses it");
    assertTrue(refused(pdf).getMessage().contains("JavaScript"));
  }

  @Test
  void anObjectStreamThatWouldUnpackToAMemoryBombIsRefusedBeforeTheParserInflatesIt()
      throws IOException {
    int padding = (int) PdfActiveContentCheck.MAX_STRUCTURE_BYTES + 1024;
    byte[] bomb = inObjectStream("<</Type/Catalog/Pages 3 0 R>>", padding);
    assertTrue(bomb.length < 200 * 1024, "small on the wire: " + bomb.length);
    UploadCheck.Refused refused = refused(bomb);
    assertEquals(413, refused.status());
    assertTrue(refused.getMessage().contains("far more than its size"), refused.getMessage());
    assertDoesNotThrow(
        () -> check.check(file(inObjectStream("<</Type/Catalog/Pages 3 0 R>>", 1024 * 1024))),
        "a megabyte of objects is fine");
  }

  @Test
  void aLinkThatLaunchesAProgramIsRefused() throws IOException {
    byte[] pdf =
        pdf(
            w ->
                w.addAnnotation(
                    new PdfAnnotation(
                        w, 10, 10, 100, 100, PdfAction.createLaunch("calc.exe", null, null, null))),
            false);
    assertTrue(refused(pdf).getMessage().contains("an action that starts a program"));
  }

  @Test
  void aFileAttachedInsideIsRefused() throws IOException {
    byte[] pdf =
        pdf(
            w -> {
              try {
                w.addFileAttachment(
                    "tool", "MZ".getBytes(StandardCharsets.US_ASCII), null, "tool.exe");
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            },
            false);
    assertTrue(refused(pdf).getMessage().contains("files attached inside it"));
  }

  @Test
  void namesSpelledWithHexEscapesAreStillRecognised() {
    String launch =
        "%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R/OpenAction<</S/L#61unch/F(calc.exe)>>>>\n"
            + "endobj\n2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
            + "trailer\n<</Root 1 0 R/Size 3>>\n%%EOF\n";
    assertTrue(
        refused(launch.getBytes(StandardCharsets.US_ASCII))
            .getMessage()
            .contains("an action that starts a program"));
  }

  @Test
  void aPdfThatCannotBeParsedIsRefusedAsDamaged() {
    UploadCheck.Refused refused =
        refused("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals(415, refused.status());
    assertTrue(refused.getMessage().startsWith("This PDF is damaged"), refused.getMessage());
  }

  UploadCheck.Refused refused(byte[] pdf) {
    return assertThrows(UploadCheck.Refused.class, () -> check.check(file(pdf)));
  }

  Path file(byte[] pdf) throws IOException {
    return Files.write(Files.createTempFile(folder, "upload", ".pdf"), pdf);
  }

  /**
   * A PDF 1.5 whose catalog (object 2) and page tree (object 3) are compressed together in an
   * object stream (object 1), found through a cross-reference stream (object 4).
   */
  static byte[] inObjectStream(String catalog) throws IOException {
    return inObjectStream(catalog, 0);
  }

  /** As above, with {@code padding} spaces after the objects, which the parser must inflate too. */
  static byte[] inObjectStream(String catalog, int padding) throws IOException {
    String pages = "<</Type/Pages/Kids[]/Count 0>>";
    String header = "2 0 3 " + (catalog.length() + 1) + " ";
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
      out.write((header + catalog + "\n" + pages).getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = new byte[64 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int written = 0; written < padding; written += spaces.length) {
        out.write(spaces, 0, Math.min(spaces.length, padding - written));
      }
    }
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.write("%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII));
    int objectStream = pdf.size();
    pdf.write(
        ("1 0 obj\n<</Type/ObjStm/N 2/First "
                + header.length()
                + "/Filter/FlateDecode/Length "
                + deflated.size()
                + ">>stream\n")
            .getBytes(StandardCharsets.US_ASCII));
    deflated.writeTo(pdf);
    pdf.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    int xref = pdf.size();
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    int[][] entries = {{0, 0, 65535}, {1, objectStream, 0}, {2, 1, 0}, {2, 1, 1}, {1, xref, 0}};
    for (int[] entry : entries) {
      rows.write(entry[0]);
      for (int shift = 24; shift >= 0; shift -= 8) {
        rows.write(entry[1] >>> shift);
      }
      rows.write(entry[2] >>> 8);
      rows.write(entry[2]);
    }
    ByteArrayOutputStream xrefStream = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(xrefStream)) {
      rows.writeTo(out);
    }
    pdf.write(
        ("4 0 obj\n<</Type/XRef/Size 5/W[1 4 2]/Root 2 0 R/Filter/FlateDecode/Length "
                + xrefStream.size()
                + ">>stream\n")
            .getBytes(StandardCharsets.US_ASCII));
    xrefStream.writeTo(pdf);
    pdf.write(
        ("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII));
    return pdf.toByteArray();
  }

  /** A one-page PDF with what {@code extra} adds; compressed puts objects in object streams. */
  static byte[] pdf(Consumer<PdfWriter> extra, boolean compressed) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, bytes);
    if (compressed) {
      writer.setFullCompression();
    }
    document.open();
    document.add(new Paragraph("Queue lengths on Saturday: 14, 12, 5, 4"));
    extra.accept(writer);
    document.close();
    return bytes.toByteArray();
  }
}
