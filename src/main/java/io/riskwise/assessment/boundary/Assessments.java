package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.VersionReview;
import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.boundary.Twins;
import io.riskwise.catalogue.control.TwinRule;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Kind;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.boundary.Mappings;
import io.riskwise.portfolio.boundary.PortfolioEvents;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.RiskAssessment;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessor's judgements: the review of one submitted version (each claim accepted or rejected,
 * each criterion met or not yet met, the work returned or the criteria recorded as met; the rules
 * of who decides and when are {@link io.riskwise.assessment.entity.VersionReview}'s), where each
 * criterion stands, and who may see an apprentice's judgements. Every judgement names the exact
 * version or evidence it judged, is only ever added, and is appended to the centre's audit trail in
 * the same transaction. The queue is {@link AssessorQueue}; learning and the assessor's own records
 * are {@link AssessorRecords}.
 */
@ApplicationScoped
public class Assessments {

  @Inject People people;
  @Inject Catalogues catalogues;
  @Inject Mappings mappings;
  @Inject AuditTrail audit;
  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  @Inject Twins twins;

  /** Where a criterion stands for an apprentice. */
  public enum Status {
    NOT_STARTED,
    EVIDENCE_CLAIMED,
    MET,
    NOT_YET_MET;

    public String getLabel() {
      return switch (this) {
        case NOT_STARTED -> "Not started";
        case EVIDENCE_CLAIMED -> "Evidence claimed";
        case MET -> "Met";
        case NOT_YET_MET -> "Not yet met";
      };
    }
  }

  /**
   * A criterion of a unit with its status and the latest judgement's feedback. A criterion met
   * through an exact twin ({@link TwinRule}) names it in {@code metThrough}; {@code judgedBy} and
   * {@code judgedOn} name the judgement (or the twin unit's sign-off, {@code basis} SIGNED_OFF)
   * that decides the status, and {@code origin} says it in words.
   */
  public record CriterionRow(
      String criterionId,
      String number,
      String text,
      Kind kind,
      Status status,
      String feedback,
      String metThrough,
      TwinRule.Basis basis,
      String judgedBy,
      LocalDate judgedOn,
      String origin) {}

  /** One of the apprentice's claims on the submitted assessment, with the latest decision on it. */
  public record ClaimRow(
      long mappingId,
      Long evidenceId,
      String criterionId,
      String criterion,
      String part,
      String evidence,
      List<String> twins,
      Judgement.Status decision,
      String feedback) {}

  /** A submitted version as its assessor reviews it. */
  public record Submission(
      long versionId,
      int number,
      String submittedAt,
      String digest,
      long assessmentId,
      long apprenticeId,
      String apprentice,
      AssessmentContent content,
      Review review,
      boolean latest,
      List<ClaimRow> claims,
      List<CriterionRow> criteria) {}

  /** A submitted version for someone who may read the apprentice's portfolio; 404 otherwise. */
  public Submission submission(User viewer, long versionId) {
    AssessmentVersion version = version(viewer, versionId);
    RiskAssessment assessment = em.find(RiskAssessment.class, version.getAssessmentId());
    User apprentice = em.find(User.class, assessment.getApprenticeId());
    VersionReview reviewed = underReview(version, apprentice);
    List<Judgement> judgements = judgementsOf(apprentice);
    Map<Long, Judgement> onClaims = new HashMap<>();
    judgements.stream()
        .filter(j -> j.getMappingId() != null)
        .forEach(j -> onClaims.put(j.getMappingId(), j));
    AssessmentContent submitted = Documents.read(version.getContent());
    List<ClaimRow> claims =
        mappings.of(apprentice).stream()
            .filter(m -> m.evidenceId() != null || assessment.getId().equals(m.assessmentId()))
            .map(
                m -> {
                  Judgement decided = onClaims.get(m.id());
                  return new ClaimRow(
                      m.id(),
                      m.evidenceId(),
                      m.criterionId(),
                      m.criterion(),
                      m.part(),
                      m.evidenceId() != null
                          ? m.evidence()
                          : submitted
                              .partLabel(m.part())
                              .map(label -> Mappings.describe(submitted, label))
                              .orElse(
                                  m.evidence() + " (not in version " + version.getNumber() + ")"),
                      m.twins(),
                      decided == null ? null : decided.getStatus(),
                      decided == null ? null : decided.getFeedback());
                })
            .toList();
    List<CriterionRow> criteria = new ArrayList<>();
    for (String unit : Mappings.DEFAULT_UNITS) {
      criteria.addAll(statuses(apprentice, unit, judgements));
    }
    return new Submission(
        version.getId(),
        version.getNumber(),
        version.getSubmittedAt().toString(),
        version.getDigest(),
        assessment.getId(),
        apprentice.getId(),
        apprentice.getDisplayName(),
        submitted,
        reviewed.review().orElse(null),
        reviewed.isLatest(),
        claims,
        criteria);
  }

