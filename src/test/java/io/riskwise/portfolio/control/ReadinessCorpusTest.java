package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.portfolio.control.ReadinessCheck.Check;
import io.riskwise.portfolio.control.ReadinessCheck.Occasion;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.control.ReadinessCheck.Verdict;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.rating.Matrix;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the readiness check over a corpus of risk assessments written for it (one JSON file each in
 * {@code src/test/resources/readiness}), each of a different customer-facing workplace: strong,
 * thin, gamed, health-and-safety-only ones, and ones breaking one rule of the check. Each file
 * gives, for every requirement, the verdict an assessor applying the readiness rules would give;
 * the check must agree everywhere: no false pass (the check more lenient than the assessor), no
 * false fail (stricter).
 *
 * <p>A file holds {@code name}, {@code why}, {@code mappedEvidence} (dated items mapped to C6 or
 * INSCS027), {@code expected} (requirement to MISSING / THIN / MET) and either {@code assessment}
 * (the content as the API stores it) or {@code demo} (the name of a demo assessment in {@code
 * src/main/resources/demo/portfolio}).
 */
class ReadinessCorpusTest {
  static final List<String> REQUIREMENTS =
      List.of(
          "C6.MP1",
          "INSCS027.PC2",
          "INSCS027.PC3",
          "INSCS027.PC4",
          "INSCS027.PC5",
          "C6.ER6a",
          "C6.ER6b",
          "C6.ER6c",
          "C6.ER6d",
          "C6.ER7",
          "C6.ER8a",
          "C6.ER8b",
          "C6.MP2",
          "C6.MP3",
          "C6.MP4",
          "INSCS027.PC6",
          "INSCS027.PC7",
          "C6.ER3");

  /** One assessment of the corpus with what an assessor expects of it. */
  record Case(
      String file,
      String name,
      String why,
      AssessmentContent content,
      Set<Occasion> evidence,
      Map<String, Verdict> expected) {

    @Override
    public String toString() {
      return file;
    }
  }

  /** Where the check and the expected verdict differ. */
  record Mismatch(String file, String requirement, Verdict expected, Check got) {

    /** The check let through something the assessor would not. */
    boolean falsePass() {
      return got.verdict().compareTo(expected) > 0;
    }

    @Override
    public String toString() {
      return String.format(
          "%s %s: expected %s, got %s (%s)%s",
          file,
          requirement,
          expected,
          got.verdict(),
          got.message(),
          got.places().isEmpty()
              ? ""
              : got.places().stream()
                  .map(p -> p.field() + " " + p.verdict() + ": " + p.message())
                  .collect(Collectors.joining("; ", " places: ", "")));
    }
  }

  static Stream<Case> corpus() throws IOException, URISyntaxException {
    Path folder = Path.of(ReadinessCorpusTest.class.getResource("/readiness").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(ReadinessCorpusTest::read)
          .toList()
          .stream();
    }
  }

