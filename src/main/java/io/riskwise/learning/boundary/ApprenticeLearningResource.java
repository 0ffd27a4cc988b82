package io.riskwise.learning.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An apprentice's knowledge evidence: modules, check scores and written answers, against the
 * knowledge criteria each module teaches. For the apprentice, their assessor, the IQA and
 * administrators of their centre, and an external verifier while a grant lasts (their reads are
 * logged, as on the page); anyone else gets 404.
 */
@Path("apprentices/{id}/learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprenticeLearningResource {
  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject Modules modules;

  @GET
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Modules.Learning get(@PathParam("id") long id) {
    User apprentice =
        people
            .find(currentUser.get(), id)
            .filter(u -> u.hasRole(Role.APPRENTICE))
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND,
                        "There is no apprentice " + id + " that you can see."));
    return modules.evidenceOf(apprentice);
  }
}
