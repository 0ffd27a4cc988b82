package io.riskwise.centre.control;

import static io.riskwise.centre.control.Apprentice.apprentice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ProgressCsvTest {

  @Test
  void eachApprenticeIsARowWithTheFiguresTheDashboardShows() throws Exception {
    List<CSVRecord> rows =
        read(
            ProgressCsv.of(
                List.of(
                    apprentice()
                        .name("Zoë Ó Súilleabháin")
                        .met("INSCS027", 5)
                        .idleFor(34)
                        .dates(Apprentice.TODAY.minusDays(500), Apprentice.TODAY.minusDays(5))
                        .progress()),
                Apprentice.SCHEME,
                id -> "Priya Shah"));
    assertEquals(1, rows.size());
    CSVRecord zoe = rows.get(0);
    assertEquals("Zoë Ó Súilleabháin", zoe.get("apprentice"));
    assertEquals("Priya Shah", zoe.get("assessors"));
    assertEquals("50", zoe.get("INSCS027 criteria met %"));
    assertEquals("-5", zoe.get("days to planned end"), "a number stays a number");
    assertEquals("Red", zoe.get("status"));
  }

  @Test
  void aNameASpreadsheetWouldRunAsAFormulaIsKeptAsText() throws Exception {
    List<CSVRecord> rows =
        read(
            ProgressCsv.of(
                List.of(apprentice().name("=HYPERLINK(\"http://evil\")").progress()),
                Apprentice.SCHEME,
                id -> "@assessor"));
    assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(0).get("apprentice"));
    assertEquals("'@assessor", rows.get(0).get("assessors"));
  }

  private static List<CSVRecord> read(byte[] csv) throws Exception {
    String text = new String(csv, StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0), "a byte-order mark for spreadsheet programs");
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .get()
        .parse(new StringReader(text.substring(1)))
        .getRecords();
  }
}
