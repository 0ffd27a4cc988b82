package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.catalogue.control.CatalogueReader;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.platform.content.ContentFiles;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.control.ReadinessCheck;
import io.riskwise.portfolio.control.ReadinessCheck.Advice;
import io.riskwise.portfolio.control.ReadinessCheck.Check;
import io.riskwise.portfolio.control.ReadinessCheck.Occasion;
import io.riskwise.portfolio.control.ReadinessCheck.Place;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.control.ReadinessCheck.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the readiness analysis sits on the judging page: beside the criteria it concerns. */
class JudgingAnalysisTest {
  static final Catalogue CATALOGUE =
      new CatalogueReader().read(ContentFiles.fromDirectory(Path.of("content", "catalogue")));
  static final Advice ADVICE =
      new Advice(
          "Learn this in Acting on risk, lesson 3: Informing customers and staff.",
          "Informing customers and staff",
          "/app/learning/lesson.xhtml?id=acting-on-risk&lesson=3");

  @Test
  void aRequirementSitsBesideItsOwnCriterionAndItsJudgedTwins() {
    Check pc4 = check("INSCS027.PC4", Verdict.MET);
    Check er6b = check("C6.ER6b", Verdict.THIN);
    Check er3 = check("C6.ER3", Verdict.MISSING);
    Readiness readiness =
        new Readiness(
            false,
            List.of(pc4, er6b, er3),
            List.of(new Occasion(LocalDate.of(2026, 10, 3), "Saturday rush (witness testimony)")));

    Judging.Analysis analysis =
        Judging.place(
            readiness, Set.of("INSCS027.PC4", "C6.1.4", "INSCS027.PC9"), CATALOGUE::twins);

    assertEquals(List.of("INSCS027.PC4"), requirements(analysis.beside("INSCS027.PC4")));
    assertEquals(List.of("INSCS027.PC4"), requirements(analysis.beside("C6.1.4")));
    assertEquals(
        List.of("C6.ER6b"), requirements(analysis.beside("INSCS027.PC9")), "its cross-map twin");
    assertEquals(List.of("C6.ER3"), requirements(analysis.general()), "no judged criterion");
    assertEquals(List.of("3 Oct 2026: Saturday rush (witness testimony)"), analysis.occasions());
    assertEquals(1, analysis.met());
    assertEquals(3, analysis.total());
    Judging.Finding thin = analysis.beside("INSCS027.PC9").get(0);
    assertEquals("Thin", thin.verdictLabel());
    assertEquals("thin", thin.verdictStyle());
    assertEquals("Risk 1: Queue at the till", thin.places().get(0).name());
    assertEquals(ADVICE, thin.advice());
  }

  @Test
  void aVersionSavedBeforeTheNewFieldsIsStillAnalysed() {
    String old =
        "{\"title\":\"Tills\",\"stages\":[{\"id\":\"s1\",\"name\":\"Paying\",\"risks\":"
            + "[{\"id\":\"r1\",\"kind\":\"HEALTH_AND_SAFETY\",\"description\":\"slip\","
            + "\"probability\":3,\"consequence\":4,\"decision\":\"ACT\",\"actions\":"
            + "[{\"description\":\"Mop\",\"status\":\"DONE\"}]}]}],"
            + "\"consultees\":[{\"name\":\"x\"}],\"customersTold\":\"n/a\"}";
    Readiness readiness = new ReadinessCheck().check(Documents.read(old), Set.of());
    Judging.Analysis analysis = Judging.place(readiness, Set.of("INSCS027.PC4"), CATALOGUE::twins);
    assertTrue(analysis.available());
    assertEquals(
        readiness.checks().size(),
        analysis.general().size() + analysis.beside("INSCS027.PC4").size());
  }

  private static Check check(String requirement, Verdict verdict) {
    List<Place> places =
        verdict == Verdict.MET
            ? List.of()
            : List.of(new Place("risk-r1", "Risk 1: Queue at the till", verdict, "Say more."));
    return new Check(
        requirement, verdict == Verdict.MET, "What was found.", null, verdict, places, ADVICE);
  }

  private static List<String> requirements(List<Judging.Finding> findings) {
    return findings.stream().map(Judging.Finding::requirement).toList();
  }
}
