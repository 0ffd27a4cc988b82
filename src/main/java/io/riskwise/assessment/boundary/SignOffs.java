package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.SignOff;
import io.riskwise.assessment.entity.UnitRecord;
import io.riskwise.catalogue.control.TwinRule;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.json.CanonicalJson;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.boundary.PortfolioEvents;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.EvidenceItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit sign-off. Possible only when every criterion of the unit is met (otherwise 409 naming the
 * unmet ones); it records the assessor, the time and the SHA-256 of a canonical list of exactly the
 * judgements and evidence versions signed. The apprentice then countersigns. Evidence a sign-off
 * covers cannot be removed (409); a correction is a revocation with a reason, recorded beside it.
 */
@ApplicationScoped
public class SignOffs {

  @Inject Assessments assessments;
  @Inject AuditTrail audit;
  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  public List<SignOff> of(User viewer, long apprenticeId) {
    User apprentice = assessments.apprentice(viewer, apprenticeId);
    return em.createNamedQuery(SignOff.OF_APPRENTICE, SignOff.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  @Transactional
  public SignOff signOff(User assessor, long apprenticeId, String unitCode) {
    User apprentice = assessments.apprentice(assessor, apprenticeId);
    assessments.requireAssessorOf(assessor, apprentice);
    List<Judgement> judgements = assessments.judgementsOf(apprentice);
    List<Assessments.CriterionRow> rows = assessments.statuses(apprentice, unitCode, judgements);
    UnitRecord record =
        new UnitRecord(
            apprentice.getId(),
            unitCode,
            rows.stream()
                .map(
                    r ->
                        new UnitRecord.Criterion(
                            r.criterionId(), r.status() == Assessments.Status.MET))
                .toList(),
            of(assessor, apprenticeId));
    Refusals.raise(record.refusal());
    String evidence = evidence(rows, judgements);
    SignOff signOff = record.signOff(assessor.getId(), evidence, CanonicalJson.digest(evidence));
    em.persist(signOff);
    em.flush();
    audit.append(
        assessor,
        "SIGN_OFF",
        "sign-off:" + signOff.getId(),
        Map.of("apprentice", apprentice.getId(), "unit", unitCode, "digest", signOff.getDigest()));
    notifications.send(
        apprentice.getId(),
        "UNIT_SIGNED_OFF",
        unitCode
            + " is signed off. Please countersign that the work is your own and from your real job.",
        "/app/assessment/unit.xhtml?apprentice=" + apprentice.getId() + "&code=" + unitCode);
    return signOff;
  }

  /** The apprentice declares the work their own and from their real job. */
  @Transactional
  public SignOff countersign(User apprentice, long signOffId, boolean declared) {
    SignOff signOff = find(apprentice, signOffId);
    Refusals.raise(signOff.countersignRefusal(apprentice.getId(), declared));
    signOff.countersign(apprentice.getId(), declared);
    audit.append(
        apprentice,
        "COUNTERSIGN",
        "sign-off:" + signOff.getId(),
        Map.of("digest", signOff.getDigest()));
    return signOff;
  }

  /** A correction: the sign-off stays as it was, marked revoked with who, when and why. */
  @Transactional
  public SignOff revoke(User by, long signOffId, String reason) {
    SignOff signOff = find(by, signOffId);
    User apprentice = em.find(User.class, signOff.getApprenticeId());
    boolean mayRevoke = by.hasRole(Role.IQA) || assessments.isAssessorOf(by, apprentice);
    Refusals.raise(signOff.revokeRefusal(mayRevoke, reason));
    signOff.revoke(by.getId(), mayRevoke, reason);
    audit.append(
        by,
        "SIGN_OFF_REVOKED",
        "sign-off:" + signOff.getId(),
        Map.of("reason", signOff.getRevokeReason()));
    notifications.send(
        apprentice.getId(),
        "SIGN_OFF_REVOKED",
        "The sign-off of " + signOff.getUnitCode() + " was revoked: " + signOff.getRevokeReason(),
        "/app/assessment/unit.xhtml?apprentice="
            + apprentice.getId()
            + "&code="
            + signOff.getUnitCode());
    return signOff;
  }

  /** Refuses to remove evidence that an active sign-off covers. */
  void removing(@Observes PortfolioEvents.Removing event) {
    em.createNamedQuery(SignOff.OF_APPRENTICE, SignOff.class)
        .setParameter("apprenticeId", event.apprenticeId())
        .getResultStream()
        .filter(SignOff::isActive)
        .filter(signOff -> signOff.covers(event.mappingId(), event.evidenceId()))
        .findFirst()
        .ifPresent(
            signOff -> {
              throw new ProblemException(
                  Response.Status.CONFLICT,
                  "This evidence is part of the signed-off unit "
                      + signOff.getUnitCode()
                      + " and cannot be changed.");
            });
  }

  private SignOff find(User viewer, long id) {
    SignOff signOff = em.find(SignOff.class, id);
    if (signOff == null) {
      throw new ProblemException(
          Response.Status.NOT_FOUND, "There is no sign-off " + id + " that you can see.");
    }
    assessments.apprentice(viewer, signOff.getApprenticeId());
    return signOff;
  }

  /**
   * The canonical list (RFC 8785) of what is signed: per criterion, the judgement that met it, the
   * submitted version it judged (with its digest) or the learning module, and the accepted claims
   * on it (with the evidence item and its file's SHA-256). For these values (ids and strings) it is
   * byte for byte the form sign-offs had before RFC 8785 was adopted, so their digests still hold.
   */
  private String evidence(List<Assessments.CriterionRow> rows, List<Judgement> judgements) {
    Map<String, Judgement> latest = new HashMap<>();
    Map<Long, Judgement> onClaims = new HashMap<>();
    for (Judgement j : judgements) {
      if (j.getMappingId() == null) {
        latest.put(j.getCriterionId(), j);
      } else {
        onClaims.put(j.getMappingId(), j);
      }
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Assessments.CriterionRow row : rows) {
      JsonObjectBuilder entry = Json.createObjectBuilder().add("criterion", row.criterionId());
      Judgement j = latest.get(row.criterionId());
      if (row.metThrough() != null) {
        entry.add("metThrough", row.metThrough());
        if (row.basis() == TwinRule.Basis.SIGNED_OFF) {
          String unit = row.metThrough().split("\\.")[0];
          list.add(entry.add("signedOffWith", unit).add("claims", Json.createArrayBuilder()));
          continue;
        }
        j = latest.get(row.metThrough());
      }
      entry.add("judgement", j.getId()).add("source", j.getSource().name());
      if (j.getVersionId() != null) {
        entry.add("version", j.getVersionId());
        entry.add("versionDigest", em.find(AssessmentVersion.class, j.getVersionId()).getDigest());
      }
      if (j.getModuleId() != null) {
        entry.add("module", j.getModuleId());
      }
      if (j.getRecordId() != null) {
        entry.add("record", j.getRecordId());
      }
      JsonArrayBuilder claims = Json.createArrayBuilder();
      onClaims.values().stream()
          .filter(
              c ->
                  c.getCriterionId().equals(row.criterionId())
                      && c.getStatus() == Judgement.Status.MET)
          .sorted(java.util.Comparator.comparing(Judgement::getMappingId))
          .forEach(
              c -> {
                JsonObjectBuilder claim =
                    Json.createObjectBuilder().add("mapping", c.getMappingId());
                if (c.getEvidenceId() != null) {
                  EvidenceItem item = em.find(EvidenceItem.class, c.getEvidenceId());
                  claim.add("evidence", c.getEvidenceId());
                  claim.add(
                      "evidenceFile",
                      item == null || item.getFileSha256() == null ? "" : item.getFileSha256());
                }
                claims.add(claim);
              });
      list.add(entry.add("claims", claims));
    }
    return CanonicalJson.of(list.build());
  }
}