  /**
   * Records the assessor's decision on a submitted version. Only the apprentice's own assessor
   * decides, only on the latest version, and only once: a second decision or a decision on an older
   * version is 409 and changes nothing.
   */
  @Transactional
  public Review decide(User assessor, long versionId, Decision decision) {
    AssessmentVersion version = version(assessor, versionId);
    RiskAssessment assessment = em.find(RiskAssessment.class, version.getAssessmentId());
    User apprentice = em.find(User.class, assessment.getApprenticeId());
    VersionReview reviewed = underReview(version, apprentice);
    Refusals.raise(reviewed.refusalFor(assessor.getId()));
    Submission current = submission(assessor, versionId);
    checkDecision(decision, current);
    Review review =
        reviewed.decide(assessor.getId(), decision.getOutcome(), strip(decision.getFeedback()));
    em.persist(review);
    em.flush();
    for (Decision.Claim claim : decision.getClaims()) {
      ClaimRow row =
          current.claims().stream()
              .filter(c -> c.mappingId() == claim.getMappingId())
              .findFirst()
              .orElseThrow();
      judge(
          assessor,
          apprentice,
          row.criterionId(),
          new Judgement.On(
              review.getId(),
              version.getId(),
              row.evidenceId(),
              claim.getMappingId(),
              null,
              null,
              row.evidenceId() == null ? Judgement.Source.SUBMISSION : Judgement.Source.EVIDENCE),
          claim.isAccepted() ? Judgement.Status.MET : Judgement.Status.REJECTED,
          claim.getFeedback());
    }
    for (Decision.Criterion criterion : decision.getCriteria()) {
      judge(
          assessor,
          apprentice,
          criterion.getCriterionId(),
          new Judgement.On(
              review.getId(), version.getId(), null, null, null, null, Judgement.Source.SUBMISSION),
          criterion.getStatus(),
          criterion.getFeedback());
    }
    audit.append(
        assessor,
        "REVIEW_" + decision.getOutcome().name(),
        "version:" + version.getId(),
        Map.of(
            "apprentice",
            apprentice.getId(),
            "digest",
            version.getDigest(),
            "review",
            review.getId()));
    boolean returned = decision.getOutcome() == Review.Outcome.RETURNED;
    List<String> met =
        decision.getCriteria().stream()
            .filter(c -> c.getStatus() == Judgement.Status.MET)
            .map(c -> c.getCriterionId())
            .toList();
    notifications.send(
        apprentice.getId(),
        returned ? "WORK_RETURNED" : "CRITERIA_MET",
        returned
            ? "Your assessor returned \""
                + assessment.getTitle()
                + "\" (version "
                + version.getNumber()
                + ") for rework, with feedback."
            : "Your assessor gave feedback on \""
                + assessment.getTitle()
                + "\" (version "
                + version.getNumber()
                + "). Criteria met: "
                + (met.size() <= 8
                    ? String.join(", ", met)
                    : String.join(", ", met.subList(0, 8)) + " and " + (met.size() - 8) + " more")
                + ".",
        returned
            ? "/app/portfolio/assessment.xhtml?id=" + assessment.getId()
            : "/app/assessment/submission.xhtml?version=" + version.getId());
    return review;
  }

  /** The criteria of a unit with their status for the apprentice. */
  public List<CriterionRow> statuses(User viewer, long apprenticeId, String unitCode) {
    User apprentice = apprentice(viewer, apprenticeId);
    return statuses(apprentice, unitCode, judgementsOf(apprentice));
  }

