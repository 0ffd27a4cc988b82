package io.riskwise.portfolio.boundary;

import io.riskwise.identity.entity.User;
import io.riskwise.platform.download.Downloads;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.control.PortfolioPdf;
import io.riskwise.portfolio.entity.RiskAssessment;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** PDF exports of one risk assessment and of a whole portfolio, for whoever may read them. */
@ApplicationScoped
public class PortfolioExports {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");

  @Inject Portfolios portfolios;
  @Inject EvidenceItems evidence;
  @Inject Mappings mappings;
  @PersistenceContext EntityManager em;

  /** A file to download. */
  public record Export(byte[] bytes, String fileName) {}

  public Export assessment(User viewer, long id) {
    RiskAssessment assessment = portfolios.find(viewer, id);
    User apprentice = em.find(User.class, assessment.getApprenticeId());
    byte[] pdf =
        PortfolioPdf.assessment(
            header(apprentice),
            draftLabel(assessment),
            Documents.read(assessment.getContent()),
            portfolios.readiness(assessment));
    LocalDate date =
        assessment.getAssessedOn() != null
            ? assessment.getAssessedOn()
            : LocalDate.ofInstant(assessment.getUpdatedAt(), ZoneOffset.UTC);
    return new Export(pdf, assessmentFileName(assessment.getTitle(), date));
  }

  /** The caller has already been allowed to read {@code apprentice}'s portfolio. */
  public Export portfolio(User viewer, User apprentice) {
    List<PortfolioPdf.Assessment> assessments =
        em
            .createNamedQuery(RiskAssessment.OF_APPRENTICE, RiskAssessment.class)
            .setParameter("apprenticeId", apprentice.getId())
            .getResultList()
            .stream()
            .map(a -> new PortfolioPdf.Assessment(draftLabel(a), Documents.read(a.getContent())))
            .toList();
    byte[] pdf =
        PortfolioPdf.portfolio(
            header(apprentice),
            assessments,
            evidence.of(apprentice),
            mappings.grid(apprentice, Mappings.DEFAULT_UNITS));
    String name = "Portfolio " + apprentice.getDisplayName();
    return new Export(pdf, Downloads.fileName(name, LocalDate.now(ZoneOffset.UTC), "pdf"));
  }

  /**
   * "Till and refunds", 30 November 2026: {@code Till-and-refunds-risk-assessment-2026-11-30.pdf};
   * the date is the day of the assessment, or of its last save while it has none.
   */
  static String assessmentFileName(String title, LocalDate date) {
    String name = Text.present(title) ? title : "Risk assessment";
    if (!name.toLowerCase(Locale.ROOT).contains("risk assessment")) {
      name += " risk assessment";
    }
    return Downloads.fileName(name, date, "pdf");
  }

  private static PortfolioPdf.Header header(User apprentice) {
    return new PortfolioPdf.Header(
        apprentice.getDisplayName(),
        apprentice.getCentre().getName(),
        ZonedDateTime.now(ZoneId.of("UTC")).format(WHEN));
  }

  private static String draftLabel(RiskAssessment assessment) {
    return PortfolioPdf.draftLabel(assessment.getUpdatedAt());
  }
}
