package io.riskwise.assessment.boundary;

import io.riskwise.centre.boundary.Cohorts;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.entity.AccessPeriod;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * External verifiers' access: a centre administrator grants an EQA read-only access to chosen
 * apprentices or whole cohorts for a date range, and may end it early; every grant and ending goes
 * on the audit trail. The access itself is decided in {@code People}; the views are logged by
 * {@link EqaReadLogFilter}.
 */
@ApplicationScoped
public class EqaGrants {

  @Inject AuditTrail audit;
  @Inject Cohorts cohorts;
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

  /** A grant with the names a person reads: the verifier's, and an apprentice's or a cohort's. */
  public record Listed(
      EqaGrant grant, String eqa, String subject, boolean active, List<User> apprentices) {}

  /**
   * {@link #of(User)} with the names and the people each grant covers, in a fixed number of
   * statements however many grants there are.
   */
  public List<Listed> listed(User viewer) {
    List<EqaGrant> grants = of(viewer);
    Set<Long> userIds = new HashSet<>();
    Set<Long> cohortIds = new HashSet<>();
    for (EqaGrant g : grants) {
      userIds.add(g.getEqaId());
      if (g.getCohortId() != null) {
        cohortIds.add(g.getCohortId());
      } else {
        userIds.add(g.getApprenticeId());
      }
    }
    Map<Long, User> users = byId(User.class, userIds, User::getId);
    Map<Long, Cohort> named = byId(Cohort.class, cohortIds, Cohort::getId);
    Map<Long, List<User>> members = cohorts.membersOf(cohortIds);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return grants.stream()
        .map(
            g ->
                new Listed(
                    g,
                    users.get(g.getEqaId()).getDisplayName(),
                    g.getCohortId() != null
                        ? "Cohort " + named.get(g.getCohortId()).getName()
                        : users.get(g.getApprenticeId()).getDisplayName(),
                    g.isActiveOn(today),
                    g.getCohortId() != null
                        ? members.getOrDefault(g.getCohortId(), List.of())
                        : List.of(users.get(g.getApprenticeId()))))
        .toList();
  }

  private <T> Map<Long, T> byId(Class<T> type, Set<Long> ids, Function<T, Long> id) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(id, x -> x));
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
    AccessPeriod.problem(
            request == null ? null : request.getStartsOn(),
            request == null ? null : request.getEndsOn(),
            LocalDate.now(ZoneOffset.UTC))
        .ifPresent(problem -> problems.add(new Problem.FieldError("endsOn", problem)));
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
