package io.riskwise.centre.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  @Test
  void everyCellIsQuotedSoNoSpreadsheetSplitsOneIntoAFormula() {
    String csv =
        new String(
            SpreadsheetCsv.write(List.of("name", "days"), List.of(List.of("x;=1+1", "-5"))),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFF\"name\",\"days\"\r\n\"x;=1+1\",\"-5\"\r\n", csv);
  }

  @Test
  void aCellStartingAsAFormulaIsKeptAsTextAndANumberIsLeftAlone() {
    assertEquals(
        "'=HYPERLINK(\"http://evil\")", SpreadsheetCsv.text("=HYPERLINK(\"http://evil\")"));
    assertEquals("'+44 1234", SpreadsheetCsv.text("+44 1234"));
    assertEquals("'-1+1", SpreadsheetCsv.text("-1+1"));
    assertEquals("'@SUM(A1)", SpreadsheetCsv.text("@SUM(A1)"));
    assertEquals("'\tx", SpreadsheetCsv.text("\tx"));
    assertEquals("-5", SpreadsheetCsv.text("-5"));
    assertEquals("12.5", SpreadsheetCsv.text("12.5"));
    assertEquals("", SpreadsheetCsv.text(null));
    assertEquals("Zoë", SpreadsheetCsv.text("Zoë"));
  }
}
