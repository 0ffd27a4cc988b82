package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.AssessorRecord;
import io.riskwise.assessment.entity.IqaDecision;
import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SamplePick;
import io.riskwise.assessment.entity.SignOff;
import io.riskwise.centre.boundary.Cohorts;
import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.EqaGrant;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.EvidenceItem;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The IQA record of one sampled assessor decision: the decision with the evidence exactly as the
 * assessor saw it (the frozen submitted version, or what the sign-off's digest covers), how it came
 * into the sample, and every IQA verdict on it. Read by the centre's IQAs and administrators, and
 * by an external verifier while a grant covers the apprentice; anyone else is told it does not
 * exist.
 */
@ApplicationScoped
public class IqaRecords {

  @Inject QualityAssurance quality;
  @Inject People people;
  @Inject Cohorts cohorts;
  @PersistenceContext EntityManager em;

  /** A piece of evidence as the assessor saw it; the file is read through the file route. */
  public record Shown(
      long evidenceId,
      String title,
      String kind,
      String occasion,
      String body,
      String witness,
      String fileName,
      String fileSha256,
      String claimFeedback) {}

  /** One criterion or claim judged, on what evidence, with the assessor's words. */
  public record Line(
      String criterionId,
      String verdict,
      String basis,
      String feedback,
      String judgedOn,
      List<Shown> evidence) {}

  /** An IQA's verdict on the decision. */
  public record Verdict(String decidedOn, String iqa, IqaDecision.Outcome outcome, String reasons) {
    public String getOutcomeWords() {
      return outcome == IqaDecision.Outcome.AGREED ? "Agreed" : "Referred back to the assessor";
    }
  }

  /** The whole record of one sampled decision. */
  public record Record(
      QualityAssurance.SampleItem item,
      String sampledHow,
      String decision,
      String overall,
      String digest,
      Long versionId,
      List<Line> lines,
      List<Verdict> verdicts) {}

  /** The record of a review or sign-off, for a reader entitled to it; 404 (or 403) otherwise. */
  public Record record(User viewer, IqaDecision.Kind kind, long id) {
    User apprentice = readable(viewer, kind, id);
    QualityAssurance.SampleItem item =
        quality.decisions(apprentice.getCentre(), false).stream()
            .filter(i -> i.kind() == kind && i.id() == id)
            .findFirst()
            .orElseThrow(() -> notFound(kind, id));
    String how = sampledHow(item);
    List<Verdict> verdicts = verdicts(kind, id);
    return kind == IqaDecision.Kind.REVIEW
        ? review(item, how, verdicts, em.find(Review.class, id))
        : signOff(item, how, verdicts, em.find(SignOff.class, id));
  }

  /**
   * The sampled decisions about each apprentice an external verifier's current grants cover, by
   * apprentice id; the same sample the IQA works from.
   */
  public Map<Long, List<QualityAssurance.SampleItem>> sampledFor(User eqa) {
    Set<Long> granted = grantedTo(eqa);
    Map<Long, List<QualityAssurance.SampleItem>> byApprentice = new LinkedHashMap<>();
    if (granted.isEmpty()) {
      return byApprentice;
    }
    quality.decisions(eqa.getCentre(), true).stream()
        .filter(i -> granted.contains(i.apprenticeId()))
        .forEach(
            i -> byApprentice.computeIfAbsent(i.apprenticeId(), k -> new ArrayList<>()).add(i));
    return byApprentice;
  }

  /** The apprentices the verifier's grants cover today. */
  Set<Long> grantedTo(User eqa) {
    Set<Long> ids = new LinkedHashSet<>();
    if (!eqa.hasRole(Role.EQA)) {
      return ids;
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (EqaGrant g :
        em.createNamedQuery(EqaGrant.OF_EQA, EqaGrant.class)
            .setParameter("eqaId", eqa.getId())
            .getResultList()) {
      if (!g.isActiveOn(today)) {
        continue;
      }
      if (g.getApprenticeId() != null) {
        ids.add(g.getApprenticeId());
      } else {
        cohorts.members(g.getCohortId()).forEach(u -> ids.add(u.getId()));
      }
    }
    return ids;
  }

  private User readable(User viewer, IqaDecision.Kind kind, long id) {
    if (kind == null) {
      throw new ProblemException(Response.Status.NOT_FOUND, "There is no such decision.");
    }
    Long apprenticeId =
        switch (kind) {
          case REVIEW -> {
            List<Long> found =
                em.createQuery(
                        "select a.apprenticeId from Review r, AssessmentVersion v, RiskAssessment a"
                            + " where r.id = :id and r.versionId = v.id and v.assessmentId = a.id",
                        Long.class)
                    .setParameter("id", id)
                    .getResultList();
            yield found.isEmpty() ? null : found.get(0);
          }
          case SIGN_OFF -> {
            SignOff s = em.find(SignOff.class, id);
            yield s == null ? null : s.getApprenticeId();
          }
        };
    User apprentice = apprenticeId == null ? null : em.find(User.class, apprenticeId);
    if (apprentice == null) {
      throw notFound(kind, id);
    }
    boolean centre =
        (viewer.hasRole(Role.IQA) || viewer.hasRole(Role.CENTRE_ADMIN))
            && apprentice.belongsTo(viewer.getCentre());
    boolean verifier = viewer.hasRole(Role.EQA) && people.canSee(viewer, apprentice);
    if (!centre && !verifier) {
      if (viewer.hasRole(Role.EQA)) {
        people
            .accessEnded(viewer, apprentice)
            .ifPresent(
                ended -> {
                  throw new ProblemException(
                      Response.Status.FORBIDDEN,
                      "Your access to these records ended on " + ended + ".");
                });
      }
      throw notFound(kind, id);
    }
    return apprentice;
  }

  private static ProblemException notFound(IqaDecision.Kind kind, long id) {
    return new ProblemException(
        Response.Status.NOT_FOUND,
        "There is no "
            + (kind == IqaDecision.Kind.SIGN_OFF ? "sign-off " : "review ")
            + id
            + " that you can see.");
  }

  private String sampledHow(QualityAssurance.SampleItem item) {
    if (item.byHand()) {
      SamplePick pick =
          em.createQuery(
                  "select p from SamplePick p where p.itemKind = :kind and p.itemId = :id",
                  SamplePick.class)
              .setParameter("kind", item.kind())
              .setParameter("id", item.id())
              .getResultStream()
              .findFirst()
              .orElse(null);
      User iqa = pick == null ? null : em.find(User.class, pick.getIqaId());
      return "Added to the sample by hand"
          + (iqa == null ? "" : " by " + iqa.getDisplayName())
          + (pick == null ? "" : " on " + Standings.day(pick.getPickedAt()))
          + ".";
    }
    return item.percent() >= 0
        ? "Drawn by the sampling plan (" + item.percent() + "% of such decisions)."
        : "Not in the sample.";
  }

  private List<Verdict> verdicts(IqaDecision.Kind kind, long id) {
    List<IqaDecision> decisions =
        em.createQuery(
                "select d from IqaDecision d where d.itemKind = :kind and d.itemId = :id"
                    + " order by d.id",
                IqaDecision.class)
            .setParameter("kind", kind)
            .setParameter("id", id)
            .getResultList();
    Map<Long, String> names = names(decisions.stream().map(IqaDecision::getIqaId).toList());
    return decisions.stream()
        .map(
            d ->
                new Verdict(
                    Standings.day(d.getDecidedAt()),
                    names.getOrDefault(d.getIqaId(), ""),
                    d.getOutcome(),
                    d.getReasons()))
        .toList();
  }

  private Record review(
      QualityAssurance.SampleItem item, String how, List<Verdict> verdicts, Review review) {
    AssessmentVersion version = em.find(AssessmentVersion.class, review.getVersionId());
    RiskAssessment assessment = em.find(RiskAssessment.class, version.getAssessmentId());
    AssessmentContent content = Documents.read(version.getContent());
    List<Judgement> judgements =
        em.createQuery(
                "select j from Judgement j where j.reviewId = :id order by j.criterionId, j.id",
                Judgement.class)
            .setParameter("id", review.getId())
            .getResultList();
    Map<Long, EvidenceMapping> claims =
        byId(
            judgements.stream().map(Judgement::getMappingId).toList(),
            "select m from EvidenceMapping m where m.id in :ids",
            EvidenceMapping.class,
            EvidenceMapping::getId);
    Map<Long, EvidenceItem> items =
        evidence(judgements.stream().map(Judgement::getEvidenceId).toList());
    List<Line> lines = new ArrayList<>();
    for (Judgement j : judgements) {
      EvidenceMapping claim = j.getMappingId() == null ? null : claims.get(j.getMappingId());
      EvidenceItem shown = j.getEvidenceId() == null ? null : items.get(j.getEvidenceId());
      String basis =
          shown != null
              ? "Claim on the evidence \"" + shown.getTitle() + "\""
              : claim != null
                  ? "Claim on " + part(content, claim.getPart()) + " of the risk assessment"
                  : "The criterion, on the whole submitted version";
      lines.add(
          new Line(
              j.getCriterionId(),
              Standings.verdict(j),
              basis,
              j.getFeedback(),
              Standings.day(j.getJudgedAt()),
              shown == null ? List.of() : List.of(shown(shown, shown.getFileSha256(), null))));
    }
    return new Record(
        item,
        how,
        (review.getOutcome() == Review.Outcome.RETURNED
                ? "Returned for rework"
                : "Criteria recorded as met")
            + " on version "
            + version.getNumber()
            + " of \""
            + assessment.getTitle()
            + "\", submitted "
            + Standings.day(version.getSubmittedAt())
            + ".",
        review.getFeedback(),
        version.getDigest(),
        version.getId(),
        lines,
        verdicts);
  }

  private Record signOff(
      QualityAssurance.SampleItem item, String how, List<Verdict> verdicts, SignOff signOff) {
    List<JsonObject> entries = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(signOff.getEvidence()))) {
      reader.readArray().forEach(v -> entries.add(v.asJsonObject()));
    } catch (RuntimeException unreadable) {
      entries.clear();
    }
    Map<Long, Judgement> judgements =
        byId(
            entries.stream().map(e -> number(e, "judgement")).toList(),
            "select j from Judgement j where j.id in :ids",
            Judgement.class,
            Judgement::getId);
    Map<Long, AssessmentVersion> versions =
        byId(
            entries.stream().map(e -> number(e, "version")).toList(),
            "select v from AssessmentVersion v where v.id in :ids",
            AssessmentVersion.class,
            AssessmentVersion::getId);
    Map<Long, RiskAssessment> assessments =
        byId(
            versions.values().stream().map(AssessmentVersion::getAssessmentId).toList(),
            "select a from RiskAssessment a where a.id in :ids",
            RiskAssessment.class,
            RiskAssessment::getId);
    Map<Long, AssessorRecord> records =
        byId(
            entries.stream().map(e -> number(e, "record")).toList(),
            "select r from AssessorRecord r where r.id in :ids",
            AssessorRecord.class,
            AssessorRecord::getId);
    List<Long> evidenceIds = new ArrayList<>();
    entries.forEach(
        e ->
            claims(e).stream()
                .map(JsonValue::asJsonObject)
                .forEach(c -> evidenceIds.add(number(c, "evidence"))));
    Map<Long, EvidenceItem> items = evidence(evidenceIds);
    List<Long> mappingIds = new ArrayList<>();
    entries.forEach(
        e ->
            claims(e).stream()
                .map(JsonValue::asJsonObject)
                .forEach(c -> mappingIds.add(number(c, "mapping"))));
    Map<Long, Judgement> onClaims = new HashMap<>();
    List<Long> wantedClaims = mappingIds.stream().filter(java.util.Objects::nonNull).toList();
    if (!wantedClaims.isEmpty()) {
      em.createQuery(
              "select j from Judgement j where j.mappingId in :ids order by j.id", Judgement.class)
          .setParameter("ids", wantedClaims)
          .getResultList()
          .forEach(j -> onClaims.put(j.getMappingId(), j));
    }
    List<Line> lines = new ArrayList<>();
    for (JsonObject e : entries) {
      Judgement j = judgements.get(number(e, "judgement"));
      AssessmentVersion v = versions.get(number(e, "version"));
      AssessorRecord r = records.get(number(e, "record"));
      String basis =
          v != null
              ? "Version "
                  + v.getNumber()
                  + " of the risk assessment \""
                  + (assessments.containsKey(v.getAssessmentId())
                      ? assessments.get(v.getAssessmentId()).getTitle()
                      : "")
                  + "\""
              : e.containsKey("module")
                  ? "Learning module " + e.getString("module") + " (knowledge evidence)"
                  : r != null
                      ? "The assessor's "
                          + r.getKind().name().toLowerCase().replace('_', ' ')
                          + " on "
                          + r.getOccurredOn()
                          + ": "
                          + r.getOccasion()
                      : e.getString("source", "");
      List<Shown> shown = new ArrayList<>();
      for (JsonValue value : claims(e)) {
        JsonObject claim = value.asJsonObject();
        EvidenceItem item2 = items.get(number(claim, "evidence"));
        if (item2 != null) {
          Judgement onClaim = onClaims.get(number(claim, "mapping"));
          shown.add(
              shown(
                  item2,
                  claim.getString("evidenceFile", ""),
                  onClaim == null ? null : onClaim.getFeedback()));
        }
      }
      lines.add(
          new Line(
              e.getString("criterion", ""),
              j == null ? "Met" : Standings.verdict(j),
              basis,
              j == null ? null : j.getFeedback(),
              j == null ? "" : Standings.day(j.getJudgedAt()),
              shown));
    }
    String state =
        switch (signOff.state()) {
          case SIGNED -> "not countersigned yet";
          case COUNTERSIGNED ->
              "countersigned by the apprentice on " + Standings.day(signOff.getCountersignedAt());
          case REVOKED ->
              "revoked on "
                  + Standings.day(signOff.getRevokedAt())
                  + (signOff.getRevokeReason() == null ? "" : ": " + signOff.getRevokeReason());
        };
    return new Record(
        item,
        how,
        "Unit "
            + signOff.getUnitCode()
            + " signed off on "
            + Standings.day(signOff.getSignedAt())
            + "; "
            + state
            + ".",
        null,
        signOff.getDigest(),
        null,
        lines,
        verdicts);
  }

  private static Shown shown(EvidenceItem item, String fileSha256, String claimFeedback) {
    String witness =
        item.getWitnessName() == null
            ? null
            : item.getWitnessName()
                + (item.getWitnessRole() == null ? "" : ", " + item.getWitnessRole())
                + (item.getWitnessContact() == null ? "" : " (" + item.getWitnessContact() + ")");
    return new Shown(
        item.getId(),
        item.getTitle(),
        item.getKind().name().toLowerCase().replace('_', ' '),
        item.getOccasion(),
        item.getBody(),
        witness,
        item.getFileName(),
        fileSha256 == null || fileSha256.isEmpty() ? null : fileSha256,
        claimFeedback);
  }

  private Map<Long, EvidenceItem> evidence(List<Long> ids) {
    return byId(
        ids,
        "select e from EvidenceItem e where e.id in :ids",
        EvidenceItem.class,
        EvidenceItem::getId);
  }

  private <T> Map<Long, T> byId(
      Collection<Long> ids, String query, Class<T> type, Function<T, Long> idOf) {
    List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return new HashMap<>();
    }
    return em.createQuery(query, type).setParameter("ids", wanted).getResultList().stream()
        .collect(Collectors.toMap(idOf, t -> t, (a, b) -> a, HashMap::new));
  }

  private Map<Long, String> names(List<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    byId(ids, "select u from User u where u.id in :ids", User.class, User::getId)
        .forEach((id, u) -> names.put(id, u.getDisplayName()));
    return names;
  }

  private static List<JsonValue> claims(JsonObject entry) {
    return entry.containsKey("claims")
            && entry.get("claims").getValueType() == JsonValue.ValueType.ARRAY
        ? entry.getJsonArray("claims")
        : List.of();
  }

  private static Long number(JsonObject o, String key) {
    return o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.NUMBER
        ? o.getJsonNumber(key).longValue()
        : null;
  }

  /** "stage 2: Arrival", "risk: Queue at the counter", "the consultation section". */
  private static String part(AssessmentContent content, String part) {
    if (part == null || EvidenceMapping.WHOLE.equals(part)) {
      return "the whole";
    }
    if (part.startsWith("stage:")) {
      String id = part.substring(6);
      for (int i = 0; i < content.getStages().size(); i++) {
        if (id.equals(content.getStages().get(i).getId())) {
          String name = content.getStages().get(i).getName();
          return "stage " + (i + 1) + (name == null ? "" : " (" + name + ")");
        }
      }
      return "a stage that is not in the submitted version";
    }
    if (part.startsWith("risk:")) {
      return content
          .risk(part.substring(5))
          .map(r -> "the risk \"" + r.name() + "\"")
          .orElse("a risk that is not in the submitted version");
    }
    return "the " + part.replace('-', ' ') + " section";
  }
}
