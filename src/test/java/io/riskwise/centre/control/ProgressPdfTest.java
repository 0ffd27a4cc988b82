package io.riskwise.centre.control;

import static io.riskwise.centre.control.Apprentice.SCHEME;
import static io.riskwise.centre.control.Apprentice.TODAY;
import static io.riskwise.centre.control.Apprentice.apprentice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPdfTest {

  @Test
  void reportShowsTheFiguresAndEachApprenticeWithTheStatusInWords() throws IOException {
    ApprenticeProgress alex =
        apprentice()
            .id(1)
            .name("Alex Apprentice")
            .startedDaysAgo(100)
            .idleFor(34)
            .met("INSCS027", 5)
            .signedOff("C6", "INSCS009")
            .modules(3)
            .progress();
    ApprenticeProgress sam =
        apprentice().id(2).name("Sam Singh").cohort(10, "September 2026").neverActive().progress();
    List<ApprenticeProgress> rows = List.of(alex, sam);
    Rollup rollup =
        Rollup.of(
            rows,
            List.of(
                new Turnaround(1, 100, TODAY.minusDays(10), TODAY.minusDays(6)),
                new Turnaround(1, 100, TODAY.minusDays(5), TODAY.minusDays(4))));

    byte[] pdf =
        ProgressPdf.of("September 2026 cohort", "Leith College", rollup, rows, SCHEME, TODAY);

    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
    String text = text(pdf);
    assertTrue(text.contains("September 2026 cohort"), text);
    assertTrue(text.contains("1 red, 0 amber, 1 green"), text);
    assertTrue(text.contains("2 decided submissions: mean 2.5 days, median 2.5 days"), text);
    assertTrue(text.contains("90\u2013100%"), text);
    assertTrue(text.contains("Had a unit signed off"), text);
    assertTrue(text.contains("Alex Apprentice"), text);
    assertTrue(text.contains("Sam Singh"), text);
    assertTrue(text.contains("mandatory 1 of 2, optional 0 of 8"), text);
    assertTrue(text.contains("3 of 5"), text);
    assertTrue(text.contains("Red"), text);
    assertTrue(text.contains("No activity for 34 days"), text);
    assertTrue(text.contains("Never"), text);
  }

  @Test
  void anEmptyGroupStillExports() throws IOException {
    byte[] pdf =
        ProgressPdf.of(null, null, Rollup.of(List.of(), List.of()), List.of(), SCHEME, TODAY);

    String text = text(pdf);
    assertTrue(text.contains("Progress report"), text);
    assertTrue(text.contains("No apprentices in this group."), text);
    assertTrue(text.contains("No decided submissions yet"), text);
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    reader.close();
    return text.toString();
  }
}
