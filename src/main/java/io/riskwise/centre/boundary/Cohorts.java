package io.riskwise.centre.boundary;

import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.centre.entity.Enrolment;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.CentreChanged;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A centre's cohorts. Administrators create and change them; administrators and quality assurers
 * see all of the centre's; an assessor sees the cohorts they work with. Another centre's cohort is
 * not found.
 */
@ApplicationScoped
public class Cohorts {

  @Inject Catalogues catalogues;
  @Inject Event<CentreChanged> changed;
  @PersistenceContext EntityManager em;

  /** A cohort with the number of its active apprentices. */
  public record Listed(Cohort cohort, long apprentices) {}

  /** What an administrator fills in. */
  public record Form(
      String name,
      String frameworkId,
      LocalDate startsOn,
      LocalDate plannedEndOn,
      List<Long> assessorIds) {}

  public Page<Listed> list(User viewer, int page, int size) {
    int pageSize = Page.clampSize(size);
    int pageNumber = Math.max(0, page);
    boolean whole = seesWholeCentre(viewer);
    String where =
        whole
            ? " from Cohort c where c.centre = :centre"
            : " from Cohort c where c.centre = :centre and :viewer member of c.assessors";
    var query =
        em.createQuery("select c" + where + " order by c.startsOn desc, c.name", Cohort.class)
            .setParameter("centre", viewer.getCentre());
    var count =
        em.createQuery("select count(c)" + where, Long.class)
            .setParameter("centre", viewer.getCentre());
    if (!whole) {
      query.setParameter("viewer", viewer);
      count.setParameter("viewer", viewer);
    }
    List<Cohort> cohorts =
        query
            // every listed cohort's assessors in one more statement, not one per cohort
            .setHint("eclipselink.batch", "c.assessors")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(pageNumber * pageSize)
            .setMaxResults(pageSize)
            .getResultList();
    Map<Long, Long> sizes = sizes(viewer);
    return new Page<>(
        cohorts.stream().map(c -> new Listed(c, sizes.getOrDefault(c.getId(), 0L))).toList(),
        pageNumber,
        pageSize,
        count.getSingleResult());
  }

  /** Every cohort of the centre, for choosers (a centre has tens, not thousands). */
  public List<Cohort> all(User viewer) {
    return em.createNamedQuery(Cohort.OF_CENTRE, Cohort.class)
        .setParameter("centre", viewer.getCentre())
        .getResultList();
  }

  /** The active apprentices of a cohort, by name. */
  public List<User> members(long cohortId) {
    return em.createQuery(
            "select u from User u, Enrolment e where e.apprenticeId = u.id"
                + " and e.cohortId = :cohortId and u.active = true order by u.displayName, u.id",
            User.class)
        .setParameter("cohortId", cohortId)
        .getResultList();
  }

  /** The active members of several cohorts at once, by cohort id, in one statement. */
  public Map<Long, List<User>> membersOf(Collection<Long> cohortIds) {
    Map<Long, List<User>> members = new HashMap<>();
    if (cohortIds.isEmpty()) {
      return members;
    }
    em.createQuery(
            "select e.cohortId, u from User u, Enrolment e where e.apprenticeId = u.id"
                + " and e.cohortId in :cohortIds and u.active = true order by u.displayName, u.id",
            Object[].class)
        .setParameter("cohortIds", cohortIds)
        .getResultList()
        .forEach(
            row ->
                members.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((User) row[1]));
    return members;
  }

  /** How many active apprentices a cohort has. */
  public long size(long cohortId) {
    return em.createQuery(
            "select count(e) from Enrolment e, User u where e.apprenticeId = u.id"
                + " and e.cohortId = :cohortId and u.active = true",
            Long.class)
        .setParameter("cohortId", cohortId)
        .getSingleResult();
  }

