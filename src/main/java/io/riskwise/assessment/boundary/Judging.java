package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.identity.entity.User;
import io.riskwise.portfolio.boundary.Portfolios;
import io.riskwise.portfolio.control.PartExcerpt;
import io.riskwise.portfolio.control.ReadinessCheck;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A submitted version laid out for judging: criterion by criterion, each claim with its evidence in
 * place (the statement's text, the witness, the file, the part of the risk assessment it points to,
 * its date and occasion), and beside each criterion and claim the decision made before this review,
 * so the assessor sees what changed. Read in a fixed number of statements whatever the size of the
 * portfolio.
 */
@ApplicationScoped
public class Judging {
  private static final Set<String> PREVIEWED_IMAGES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final Logger LOG = Logger.getLogger(Judging.class.getName());

  @Inject Assessments assessments;
  @Inject Portfolios portfolios;
  @Inject Catalogues catalogues;
  @PersistenceContext EntityManager em;

  /**
   * The version as the assessor judges it.
   *
   * @param claimed the criteria the apprentice claims in this submission, in catalogue order
   * @param unclaimed the unit criteria without a claim, which the assessor may still judge
   */
  public record Sheet(
      Assessments.Submission submission,
      List<CriterionToJudge> claimed,
      List<CriterionToJudge> unclaimed) {}

  /** One criterion with its claims, the decision before this review, and this review's. */
  public record CriterionToJudge(
      String criterionId,
      String text,
      List<String> twins,
      Assessments.Status statusNow,
      Decided earlier,
      Decided thisReview,
      List<ClaimToJudge> claims) {}

  /** One claim, with what it points to shown in place. */
  public record ClaimToJudge(
      long mappingId,
      String title,
      Evidence evidence,
      PartExcerpt part,
      Decided earlier,
      Decided thisReview) {}

  /** An evidence item as the assessor reads it; {@code file} facts are null without a file. */
  public record Evidence(
      long id,
      EvidenceKind kind,
      String kindLabel,
      String title,
      LocalDate occurredOn,
      String occurredOnText,
      String occasion,
      String body,
      String witnessName,
      String witnessRole,
      String witnessContact,
      String fileName,
      String fileType,
      Long fileSize,
      boolean image,
      boolean pdf) {
    static Evidence of(EvidenceItem item) {
      String type = item.getFileType() == null ? "" : item.getFileType().toLowerCase(Locale.ROOT);
      return new Evidence(
          item.getId(),
          item.getKind(),
          item.getKind().getLabel(),
          item.getTitle(),
          item.getOccurredOn(),
          item.getOccurredOn().format(DAY),
          item.getOccasion(),
          item.getBody(),
          item.getWitnessName(),
          item.getWitnessRole(),
          item.getWitnessContact(),
          item.getFileName(),
          item.getFileType(),
          item.getFileSize(),
          item.hasFile() && PREVIEWED_IMAGES.contains(type),
          item.hasFile() && type.equals("application/pdf"));
    }

    public boolean hasFile() {
      return fileName != null;
    }

    public String sizeText() {
      return fileSize == null ? "" : EvidenceItem.sizeInWords(fileSize);
    }
  }

  /**
   * A decision already made: its status, feedback, who and when, and what it judged.
   *
   * @param summary e.g. "Not yet met on version 1, 12 Nov 2026, by Tom Okafor"
   */
  public record Decided(
      Judgement.Status status,
      String statusLabel,
      String feedback,
      String assessor,
      String judgedOn,
      Integer versionNumber,
      String summary) {}

  /**
   * The readiness check of the version being judged, the same analysis the apprentice saw, placed
   * beside the criteria the assessor judges. It guides; it never decides.
   *
   * @param beside the requirements for each judged criterion, by the criterion's id: a requirement
   *     sits beside its own criterion and its cross-map twins that are judged
   * @param general the requirements with no judged criterion
   * @param occasions the dated occasions the check counted for C6.ER3, in words
   * @param available false when the version could not be checked; the page then says so
   */
  public record Analysis(
      boolean available,
      boolean ready,
      int met,
      int total,
      Map<String, List<Finding>> beside,
      List<Finding> general,
      List<String> occasions) {

    static final Analysis UNAVAILABLE =
        new Analysis(false, false, 0, 0, Map.of(), List.of(), List.of());

    public List<Finding> beside(String criterionId) {
      return beside.getOrDefault(criterionId, List.of());
    }
  }

