package io.riskwise.centre.boundary;

import io.riskwise.identity.entity.Allocation;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AdministrativeChange;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who assesses whom. An administrator assigns apprentices to an assessor one at a time or many at
 * once; assigning replaces the apprentice's earlier assessor, so reassigning is the same act. The
 * whole request is checked before anything changes.
 */
@ApplicationScoped
public class Allocations {

  @Inject Event<AdministrativeChange> changes;
  @PersistenceContext EntityManager em;

  /** An apprentice with their cohort and assessors, for the allocation list. */
  public record Row(long id, String name, String cohort, List<String> assessors) {}

  /** An assessor and how many active apprentices they assess. */
  public record Caseload(long assessorId, String name, long apprentices) {}

  /** The centre's apprentices, optionally of one cohort, or only those without an assessor. */
  public Page<Row> apprentices(
      User admin, Long cohortId, boolean unallocatedOnly, int page, int size) {
    int pageSize = Page.clampSize(size);
    int pageNumber = Math.max(0, page);
    String from =
        " from User u join u.roles r left join Enrolment e on e.apprenticeId = u.id"
            + " left join Cohort c on c.id = e.cohortId"
            + " where u.centre = :centre and u.active = true and r = :role"
            + (cohortId == null ? "" : " and e.cohortId = :cohortId")
            + (unallocatedOnly
                ? " and not exists (select a from Allocation a where a.apprentice = u)"
                : "");
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select u.id, u.displayName, c.name" + from + " order by u.displayName, u.id",
            Object[].class);
    TypedQuery<Long> count = em.createQuery("select count(u)" + from, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      q.setParameter("centre", admin.getCentre()).setParameter("role", Role.APPRENTICE);
      if (cohortId != null) {
        q.setParameter("cohortId", cohortId);
      }
    }
    List<Object[]> found =
        rows.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
    List<Long> ids = found.stream().map(r -> (Long) r[0]).toList();
    Map<Long, List<String>> assessors = assessorNames(ids);
    return new Page<>(
        found.stream()
            .map(
                r ->
                    new Row(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        assessors.getOrDefault((Long) r[0], List.of())))
            .toList(),
        pageNumber,
        pageSize,
        count.getSingleResult());
  }

  /** Every active assessor of the centre with the size of their caseload, fewest first. */
  public List<Caseload> caseloads(User admin) {
    return em
        .createQuery(
            "select u.id, u.displayName, (select count(a) from Allocation a where a.assessor = u"
                + " and a.apprentice.active = true) from User u join u.roles r"
                + " where u.centre = :centre and u.active = true and r = :role"
                + " order by u.displayName",
            Object[].class)
        .setParameter("centre", admin.getCentre())
        .setParameter("role", Role.ASSESSOR)
        .getResultList()
        .stream()
        .map(r -> new Caseload((Long) r[0], (String) r[1], (Long) r[2]))
        .toList();
  }

  /** Assigns each apprentice to the assessor, replacing any earlier assessor. */
  @Transactional
  public int allocate(User admin, Long assessorId, List<Long> apprenticeIds) {
    List<Problem.FieldError> problems = new ArrayList<>();
    User assessor = assessorId == null ? null : em.find(User.class, assessorId);
    if (assessor == null
        || !assessor.isActive()
        || !assessor.hasRole(Role.ASSESSOR)
        || !assessor.belongsTo(admin.getCentre())) {
      problems.add(new Problem.FieldError("assessorId", "Choose an assessor of your centre."));
    }
    List<User> apprentices = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(apprenticeIds == null ? List.<Long>of() : apprenticeIds)) {
      User apprentice = id == null ? null : em.find(User.class, id);
      if (apprentice == null
          || !apprentice.isActive()
          || !apprentice.hasRole(Role.APPRENTICE)
          || !apprentice.belongsTo(admin.getCentre())) {
        problems.add(
            new Problem.FieldError(
                "apprenticeIds", "There is no apprentice " + id + " at your centre."));
      } else {
        apprentices.add(apprentice);
      }
    }
    if (apprentices.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem.FieldError("apprenticeIds", "Choose at least one apprentice."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, Object> details = new TreeMap<>();
    details.put("assessor", assessor.getId());
    details.put(
        "apprentices",
        apprentices.stream().map(User::getId).sorted().map(String::valueOf).toList().toString());
    details.put(
        "before",
        em
            .createQuery(
                "select a.apprentice.id, a.assessor.id from Allocation a"
                    + " where a.apprentice in :apprentices order by a.apprentice.id",
                Object[].class)
            .setParameter("apprentices", apprentices)
            .getResultList()
            .stream()
            .map(row -> row[0] + ":" + row[1])
            .toList()
            .toString());
    em.createQuery("delete from Allocation a where a.apprentice in :apprentices")
        .setParameter("apprentices", apprentices)
        .executeUpdate();
    apprentices.forEach(apprentice -> em.persist(new Allocation(assessor, apprentice)));
    changes.fire(
        new AdministrativeChange(
            admin.getCentre().getId(),
            admin.getId(),
            "ALLOCATED",
            "assessor:" + assessor.getId(),
            details));
    return apprentices.size();
  }

  private Map<Long, List<String>> assessorNames(List<Long> apprenticeIds) {
    if (apprenticeIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select a.apprentice.id, a.assessor.displayName from Allocation a"
                + " where a.apprentice.id in :ids order by a.assessor.displayName",
            Object[].class)
        .setParameter("ids", apprenticeIds)
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                r -> (Long) r[0],
                TreeMap::new,
                Collectors.mapping(r -> (String) r[1], Collectors.toList())));
  }
}
