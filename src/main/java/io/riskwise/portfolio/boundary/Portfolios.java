package io.riskwise.portfolio.boundary;

import io.riskwise.identity.entity.User;
import io.riskwise.learning.boundary.LearningAdvice;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.control.ContentRules;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.control.ReadinessCheck;
import io.riskwise.portfolio.control.ReadinessCheck.Advice;
import io.riskwise.portfolio.control.ReadinessCheck.Occasion;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.RiskAssessment;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The apprentice's risk assessments: drafts saved with optimistic locking (a stale save from
 * another tab is refused with 409, never merged silently), submitted versions frozen with a SHA-256
 * digest of their RFC 8785 form, the readiness check, and the history of what changed between
 * submissions. Pages and the REST API both come through here.
 */
@ApplicationScoped
public class Portfolios {
  static final String UNTITLED = "Untitled risk assessment";

  @Inject PortfolioAccess access;
  @Inject Matrices matrices;
  @Inject LearningAdvice learning;
  @Inject jakarta.enterprise.event.Event<PortfolioEvents.Submitted> submitted;
  @PersistenceContext EntityManager em;

  /** A line in the list of someone's risk assessments. */
  public record Summary(
      long id,
      String title,
      LocalDate assessedOn,
      String updatedAt,
      long version,
      long submittedVersions,
      String lastSubmittedAt) {}

  /** The working draft, as the editor and the API show it. */
  public record Draft(
      long id,
      long apprenticeId,
      long version,
      String updatedAt,
      AssessmentContent content,
      Readiness readiness) {}

  /** A submitted version in the history, with what changed since the one before. */
  public record VersionJson(
      long id, int number, String submittedAt, String digest, List<Documents.Change> changes) {}

  /** Two statements whatever the number of assessments. */
  public List<Summary> assessmentsOf(User apprentice) {
    List<RiskAssessment> assessments =
        em.createNamedQuery(RiskAssessment.OF_APPRENTICE, RiskAssessment.class)
            .setParameter("apprenticeId", apprentice.getId())
            .getResultList();
    if (assessments.isEmpty()) {
      return List.of();
    }
    Map<Long, Object[]> versions = new HashMap<>();
    em.createNamedQuery(AssessmentVersion.COUNT_BY_ASSESSMENT, Object[].class)
        .setParameter("ids", assessments.stream().map(RiskAssessment::getId).toList())
        .getResultList()
        .forEach(row -> versions.put((Long) row[0], row));
    return assessments.stream()
        .map(
            a -> {
              Object[] v = versions.get(a.getId());
              return new Summary(
                  a.getId(),
                  a.getTitle(),
                  a.getAssessedOn(),
                  a.getUpdatedAt().toString(),
                  a.getVersion(),
                  v == null ? 0 : (Long) v[1],
                  v == null ? null : v[2].toString());
            })
        .toList();
  }

  @Transactional
  public RiskAssessment create(User apprentice, AssessmentContent content) {
    AssessmentContent prepared = prepare(content, matrices.of(apprentice.getCentre()).matrix());
    RiskAssessment assessment = new RiskAssessment(apprentice.getId());
    assessment.replace(title(prepared), prepared.getDate(), Documents.write(prepared));
    em.persist(assessment);
    em.flush();
    return assessment;
  }

  /** A risk assessment the viewer may read; 404 otherwise. */
  public RiskAssessment find(User viewer, long id) {
    String notFound = "There is no risk assessment " + id + " that you can see.";
    RiskAssessment assessment = em.find(RiskAssessment.class, id);
    if (assessment == null) {
      throw new ProblemException(Response.Status.NOT_FOUND, notFound);
    }
    access.readable(viewer, assessment.getApprenticeId(), notFound);
    return assessment;
  }

  public Draft draft(User viewer, long id) {
    RiskAssessment assessment = find(viewer, id);
    return new Draft(
        assessment.getId(),
        assessment.getApprenticeId(),
        assessment.getVersion(),
        assessment.getUpdatedAt().toString(),
        Documents.read(assessment.getContent()),
        readiness(assessment));
  }

