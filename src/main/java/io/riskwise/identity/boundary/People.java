package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Allocation;
import io.riskwise.identity.entity.EqaGrant;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Who may see whom. Everyone sees themselves; centre administrators and internal quality assurers
 * see everyone at their own centre; assessors see the apprentices allocated to them. Nobody sees
 * across centres, and a person you may not see is reported as not found, so ids do not leak.
 */
@ApplicationScoped
public class People {

  @PersistenceContext EntityManager em;

  public Page<User> visibleTo(User viewer, int page, int size) {
    int pageSize = Page.clampSize(size);
    int pageNumber = Math.max(0, page);
    if (seesWholeCentre(viewer)) {
      List<User> items =
          em.createNamedQuery(User.FIND_BY_CENTRE, User.class)
              .setParameter("centre", viewer.getCentre())
              .setFirstResult(pageNumber * pageSize)
              .setMaxResults(pageSize)
              .getResultList();
      long total =
          em.createNamedQuery(User.COUNT_BY_CENTRE, Long.class)
              .setParameter("centre", viewer.getCentre())
              .getSingleResult();
      return new Page<>(items, pageNumber, pageSize, total);
    }
    if (viewer.hasRole(Role.ASSESSOR)) {
      List<User> items =
          em.createNamedQuery(Allocation.APPRENTICES_OF, User.class)
              .setParameter("assessorId", viewer.getId())
              .setFirstResult(pageNumber * pageSize)
              .setMaxResults(pageSize)
              .getResultList();
      long total =
          em.createNamedQuery(Allocation.COUNT_APPRENTICES_OF, Long.class)
              .setParameter("assessorId", viewer.getId())
              .getSingleResult();
      return new Page<>(items, pageNumber, pageSize, total);
    }
    return new Page<>(List.of(viewer), 0, pageSize, 1);
  }

  /** The active people of an administrator's centre who hold a role, for choosing from. */
  public List<User> withRole(User admin, Role role) {
    return em.createNamedQuery(User.FIND_BY_CENTRE_AND_ROLE, User.class)
        .setParameter("centre", admin.getCentre())
        .setParameter("role", role)
        .getResultList();
  }

  /** The assessors who judge an apprentice's work; at most a handful. */
  public List<User> assessorsOf(User apprentice) {
    return em.createNamedQuery(Allocation.ASSESSORS_OF, User.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  public Optional<User> find(User viewer, long id) {
    User target = em.find(User.class, id);
    return target != null && target.isActive() && canSee(viewer, target)
        ? Optional.of(target)
        : Optional.empty();
  }

  public boolean canSee(User viewer, User target) {
    if (viewer.getId().equals(target.getId())) {
      return true;
    }
    if (!target.belongsTo(viewer.getCentre())) {
      return false;
    }
    if (seesWholeCentre(viewer)) {
      return true;
    }
    if (viewer.hasRole(Role.EQA)
        && grantsOf(viewer, target).stream().anyMatch(g -> g.isActiveOn(today()))) {
      return true;
    }
    return viewer.hasRole(Role.ASSESSOR) && isAllocated(viewer, target);
  }

  /**
   * The day an external verifier's access to this apprentice ended, when they had access and no
   * longer have: such a reader is told their access ended (403), not that the record is missing.
   */
  public Optional<LocalDate> accessEnded(User viewer, User target) {
    if (!viewer.hasRole(Role.EQA) || canSee(viewer, target)) {
      return Optional.empty();
    }
    return grantsOf(viewer, target).stream()
        .map(EqaGrant::getEndsOn)
        .filter(end -> end.isBefore(today()))
        .findFirst();
  }

  private List<EqaGrant> grantsOf(User eqa, User apprentice) {
    return em.createNamedQuery(EqaGrant.FOR_PAIR, EqaGrant.class)
        .setParameter("eqaId", eqa.getId())
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private boolean isAllocated(User assessor, User apprentice) {
    return em.createNamedQuery(Allocation.COUNT_FOR_PAIR, Long.class)
            .setParameter("assessorId", assessor.getId())
            .setParameter("apprenticeId", apprentice.getId())
            .getSingleResult()
        > 0;
  }

  private static boolean seesWholeCentre(User viewer) {
    return viewer.hasRole(Role.CENTRE_ADMIN) || viewer.hasRole(Role.IQA);
  }
}
