package io.riskwise.portfolio.control;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a PDF that can do more than show pages: JavaScript (as an open action, a page or field
 * action, or in the document's name tree), an action that launches a program or imports data, files
 * attached inside it, embedded rich media, or an XFA form (which carries scripts). The PDF is
 * parsed with OpenPDF and every object in it is inspected, so names hidden in compressed object
 * streams are found; a plain scan of the bytes runs as well, for objects a damaged cross-reference
 * table leaves out. A PDF that cannot be parsed is refused as damaged, and one locked with a
 * password as unreadable, since neither can be checked.
 */
public class PdfActiveContentCheck {
  /** What each name found means, in the words the message uses. */
  private static final Map<String, String> ACTIVE =
      Map.ofEntries(
          Map.entry("JavaScript", "JavaScript"),
          Map.entry("JS", "JavaScript"),
          Map.entry("XFA", "a form with scripts (XFA)"),
          Map.entry("Launch", "an action that starts a program"),
          Map.entry("ImportData", "an action that imports data"),
          Map.entry("EmbeddedFile", "files attached inside it"),
          Map.entry("EmbeddedFiles", "files attached inside it"),
          Map.entry("FileAttachment", "files attached inside it"),
          Map.entry("RichMedia", "embedded media"),
          Map.entry("RichMediaExecute", "embedded media"));

  /** Refuses the PDF (see the class comment); returns quietly when it is plain. */
  public void check(Path file) {
    Optional<String> found;
    try {
      PdfReader reader = new PdfReader(file.toString());
      try {
        found = parsed(reader);
      } finally {
        reader.close();
      }
      if (found.isEmpty()) {
        found = scanned(Files.readAllBytes(file));
      }
    } catch (BadPasswordException e) {
      throw new UploadCheck.Refused(
          415,
          "This PDF is locked with a password, so it cannot be checked; upload a copy without"
              + " a password.");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // A malformed file can fail anywhere in the parser, with any exception.
      throw new UploadCheck.Refused(
          415,
          "This PDF is damaged and cannot be read; save it again as a PDF (for example with"
              + " \"Print to PDF\") and upload that.");
    }
    if (found.isPresent()) {
      throw new UploadCheck.Refused(
          415,
          "This PDF contains "
              + found.get()
              + ", which could run on an assessor's computer, so it is not accepted."
              + " Save it again as a plain PDF (for example with \"Print to PDF\") and"
              + " upload that.");
    }
  }

  /** Every object the cross-reference table lists, and every dictionary and array inside it. */
  private static Optional<String> parsed(PdfReader reader) {
    Optional<String> found = inspected(reader.getTrailer());
    for (int i = 1; found.isEmpty() && i < reader.getXrefSize(); i++) {
      found = inspected(reader.getPdfObject(i));
    }
    return found;
  }

  /** One object and what it holds directly; objects it refers to are inspected in their turn. */
  private static Optional<String> inspected(PdfObject object) {
    Deque<PdfObject> pending = new ArrayDeque<>();
    if (object != null) {
      pending.push(object);
    }
    while (!pending.isEmpty()) {
      PdfObject next = pending.pop();
      if (next.isDictionary() || next.isStream()) {
        PdfDictionary dictionary = (PdfDictionary) next;
        for (PdfName key : dictionary.getKeys()) {
          Optional<String> reason = meaning(key);
          if (reason.isPresent()) {
            return reason;
          }
          PdfObject value = dictionary.get(key);
          if (value != null && !value.isIndirect()) {
            pending.push(value);
          }
        }
      } else if (next.isArray()) {
        for (PdfObject element : ((PdfArray) next).getElements()) {
          if (element != null && !element.isIndirect()) {
            pending.push(element);
          }
        }
      } else if (next.isName() && !"JS".equals(PdfName.decodeName(next.toString()))) {
        // A value named JS is harmless (a resource may be called that); as a key it is a script.
        Optional<String> reason = meaning((PdfName) next);
        if (reason.isPresent()) {
          return reason;
        }
      }
    }
    return Optional.empty();
  }

  /** Names written in the file's own bytes, outside any compressed stream. */
  static Optional<String> scanned(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int at = text.indexOf('/');
    while (at >= 0) {
      int end = at + 1;
      while (end < text.length() && isNameCharacter(text.charAt(end))) {
        end++;
      }
      String name = PdfName.decodeName(text.substring(at, end));
      if (name.length() >= 6 && ACTIVE.containsKey(name)) {
        return Optional.of(ACTIVE.get(name));
      }
      at = text.indexOf('/', end);
    }
    return Optional.empty();
  }

  private static Optional<String> meaning(PdfName name) {
    return Optional.ofNullable(ACTIVE.get(PdfName.decodeName(name.toString())));
  }

  private static boolean isNameCharacter(char c) {
    return c > ' ' && c < 127 && "()<>[]{}/%".indexOf(c) < 0;
  }
}
