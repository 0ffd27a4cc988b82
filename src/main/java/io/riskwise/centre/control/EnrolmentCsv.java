package io.riskwise.centre.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the CSV file a centre administrator uses to enrol apprentices in bulk. Reading
 * never fails on what the file contains: every mistake becomes a plain-English problem on its line
 * or on the whole file, so the administrator sees all of them at once and fixes the spreadsheet in
 * one go. Files written here open in Excel with accents intact (UTF-8 with a byte-order mark), and
 * a cell that Excel would run as a formula is prefixed with {@code '} so it shows as text.
 */
public final class EnrolmentCsv {
  public static final List<String> HEADERS =
      List.of(
          "first name",
          "last name",
          "email",
          "employer",
          "cohort",
          "assessor username",
          "start date");

  public static final int MAX_ROWS = 20_000;

  private static final int FIRST_NAME = 0;
  private static final int LAST_NAME = 1;
  private static final int EMAIL = 2;
  private static final int EMPLOYER = 3;
  private static final int COHORT = 4;
  private static final int ASSESSOR = 5;
  private static final int START_DATE = 6;

  private static final String NOT_UTF8 =
      "The file is not UTF-8 text. Save it as 'CSV UTF-8' and upload it again.";
  private static final String EMPTY = "The file is empty.";
  private static final String NO_ROWS =
      "The file has no apprentices: add one row per apprentice under the column names.";
  private static final String TOO_MANY =
      "The file has more than %,d rows; split it into smaller files.".formatted(MAX_ROWS);

  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern HEADER_NOISE = Pattern.compile("[\\s_-]");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

  private EnrolmentCsv() {}

  /**
   * What the centre already has, to check rows against. All three are compared case-insensitively;
   * cohorts and assessors hold the names exactly as stored.
   */
  public record Known(Set<String> cohorts, Set<String> assessors, Set<String> emails) {
    public Known {
      cohorts = Set.copyOf(cohorts);
      assessors = Set.copyOf(assessors);
      emails = Set.copyOf(emails);
    }
  }

  /**
   * One apprentice from the file. {@code line} is the physical line in the file where the row
   * starts; email is in lower case; cohort and assessor are spelled as the centre stores them when
   * they exist. {@code startDate} is null when {@code startDateText} is not a date.
   */
  public record Row(
      int line,
      String firstName,
      String lastName,
      String email,
      String employer,
      String cohort,
      String assessor,
      LocalDate startDate,
      String startDateText,
      List<String> problems) {
    public Row {
      problems = List.copyOf(problems);
    }

    /** The same row with one more problem, found by a check the file reader cannot make. */
    public Row withProblem(String problem) {
      List<String> more = new java.util.ArrayList<>(problems);
      more.add(problem);
      return new Row(
          line,
          firstName,
          lastName,
          email,
          employer,
          cohort,
          assessor,
          startDate,
          startDateText,
          more);
    }

    /** A row with no problems, for exporting apprentices who are already enrolled. */
    public static Row of(
        String firstName,
        String lastName,
        String email,
        String employer,
        String cohort,
        String assessor,
        LocalDate startDate) {
      return new Row(
          0,
          firstName,
          lastName,
          email,
          employer,
          cohort,
          assessor,
          startDate,
          startDate == null ? "" : startDate.toString(),
          List.of());
    }

    public boolean valid() {
      return problems.isEmpty();
    }

    private List<String> columns() {
      String start = startDate != null ? startDate.toString() : startDateText;
      return Arrays.asList(firstName, lastName, email, employer, cohort, assessor, start);
    }
  }

  /**
   * What an upload would enrol; {@code fileProblems} stop the whole file, and then rows is empty.
   */
  public record Preview(List<Row> rows, List<String> fileProblems) {
    public Preview {
      rows = List.copyOf(rows);
      fileProblems = List.copyOf(fileProblems);
    }

    private static Preview refused(String problem) {
      return new Preview(List.of(), List.of(problem));
    }

    public boolean valid() {
      return fileProblems.isEmpty() && rows.stream().allMatch(Row::valid);
    }

    public int validRows() {
      return (int) rows.stream().filter(Row::valid).count();
    }

    public int invalidRows() {
      return rows.size() - validRows();
    }
  }

  /**
   * Reads an uploaded file. Throws only when the stream itself fails; the caller owns and closes
   * it.
   */
  public static Preview read(InputStream csv, Known known) throws IOException {
    var decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var reader = new BufferedReader(new InputStreamReader(csv, decoder));
    try {
      skipByteOrderMark(reader);
      return read(reader, known);
    } catch (CharacterCodingException e) {
      return Preview.refused(NOT_UTF8);
    }
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  private record Fields(int line, List<String> values) {}

  private static Preview read(BufferedReader reader, Known known) throws IOException {
    CSVParser parser = FORMAT.parse(reader);
    Iterator<CSVRecord> records = parser.iterator();
    int[] columns = null;
    List<Fields> found = new ArrayList<>();
    // Empty lines are records too (RFC 4180 format keeps them), so each record starts on the line
    // after the one where the previous record ended; CSVRecord's own number counts records.
    long linesRead = 0;
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = (int) linesRead + 1;
        linesRead = parser.getCurrentLineNumber();
        List<String> values = record.stream().map(String::strip).toList();
        if (values.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (columns == null) {
          columns = columns(values);
          String problem = headerProblem(values, columns);
          if (problem != null) {
            return Preview.refused(problem);
          }
        } else if (found.size() == MAX_ROWS) {
          return Preview.refused(TOO_MANY);
        } else {
          found.add(new Fields(line, pick(values, columns)));
        }
      }
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException notUtf8) {
        throw notUtf8;
      }
      if (e.getCause() instanceof CSVException) {
        return Preview.refused(
            ("The file could not be read from line %d: a quotation mark (\") is not closed, or"
                    + " text follows a closing quotation mark. Check the quotation marks on that"
                    + " line.")
                .formatted(linesRead + 1));
      }
      throw e.getCause();
    }
    if (columns == null) {
      return Preview.refused(EMPTY);
    }
    if (found.isEmpty()) {
      return Preview.refused(NO_ROWS);
    }
    return new Preview(check(found, known), List.of());
  }

  /** Where each of HEADERS is in the file's first row, or -1. */
  private static int[] columns(List<String> names) {
    List<String> wanted = HEADERS.stream().map(EnrolmentCsv::headerKey).toList();
    int[] columns = new int[HEADERS.size()];
    Arrays.fill(columns, -1);
    for (int i = 0; i < names.size(); i++) {
      int column = wanted.indexOf(headerKey(names.get(i)));
      if (column >= 0 && columns[column] < 0) {
        columns[column] = i;
      }
    }
    return columns;
  }

  private static String headerKey(String name) {
    return HEADER_NOISE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static String headerProblem(List<String> names, int[] columns) {
    List<String> missing = new ArrayList<>();
    for (int column = 0; column < columns.length; column++) {
      if (columns[column] < 0) {
        missing.add(HEADERS.get(column));
      }
    }
    if (!missing.isEmpty()) {
      return "The file has no column for: %s. The first row must name the columns: %s."
          .formatted(String.join(", ", missing), String.join(", ", HEADERS));
    }
    for (int column = 0; column < columns.length; column++) {
      String key = headerKey(HEADERS.get(column));
      if (names.stream().filter(name -> headerKey(name).equals(key)).count() > 1) {
        return "The file has more than one column for %s; keep only one."
            .formatted(HEADERS.get(column));
      }
    }
    return null;
  }

  /** The row's values in the order of HEADERS; a short row's missing fields are empty. */
  private static List<String> pick(List<String> values, int[] columns) {
    return Arrays.stream(columns).mapToObj(i -> i < values.size() ? values.get(i) : "").toList();
  }

  private static List<Row> check(List<Fields> found, Known known) {
    Map<String, String> cohorts = byLowerCase(known.cohorts());
    Map<String, String> assessors = byLowerCase(known.assessors());
    Set<String> emails = byLowerCase(known.emails()).keySet();
    Map<Integer, String> repeats = repeatedEmails(found);
    List<Row> rows = new ArrayList<>(found.size());
    for (Fields fields : found) {
      List<String> v = fields.values();
      List<String> problems = new ArrayList<>();
      present("First name", v.get(FIRST_NAME), 100, problems);
      present("Last name", v.get(LAST_NAME), 100, problems);
      String email = lowerCase(v.get(EMAIL));
      if (present("Email", email, 254, problems)) {
        if (!EMAIL_ADDRESS.matcher(email).matches()) {
          problems.add("Email \"%s\" is not an email address.".formatted(v.get(EMAIL)));
        } else if (emails.contains(email)) {
          problems.add("Email %s is already used at this centre.".formatted(email));
        }
      }
      if (repeats.containsKey(fields.line())) {
        problems.add(repeats.get(fields.line()));
      }
      present("Employer", v.get(EMPLOYER), 200, problems);
      String cohort = v.get(COHORT);
      if (present("Cohort", cohort, Integer.MAX_VALUE, problems)) {
        String stored = cohorts.get(lowerCase(cohort));
        if (stored == null) {
          problems.add("Cohort \"%s\" does not exist at this centre.".formatted(cohort));
        } else {
          cohort = stored;
        }
      }
      String assessor = v.get(ASSESSOR);
      if (present("Assessor username", assessor, Integer.MAX_VALUE, problems)) {
        String stored = assessors.get(lowerCase(assessor));
        if (stored == null) {
          problems.add("Assessor \"%s\" is not an assessor at this centre.".formatted(assessor));
        } else {
          assessor = stored;
        }
      }
      String startText = v.get(START_DATE);
      LocalDate start = null;
      if (present("Start date", startText, Integer.MAX_VALUE, problems)) {
        start = date(startText);
        if (start == null) {
          problems.add(
              "Start date \"%s\" is not a date; use 2026-09-01 or 01/09/2026."
                  .formatted(startText));
        }
      }
      rows.add(
          new Row(
              fields.line(),
              v.get(FIRST_NAME),
              v.get(LAST_NAME),
              email,
              v.get(EMPLOYER),
              cohort,
              assessor,
              start,
              startText,
              problems));
    }
    return rows;
  }

  /** Adds a problem when value is empty or too long; true when it is neither. */
  private static boolean present(String field, String value, int maxLength, List<String> problems) {
    if (value.isEmpty()) {
      problems.add(field + " is missing.");
      return false;
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      problems.add("%s is longer than %d characters.".formatted(field, maxLength));
      return false;
    }
    return true;
  }

  /**
   * Both ends of each repeat are flagged, so neither row is enrolled by mistake: later rows name
   * the first, and the first names its first repeat.
   */
  private static Map<Integer, String> repeatedEmails(List<Fields> found) {
    Map<String, Integer> firstLine = new HashMap<>();
    Map<Integer, String> problems = new HashMap<>();
    for (Fields fields : found) {
      String email = lowerCase(fields.values().get(EMAIL));
      if (email.isEmpty()) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(email, fields.line());
      if (first != null) {
        problems.put(fields.line(), "Email %s is also on line %d.".formatted(email, first));
        problems.putIfAbsent(
            first, "Email %s is repeated on line %d.".formatted(email, fields.line()));
      }
    }
    return problems;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text, text.contains("/") ? UK_DATE : DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> byLowerCase(Set<String> names) {
    return names.stream()
        .collect(Collectors.toMap(EnrolmentCsv::lowerCase, Function.identity(), (a, b) -> a));
  }

  /**
   * The rows that have problems, for the administrator to fix: the line, the seven columns as read,
   * and the problems joined with "; ". Problems with the whole file come first, with no line.
   */
  public static byte[] errorReport(Preview preview) {
    List<String> header = new ArrayList<>();
    header.add("line");
    header.addAll(HEADERS);
    header.add("problems");
    Stream<List<String>> fileProblems =
        preview.fileProblems().stream()
            .map(
                problem -> {
                  List<String> record = new ArrayList<>(Collections.nCopies(9, ""));
                  record.set(8, problem);
                  return record;
                });
    Stream<List<String>> rowProblems =
        preview.rows().stream()
            .filter(row -> !row.valid())
            .map(
                row -> {
                  List<String> record = new ArrayList<>();
                  record.add(String.valueOf(row.line()));
                  record.addAll(row.columns());
                  record.add(String.join("; ", row.problems()));
                  return record;
                });
    return SpreadsheetCsv.write(header, Stream.concat(fileProblems, rowProblems).toList());
  }

  /** The rows in the upload's columns, start dates as 2026-09-01, for export or re-upload. */
  public static byte[] write(List<Row> rows) {
    return SpreadsheetCsv.write(HEADERS, rows.stream().map(Row::columns).toList());
  }
}
