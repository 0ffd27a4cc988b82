package io.riskwise.assessment.boundary;

import io.riskwise.assessment.control.Stage;
import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SignOff;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.entity.EvidenceMapping;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an apprentice's work stands, in words: each risk assessment's stage (draft, submitted and
 * waiting since when, returned for rework, criteria met, unit signed off or waiting for the
 * countersignature), and the feedback of the latest review placed beside the parts of the
 * assessment it is about. Read in a fixed number of statements whatever the number of assessments.
 */
@ApplicationScoped
public class Standings {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  @Inject Assessments assessments;
  @PersistenceContext EntityManager em;

  /** One risk assessment and where it stands. */
  public record Standing(
      long assessmentId,
      String title,
      Stage stage,
      boolean own,
      String since,
      int version,
      String unit) {

    public String getLabel() {
      return stage.label(own);
    }

    /** The detail beside the label: "version 2, waiting since 12 Nov 2026". */
    public String getWords() {
      return switch (stage) {
        case DRAFT -> "not submitted yet";
        case SUBMITTED -> "version " + version + ", waiting since " + since;
        case RETURNED -> "version " + version + ", returned on " + since;
        case CRITERIA_MET -> "version " + version + ", judged on " + since;
        case AWAITING_COUNTERSIGNATURE -> "unit " + unit + " signed off on " + since;
        case SIGNED_OFF -> "unit " + unit + " signed off on " + since + ", countersigned";
      };
    }
  }

  /** One remark of the assessor's: on a claim or a criterion. */
  public record Note(String criterionId, String verdict, String feedback) {}

  /** The latest review of an assessment, its remarks sorted by the part they are about. */
  public record Feedback(
      Review.Outcome outcome,
      String assessor,
      int version,
      String decidedOn,
      String overall,
      List<Note> general,
      Map<String, List<Note>> byPart) {
    static final Feedback NONE = new Feedback(null, null, 0, null, null, List.of(), Map.of());

    public boolean isPresent() {
      return outcome != null;
    }

    public boolean isReturned() {
      return outcome == Review.Outcome.RETURNED;
    }

    /** Remarks about a part: "stage:s2", "risk:r5", "consultation", ... */
    public List<Note> on(String part) {
      return byPart.getOrDefault(part, List.of());
    }

    /** Remarks about a stage or risk ("stage:", "s2"); none for one not saved yet. */
    public List<Note> on(String kind, String id) {
      return id == null ? List.of() : on(kind + id);
    }
  }

  /** Each of the apprentice's risk assessments with its stage, newest first. */
  public List<Standing> of(User viewer, long apprenticeId) {
    User apprentice = assessments.apprentice(viewer, apprenticeId);
    boolean own = viewer.getId().equals(apprentice.getId());
    List<RiskAssessment> all =
        em.createNamedQuery(RiskAssessment.OF_APPRENTICE, RiskAssessment.class)
            .setParameter("apprenticeId", apprentice.getId())
            .getResultList();
    if (all.isEmpty()) {
      return List.of();
    }
    Map<Long, Object[]> latest = new HashMap<>();
    Map<Long, Long> assessmentOfVersion = new HashMap<>();
    em.createQuery(
            "select v.assessmentId, v.id, v.number, v.submittedAt, r.outcome, r.decidedAt"
                + " from AssessmentVersion v left join Review r on r.versionId = v.id"
                + " where v.assessmentId in :ids order by v.number",
            Object[].class)
        .setParameter("ids", all.stream().map(RiskAssessment::getId).toList())
        .getResultList()
        .forEach(
            row -> {
              latest.put((Long) row[0], row);
              assessmentOfVersion.put((Long) row[1], (Long) row[0]);
            });
    Map<Long, SignOff> signedFor = new HashMap<>();
    for (SignOff s :
        em.createNamedQuery(SignOff.OF_APPRENTICE, SignOff.class)
            .setParameter("apprenticeId", apprentice.getId())
            .getResultList()) {
      if (s.isActive()) {
        for (long versionId : versionsSigned(s)) {
          Long assessmentId = assessmentOfVersion.get(versionId);
          if (assessmentId != null) {
            signedFor.put(assessmentId, s);
          }
        }
      }
    }
    List<Standing> standings = new ArrayList<>();
    for (RiskAssessment a : all) {
      Object[] v = latest.get(a.getId());
      Review.Outcome outcome = v == null ? null : (Review.Outcome) v[4];
      SignOff signOff = signedFor.get(a.getId());
      Stage stage =
          Stage.of(v != null, outcome, outcome == null || signOff == null ? null : signOff.state());
      Instant since =
          switch (stage) {
            case DRAFT -> a.getUpdatedAt();
            case SUBMITTED -> (Instant) v[3];
            case RETURNED, CRITERIA_MET -> (Instant) v[5];
            case AWAITING_COUNTERSIGNATURE, SIGNED_OFF -> signOff.getSignedAt();
          };
      standings.add(
          new Standing(
              a.getId(),
              a.getTitle(),
              stage,
              own,
              day(since),
              v == null ? 0 : (Integer) v[2],
              signOff == null ? null : signOff.getUnitCode()));
    }
    return standings;
  }

