package io.riskwise.portfolio.control;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.IntHashtable;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.InflaterInputStream;

/**
 * Refuses a PDF that can do more than show pages: JavaScript (as an open action, a page or field
 * action, or in the document's name tree), an action that launches a program or imports data, files
 * attached inside it, embedded rich media, or an XFA form (which carries scripts). The PDF is
 * parsed with OpenPDF and every object in it is inspected, so names hidden in compressed object
 * streams are found; a plain scan of the bytes runs as well, for objects a damaged cross-reference
 * table leaves out. A PDF that cannot be parsed is refused as damaged, and one locked with a
 * password as unreadable, since neither can be checked.
 *
 * <p>The parser inflates a PDF's object and cross-reference streams whole into memory, so each is
 * first inflated here with a bound, without keeping the bytes: a small PDF cannot become a memory
 * bomb on the server.
 */
public class PdfActiveContentCheck {
  /** Object and cross-reference streams of a real 25 MB PDF unpack to a few megabytes. */
  static final long MAX_STRUCTURE_BYTES = 64L * 1024 * 1024;

  private static final PdfName FL = new PdfName("Fl");

  /**
   * What the current check's parser has inflated. OpenPDF reads the file in its constructor and, on
   * any failure, quietly tries again a second way, so the count cannot live on the reader itself.
   */
  private static final ThreadLocal<Inflated> INFLATED = new ThreadLocal<>();

  private static final class Inflated {
    long bytes;
    boolean exceeded;
  }

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
    Inflated inflated = new Inflated();
    INFLATED.set(inflated);
    try {
      PdfReader reader = new BoundedPdfReader(file.toString());
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
      throw inflated.exceeded ? tooBig() : damaged();
    } finally {
      INFLATED.remove();
    }
    if (inflated.exceeded) {
      throw tooBig();
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

  private static UploadCheck.Refused damaged() {
    return new UploadCheck.Refused(
        415,
        "This PDF is damaged and cannot be read; save it again as a PDF (for example with"
            + " \"Print to PDF\") and upload that.");
  }

  private static UploadCheck.Refused tooBig() {
    return new UploadCheck.Refused(
        413,
        "This PDF would unpack to far more than its size suggests, so it is not accepted;"
            + " save it again as a PDF (for example with \"Print to PDF\") and upload that.");
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

  /**
   * OpenPDF's reader, made to count what its object and cross-reference streams inflate to before
   * it inflates them itself. Only FlateDecode is allowed on those streams (the only filter writers
   * use there), so that no chain of filters escapes the count.
   */
  private static final class BoundedPdfReader extends PdfReader {
    BoundedPdfReader(String file) throws IOException {
      super(file);
    }

    @Override
    protected void readObjStm(PRStream stream, IntHashtable map) throws IOException {
      bound(stream);
      super.readObjStm(stream, map);
    }

    @Override
    protected PdfObject readOneObjStm(PRStream stream, int index) throws IOException {
      bound(stream);
      return super.readOneObjStm(stream, index);
    }

    @Override
    protected boolean readXRefStream(int pointer) throws IOException {
      tokens.seek(pointer);
      if (tokens.nextToken()
          && tokens.getTokenType() == PRTokeniser.TK_NUMBER
          && tokens.nextToken()
          && tokens.getTokenType() == PRTokeniser.TK_NUMBER
          && tokens.nextToken()
          && "obj".equals(tokens.getStringValue())) {
        PdfObject object = readPRObject();
        if (object instanceof PRStream stream
            && stream.get(PdfName.LENGTH) instanceof PdfNumber length) {
          stream.setLength(length.intValue());
          bound(stream);
        }
      }
      return super.readXRefStream(pointer);
    }

    private void bound(PRStream stream) throws IOException {
      PdfObject filter = getPdfObjectRelease(stream.get(PdfName.FILTER));
      List<PdfObject> filters =
          filter == null
              ? List.of()
              : filter.isArray() ? ((PdfArray) filter).getElements() : List.of(filter);
      if (filters.isEmpty()) {
        return;
      }
      PdfObject only = getPdfObjectRelease(filters.get(0));
      if (filters.size() > 1 || !(PdfName.FLATEDECODE.equals(only) || FL.equals(only))) {
        throw new IOException("An unusual filter on an object or cross-reference stream");
      }
      Inflated inflated = INFLATED.get();
      if (inflated.exceeded) {
        throw new IOException("Past the bound already");
      }
      byte[] raw = getStreamBytesRaw(stream, tokens.getFile());
      try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw))) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
          inflated.bytes += read;
          if (inflated.bytes > MAX_STRUCTURE_BYTES) {
            inflated.exceeded = true;
            throw new IOException("An object or cross-reference stream inflates past the bound");
          }
        }
      } catch (java.util.zip.ZipException | java.io.EOFException e) {
        // Damaged compressed data: the parser stops where this count stopped.
      }
    }
  }
}