  public Cohort find(User viewer, long id) {
    Cohort cohort = em.find(Cohort.class, id);
    if (cohort == null
        || !cohort.belongsTo(viewer.getCentre())
        || !(seesWholeCentre(viewer)
            || cohort.getAssessors().stream().anyMatch(a -> a.getId().equals(viewer.getId()))
            || assessesSomeoneIn(viewer, cohort))) {
      throw new ProblemException(
          Response.Status.NOT_FOUND, "There is no cohort " + id + " that you can see.");
    }
    return cohort;
  }

  @Transactional
  public Cohort create(User admin, Form form) {
    Cohort cohort = new Cohort(em.merge(admin.getCentre()));
    fill(admin, cohort, form);
    em.persist(cohort);
    return cohort;
  }

  @Transactional
  public Cohort update(User admin, long id, Form form) {
    Cohort cohort = find(admin, id);
    fill(admin, cohort, form);
    return cohort;
  }

  private void fill(User admin, Cohort cohort, Form form) {
    List<Problem.FieldError> problems = new ArrayList<>();
    String name = form == null || form.name() == null ? "" : form.name().trim();
    Optional<String> nameProblem = Cohort.nameProblem(name);
    if (nameProblem.isPresent()) {
      problems.add(new Problem.FieldError("name", nameProblem.get()));
    } else {
      boolean taken =
          em.createNamedQuery(Cohort.BY_NAME, Cohort.class)
              .setParameter("centre", admin.getCentre())
              .setParameter("name", name)
              .getResultStream()
              .anyMatch(other -> !other.getId().equals(cohort.getId()));
      if (taken) {
        problems.add(
            new Problem.FieldError(
                "name", "Your centre already has a cohort called " + name + "."));
      }
    }
    String frameworkId = form == null ? null : form.frameworkId();
    if (frameworkId == null || catalogues.current().framework(frameworkId).isEmpty()) {
      problems.add(new Problem.FieldError("frameworkId", "Choose the cohort's framework."));
    }
    Cohort.datesProblem(
            form == null ? null : form.startsOn(), form == null ? null : form.plannedEndOn())
        .ifPresent(problem -> problems.add(new Problem.FieldError("plannedEndOn", problem)));
    List<User> assessors = new ArrayList<>();
    for (Long id :
        form == null || form.assessorIds() == null ? List.<Long>of() : form.assessorIds()) {
      User assessor = id == null ? null : em.find(User.class, id);
      if (assessor == null
          || !assessor.isActive()
          || !assessor.hasRole(Role.ASSESSOR)
          || !assessor.belongsTo(admin.getCentre())) {
        problems.add(
            new Problem.FieldError(
                "assessorIds", "There is no assessor " + id + " at your centre."));
      } else if (!assessors.contains(assessor)) {
        assessors.add(assessor);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    changed.fire(new CentreChanged(admin.getCentre().getId()));
    cohort.describe(name, frameworkId, form.startsOn(), form.plannedEndOn());
    cohort.assignAssessors(assessors);
  }

  private boolean assessesSomeoneIn(User assessor, Cohort cohort) {
    return assessor.hasRole(Role.ASSESSOR)
        && !em.createQuery(
                "select a.id from Allocation a, Enrolment e where e.apprenticeId = a.apprentice.id"
                    + " and e.cohortId = :cohortId and a.assessor.id = :assessorId",
                Long.class)
            .setParameter("cohortId", cohort.getId())
            .setParameter("assessorId", assessor.getId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  private Map<Long, Long> sizes(User viewer) {
    Map<Long, Long> sizes = new HashMap<>();
    em.createNamedQuery(Enrolment.COUNT_BY_COHORT, Object[].class)
        .setParameter("centreId", viewer.getCentre().getId())
        .getResultList()
        .forEach(row -> sizes.put((Long) row[0], (Long) row[1]));
    return sizes;
  }

  static boolean seesWholeCentre(User viewer) {
    return viewer.hasRole(Role.CENTRE_ADMIN) || viewer.hasRole(Role.IQA);
  }
}
