package io.riskwise.catalogue.boundary;

import io.riskwise.catalogue.control.CaseExport;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Standards and units with their criteria, and each as an IMS CASE 1.1 package. */
@Path("standards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.APPRENTICE_NAME,
  Role.ASSESSOR_NAME,
  Role.IQA_NAME,
  Role.CENTRE_ADMIN_NAME,
  Role.EQA_NAME
})
public class StandardsResource {

  @Inject Catalogues catalogues;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Every standard and unit: code, title, kind and criteria counts")
  public List<CatalogueJson.StandardSummary> list() {
    return catalogues.current().standards().stream()
        .map(CatalogueJson.StandardSummary::of)
        .toList();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "A standard with its criteria in source order, each with its cross-map")
  public CatalogueJson.StandardDetail get(@PathParam("code") String code) {
    Catalogue catalogue = catalogues.current();
    return CatalogueJson.StandardDetail.of(find(catalogue, code), catalogue);
  }

  @GET
  @Path("{code}/case")
  @Operation(summary = "The standard as an IMS CASE 1.1 package, for import by other systems")
  public JsonObject caseExport(@PathParam("code") String code) {
    Catalogue catalogue = catalogues.current();
    return new CaseExport(uri.getBaseUri()).export(find(catalogue, code), catalogue);
  }

  private static Standard find(Catalogue catalogue, String code) {
    return catalogue
        .standard(code)
        .orElseThrow(
            () ->
                new ProblemException(
                    Response.Status.NOT_FOUND, "There is no standard or unit " + code + "."));
  }
}
