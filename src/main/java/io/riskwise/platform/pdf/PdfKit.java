package io.riskwise.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;

/**
 * The look every Riskwise PDF shares (OpenPDF): Helvetica in a few sizes, full-width tables with a
 * grey heading row that repeats on each page, and the three status colours (good, warning, bad)
 * always printed beside a word, never alone.
 */
public final class PdfKit {
  private PdfKit() {}

  private static final BaseFont HELVETICA = helvetica();
  public static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  public static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
  public static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
  public static final Font TEXT = new Font(Font.HELVETICA, 10);
  public static final Font SMALL = new Font(Font.HELVETICA, 9);
  public static final Font SMALL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
  public static final Font MARGIN = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
  public static final Color GREY = new Color(0xe8e8e8);
  public static final Color GOOD = new Color(0xd9f2d9);
  public static final Color WARNING = new Color(0xffe9a8);
  public static final Color BAD = new Color(0xf6c1c1);

  public static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    return table;
  }

  /** A heading row; it and any rows above it repeat on every page the table runs onto. */
  public static void header(PdfPTable table, String... headings) {
    for (String heading : headings) {
      table.addCell(cell(heading, SMALL_BOLD, GREY));
    }
    table.setHeaderRows(table.size());
  }

  public static void row(PdfPTable table, String... values) {
    for (String value : values) {
      table.addCell(cell(value, SMALL, null));
    }
  }

  public static PdfPCell cell(String text, Font font, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(clean(text), font));
    cell.setPadding(4);
    cell.setBackgroundColor(background);
    return cell;
  }

  /** Text Helvetica can show: accents composed, anything else it has no glyph for as "?". */
  public static String clean(String text) {
    StringBuilder clean = new StringBuilder();
    String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    for (int c : composed.codePoints().toArray()) {
      if (c == '\n' || HELVETICA.charExists(c)) {
        clean.appendCodePoint(c);
      } else {
        clean.append(Character.isWhitespace(c) ? ' ' : '?');
      }
    }
    return clean.toString();
  }

  private static BaseFont helvetica() {
    try {
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
    } catch (IOException e) {
      throw new IllegalStateException("Helvetica is built into every PDF library", e);
    }
  }
}