  public List<CriterionRow> statuses(User apprentice, String unitCode, List<Judgement> judgements) {
    Catalogue catalogue = catalogues.current();
    Standard unit =
        catalogue
            .standard(unitCode)
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND, "There is no unit " + unitCode + "."));
    Map<String, Judgement> latest = new HashMap<>();
    judgements.stream()
        .filter(j -> j.getMappingId() == null)
        .forEach(j -> latest.put(j.getCriterionId(), j));
    TwinRule rule = twins.of(apprentice.getId());
    Map<String, Boolean> claimed = new HashMap<>();
    mappings
        .of(apprentice)
        .forEach(
            m -> {
              claimed.put(m.criterionId(), true);
              m.twins().forEach(t -> claimed.put(t, true));
            });
    return unit.criteria().stream()
        .filter(Assessments::mustBeMet)
        .map(
            c -> {
              Judgement j = latest.get(c.id());
              TwinRule.Standing standing = rule.of(c.id());
              Status status =
                  standing.met()
                      ? Status.MET
                      : j != null
                          ? Status.NOT_YET_MET
                          : claimed.containsKey(c.id())
                              ? Status.EVIDENCE_CLAIMED
                              : Status.NOT_STARTED;
              return new CriterionRow(
                  c.id(),
                  c.number(),
                  c.text(),
                  c.kind(),
                  status,
                  j == null ? null : j.getFeedback(),
                  standing.through(),
                  standing.basis(),
                  standing.by(),
                  standing.on(),
                  standing.origin());
            })
        .toList();
  }

  /**
   * The criteria a unit is signed off on: evidence requirements and marking points guide judging.
   */
  static boolean mustBeMet(Criterion criterion) {
    return criterion.kind() != Kind.EVIDENCE && criterion.kind() != Kind.MARKING_POINT;
  }

  static boolean isKnowledge(Criterion criterion) {
    return criterion.kind() == Kind.KNOWLEDGE
        || (criterion.kind() == Kind.ASSESSMENT && !criterion.workplaceEvidence());
  }

  public List<Judgement> judgementsOf(User apprentice) {
    return em.createNamedQuery(Judgement.OF_APPRENTICE, Judgement.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  public Judgement judge(
      User assessor,
      User apprentice,
      String criterionId,
      Judgement.On on,
      Judgement.Status status,
      String feedback) {
    Judgement judgement =
        new Judgement(
            apprentice.getId(), criterionId, assessor.getId(), on, status, strip(feedback));
    em.persist(judgement);
    em.flush();
    if (on.mappingId() == null) {
      em.createNativeQuery(
              "insert into criterion_status (apprentice_id, criterion_id, status, judgement_id)"
                  + " values (?1, ?2, ?3, ?4) on duplicate key update status = ?3,"
                  + " judgement_id = ?4")
          .setParameter(1, apprentice.getId())
          .setParameter(2, criterionId)
          .setParameter(3, status.name())
          .setParameter(4, judgement.getId())
          .executeUpdate();
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("apprentice", apprentice.getId());
    details.put("criterion", criterionId);
    details.put("status", status.name());
    details.put("source", on.source().name());
    details.put("version", on.versionId());
    details.put("mapping", on.mappingId());
    details.put("module", on.moduleId());
    details.put("record", on.recordId());
    audit.append(assessor, "JUDGEMENT", "judgement:" + judgement.getId(), details);
    boolean outsideReview =
        on.source() == Judgement.Source.LEARNING || on.source() == Judgement.Source.ASSESSOR;
    if (outsideReview && status == Judgement.Status.MET) {
      notifications.send(
          apprentice.getId(),
          "CRITERION_MET",
          "Your assessor recorded "
              + criterionId
              + " as met"
              + (on.source() == Judgement.Source.LEARNING
                  ? " on your learning."
                  : " on their own record of your work."),
          "/app/assessment/unit.xhtml?apprentice="
              + apprentice.getId()
              + "&code="
              + criterionId.substring(0, criterionId.indexOf('.')));
    }
    return judgement;
  }

  /** Notifies the apprentice's assessors of a new submission, in the submitting transaction. */
  void submitted(@Observes PortfolioEvents.Submitted event) {
    User apprentice = em.find(User.class, event.apprenticeId());
    for (User assessor : people.assessorsOf(apprentice)) {
      notifications.send(
          assessor.getId(),
          "SUBMISSION_RECEIVED",
          apprentice.getDisplayName()
              + " submitted version "
              + event.number()
              + " of a risk assessment.",
          "/app/assessment/submission.xhtml?version=" + event.versionId());
    }
  }

  private void checkDecision(Decision decision, Submission current) {
    List<Problem.FieldError> problems = new ArrayList<>();
    if (decision == null || decision.getOutcome() == null) {
      throw InvalidInputException.of(
          "outcome", "Choose: return the work for rework, or record the criteria met.");
    }
    if (decision.getOutcome() == Review.Outcome.RETURNED && !Text.present(decision.getFeedback())) {
      problems.add(new Problem.FieldError("feedback", "Say what the apprentice should rework."));
    }
    for (int i = 0; i < decision.getClaims().size(); i++) {
      Decision.Claim claim = decision.getClaims().get(i);
      if (claim.getMappingId() == null
          || current.claims().stream().noneMatch(c -> c.mappingId() == claim.getMappingId())) {
        problems.add(
            new Problem.FieldError(
                "claims[" + i + "].mappingId", "This claim is not part of the submission."));
      } else if (!claim.isAccepted() && !Text.present(claim.getFeedback())) {
        problems.add(
            new Problem.FieldError("claims[" + i + "].feedback", "Say why the claim is rejected."));
      }
    }
    for (int i = 0; i < decision.getCriteria().size(); i++) {
      Decision.Criterion criterion = decision.getCriteria().get(i);
      Optional<Criterion> known = catalogues.current().criterion(criterion.getCriterionId());
      if (known.isEmpty()) {
        problems.add(
            new Problem.FieldError(
                "criteria[" + i + "].criterionId", "There is no such criterion."));
      } else if (criterion.getStatus() != Judgement.Status.MET
          && criterion.getStatus() != Judgement.Status.NOT_YET_MET) {
        problems.add(
            new Problem.FieldError("criteria[" + i + "].status", "Choose met or not yet met."));
      }
    }
    if (decision.getOutcome() == Review.Outcome.CRITERIA_MET
        && decision.getCriteria().stream().noneMatch(c -> c.getStatus() == Judgement.Status.MET)) {
      problems.add(
          new Problem.FieldError(
              "criteria", "Record at least one criterion as met, or return the work."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The version with what its decision depends on: the latest number, its review, who judges. */
  private VersionReview underReview(AssessmentVersion version, User apprentice) {
    int latest =
        em.createQuery(
                "select max(v.number) from AssessmentVersion v where v.assessmentId = :id",
                Integer.class)
            .setParameter("id", version.getAssessmentId())
            .getSingleResult();
    Review review =
        em.createNamedQuery(Review.OF_VERSIONS, Review.class)
            .setParameter("versionIds", List.of(version.getId()))
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new VersionReview(
        version.getId(),
        version.getNumber(),
        latest,
        apprentice.getDisplayName(),
        userId -> people.assessorsOf(apprentice).stream().anyMatch(a -> a.getId() == userId),
        review);
  }

  private AssessmentVersion version(User viewer, long versionId) {
    String notFound = "There is no submitted version " + versionId + " that you can see.";
    AssessmentVersion version = em.find(AssessmentVersion.class, versionId);
    if (version == null) {
      throw new ProblemException(Response.Status.NOT_FOUND, notFound);
    }
    RiskAssessment assessment = em.find(RiskAssessment.class, version.getAssessmentId());
    User apprentice = em.find(User.class, assessment.getApprenticeId());
    if (!people.canSee(viewer, apprentice)) {
      refuseEnded(viewer, apprentice);
      throw new ProblemException(Response.Status.NOT_FOUND, notFound);
    }
    return version;
  }

  public User apprentice(User viewer, long apprenticeId) {
    User apprentice = em.find(User.class, apprenticeId);
    if (apprentice != null
        && apprentice.hasRole(Role.APPRENTICE)
        && !people.canSee(viewer, apprentice)) {
      refuseEnded(viewer, apprentice);
    }
    if (apprentice == null
        || !apprentice.hasRole(Role.APPRENTICE)
        || !people.canSee(viewer, apprentice)) {
      throw new ProblemException(
          Response.Status.NOT_FOUND,
          "There is no apprentice " + apprenticeId + " that you can see.");
    }
    return apprentice;
  }

  private void refuseEnded(User viewer, User apprentice) {
    people
        .accessEnded(viewer, apprentice)
        .ifPresent(
            ended -> {
              throw new ProblemException(
                  Response.Status.FORBIDDEN,
                  "Your access to these records ended on " + ended + ".");
            });
  }

  public boolean isAssessorOf(User assessor, User apprentice) {
    return people.assessorsOf(apprentice).stream()
        .anyMatch(a -> a.getId().equals(assessor.getId()));
  }

  public void requireAssessorOf(User assessor, User apprentice) {
    if (!isAssessorOf(assessor, apprentice)) {
      throw new ProblemException(
          Response.Status.FORBIDDEN,
          "Only " + apprentice.getDisplayName() + "'s assessor can judge their work.");
    }
  }

  private static String strip(String text) {
    return Text.present(text) ? text.strip() : null;
  }
}
