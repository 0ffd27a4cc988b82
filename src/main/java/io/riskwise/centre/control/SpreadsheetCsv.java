package io.riskwise.centre.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark so they read accents; every cell
 * quoted, so a spreadsheet that splits on ";" or a tab cannot split a cell such as "x;=1+1" into a
 * formula; a cell starting as a formula would ("=", "+", "-", "@", tab, return) kept as text with a
 * leading apostrophe (CSV injection).
 */
public final class SpreadsheetCsv {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

  private SpreadsheetCsv() {}

  /** The header and rows as CSV bytes, every cell made safe. */
  public static byte[] write(List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      writer.write('\uFEFF');
      printer.printRecord(header.stream().map(SpreadsheetCsv::text));
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * A cell a spreadsheet would run as a formula, kept as text; a plain number ("-5") left alone;
   * null as an empty cell.
   */
  static String text(String cell) {
    String text = cell == null ? "" : cell;
    boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    return formula && !NUMBER.matcher(text).matches() ? "'" + text : text;
  }
}
