package io.riskwise.assessment.boundary;

import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.entity.EqaGrant;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * External verifiers' access: a centre administrator grants an EQA read-only access to chosen
 * apprentices or whole cohorts for a date range, and may end it early; every grant and ending goes
 * on the audit trail. The access itself is decided in {@code People}; the views are logged by
 * {@link EqaReadLogFilter}.
 */
@ApplicationScoped
public class EqaGrants {

  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  /** What a centre administrator asks for. */
  public static class Request {
    private Long eqaId;
    private List<Long> apprenticeIds = new ArrayList<>();
    private List<Long> cohortIds = new ArrayList<>();
    private LocalDate startsOn;
    private LocalDate endsOn;

    public Long getEqaId() {
      return eqaId;
    }

    public void setEqaId(Long eqaId) {
      this.eqaId = eqaId;
    }

    public List<Long> getApprenticeIds() {
      return apprenticeIds;
    }

    public void setApprenticeIds(List<Long> apprenticeIds) {
      this.apprenticeIds = apprenticeIds == null ? new ArrayList<>() : apprenticeIds;
    }

    public List<Long> getCohortIds() {
      return cohortIds;
    }

    public void setCohortIds(List<Long> cohortIds) {
      this.cohortIds = cohortIds == null ? new ArrayList<>() : cohortIds;
    }

    public LocalDate getStartsOn() {
      return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
      this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
      return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
      this.endsOn = endsOn;
    }
  }

  /** Grants of the administrator's centre, or an EQA's own. */
  public List<EqaGrant> of(User viewer) {
    if (viewer.hasRole(Role.CENTRE_ADMIN)) {
      return em.createNamedQuery(EqaGrant.OF_CENTRE, EqaGrant.class)
          .setParameter("centreId", viewer.getCentre().getId())
          .getResultList();
    }
    return em.createNamedQuery(EqaGrant.OF_EQA, EqaGrant.class)
        .setParameter("eqaId", viewer.getId())
        .getResultList();
  }

  @Transactional
  public List<EqaGrant> grant(User admin, Request request) {
    List<Problem.FieldError> problems = new ArrayList<>();
    User eqa =
        request == null || request.getEqaId() == null
            ? null
            : em.find(User.class, request.getEqaId());
    if (eqa == null || !eqa.hasRole(Role.EQA) || !eqa.belongsTo(admin.getCentre())) {
      problems.add(new Problem.FieldError("eqaId", "Choose an external verifier of your centre."));
    }
    List<User> apprentices = new ArrayList<>();
    if (request != null) {
      for (Long id : request.getApprenticeIds()) {
        User apprentice = id == null ? null : em.find(User.class, id);
        if (apprentice == null
            || !apprentice.hasRole(Role.APPRENTICE)
            || !apprentice.belongsTo(admin.getCentre())) {
          problems.add(
              new Problem.FieldError(
                  "apprenticeIds", "There is no apprentice " + id + " at your centre."));
        } else {
          apprentices.add(apprentice);
        }
      }
    }
    List<Cohort> cohorts = new ArrayList<>();
    if (request != null) {
      for (Long id : request.getCohortIds()) {
        Cohort cohort = id == null ? null : em.find(Cohort.class, id);
        if (cohort == null || !cohort.belongsTo(admin.getCentre())) {
          problems.add(
              new Problem.FieldError("cohortIds", "There is no cohort " + id + " at your centre."));
        } else {
          cohorts.add(cohort);
        }
      }
    }
    if (apprentices.isEmpty() && cohorts.isEmpty() && problems.isEmpty()) {
      problems.add(
          new Problem.FieldError("apprenticeIds", "Choose at least one apprentice or cohort."));
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (request == null || request.getStartsOn() == null || request.getEndsOn() == null) {
      problems.add(new Problem.FieldError("endsOn", "Give the first and last day of the access."));
    } else if (request.getEndsOn().isBefore(request.getStartsOn())
        || request.getEndsOn().isBefore(today)) {
      problems.add(
          new Problem.FieldError(
              "endsOn", "The last day must be today or later, and not before the first."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<EqaGrant> grants = new ArrayList<>();
    for (User apprentice : apprentices) {
      grants.add(record(admin, eqa, request, apprentice.getId(), null));
    }
    for (Cohort cohort : cohorts) {
      grants.add(record(admin, eqa, request, null, cohort.getId()));
    }
    return grants;
  }

  private EqaGrant record(User admin, User eqa, Request request, Long apprenticeId, Long cohortId) {
    EqaGrant grant =
        new EqaGrant(
            eqa.getId(),
            apprenticeId,
            cohortId,
            request.getStartsOn(),
            request.getEndsOn(),
            admin.getId());
    em.persist(grant);
    em.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("eqa", eqa.getId());
    details.put(
        apprenticeId != null ? "apprentice" : "cohort",
        apprenticeId != null ? apprenticeId : cohortId);
    details.put("startsOn", grant.getStartsOn().toString());
    details.put("endsOn", grant.getEndsOn().toString());
    audit.append(admin, "EQA_GRANT", "eqa-grant:" + grant.getId(), details);
    return grant;
  }

  @Transactional
  public EqaGrant end(User admin, long id) {
    EqaGrant grant = em.find(EqaGrant.class, id);
    if (grant == null || !ofCentre(grant, admin)) {
      throw new ProblemException(
          Response.Status.NOT_FOUND, "There is no grant " + id + " at your centre.");
    }
    grant.endNow(LocalDate.now(ZoneOffset.UTC));
    audit.append(
        admin,
        "EQA_GRANT_ENDED",
        "eqa-grant:" + grant.getId(),
        Map.of("endsOn", grant.getEndsOn().toString()));
    return grant;
  }

  private boolean ofCentre(EqaGrant grant, User admin) {
    if (grant.getCohortId() != null) {
      Cohort cohort = em.find(Cohort.class, grant.getCohortId());
      return cohort != null && cohort.belongsTo(admin.getCentre());
    }
    User apprentice = em.find(User.class, grant.getApprenticeId());
    return apprentice != null && apprentice.belongsTo(admin.getCentre());
  }
}