  /**
   * Saves the draft if nobody saved it since {@code expectedVersion} was read; otherwise 409 and
   * nothing changes. Ratings are recomputed from the assessment's own matrix.
   */
  @Transactional
  public RiskAssessment save(
      User viewer, long id, long expectedVersion, AssessmentContent content) {
    RiskAssessment assessment = owned(viewer, id);
    if (assessment.getVersion() != expectedVersion) {
      throw conflict(assessment.getVersion(), expectedVersion);
    }
    AssessmentContent prepared =
        prepare(content, Documents.read(assessment.getContent()).getMatrix());
    assessment.replace(title(prepared), prepared.getDate(), Documents.write(prepared));
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(expectedVersion + 1, expectedVersion);
    }
    return assessment;
  }

  public Readiness readiness(RiskAssessment assessment) {
    return readiness(assessment.getApprenticeId(), Documents.read(assessment.getContent()));
  }

  /**
   * The readiness check of an apprentice's assessment (a draft or a submitted version), counting
   * for C6 ER3 only the apprentice's dated evidence mapped to C6 or its INSCS027 twins, each
   * requirement with the lesson that teaches it and what the apprentice's knowledge checks say.
   */
  public Readiness readiness(long apprenticeId, AssessmentContent content) {
    Set<Occasion> occasions = new LinkedHashSet<>();
    em.createNamedQuery(EvidenceItem.OCCASIONS_OF_APPRENTICE, Object[].class)
        .setParameter("apprenticeId", apprenticeId)
        .getResultList()
        .forEach(
            row -> occasions.add(new Occasion((LocalDate) row[0], row[1] + " (" + row[2] + ")")));
    var lessons = learning.of(apprenticeId);
    return new ReadinessCheck()
        .check(content, occasions)
        .withAdvice(
            check ->
                lessons
                    .apply(check.requirement())
                    .map(a -> new Advice(a.message(), a.lessonTitle(), a.lessonHref()))
                    .orElse(null));
  }

  /**
   * Freezes the saved draft as the next version. The draft stays as it is, for further edits;
   * submitting the same content twice is refused, as is a submission of a stale draft.
   */
  @Transactional
  public AssessmentVersion submit(User viewer, long id, long expectedVersion) {
    RiskAssessment assessment = owned(viewer, id);
    if (assessment.getVersion() != expectedVersion) {
      throw conflict(assessment.getVersion(), expectedVersion);
    }
    List<AssessmentVersion> earlier = versionsOf(assessment);
    if (!earlier.isEmpty()
        && Documents.sameContent(
            earlier.get(earlier.size() - 1).getContent(), assessment.getContent())) {
      throw new ProblemException(
          Response.Status.CONFLICT,
          "Nothing has changed since version "
              + earlier.size()
              + " was submitted; change the draft before submitting again.");
    }
    AssessmentVersion version =
        new AssessmentVersion(assessment.getId(), earlier.size() + 1, assessment.getContent());
    em.persist(version);
    em.flush();
    submitted.fire(
        new PortfolioEvents.Submitted(
            assessment.getApprenticeId(),
            assessment.getId(),
            version.getId(),
            version.getNumber()));
    return version;
  }

  public List<VersionJson> versions(User viewer, long id) {
    List<AssessmentVersion> versions = versionsOf(find(viewer, id));
    List<VersionJson> views = new ArrayList<>();
    String previous = null;
    for (AssessmentVersion v : versions) {
      views.add(
          new VersionJson(
              v.getId(),
              v.getNumber(),
              v.getSubmittedAt().toString(),
              v.getDigest(),
              previous == null ? List.of() : Documents.changes(previous, v.getContent())));
      previous = v.getContent();
    }
    return views;
  }

  public AssessmentVersion version(User viewer, long id, int number) {
    return versionsOf(find(viewer, id)).stream()
        .filter(v -> v.getNumber() == number)
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    Response.Status.NOT_FOUND,
                    "Risk assessment " + id + " has no submitted version " + number + "."));
  }

  public String ownerName(RiskAssessment assessment) {
    return em.find(User.class, assessment.getApprenticeId()).getDisplayName();
  }

  public List<AssessmentVersion> versionsOf(RiskAssessment assessment) {
    return em.createNamedQuery(AssessmentVersion.OF_ASSESSMENT, AssessmentVersion.class)
        .setParameter("assessmentId", assessment.getId())
        .getResultList();
  }

  private RiskAssessment owned(User viewer, long id) {
    RiskAssessment assessment = find(viewer, id);
    access.writable(
        viewer,
        assessment.getApprenticeId(),
        "There is no risk assessment " + id + " that you can see.");
    return assessment;
  }

  private static AssessmentContent prepare(
      AssessmentContent content, io.riskwise.rating.Matrix matrix) {
    AssessmentContent prepared = (content == null ? new AssessmentContent() : content).normalise();
    prepared.dropBlankParts();
    prepared.setMatrix(matrix);
    List<Problem.FieldError> problems = ContentRules.problems(prepared);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    prepared.assignIds();
    prepared.rate();
    return prepared;
  }

  private static String title(AssessmentContent content) {
    return Text.present(content.getTitle()) ? content.getTitle().strip() : UNTITLED;
  }

  private static ProblemException conflict(long saved, long yours) {
    return new ProblemException(
        Response.Status.CONFLICT,
        "This draft was saved from another tab or device since you opened it (you have version "
            + yours
            + ", the saved one is "
            + saved
            + "). Nothing was saved: copy your changes, reload, and make them again.");
  }
}