  /**
   * One requirement of the readiness check as the assessor reads it: the places are named, not
   * linked, since the assessor reads the submitted version and not the editor.
   */
  public record Finding(
      String requirement,
      ReadinessCheck.Verdict verdict,
      String message,
      List<ReadinessCheck.Place> places,
      ReadinessCheck.Advice advice) {

    public String verdictLabel() {
      return verdict == null ? "" : verdict.getLabel();
    }

    /** "met", "thin" or "missing", for the page's styling. */
    public String verdictStyle() {
      return verdict == null ? "" : verdict.name().toLowerCase(Locale.ROOT);
    }
  }

  /** The analysis of the sheet's version; the sheet was read with the viewer's access checked. */
  public Analysis analysis(Sheet sheet) {
    Assessments.Submission submission = sheet.submission();
    try {
      ReadinessCheck.Readiness readiness =
          portfolios.readiness(submission.apprenticeId(), submission.content());
      Set<String> judged = new LinkedHashSet<>();
      sheet.claimed().forEach(c -> judged.add(c.criterionId()));
      sheet.unclaimed().forEach(c -> judged.add(c.criterionId()));
      Catalogue catalogue = catalogues.current();
      return place(readiness, judged, catalogue::twins);
    } catch (RuntimeException e) {
      // the analysis only guides: a version the check cannot read never stops the judging
      LOG.log(Level.WARNING, "No readiness analysis for version " + submission.versionId(), e);
      return Analysis.UNAVAILABLE;
    }
  }

  /** Each requirement beside its own criterion and its judged twins, else in the general panel. */
  static Analysis place(
      ReadinessCheck.Readiness readiness,
      Set<String> judged,
      Function<String, List<String>> twins) {
    Map<String, List<Finding>> beside = new LinkedHashMap<>();
    List<Finding> general = new ArrayList<>();
    int met = 0;
    for (ReadinessCheck.Check check : readiness.checks()) {
      Finding finding =
          new Finding(
              check.requirement(),
              check.verdict(),
              check.message(),
              check.places() == null ? List.of() : check.places(),
              check.advice());
      if (check.met()) {
        met++;
      }
      Set<String> criteria = new LinkedHashSet<>();
      criteria.add(check.requirement());
      criteria.addAll(twins.apply(check.requirement()));
      criteria.retainAll(judged);
      if (criteria.isEmpty()) {
        general.add(finding);
      } else {
        criteria.forEach(c -> beside.computeIfAbsent(c, k -> new ArrayList<>()).add(finding));
      }
    }
    List<String> occasions =
        readiness.occasions() == null
            ? List.of()
            : readiness.occasions().stream()
                .map(o -> (o.date() == null ? "" : o.date().format(DAY) + ": ") + o.occasion())
                .toList();
    return new Analysis(
        true, readiness.ready(), met, readiness.checks().size(), beside, general, occasions);
  }

