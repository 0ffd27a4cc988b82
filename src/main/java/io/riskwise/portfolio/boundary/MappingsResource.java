package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.portfolio.entity.EvidenceMapping;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The apprentice's claims that evidence shows criteria; each shows its cross-mapped twins. */
@Path("portfolio/mappings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MappingsResource {
  @Inject CurrentUser currentUser;
  @Inject PortfolioAccess access;
  @Inject Mappings mappings;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public List<Mappings.MappingJson> list(@QueryParam("apprentice") Long apprenticeId) {
    return mappings.of(access.whose(currentUser.get(), apprenticeId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Response add(NewMapping claim) {
    User apprentice = currentUser.get();
    EvidenceMapping mapping = mappings.add(apprentice, claim);
    Mappings.MappingJson view =
        mappings.of(apprentice).stream()
            .filter(m -> m.id() == mapping.getId())
            .findFirst()
            .orElseThrow();
    return Response.created(uri.getAbsolutePathBuilder().path(mapping.getId().toString()).build())
        .entity(view)
        .build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Response remove(@PathParam("id") long id) {
    mappings.remove(currentUser.get(), id);
    return Response.noContent().build();
  }
}
