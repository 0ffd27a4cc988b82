package io.riskwise.centre.boundary;

import io.riskwise.centre.control.ApprenticeProgress;
import io.riskwise.centre.control.ProgressCsv;
import io.riskwise.centre.control.ProgressPdf;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.download.Downloads;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Cohorts and their progress. Administrators create and change cohorts; administrators and quality
 * assurers read every cohort of their centre; an assessor reads the cohorts they work with and,
 * inside them, their own apprentices only.
 */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

  @Inject CurrentUser currentUser;
  @Inject Cohorts cohorts;
  @Inject Progress progress;

  /** A cohort as the API shows it. */
  public record CohortJson(
      long id,
      String name,
      String frameworkId,
      LocalDate startsOn,
      LocalDate plannedEndOn,
      long apprentices,
      List<AssessorRef> assessors) {
    static CohortJson of(Cohort c, long apprentices) {
      return new CohortJson(
          c.getId(),
          c.getName(),
          c.getFrameworkId(),
          c.getStartsOn(),
          c.getPlannedEndOn(),
          apprentices,
          c.getAssessors().stream()
              .map(a -> new AssessorRef(a.getId(), a.getDisplayName()))
              .toList());
    }
  }

  /** An assessor named beside their id. */
  public record AssessorRef(long id, String name) {}

  @GET
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  @Operation(summary = "Cohorts you may see, newest first, with their number of apprentices")
  public Page<CohortJson> list(@Valid @BeanParam PageRequest request) {
    Page<Cohorts.Listed> found = cohorts.list(currentUser.get(), request.page(), request.size());
    return new Page<>(
        found.items().stream().map(l -> CohortJson.of(l.cohort(), l.apprentices())).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Create a cohort: name, framework, start, planned end, assessors")
  public Response create(Cohorts.Form form) {
    Cohort cohort = cohorts.create(currentUser.get(), form);
    return Response.status(Response.Status.CREATED).entity(CohortJson.of(cohort, 0)).build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  public CohortJson get(@PathParam("id") long id) {
    Cohort cohort = cohorts.find(currentUser.get(), id);
    return CohortJson.of(cohort, cohorts.size(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  public CohortJson update(@PathParam("id") long id, Cohorts.Form form) {
    Cohort cohort = cohorts.update(currentUser.get(), id, form);
    return CohortJson.of(cohort, cohorts.size(id));
  }

  @GET
  @Path("{id}/progress")
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  @Operation(
      summary =
          "A cohort's progress: the roll-up and a page of apprentices (optionally only RED,"
              + " AMBER or GREEN)")
  public ProgressJson.CohortProgress progress(
      @PathParam("id") long id,
      @QueryParam("rag") String rag,
      @Valid @BeanParam PageRequest request) {
    Cohort cohort = cohorts.find(currentUser.get(), id);
    Progress.Report report = progress.ofCohort(currentUser.get(), cohort);
    List<ApprenticeProgress> chosen = Progress.withStatus(report.apprentices(), rag);
    int size = Page.clampSize(request.size());
    int from = Math.min(chosen.size(), request.page() * size);
    List<ProgressJson.ApprenticeJson> page =
        chosen.subList(from, Math.min(chosen.size(), from + size)).stream()
            .map(p -> ProgressJson.ApprenticeJson.of(p, report.assessorNames()))
            .toList();
    return new ProgressJson.CohortProgress(
        ProgressJson.CohortRef.of(cohort),
        ProgressJson.Summary.of(report.rollup()),
        new Page<>(page, request.page(), size, chosen.size()),
        report.computedAt());
  }

  @GET
  @Path("{id}/progress.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  public Response progressCsv(@PathParam("id") long id) {
    Cohort cohort = cohorts.find(currentUser.get(), id);
    Progress.Report report = progress.ofCohort(currentUser.get(), cohort);
    byte[] csv =
        ProgressCsv.of(
            report.apprentices(), report.scheme(), a -> report.assessorNames().getOrDefault(a, ""));
    return Downloads.attachment(csv, "text/csv; charset=UTF-8", Progress.fileName(cohort) + ".csv");
  }

  @GET
  @Path("{id}/progress.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  public Response progressPdf(@PathParam("id") long id) {
    Cohort cohort = cohorts.find(currentUser.get(), id);
    Progress.Report report = progress.ofCohort(currentUser.get(), cohort);
    byte[] pdf =
        ProgressPdf.of(
            "Progress of " + cohort.getName(),
            currentUser.get().getCentre().getName() + ", planned end " + cohort.getPlannedEndOn(),
            report.rollup(),
            report.apprentices(),
            report.scheme(),
            report.today());
    return Downloads.attachment(pdf, "application/pdf", Progress.fileName(cohort) + ".pdf");
  }
}
