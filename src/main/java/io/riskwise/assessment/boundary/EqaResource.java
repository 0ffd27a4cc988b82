package io.riskwise.assessment.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.EqaGrant;
import io.riskwise.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** External verifiers' grants: administrators grant and end them; an EQA lists their own. */
@Path("eqa/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EqaResource {
  @Inject CurrentUser currentUser;
  @Inject EqaGrants grants;

  /** A grant as the API shows it. */
  public record GrantJson(
      long id,
      long eqaId,
      Long apprenticeId,
      Long cohortId,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean active) {
    static GrantJson of(EqaGrant g) {
      return new GrantJson(
          g.getId(),
          g.getEqaId(),
          g.getApprenticeId(),
          g.getCohortId(),
          g.getStartsOn(),
          g.getEndsOn(),
          g.isActiveOn(LocalDate.now(ZoneOffset.UTC)));
    }
  }

  @GET
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.EQA_NAME})
  public List<GrantJson> list() {
    return grants.of(currentUser.get()).stream().map(GrantJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  public Response grant(EqaGrants.Request request) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.grant(currentUser.get(), request).stream().map(GrantJson::of).toList())
        .build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  public GrantJson end(@PathParam("id") long id) {
    return GrantJson.of(grants.end(currentUser.get(), id));
  }
}
