package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.download.Downloads;
import io.riskwise.portfolio.control.ReadinessCheck.Readiness;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Risk assessments over REST: the apprentice creates, saves (with the version they read, so a stale
 * save gets 409), checks readiness and submits; their assessors, IQAs and administrators read.
 * Pages use the same facade.
 */
@Path("portfolio/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RiskAssessmentsResource {
  @Inject CurrentUser currentUser;
  @Inject PortfolioAccess access;
  @Inject Portfolios portfolios;
  @Inject PortfolioExports exports;
  @Context UriInfo uri;

  /** A save: the draft's version as it was read, and the whole new content. */
  public static class Save {
    @NotNull(message = "Send the version of the draft you read.")
    private Long version;

    @NotNull(message = "Send the content of the draft.")
    private AssessmentContent content;

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }

    public AssessmentContent getContent() {
      return content;
    }

    public void setContent(AssessmentContent content) {
      this.content = content;
    }
  }

  /** A submission: the version of the draft being submitted. */
  public static class Submit {
    @NotNull(message = "Send the version of the draft you are submitting.")
    private Long version;

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  /** A submitted version with its frozen content. */
  public record VersionDetail(
      int number, String submittedAt, String digest, AssessmentContent content) {}

  @GET
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public List<Portfolios.Summary> list(@QueryParam("apprentice") Long apprenticeId) {
    return portfolios.assessmentsOf(access.whose(currentUser.get(), apprenticeId));
  }

  @POST
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Response create(AssessmentContent content) {
    User apprentice = currentUser.get();
    RiskAssessment created = portfolios.create(apprentice, content);
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
        .entity(portfolios.draft(apprentice, created.getId()))
        .build();
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
  public Portfolios.Draft get(@PathParam("id") long id) {
    return portfolios.draft(currentUser.get(), id);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Portfolios.Draft save(
      @PathParam("id") long id, @Valid @NotNull(message = "Send the draft.") Save save) {
    User apprentice = currentUser.get();
    portfolios.save(apprentice, id, save.getVersion(), save.getContent());
    return portfolios.draft(apprentice, id);
  }

  @GET
  @Path("{id}/readiness")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Readiness readiness(@PathParam("id") long id) {
    return portfolios.readiness(portfolios.find(currentUser.get(), id));
  }

  @POST
  @Path("{id}/submissions")
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Response submit(
      @PathParam("id") long id, @Valid @NotNull(message = "Send the version.") Submit submit) {
    AssessmentVersion version = portfolios.submit(currentUser.get(), id, submit.getVersion());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("portfolio/assessments/{id}/versions/{n}")
                .build(id, version.getNumber()))
        .entity(
            new VersionDetail(
                version.getNumber(),
                version.getSubmittedAt().toString(),
                version.getDigest(),
                null))
        .build();
  }

  @GET
  @Path("{id}/versions")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public List<Portfolios.VersionJson> versions(@PathParam("id") long id) {
    return portfolios.versions(currentUser.get(), id);
  }

  @GET
  @Path("{id}/versions/{number}")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public VersionDetail version(@PathParam("id") long id, @PathParam("number") int number) {
    AssessmentVersion version = portfolios.version(currentUser.get(), id, number);
    return new VersionDetail(
        version.getNumber(),
        version.getSubmittedAt().toString(),
        version.getDigest(),
        io.riskwise.portfolio.control.Documents.read(version.getContent()));
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Response pdf(@PathParam("id") long id) {
    PortfolioExports.Export export = exports.assessment(currentUser.get(), id);
    return Downloads.attachment(export.bytes(), "application/pdf", export.fileName());
  }
}