  public Sheet sheet(User viewer, long versionId) {
    Assessments.Submission submission = assessments.submission(viewer, versionId);
    User apprentice = em.find(User.class, submission.apprenticeId());
    List<Judgement> judgements = assessments.judgementsOf(apprentice);
    Review review = submission.review();
    Instant cutoff = review == null ? Instant.MAX : review.getDecidedAt();
    Long reviewId = review == null ? null : review.getId();
    Names names = names(judgements);

    Map<String, Judgement> earlierOnCriterion = new HashMap<>();
    Map<String, Judgement> thisOnCriterion = new HashMap<>();
    Map<Long, Judgement> earlierOnClaim = new HashMap<>();
    Map<Long, Judgement> thisOnClaim = new HashMap<>();
    for (Judgement j : judgements) {
      boolean inThisReview = reviewId != null && reviewId.equals(j.getReviewId());
      boolean before = !inThisReview && j.getJudgedAt().isBefore(cutoff);
      if (j.getMappingId() == null) {
        if (inThisReview) {
          thisOnCriterion.put(j.getCriterionId(), j);
        } else if (before) {
          earlierOnCriterion.put(j.getCriterionId(), j);
        }
      } else if (inThisReview) {
        thisOnClaim.put(j.getMappingId(), j);
      } else if (before) {
        earlierOnClaim.put(j.getMappingId(), j);
      }
    }

    Map<Long, EvidenceItem> items = new HashMap<>();
    em.createNamedQuery(EvidenceItem.OF_APPRENTICE, EvidenceItem.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList()
        .forEach(i -> items.put(i.getId(), i));

    Map<String, List<ClaimToJudge>> claimsByCriterion = new LinkedHashMap<>();
    Map<String, Assessments.ClaimRow> firstClaim = new HashMap<>();
    for (Assessments.ClaimRow row : submission.claims()) {
      EvidenceItem item = row.evidenceId() == null ? null : items.get(row.evidenceId());
      PartExcerpt part =
          row.evidenceId() != null
              ? null
              : PartExcerpt.of(submission.content(), row.part())
                  .orElse(
                      new PartExcerpt(
                          "A part that is not in version " + submission.number(), List.of()));
      claimsByCriterion
          .computeIfAbsent(row.criterionId(), k -> new ArrayList<>())
          .add(
              new ClaimToJudge(
                  row.mappingId(),
                  row.evidence(),
                  item == null ? null : Evidence.of(item),
                  part,
                  decided(earlierOnClaim.get(row.mappingId()), names),
                  decided(thisOnClaim.get(row.mappingId()), names)));
      firstClaim.putIfAbsent(row.criterionId(), row);
    }

    List<CriterionToJudge> claimed = new ArrayList<>();
    List<CriterionToJudge> unclaimed = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Assessments.CriterionRow row : submission.criteria()) {
      listed.add(row.criterionId());
      List<ClaimToJudge> claims = claimsByCriterion.get(row.criterionId());
      Assessments.ClaimRow first = firstClaim.get(row.criterionId());
      CriterionToJudge criterion =
          new CriterionToJudge(
              row.criterionId(),
              row.text(),
              first == null ? List.of() : first.twins(),
              row.status(),
              decided(earlierOnCriterion.get(row.criterionId()), names),
              decided(thisOnCriterion.get(row.criterionId()), names),
              claims == null ? List.of() : claims);
      (claims == null ? unclaimed : claimed).add(criterion);
    }
    claimsByCriterion.forEach(
        (criterionId, claims) -> {
          if (!listed.contains(criterionId)) {
            Assessments.ClaimRow first = firstClaim.get(criterionId);
            claimed.add(
                new CriterionToJudge(
                    criterionId,
                    first.criterion(),
                    first.twins(),
                    Assessments.Status.EVIDENCE_CLAIMED,
                    decided(earlierOnCriterion.get(criterionId), names),
                    decided(thisOnCriterion.get(criterionId), names),
                    claims));
          }
        });
    return new Sheet(submission, claimed, unclaimed);
  }

  private static Decided decided(Judgement j, Names names) {
    if (j == null) {
      return null;
    }
    String status =
        switch (j.getStatus()) {
          case MET -> j.getMappingId() == null ? "Met" : "Accepted";
          case NOT_YET_MET -> "Not yet met";
          case REJECTED -> "Rejected";
        };
    Integer version = j.getVersionId() == null ? null : names.versions().get(j.getVersionId());
    String on =
        switch (j.getSource()) {
          case LEARNING -> " from the apprentice's learning";
          case ASSESSOR -> " on the assessor's own record";
          default -> version == null ? "" : " on version " + version;
        };
    String day = j.getJudgedAt().atZone(ZoneOffset.UTC).toLocalDate().format(DAY);
    String assessor = names.people().getOrDefault(j.getAssessorId(), "an assessor");
    return new Decided(
        j.getStatus(),
        status,
        j.getFeedback(),
        assessor,
        day,
        version,
        status + on + ", " + day + ", by " + assessor);
  }

  /** Assessors' names and version numbers the judgements name, in two statements. */
  private Names names(List<Judgement> judgements) {
    Map<Long, String> people = new HashMap<>();
    Map<Long, Integer> versions = new HashMap<>();
    Set<Long> assessorIds = new HashSet<>();
    Set<Long> versionIds = new HashSet<>();
    judgements.forEach(
        j -> {
          assessorIds.add(j.getAssessorId());
          if (j.getVersionId() != null) {
            versionIds.add(j.getVersionId());
          }
        });
    if (!assessorIds.isEmpty()) {
      em.createQuery("select u.id, u.displayName from User u where u.id in :ids", Object[].class)
          .setParameter("ids", assessorIds)
          .getResultList()
          .forEach(r -> people.put((Long) r[0], (String) r[1]));
    }
    if (!versionIds.isEmpty()) {
      em.createQuery(
              "select v.id, v.number from AssessmentVersion v where v.id in :ids", Object[].class)
          .setParameter("ids", versionIds)
          .getResultList()
          .forEach(r -> versions.put((Long) r[0], (Integer) r[1]));
    }
    return new Names(people, versions);
  }

  private record Names(Map<Long, String> people, Map<Long, Integer> versions) {}
}
