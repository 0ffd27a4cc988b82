package io.riskwise.catalogue.boundary;

import io.riskwise.identity.entity.Role;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Apprenticeship frameworks: their work situations and completion rule. */
@Path("frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.APPRENTICE_NAME,
  Role.ASSESSOR_NAME,
  Role.IQA_NAME,
  Role.CENTRE_ADMIN_NAME,
  Role.EQA_NAME
})
public class FrameworksResource {

  @Inject Catalogues catalogues;

  @GET
  @Operation(summary = "Every framework with its completion rule")
  public List<CatalogueJson.FrameworkSummary> list() {
    return catalogues.current().frameworks().stream()
        .map(CatalogueJson.FrameworkSummary::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A framework: rule, meta-skills, work situations (mandatory or optional)")
  public CatalogueJson.FrameworkDetail get(@PathParam("id") String id) {
    return catalogues
        .current()
        .framework(id)
        .map(CatalogueJson.FrameworkDetail::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    Response.Status.NOT_FOUND, "There is no framework " + id + "."));
  }
}
