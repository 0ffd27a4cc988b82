package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBombCheckTest {
  static final int MB = 1024 * 1024;
  @TempDir Path folder;

  /** Small bounds, so the test builds kilobytes rather than the real 100 MB. */
  final ZipBombCheck check = new ZipBombCheck(4 * MB, 50);

  @Test
  void anOrdinaryWordDocumentIsAccepted() throws IOException {
    assertDoesNotThrow(() -> check.check(file(docx(Map.of()))));
    assertDoesNotThrow(() -> new ZipBombCheck().check(file(docx(Map.of()))));
  }

  @Test
  void aDocumentThatInflatesPastTheBoundIsRefused() throws IOException {
    byte[] bomb = docx(Map.of("word/media/blank.xml", zeros(5 * MB)));
    assertTrue(bomb.length < 50 * 1024, "the bomb itself is small: " + bomb.length);
    UploadCheck.Refused refused = refused(bomb);
    assertEquals(413, refused.status());
    assertTrue(refused.getMessage().contains("more than 4 MB"), refused.getMessage());
  }

  @Test
  void aRealSizedZipBombIsRefusedAtTheDefaultBoundOf100Megabytes() throws IOException {
    Path bomb = folder.resolve("bomb.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      contentTypes(zip);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] block = new byte[MB];
      for (int i = 0; i < 300; i++) {
        zip.write(block);
      }
    }
    assertTrue(Files.size(bomb) < 1024 * 1024, "300 MB of zeros packs into under 1 MB");
    UploadCheck.Refused refused =
        assertThrows(UploadCheck.Refused.class, () -> new ZipBombCheck().check(bomb));
    assertTrue(refused.getMessage().contains("more than 100 MB"), refused.getMessage());
  }

  @Test
  void headersThatUnderstateTheSizeAreNotBelieved() throws IOException {
    byte[] bomb = docx(Map.of("word/media/big.xml", zeros(5 * MB)));
    // The central directory's "uncompressed size" of word/media/big.xml, rewritten to 13 bytes.
    byte[] lying = understated(bomb, "word/media/big.xml", 13);
    assertEquals(413, refused(lying).status());
  }

  @Test
  void tooManyEntriesAreRefused() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int i = 0; i < 60; i++) {
      parts.put("word/media/image" + i + ".xml", new byte[] {'<', '/', '>'});
    }
    UploadCheck.Refused refused = refused(docx(parts));
    assertEquals(413, refused.status());
    assertTrue(refused.getMessage().contains("more than 50 parts"), refused.getMessage());
  }

  @Test
  void anArchivePackedInsideIsRefused() throws IOException {
    byte[] inner = zip(Map.of("setup.exe", "MZ".getBytes(StandardCharsets.US_ASCII)));
    UploadCheck.Refused refused = refused(docx(Map.of("word/media/image1.png", inner)));
    assertEquals(415, refused.status());
    assertTrue(refused.getMessage().contains("archive"), refused.getMessage());
    byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0};
    assertEquals(415, refused(docx(Map.of("word/media/data.bin", gzip))).status());
  }

  @Test
  void aChartsSpreadsheetInsideAWordDocumentIsAcceptedButCountsTowardTheBounds()
      throws IOException {
    byte[] workbook =
        zip(Map.of("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
    assertDoesNotThrow(
        () ->
            check.check(
                file(docx(Map.of("word/embeddings/Microsoft_Excel_Worksheet.xlsx", workbook)))));

    byte[] bombWorkbook = zip(Map.of("xl/sharedStrings.xml", zeros(5 * MB)));
    assertEquals(
        413,
        refused(docx(Map.of("word/embeddings/Microsoft_Excel_Worksheet.xlsx", bombWorkbook)))
            .status());

    byte[] nested = zip(Map.of("inner.zip", zip(Map.of("a.txt", new byte[] {'a'}))));
    assertEquals(
        415,
        refused(docx(Map.of("word/embeddings/Microsoft_Excel_Worksheet.xlsx", nested))).status());
  }

  @Test
  void partsStoredOutsideTheDocumentAreRefused() throws IOException {
    for (String path : new String[] {"../../evil.xml", "word/../../evil.xml", "/etc/evil.xml"}) {
      UploadCheck.Refused refused = refused(docx(Map.of(path, new byte[] {'x'})));
      assertEquals(415, refused.status(), path);
      assertTrue(refused.getMessage().contains(".."), refused.getMessage());
    }
  }

  @Test
  void aZipThatCannotBeReadIsRefusedAsDamaged() throws IOException {
    byte[] docx = docx(Map.of());
    byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
    UploadCheck.Refused refused = refused(truncated);
    assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
  }

  UploadCheck.Refused refused(byte[] zip) {
    return assertThrows(UploadCheck.Refused.class, () -> check.check(file(zip)));
  }

  Path file(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(folder, "upload", ".docx"), bytes);
  }

  /** A Word document's minimum, plus the given parts. */
  static byte[] docx(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      contentTypes(zip);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
      }
    }
    return bytes.toByteArray();
  }

  static void contentTypes(ZipOutputStream zip) throws IOException {
    zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
    zip.write(
        ("<?xml version=\"1.0\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
            .getBytes(StandardCharsets.UTF_8));
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
      }
    }
    return bytes.toByteArray();
  }

  static byte[] zeros(int size) {
    return new byte[size];
  }

  /**
   * Rewrites the uncompressed size recorded for {@code name} in the central directory, as an
   * attacker would to slip past a check that trusts it.
   */
  static byte[] understated(byte[] zip, String name, int size) {
    byte[] copy = zip.clone();
    byte[] target = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 < copy.length; i++) {
      if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2) {
        int nameLength = (copy[i + 28] & 0xff) | (copy[i + 29] & 0xff) << 8;
        if (java.util.Arrays.equals(copy, i + 46, i + 46 + nameLength, target, 0, target.length)) {
          for (int b = 0; b < 4; b++) {
            copy[i + 24 + b] = (byte) (size >>> (8 * b));
          }
          return copy;
        }
      }
    }
    throw new IllegalArgumentException(name + " is not in the central directory");
  }
}
