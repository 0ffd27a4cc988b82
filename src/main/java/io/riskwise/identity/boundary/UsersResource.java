package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.paging.PageRequest;
import io.riskwise.platform.rest.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The people a signed-in person may see (see {@link People} for the rule). Apprentices and external
 * verifiers have no list; each may still read their own record.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject CurrentUser currentUser;
  @Inject People people;

  @GET
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  @Operation(summary = "People you may see, a page at a time, ordered by name")
  public Page<UserJson> list(@Valid @BeanParam PageRequest request) {
    Page<User> found = people.visibleTo(currentUser.get(), request.page(), request.size());
    return new Page<>(
        found.items().stream().map(UserJson::of).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  @Operation(summary = "One person, if you may see them; otherwise 404")
  public UserJson get(@PathParam("id") long id) {
    return people
        .find(currentUser.get(), id)
        .map(UserJson::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    Response.Status.NOT_FOUND, "There is no person " + id + " that you can see."));
  }
}
