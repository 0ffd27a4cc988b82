package io.riskwise.centre.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.centre.control.EnrolmentCsv.Known;
import io.riskwise.centre.control.EnrolmentCsv.Preview;
import io.riskwise.centre.control.EnrolmentCsv.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Line numbers are physical lines in the file, counting from 1 with the header row: blank lines
 * count, and a row whose quoted value spans two lines moves the rows after it down by one.
 */
class EnrolmentCsvTest {
  private static final Known CENTRE =
      new Known(
          Set.of("Level 2 March 2026", "Level 3 September 2026"),
          Set.of("aoakes", "JBanda"),
          Set.of("taken@example.com"));

  private static final String HEADER =
      "first name,last name,email,employer,cohort,assessor username,start date\n";

  private static final String COLUMNS_NEEDED =
      " The first row must name the columns: first name, last name, email, employer, cohort,"
          + " assessor username, start date.";

  private static Preview read(String csv) throws IOException {
    return read(csv.getBytes(UTF_8));
  }

  private static Preview read(byte[] csv) throws IOException {
    return EnrolmentCsv.read(new ByteArrayInputStream(csv), CENTRE);
  }

  /** The problems of the only row in a file with the standard header. */
  private static List<String> problemsOf(String row) throws IOException {
    Preview preview = read(HEADER + row + "\n");
    assertEquals(List.of(), preview.fileProblems());
    assertEquals(1, preview.rows().size());
    return preview.rows().get(0).problems();
  }