  static Case read(Path file) {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
      JsonObject json = reader.readObject();
      String assessment =
          json.containsKey("demo")
              ? demo(json.getString("demo"))
              : json.getJsonObject("assessment").toString();
      AssessmentContent content = Documents.read(assessment);
      if (content.getMatrix() == null) {
        content.setMatrix(Matrix.standard());
      }
      content.assignIds();
      content.rate();
      Set<Occasion> evidence = new HashSet<>();
      for (JsonValue item : json.getJsonArray("mappedEvidence")) {
        JsonObject occasion = item.asJsonObject();
        evidence.add(
            new Occasion(
                LocalDate.parse(occasion.getString("date")), occasion.getString("occasion")));
      }
      Map<String, Verdict> expected = new LinkedHashMap<>();
      json.getJsonObject("expected")
          .forEach((requirement, verdict) -> expected.put(requirement, verdict(verdict)));
      return new Case(
          file.getFileName().toString(),
          json.getString("name"),
          json.getString("why"),
          content,
          Set.copyOf(evidence),
          expected);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  static Verdict verdict(JsonValue value) {
    return Verdict.valueOf(value.toString().replace("\"", ""));
  }

  static String demo(String name) throws IOException {
    try (InputStream in =
        ReadinessCorpusTest.class.getResourceAsStream("/demo/portfolio/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Mismatch> mismatches(Case c) {
    Readiness readiness = new ReadinessCheck().check(c.content(), c.evidence());
    Map<String, Check> got =
        readiness.checks().stream()
            .collect(Collectors.toMap(Check::requirement, check -> check, (a, b) -> a));
    List<Mismatch> mismatches = new ArrayList<>();
    c.expected()
        .forEach(
            (requirement, verdict) -> {
              Check check =
                  got.getOrDefault(
                      requirement,
                      new Check(
                          requirement,
                          false,
                          "the check gave no verdict for this requirement",
                          null,
                          Verdict.MISSING,
                          List.of(),
                          null));
              if (check.verdict() != verdict) {
                mismatches.add(new Mismatch(c.file(), requirement, verdict, check));
              }
            });
    return mismatches;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theCheckGivesTheVerdictAnAssessorWould(Case c) {
    assertEquals(
        REQUIREMENTS, List.copyOf(c.expected().keySet()), c.file() + " expects all 18, in order");
    Readiness readiness = new ReadinessCheck().check(c.content(), c.evidence());
    assertEquals(
        REQUIREMENTS, readiness.checks().stream().map(Check::requirement).toList(), c.file());
    for (Check check : readiness.checks()) {
      assertEquals(check.verdict() == Verdict.MET, check.met(), check.toString());
      assertNotNull(check.message(), check.toString());
    }
    assertEquals(c.expected().values().stream().allMatch(v -> v == Verdict.MET), readiness.ready());
    List<Mismatch> mismatches = mismatches(c);
    assertTrue(
        mismatches.isEmpty(),
        c.name()
            + " ("
            + c.why()
            + ")\n"
            + mismatches.stream().map(Mismatch::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void noFalsePassesAndNoFalseFailsOnAnyRequirement() throws Exception {
    List<Case> cases = corpus().toList();
    assertTrue(cases.size() >= 14, "the corpus has " + cases.size() + " assessments");
    Map<String, int[]> counts = new TreeMap<>();
    REQUIREMENTS.forEach(r -> counts.put(r, new int[2]));
    List<Mismatch> all = new ArrayList<>();
    for (Case c : cases) {
      for (Mismatch m : mismatches(c)) {
        counts.get(m.requirement())[m.falsePass() ? 0 : 1]++;
        all.add(m);
      }
    }
    StringBuilder report =
        new StringBuilder(
            String.format(
                "Readiness corpus: %d assessments x %d requirements%n%-14s %12s %12s%n",
                cases.size(), REQUIREMENTS.size(), "requirement", "false passes", "false fails"));
    for (String requirement : REQUIREMENTS) {
      int[] n = counts.get(requirement);
      report.append(String.format("%-14s %12d %12d%n", requirement, n[0], n[1]));
    }
    System.out.print(report);
    assertTrue(
        all.isEmpty(),
        report
            + "\nFalse passes:\n"
            + all.stream()
                .filter(Mismatch::falsePass)
                .map(Mismatch::toString)
                .collect(Collectors.joining("\n"))
            + "\nFalse fails:\n"
            + all.stream()
                .filter(m -> !m.falsePass())
                .map(Mismatch::toString)
                .collect(Collectors.joining("\n")));
  }

  /** Drafts half filled in or sent malformed by a client: each must simply get a verdict. */
  static Stream<String> brokenDrafts() {
    return Stream.of(
        "{}",
        "{\"stages\":null,\"consultees\":null,\"costBenefits\":null,\"swot\":null}",
        "{\"stages\":[],\"consultees\":[],\"costBenefits\":[]}",
        "{\"stages\":[null,{},{\"name\":null,\"risks\":null,\"noneFound\":null}]}",
        "{\"stages\":[{\"name\":\"Till\",\"risks\":[null,{},{\"kind\":null,\"description\":"
            + "\"Customer slips on the wet floor by the door\"}]}]}",
        "{\"stages\":[{\"id\":\"s1\",\"name\":\"Counter\",\"momentOfTruth\":true,\"risks\":"
            + "[{\"id\":\"r1\",\"description\":\"Wrong change given\",\"decision\":\"ACT\","
            + "\"actions\":[null,{},{\"status\":\"DONE\",\"origin\":\"MINE\"},{\"description\":"
            + "\"Count the change back\",\"origin\":null,\"status\":null}]},{\"id\":\"r1\","
            + "\"decision\":\"TOLERATE\",\"probability\":5,\"consequence\":5},{\"id\":null,"
            + "\"residualProbability\":1,\"residualConsequence\":1}]}],\"consultees\":[null,{},"
            + "{\"name\":\"Sam Jones\",\"group\":null,\"riskIds\":[\"r99\",null,\"\"]},"
            + "{\"name\":\"Dee\",\"group\":\"COLLEAGUES\",\"contribution\":\"Checked the till"
            + " figures with me every day\",\"riskIds\":null}]}",
        "{\"stages\":[{\"name\":\"   \",\"description\":\"...\",\"noneFound\":{\"BOGUS\":"
            + "\"nothing here\",\"FINANCIAL\":\"   \",\"REPUTATIONAL\":null},\"risks\":[{\"kind\":"
            + "\"OTHER\",\"description\":\"?!\",\"probability\":9,\"consequence\":0,"
            + "\"consequenceFinance\":\"-\",\"justification\":\"\",\"review\":\"\"}]}],"
            + "\"customersTold\":\"\u00e9\u00e9 \u4e2d\u6587 \ud83d\ude00\",\"customersToldWho\":"
            + "\"x\",\"staffAwareness\":null,\"staffToldOn\":\"2026-10-01\"}");
  }

  @ParameterizedTest
  @MethodSource("brokenDrafts")
  void aMalformedOrHalfFilledDraftAlwaysGetsAVerdict(String json) {
    AssessmentContent content = Documents.read(json);
    content.setMatrix(Matrix.standard());
    for (boolean prepared : List.of(false, true)) {
      if (prepared) {
        content.assignIds();
        content.rate();
      }
      Set<Occasion> evidence =
          Set.of(
              new Occasion(null, "an undated item"),
              new Occasion(LocalDate.of(2026, 9, 1), "Witness testimony"));
      Readiness readiness =
          assertDoesNotThrow(() -> new ReadinessCheck().check(content, evidence), json);
      assertEquals(
          REQUIREMENTS, readiness.checks().stream().map(Check::requirement).toList(), json);
      readiness.checks().forEach(check -> assertNotNull(check.verdict(), check.toString()));
      assertFalse(readiness.ready(), json);
    }
  }

  /** The corpus stays a corpus: every workplace different, every file explaining itself. */
  @Test
  void everyAssessmentIsOfADifferentWorkplace() throws Exception {
    List<Case> cases = corpus().toList();
    Set<String> organisations = new HashSet<>();
    for (Case c : cases) {
      assertFalse(c.why().isBlank(), c.file());
      assertTrue(
          organisations.add(String.valueOf(c.content().getOrganisation())),
          c.file() + " repeats " + c.content().getOrganisation());
    }
    assertEquals(cases.size(), organisations.size());
  }
}
