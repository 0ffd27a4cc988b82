package io.riskwise.portfolio.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Refuses an Office Open XML or OpenDocument file (docx, xlsx, odt, ods: zip files underneath) that
 * would inflate to more than a bound, holds too many entries, packs another archive inside, or
 * names an entry outside the document (a {@code ..} or absolute path). Sizes are counted by
 * inflating every entry, never taken from the zip's headers, which an attacker writes. The file is
 * read twice: once by its central directory (as Word and LibreOffice read it) and once entry by
 * entry from the start (as streaming tools read it), so entries hidden from one reader or
 * overlapping each other are counted too.
 *
 * <p>A chart in a Word document keeps its figures as a spreadsheet inside the document ({@code
 * word/embeddings/*.xlsx}); such an embedded Office document is inflated in turn, within the same
 * bounds, but an archive inside it, or any other archive, is refused.
 */
public class ZipBombCheck {
  /** Four times the 25 MB upload limit: generous for text and pictures, far short of a bomb. */
  public static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

  /** A long report with many pictures has a few hundred entries; a bomb has tens of thousands. */
  public static final int MAX_ENTRIES = 1000;

  private static final byte[][] ARCHIVE_MAGIC = {
    {'P', 'K', 3, 4},
    {'P', 'K', 5, 6},
    {'P', 'K', 7, 8},
    {0x1f, (byte) 0x8b},
    {'7', 'z', (byte) 0xbc, (byte) 0xaf},
    {'R', 'a', 'r', '!'},
    {'B', 'Z', 'h'},
    {(byte) 0xfd, '7', 'z', 'X', 'Z', 0},
    {'M', 'S', 'C', 'F'}
  };
  private static final String[] OFFICE_EXTENSIONS = {
    ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"
  };

  private final long maxInflatedBytes;
  private final int maxEntries;

  public ZipBombCheck() {
    this(MAX_INFLATED_BYTES, MAX_ENTRIES);
  }

  public ZipBombCheck(long maxInflatedBytes, int maxEntries) {
    this.maxInflatedBytes = maxInflatedBytes;
    this.maxEntries = maxEntries;
  }

  /** True when the content starts like a zip file, so this check applies. */
  public static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return startsWith(in.readNBytes(4), ARCHIVE_MAGIC[0]);
    }
  }

  /** Refuses the file (see the class comment); returns quietly when it is safe to keep. */
  public void check(Path file) {
    try {
      Budget byDirectory = new Budget();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          try (InputStream content = zip.getInputStream(entry)) {
            entry(entry, content, byDirectory, 0);
          }
        }
      }
      try (ZipInputStream stream =
          new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        entries(stream, new Budget(), 0);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw damaged();
    }
  }

  private void entries(ZipInputStream stream, Budget budget, int depth) throws IOException {
    ZipEntry entry;
    while ((entry = stream.getNextEntry()) != null) {
      entry(entry, stream, budget, depth);
    }
  }

  private void entry(ZipEntry entry, InputStream content, Budget budget, int depth)
      throws IOException {
    if (++budget.entries > maxEntries) {
      throw new UploadCheck.Refused(
          413,
          "The document holds more than "
              + maxEntries
              + " parts, which is far more than a real document has; save it again"
              + " from your office program and upload that.");
    }
    String name = entry.getName();
    if (escapes(name)) {
      throw new UploadCheck.Refused(
          415,
          "The document contains a part stored outside it (a path with .. or a leading /),"
              + " which is not accepted; save it again from your office program and upload that.");
    }
    BufferedInputStream in = new BufferedInputStream(content);
    in.mark(8);
    byte[] start = in.readNBytes(6);
    in.reset();
    if (isArchive(start)) {
      if (depth == 0 && isOfficeDocument(name) && startsWith(start, ARCHIVE_MAGIC[0])) {
        entries(new ZipInputStream(counting(in, budget)), budget, depth + 1);
        return;
      }
      throw new UploadCheck.Refused(
          415,
          "The document has an archive (such as a zip file) packed inside it, which is not"
              + " accepted; remove the attached file, or upload its contents one by one.");
    }
    counting(in, budget).transferTo(OutputStream.nullOutputStream());
  }

  private InputStream counting(InputStream in, Budget budget) {
    return new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          budget.add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
          budget.add(read);
        }
        return read;
      }

      @Override
      public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        return Math.max(read(skipped, 0, skipped.length), 0);
      }
    };
  }

  private static boolean escapes(String name) {
    String path = name.replace('\\', '/');
    return path.startsWith("/")
        || path.matches("^[A-Za-z]:.*")
        || Arrays.asList(path.split("/")).contains("..");
  }

  private static boolean isOfficeDocument(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(OFFICE_EXTENSIONS).anyMatch(lower::endsWith);
  }

  private static boolean isArchive(byte[] start) {
    return Arrays.stream(ARCHIVE_MAGIC).anyMatch(magic -> startsWith(start, magic));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  static UploadCheck.Refused damaged() {
    return new UploadCheck.Refused(
        415,
        "The document is damaged and cannot be read; save it again from your office program"
            + " and upload that.");
  }

  /** What one reading of the file has inflated so far. */
  private final class Budget {
    long bytes;
    int entries;

    void add(long inflated) {
      bytes += inflated;
      if (bytes > maxInflatedBytes) {
        throw new UploadCheck.Refused(
            413,
            "The document would unpack to more than "
                + maxInflatedBytes / (1024 * 1024)
                + " MB, far more than its size suggests (a \"zip bomb\"), so it is not accepted;"
                + " save it again from your office program and upload that.");
      }
    }
  }
}