  @Test
  void readsAnApprentice() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Zoë,Adams,Zoe.Adams@Example.com,Acme Care,Level 2 March 2026,aoakes,2026-09-01
                """);

    assertTrue(preview.valid());
    assertEquals(1, preview.validRows());
    assertEquals(0, preview.invalidRows());
    assertEquals(
        new Row(
            2,
            "Zoë",
            "Adams",
            "zoe.adams@example.com",
            "Acme Care",
            "Level 2 March 2026",
            "aoakes",
            LocalDate.of(2026, 9, 1),
            "2026-09-01",
            List.of()),
        preview.rows().get(0));
  }

  @Test
  void quotedValuesKeepCommasAndQuotes() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Ann,Lee,ann@example.com,"Smith, Jones & Co",Level 2 March 2026,aoakes,2026-09-01
                Ben,Cole,ben@example.com,"The ""Best"" Café",Level 2 March 2026,aoakes,2026-09-01
                """);

    assertTrue(preview.valid());
    assertEquals("Smith, Jones & Co", preview.rows().get(0).employer());
    assertEquals("The \"Best\" Café", preview.rows().get(1).employer());
  }

  @Test
  void namesKeepTheirAccentsAndCase() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Zoë,Ng,zoe@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                Siobhán,Ó Súilleabháin,siobhan@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                José,McDonald-García,jose@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                """);

    assertTrue(preview.valid());
    assertEquals(
        List.of("Zoë Ng", "Siobhán Ó Súilleabháin", "José McDonald-García"),
        preview.rows().stream().map(row -> row.firstName() + " " + row.lastName()).toList());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        (HEADER + "Zoë,Adams,zoe@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01\n")
            .getBytes(UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(text, 0, file, bom.length, text.length);

    Preview preview = read(file);

    assertTrue(preview.valid(), () -> preview.toString());
    assertEquals("Zoë", preview.rows().get(0).firstName());
  }

  @Test
  void blankLinesAreSkippedButStillCounted() throws IOException {
    String csv =
        """

        first name,last name,email,employer,cohort,assessor username,start date

        Ann,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
        ,,,,,,
          ,  ,

        Ben,Cole,,Acme,Level 2 March 2026,aoakes,2026-09-01
        """;

    for (String file : List.of(csv, csv.replace("\n", "\r\n"), csv.replace("\n", "\r"))) {
      Preview preview = read(file);
      assertEquals(List.of(4, 8), preview.rows().stream().map(Row::line).toList());
      assertEquals(List.of("Email is missing."), preview.rows().get(1).problems());
    }
  }

  @Test
  void aQuotedValueMaySpanLines() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Ann,Lee,ann@example.com,"Unit 4
                High Street",Level 2 March 2026,aoakes,2026-09-01
                Ben,Cole,,Acme,Level 2 March 2026,aoakes,2026-09-01
                """);

    assertEquals("Unit 4\nHigh Street", preview.rows().get(0).employer());
    assertEquals(List.of(2, 4), preview.rows().stream().map(Row::line).toList());
  }

  @Test
  void readsTenThousandApprentices() throws IOException {
    Preview preview = read(HEADER + rows(10_000));

    assertTrue(preview.valid());
    assertEquals(10_000, preview.rows().size());
    assertEquals(10_000, preview.validRows());
    assertEquals(0, preview.invalidRows());
    assertEquals(10_001, preview.rows().get(9_999).line());
  }

  @Test
  void refusesMoreThanTwentyThousandRows() throws IOException {
    assertTrue(read(HEADER + rows(EnrolmentCsv.MAX_ROWS)).valid());

    Preview preview = read(HEADER + rows(EnrolmentCsv.MAX_ROWS + 1));

    assertEquals(List.of(), preview.rows());
    assertEquals(
        List.of("The file has more than 20,000 rows; split it into smaller files."),
        preview.fileProblems());
  }

  private static String rows(int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      rows.append("Ann,Lee,ann")
          .append(i)
          .append("@example.com,Acme,Level 2 March 2026,aoakes,01/09/2026\n");
    }
    return rows.toString();
  }

  @Test
  void everyMissingValueIsNamed() throws IOException {
    // A row with nothing in any column is skipped as blank, so this one has a note.
    Preview preview = read(HEADER.strip() + ",notes\n , ,,,,,\"  \",call Ann first\n");

    assertEquals(
        List.of(
            "First name is missing.",
            "Last name is missing.",
            "Email is missing.",
            "Employer is missing.",
            "Cohort is missing.",
            "Assessor username is missing.",
            "Start date is missing."),
        preview.rows().get(0).problems());
  }

  @Test
  void aShortRowIsMissingItsLastValues() throws IOException {
    assertEquals(
        List.of("Assessor username is missing.", "Start date is missing."),
        problemsOf("Ann,Lee,ann@example.com,Acme,Level 2 March 2026"));
  }

  @Test
  void extraValuesBeyondTheColumnsAreIgnored() throws IOException {
    assertEquals(
        List.of(),
        problemsOf("Ann,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01,x,y"));
  }

  @Test
  void tooLongValuesAreNamed() throws IOException {
    String name = "é".repeat(101);
    String email = "a".repeat(243) + "@example.com";
    String employer = "E".repeat(201);

    assertEquals(
        List.of(
            "First name is longer than 100 characters.",
            "Last name is longer than 100 characters.",
            "Email is longer than 254 characters.",
            "Employer is longer than 200 characters."),
        problemsOf(
            String.join(
                ",", name, name, email, employer, "Level 2 March 2026", "aoakes", "2026-09-01")));
  }

  @Test
  void valuesAtTheLimitAreAccepted() throws IOException {
    String name = "é".repeat(100);
    String email = "a".repeat(242) + "@example.com";
    String employer = "E".repeat(200);

    assertEquals(
        List.of(),
        problemsOf(
            String.join(
                ",", name, name, email, employer, "Level 2 March 2026", "aoakes", "2026-09-01")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ann.example.com",
        "ann@example",
        "@example.com",
        "ann@@example.com",
        "ann@ex@ample.com",
        "ann lee@example.com",
        "ann@example.",
        "ann@.com",
        "ann@example..com"
      })
  void refusesWhatIsNotAnEmailAddress(String email) throws IOException {
    assertEquals(
        List.of("Email \"" + email + "\" is not an email address."),
        problemsOf("Ann,Lee," + email + ",Acme,Level 2 March 2026,aoakes,2026-09-01"));
  }

  @Test
  void acceptsUkAndIsoDates() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Ann,Lee,a@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                Ann,Lee,b@example.com,Acme,Level 2 March 2026,aoakes,01/09/2026
                Ann,Lee,c@example.com,Acme,Level 2 March 2026,aoakes,1/9/2026
                Ann,Lee,d@example.com,Acme,Level 2 March 2026,aoakes,29/02/2028
                """);

    assertTrue(preview.valid());
    assertEquals(
        List.of(
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2028, 2, 29)),
        preview.rows().stream().map(Row::startDate).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31/02/2026",
        "29/02/2026",
        "2026-02-30",
        "09/31/2026",
        "1 Sept 2026",
        "2026/09/01"
      })
  void refusesImpossibleOrUnknownDates(String date) throws IOException {
    Preview preview =
        read(HEADER + "Ann,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes," + date + "\n");

    Row row = preview.rows().get(0);
    assertEquals(
        List.of("Start date \"" + date + "\" is not a date; use 2026-09-01 or 01/09/2026."),
        row.problems());
    assertNull(row.startDate());
    assertEquals(date, row.startDateText());
  }

  @Test
  void cohortsAndAssessorsMustExistAtTheCentre() throws IOException {
    assertEquals(
        List.of(
            "Cohort \"Level 4 May\" does not exist at this centre.",
            "Assessor \"nobody\" is not an assessor at this centre."),
        problemsOf("Ann,Lee,ann@example.com,Acme,Level 4 May,nobody,2026-09-01"));
  }

  @Test
  void cohortsAndAssessorsMatchWhateverTheirCase() throws IOException {
    Preview preview =
        read(HEADER + "Ann,Lee,ann@example.com,Acme,LEVEL 2 march 2026,jbanda,2026-09-01\n");

    assertTrue(preview.valid());
    assertEquals("Level 2 March 2026", preview.rows().get(0).cohort());
    assertEquals("JBanda", preview.rows().get(0).assessor());
  }

  @Test
  void anEmailAlreadyAtTheCentreIsRefused() throws IOException {
    assertEquals(
        List.of("Email taken@example.com is already used at this centre."),
        problemsOf("Ann,Lee,Taken@Example.COM,Acme,Level 2 March 2026,aoakes,2026-09-01"));
  }

  @Test
  void anEmailRepeatedInTheFileFlagsEveryCopy() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Ann,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                Ben,Cole,ben@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                Ann,Lee,ANN@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                Anne,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                """);

    assertFalse(preview.valid());
    assertEquals(1, preview.validRows());
    assertEquals(3, preview.invalidRows());
    assertEquals(
        List.of(
            List.of("Email ann@example.com is repeated on line 4."),
            List.of(),
            List.of("Email ann@example.com is also on line 2."),
            List.of("Email ann@example.com is also on line 2.")),
        preview.rows().stream().map(Row::problems).toList());
  }

  @Test
  void columnsMayBeInAnyOrderAndSpelledLoosely() throws IOException {
    Preview preview =
        read(
            """
            Start_Date,E-mail,Notes,ASSESSOR USERNAME,Cohort,employer,LastName,first_name
            01/09/2026,ann@example.com,likes cats,aoakes,Level 2 March 2026,Acme,Lee,Ann
            """);

    assertTrue(preview.valid(), () -> preview.toString());
    Row row = preview.rows().get(0);
    assertEquals(
        List.of("Ann", "Lee", "ann@example.com", "Acme", "Level 2 March 2026", "aoakes"),
        List.of(
            row.firstName(),
            row.lastName(),
            row.email(),
            row.employer(),
            row.cohort(),
            row.assessor()));
    assertEquals(LocalDate.of(2026, 9, 1), row.startDate());
  }

  @Test
  void namesTheMissingColumns() throws IOException {
    Preview preview =
        read(
            """
            first name,last name,employer,cohort,assessor username
            Ann,Lee,Acme,Level 2 March 2026,aoakes
            """);

    assertEquals(List.of(), preview.rows());
    assertEquals(
        List.of("The file has no column for: email, start date." + COLUMNS_NEEDED),
        preview.fileProblems());
  }

  @Test
  void aFileWithoutAHeaderRowNamesEveryColumn() throws IOException {
    Preview preview = read("Ann,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01\n");

    assertEquals(
        List.of(
            "The file has no column for: first name, last name, email, employer, cohort,"
                + " assessor username, start date."
                + COLUMNS_NEEDED),
        preview.fileProblems());
  }

  @Test
  void refusesAColumnNamedTwice() throws IOException {
    Preview preview =
        read(
            """
            first name,last name,email,employer,cohort,assessor username,start date,Email
            Ann,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01,ann@example.org
            """);

    assertEquals(
        List.of("The file has more than one column for email; keep only one."),
        preview.fileProblems());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "\uFEFF", " , ,\r\n"})
  void anEmptyFileSaysSo(String csv) throws IOException {
    Preview preview = read(csv);

    assertFalse(preview.valid());
    assertEquals(List.of("The file is empty."), preview.fileProblems());
  }

  @Test
  void aHeaderWithoutRowsEnrolsNobody() throws IOException {
    Preview preview = read(HEADER + "\n");

    assertFalse(preview.valid());
    assertEquals(
        List.of("The file has no apprentices: add one row per apprentice under the column names."),
        preview.fileProblems());
  }

  @Test
  void refusesTextThatIsNotUtf8() throws IOException {
    // What Excel's plain "CSV" saves on Windows: Zoë in Windows-1252, ë as the single byte 0xEB.
    byte[] windows1252 =
        (HEADER + "Zoë,Adams,zoe@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01\n")
            .getBytes(Charset.forName("windows-1252"));

    Preview preview = read(windows1252);

    assertEquals(List.of(), preview.rows());
    assertEquals(
        List.of("The file is not UTF-8 text. Save it as 'CSV UTF-8' and upload it again."),
        preview.fileProblems());
  }

  @Test
  void refusesABadByteInsideAQuotedValue() throws IOException {
    byte[] start = (HEADER + "Ann,Lee,ann@example.com,\"Caf").getBytes(UTF_8);
    byte[] end = "\",Level 2 March 2026,aoakes,2026-09-01\n".getBytes(UTF_8);
    byte[] file = new byte[start.length + 1 + end.length];
    System.arraycopy(start, 0, file, 0, start.length);
    file[start.length] = (byte) 0xE9; // é in ISO-8859-1
    System.arraycopy(end, 0, file, start.length + 1, end.length);

    assertEquals(
        List.of("The file is not UTF-8 text. Save it as 'CSV UTF-8' and upload it again."),
        read(file).fileProblems());
  }

  @Test
  void anUnclosedQuoteNamesTheLineItStartsOn() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Ann,Lee,ann@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01

                Ben,Cole,ben@example.com,"Acme,Level 2 March 2026,aoakes,2026-09-01
                Cat,Day,cat@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                """);

    assertEquals(List.of(), preview.rows());
    assertEquals(
        List.of(
            "The file could not be read from line 4: a quotation mark (\") is not closed, or text"
                + " follows a closing quotation mark. Check the quotation marks on that line."),
        preview.fileProblems());
  }

  @Test
  void textAfterAClosingQuoteNamesItsLine() throws IOException {
    Preview preview =
        read(HEADER + "Ann,Lee,\"ann\"@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01\n");

    assertEquals(1, preview.fileProblems().size());
    assertTrue(preview.fileProblems().get(0).startsWith("The file could not be read from line 2:"));
  }

  @Test
  void theErrorReportListsOnlyRowsWithProblems() throws IOException {
    Preview preview =
        read(
            HEADER
                + """
                Ann,Lee,ann@example.com,"Smith, Jones & Co",Level 2 March 2026,aoakes,2026-09-01
                Zoë,,zoe@example.com,Acme,Level 9,aoakes,31/02/2026
                Ben,Cole,ben@example.com,Acme,Level 2 March 2026,aoakes,2026-09-01
                """);

    List<CSVRecord> report = parse(EnrolmentCsv.errorReport(preview));

    assertEquals(
        List.of(
            "line",
            "first name",
            "last name",
            "email",
            "employer",
            "cohort",
            "assessor username",
            "start date",
            "problems"),
        report.get(0).toList());
    assertEquals(2, report.size());
    assertEquals(
        List.of(
            "3",
            "Zoë",
            "",
            "zoe@example.com",
            "Acme",
            "Level 9",
            "aoakes",
            "31/02/2026",
            "Last name is missing.; Cohort \"Level 9\" does not exist at this centre.; Start date"
                + " \"31/02/2026\" is not a date; use 2026-09-01 or 01/09/2026."),
        report.get(1).toList());
  }

  @Test
  void theErrorReportShowsProblemsWithTheWholeFile() throws IOException {
    List<CSVRecord> report = parse(EnrolmentCsv.errorReport(read("")));

    assertEquals(2, report.size());
    assertEquals(
        List.of("", "", "", "", "", "", "", "", "The file is empty."), report.get(1).toList());
  }

  @Test
  void writtenFilesOpenInExcelAndReadBackTheSame() throws IOException {
    List<Row> rows =
        List.of(
            Row.of(
                "Siobhán",
                "Ó Súilleabháin",
                "siobhan@example.com",
                "Smith, Jones & Co",
                "Level 2 March 2026",
                "aoakes",
                LocalDate.of(2026, 9, 1)),
            Row.of(
                "José",
                "O'Neill",
                "jose@example.com",
                "The \"Best\"\nCafé",
                "Level 3 September 2026",
                "JBanda",
                LocalDate.of(2026, 3, 2)));

    byte[] file = EnrolmentCsv.write(rows);

    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3), "BOM");
    String text = new String(file, UTF_8);
    assertTrue(
        text.startsWith(
            "\uFEFF\"first name\",\"last name\",\"email\",\"employer\",\"cohort\","
                + "\"assessor username\",\"start date\"\r\n"),
        text);
    Preview back = read(file);
    assertTrue(back.valid(), () -> back.toString());
    assertEquals(
        List.of(
            new Row(
                2,
                "Siobhán",
                "Ó Súilleabháin",
                "siobhan@example.com",
                "Smith, Jones & Co",
                "Level 2 March 2026",
                "aoakes",
                LocalDate.of(2026, 9, 1),
                "2026-09-01",
                List.of()),
            new Row(
                3,
                "José",
                "O'Neill",
                "jose@example.com",
                "The \"Best\"\nCafé",
                "Level 3 September 2026",
                "JBanda",
                LocalDate.of(2026, 3, 2),
                "2026-03-02",
                List.of())),
        back.rows());
  }

  /**
   * A spreadsheet would run a cell starting with = + - @ tab or carriage return as a formula, so
   * exported cells that start with one get a leading ' and show as text. Reading a file back keeps
   * the quote: it is what the cell holds.
   */
  @Test
  void exportedCellsCannotRunAsFormulas() throws IOException {
    Row row =
        Row.of(
            "=HYPERLINK(\"http://evil.example\",\"Click\")",
            "+44 1234",
            "-ann@example.com",
            "@SUM(A1:A2)",
            "\tLevel 2",
            "\raoakes",
            LocalDate.of(2026, 9, 1));

    List<CSVRecord> written = parse(EnrolmentCsv.write(List.of(row)));

    assertEquals(
        List.of(
            "'=HYPERLINK(\"http://evil.example\",\"Click\")",
            "'+44 1234",
            "'-ann@example.com",
            "'@SUM(A1:A2)",
            "'\tLevel 2",
            "'\raoakes",
            "2026-09-01"),
        written.get(1).toList());
    assertEquals(
        "'=HYPERLINK(\"http://evil.example\",\"Click\")",
        read(EnrolmentCsv.write(List.of(row))).rows().get(0).firstName());

    Preview bad = read(HEADER + "=1+2,Lee,,Acme,Level 2 March 2026,aoakes,2026-09-01\n");
    List<CSVRecord> report = parse(EnrolmentCsv.errorReport(bad));
    assertEquals("'=1+2", report.get(1).get(1));
  }

  private static List<CSVRecord> parse(byte[] csv) throws IOException {
    String text = new String(csv, UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "starts with a byte-order mark");
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }
}
