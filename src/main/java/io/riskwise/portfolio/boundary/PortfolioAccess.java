package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response;

/**
 * Who may do what with a portfolio. The apprentice owns it and alone changes it; their assessors,
 * their centre's IQAs and administrators, and external verifiers with a current grant read it; an
 * external verifier whose grant has ended is told so (403); nobody else learns it exists (404).
 */
@ApplicationScoped
public class PortfolioAccess {

  @Inject People people;
  @PersistenceContext EntityManager em;

  /** The apprentice whose portfolio this is, if the viewer may read it; otherwise 404. */
  public User readable(User viewer, Long apprenticeId, String notFound) {
    User apprentice = em.find(User.class, apprenticeId);
    if (apprentice == null || !apprentice.hasRole(Role.APPRENTICE)) {
      throw new ProblemException(Response.Status.NOT_FOUND, notFound);
    }
    if (!people.canSee(viewer, apprentice)) {
      people
          .accessEnded(viewer, apprentice)
          .ifPresent(
              ended -> {
                throw new ProblemException(
                    Response.Status.FORBIDDEN,
                    "Your access to these records ended on " + ended + ".");
              });
      throw new ProblemException(Response.Status.NOT_FOUND, notFound);
    }
    return apprentice;
  }

  /**
   * As {@link #readable}, and only the owner may change it: anyone else who can see it gets 403.
   */
  public User writable(User viewer, Long apprenticeId, String notFound) {
    User apprentice = readable(viewer, apprenticeId, notFound);
    if (!apprentice.getId().equals(viewer.getId())) {
      throw new ProblemException(
          Response.Status.FORBIDDEN, "Only the apprentice whose portfolio this is can change it.");
    }
    return apprentice;
  }

  /** The viewer's own portfolio, or the one of {@code apprenticeId} when given and readable. */
  public User whose(User viewer, Long apprenticeId) {
    if (apprenticeId == null || apprenticeId.equals(viewer.getId())) {
      if (!viewer.hasRole(Role.APPRENTICE)) {
        throw new ProblemException(
            Response.Status.BAD_REQUEST, "Say whose portfolio you want with ?apprentice=<id>.");
      }
      return viewer;
    }
    return readable(
        viewer, apprenticeId, "There is no apprentice " + apprenticeId + " that you can see.");
  }
}
