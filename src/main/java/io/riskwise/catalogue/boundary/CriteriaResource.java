package io.riskwise.catalogue.boundary;

import io.riskwise.catalogue.entity.Catalogue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One criterion by its stable id, e.g. {@code INSCS027.PC8} or {@code C6.ER7a}. */
@Path("criteria")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.APPRENTICE_NAME,
  Role.ASSESSOR_NAME,
  Role.IQA_NAME,
  Role.CENTRE_ADMIN_NAME,
  Role.EQA_NAME
})
public class CriteriaResource {

  @Inject Catalogues catalogues;

  @GET
  @Path("{id}")
  @Operation(summary = "A criterion with its cross-map and its standard")
  public CatalogueJson.CriterionDetail get(@PathParam("id") String id) {
    Catalogue catalogue = catalogues.current();
    return catalogue
        .criterion(id)
        .map(c -> CatalogueJson.CriterionDetail.of(c, catalogue))
        .orElseThrow(
            () ->
                new ProblemException(
                    Response.Status.NOT_FOUND, "There is no criterion " + id + "."));
  }
}
