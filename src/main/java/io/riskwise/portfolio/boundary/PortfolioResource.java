package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.download.Downloads;
import io.riskwise.portfolio.control.CriteriaGrid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The portfolio as a whole: the criteria grid, and the PDF of everything in it. */
@Path("portfolio")
@RequestScoped
public class PortfolioResource {
  @Inject CurrentUser currentUser;
  @Inject PortfolioAccess access;
  @Inject Mappings mappings;
  @Inject PortfolioExports exports;

  /** For each criterion of the units asked for (default INSCS027 and C6), the evidence for it. */
  @GET
  @Path("grid")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public CriteriaGrid grid(
      @QueryParam("apprentice") Long apprenticeId, @QueryParam("unit") List<String> units) {
    return mappings.grid(
        access.whose(currentUser.get(), apprenticeId),
        units == null || units.isEmpty() ? Mappings.DEFAULT_UNITS : units);
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Response pdf(@QueryParam("apprentice") Long apprenticeId) {
    PortfolioExports.Export export =
        exports.portfolio(currentUser.get(), access.whose(currentUser.get(), apprenticeId));
    return Downloads.attachment(export.bytes(), "application/pdf", export.fileName());
  }
}