  /** The submitted versions whose judgements a sign-off's evidence names. */
  static List<Long> versionsSigned(SignOff signOff) {
    List<Long> versions = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(signOff.getEvidence()))) {
      for (JsonValue entry : reader.readArray()) {
        JsonObject criterion = entry.asJsonObject();
        if (criterion.containsKey("version")) {
          versions.add(criterion.getJsonNumber("version").longValue());
        }
      }
    } catch (RuntimeException unreadable) {
      return List.of();
    }
    return versions;
  }

  /**
   * The latest review of the assessment's latest submitted version, if it has one: the overall
   * feedback, and each remark on a claim or criterion beside the part it is about (the part
   * claimed; for a criterion, the parts that claim it), the rest as general remarks.
   */
  public Feedback feedback(User viewer, long assessmentId) {
    RiskAssessment assessment = em.find(RiskAssessment.class, assessmentId);
    if (assessment == null) {
      throw new ProblemException(
          Response.Status.NOT_FOUND,
          "There is no risk assessment " + assessmentId + " that you can see.");
    }
    assessments.apprentice(viewer, assessment.getApprenticeId());
    List<Object[]> rows =
        em.createQuery(
                "select v.number, r from AssessmentVersion v, Review r where r.versionId = v.id"
                    + " and v.assessmentId = :id and v.number = (select max(v2.number) from"
                    + " AssessmentVersion v2 where v2.assessmentId = :id)",
                Object[].class)
            .setParameter("id", assessmentId)
            .getResultList();
    if (rows.isEmpty()) {
      return Feedback.NONE;
    }
    int number = (Integer) rows.get(0)[0];
    Review review = (Review) rows.get(0)[1];
    Map<Long, String> partOfClaim = new HashMap<>();
    Map<String, List<String>> partsOfCriterion = new HashMap<>();
    em.createQuery(
            "select m from EvidenceMapping m where m.assessmentId = :id", EvidenceMapping.class)
        .setParameter("id", assessmentId)
        .getResultList()
        .forEach(
            m -> {
              partOfClaim.put(m.getId(), m.getPart());
              partsOfCriterion
                  .computeIfAbsent(m.getCriterionId(), k -> new ArrayList<>())
                  .add(m.getPart());
            });
    List<Note> general = new ArrayList<>();
    Map<String, List<Note>> byPart = new LinkedHashMap<>();
    for (Judgement j :
        em.createQuery(
                "select j from Judgement j where j.reviewId = :id order by j.criterionId, j.id",
                Judgement.class)
            .setParameter("id", review.getId())
            .getResultList()) {
      boolean remarkable = j.getStatus() != Judgement.Status.MET || j.getFeedback() != null;
      if (!remarkable) {
        continue;
      }
      Note note = new Note(j.getCriterionId(), verdict(j), j.getFeedback());
      List<String> parts =
          j.getMappingId() != null
              ? (partOfClaim.containsKey(j.getMappingId())
                  ? List.of(partOfClaim.get(j.getMappingId()))
                  : List.of())
              : partsOfCriterion.getOrDefault(j.getCriterionId(), List.of());
      List<String> placed =
          parts.stream().filter(p -> !EvidenceMapping.WHOLE.equals(p)).distinct().toList();
      if (placed.isEmpty()) {
        general.add(note);
      } else {
        placed.forEach(p -> byPart.computeIfAbsent(p, k -> new ArrayList<>()).add(note));
      }
    }
    User assessor = em.find(User.class, review.getAssessorId());
    return new Feedback(
        review.getOutcome(),
        assessor == null ? "Your assessor" : assessor.getDisplayName(),
        number,
        day(review.getDecidedAt()),
        review.getFeedback(),
        general,
        byPart);
  }

  /** A judgement in words: "Claim rejected", "Not yet met". */
  static String verdict(Judgement j) {
    boolean claim = j.getMappingId() != null;
    return switch (j.getStatus()) {
      case MET -> claim ? "Claim accepted" : "Met";
      case NOT_YET_MET -> "Not yet met";
      case REJECTED -> "Claim rejected";
    };
  }

  static String day(Instant at) {
    return at == null ? "" : DAY.format(at.atZone(ZoneOffset.UTC));
  }
}
