package io.riskwise.portfolio.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether an uploaded file may be kept. The name must be a plain file name with one
 * extension of an accepted type, and the bytes themselves (sniffed by Apache Tika, never trusting
 * the browser's content type) must be of that type. Archives and programs are refused whatever they
 * are called.
 */
public class UploadCheck {
  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final Pattern UNSAFE_NAME = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");
  private static final Set<String> ARCHIVES_AND_PROGRAMS =
      Set.of(
          "application/zip",
          "application/x-7z-compressed",
          "application/x-rar-compressed",
          "application/vnd.rar",
          "application/gzip",
          "application/x-gzip",
          "application/x-tar",
          "application/x-bzip2",
          "application/x-xz",
          "application/java-archive",
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-executable",
          "application/x-elf",
          "application/x-sharedlib",
          "application/x-mach-o-executable",
          "application/x-sh",
          "application/x-bat",
          "application/x-msi",
          "application/x-ms-installer");
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("application/pdf", "PDF"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
          Map.entry("application/msword", "Word 97-2003"),
          Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
          Map.entry("application/vnd.ms-excel", "Excel 97-2003"),
          Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
          Map.entry("text/plain", "plain text"),
          Map.entry("text/csv", "CSV"),
          Map.entry("image/jpeg", "JPEG image"),
          Map.entry("image/png", "PNG image"),
          Map.entry("image/gif", "GIF image"),
          Map.entry("image/webp", "WebP image"),
          Map.entry("audio/mpeg", "MP3 audio"),
          Map.entry("audio/mp4", "M4A audio"),
          Map.entry("audio/vnd.wave", "WAV audio"),
          Map.entry("audio/ogg", "Ogg audio"),
          Map.entry("audio/vorbis", "Ogg audio"));

  /** Why a file was refused: {@code status} is 400 for a bad name, 415 for a type. */
  public static class Refused extends RuntimeException {
    private final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final List<String> allowed;
  private final ZipBombCheck zipBombs;

  public UploadCheck(List<String> allowedTypes) {
    this(allowedTypes, new ZipBombCheck());
  }

  public UploadCheck(List<String> allowedTypes, ZipBombCheck zipBombs) {
    this.allowed = List.copyOf(allowedTypes);
    this.zipBombs = zipBombs;
  }

  /** The accepted types in words, for messages and the upload form. */
  public String acceptedInWords() {
    return String.join(
        ", ", allowed.stream().map(t -> NAMES.getOrDefault(t, t)).distinct().toList());
  }

  /** Refuses a name that is not a plain file name with one accepted extension; else its type. */
  public MediaType checkName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw new Refused(400, "The file has no name.");
    }
    if (fileName.length() > 200) {
      throw new Refused(400, "The file name is longer than 200 characters: shorten it.");
    }
    Optional<String> hidden = hiddenCharacter(fileName);
    if (hidden.isPresent()) {
      throw new Refused(
          400,
          "The file name contains a hidden character ("
              + hidden.get()
              + ") that can make it look like a different file;"
              + " rename the file using only ordinary letters, numbers and punctuation.");
    }
    if (UNSAFE_NAME.matcher(fileName).find() || fileName.startsWith(".")) {
      throw new Refused(
          400,
          "The file name must be a plain name like report.pdf, without folders"
              + " or any of / \\ : * ? \" < > |.");
    }
    int lastDot = fileName.lastIndexOf('.');
    String stem = lastDot < 0 ? fileName : fileName.substring(0, lastDot);
    if (stem.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new Refused(
          400,
          "The file name needs at least one letter or number before the extension,"
              + " like report.pdf.");
    }
    String[] parts = fileName.split("\\.");
    if (parts.length < 2) {
      throw new Refused(
          415,
          "The file name has no extension, so its type is unknown: name it like" + " report.pdf.");
    }
    if (parts.length > 2 && isKnownExtension(parts[parts.length - 2])) {
      throw new Refused(
          415,
          "\""
              + fileName
              + "\" has two extensions; give it one, e.g. "
              + parts[0]
              + "."
              + parts[parts.length - 1]
              + ".");
    }
    MediaType named = typeOfName(fileName);
    if (!allowed.contains(named.toString())) {
      throw new Refused(
          415,
          "Files ending ."
              + parts[parts.length - 1]
              + " are not accepted."
              + " Accepted: "
              + acceptedInWords()
              + ".");
    }
    return named;
  }

  /** Refuses content whose sniffed type is not the type its name claims. */
  public MediaType checkContent(MediaType named, InputStream content) throws IOException {
    MediaType sniffed = TYPES.detect(content, new Metadata());
    if (ARCHIVES_AND_PROGRAMS.contains(sniffed.toString())) {
      throw new Refused(
          415,
          "Archives and programs are not accepted; upload the documents inside"
              + " it one by one.");
    }
    if (!named.equals(sniffed) && !TYPES.getMediaTypeRegistry().isInstanceOf(named, sniffed)) {
      throw new Refused(
          415,
          "The file is named as "
              + NAMES.getOrDefault(named.toString(), named.toString())
              + " but its content is not: it looks like "
              + sniffed
              + ".");
    }
    return named;
  }

  /**
   * The first character that is invisible or changes how the name is displayed: controls, format
   * characters such as the right-to-left override U+202E (which makes "report", U+202E, "fdp.txt"
   * display as "reporttxt.pdf"), line separators, private-use, unassigned and lone surrogate code
   * points; named as U+XXXX so that a message never echoes it.
   */
  static Optional<String> hiddenCharacter(String fileName) {
    return fileName
        .codePoints()
        .filter(UploadCheck::isHidden)
        .mapToObj(c -> String.format("U+%04X", c))
        .findFirst();
  }

  private static boolean isHidden(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }

  /**
   * Refuses what only the whole file shows: an Office or OpenDocument file (a zip underneath) that
   * is a zip bomb, and a PDF with scripts, launch actions or attached files. Run after {@link
   * #checkContent}, on the received file.
   */
  public void checkInside(MediaType type, Path file) throws IOException {
    if (type.equals(MediaType.application("pdf"))) {
      new PdfActiveContentCheck().check(file);
    } else if (ZipBombCheck.isZip(file)) {
      zipBombs.check(file);
    }
  }

  private static MediaType typeOfName(String fileName) {
    return TYPES.getMimeType(fileName).getType();
  }

  private static boolean isKnownExtension(String extension) {
    try {
      return !extension.isBlank()
          && !TYPES
              .forName(typeOfName("x." + extension).toString())
              .getType()
              .equals(MediaType.OCTET_STREAM);
    } catch (MimeTypeException e) {
      return false;
    }
  }
}
