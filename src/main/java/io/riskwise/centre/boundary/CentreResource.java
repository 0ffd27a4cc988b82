package io.riskwise.centre.boundary;

import io.riskwise.centre.control.EnrolmentCsv;
import io.riskwise.centre.control.ProgressCsv;
import io.riskwise.centre.control.ProgressPdf;
import io.riskwise.centre.control.Rollup;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.download.Downloads;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.paging.PageRequest;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A centre's administration: the progress dashboard, enrolment by CSV, allocation of assessors and
 * the centre's own rules. Everything is of the caller's own centre; an assessor sees the dashboard
 * of their own caseload.
 */
@Path("centre")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {
  static final String CSV = "text/csv";

  @Inject CurrentUser currentUser;
  @Inject Progress progress;
  @Inject Enrolments enrolments;
  @Inject Allocations allocations;
  @Inject Rules rules;
  @Context HttpServletRequest request;

  /** A preview of an enrolment file: each row with its problems. */
  public record PreviewJson(
      boolean valid,
      int rows,
      int invalidRows,
      List<String> fileProblems,
      List<EnrolmentCsv.Row> problemRows) {
    static PreviewJson of(EnrolmentCsv.Preview p) {
      return new PreviewJson(
          p.valid(),
          p.rows().size(),
          p.invalidRows(),
          p.fileProblems(),
          p.rows().stream().filter(r -> !r.valid()).toList());
    }
  }

  /** Who to allocate to whom. */
  public record AllocationRequest(Long assessorId, List<Long> apprenticeIds) {}

  /** How many apprentices were allocated. */
  public record Allocated(int allocated) {}

  @GET
  @Path("progress")
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  @Operation(summary = "The centre dashboard: the centre, each cohort and each assessor rolled up")
  public ProgressJson.CentreProgress centreProgress() {
    User viewer = currentUser.get();
    Progress.Report report = progress.ofCentre(viewer);
    Map<Long, Cohort> cohorts = progress.cohortsOf(viewer);
    List<ProgressJson.GroupJson> byCohort = new ArrayList<>();
    report
        .byCohort()
        .forEach(
            (id, rollup) ->
                byCohort.add(
                    new ProgressJson.GroupJson(
                        id,
                        cohorts.containsKey(id) ? cohorts.get(id).getName() : "",
                        ProgressJson.Summary.of(rollup))));
    List<ProgressJson.GroupJson> byAssessor = new ArrayList<>();
    Map<Long, Rollup> assessorRollups = report.byAssessor();
    assessorRollups.forEach(
        (id, rollup) ->
            byAssessor.add(
                new ProgressJson.GroupJson(
                    id,
                    report.assessorNames().getOrDefault(id, ""),
                    ProgressJson.Summary.of(rollup))));
    return new ProgressJson.CentreProgress(
        ProgressJson.Summary.of(report.rollup()), byCohort, byAssessor, report.computedAt());
  }

  @GET
  @Path("progress.csv")
  @Produces(CSV)
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  public Response centreProgressCsv() {
    Progress.Report report = progress.ofCentre(currentUser.get());
    byte[] csv =
        ProgressCsv.of(
            report.apprentices(), report.scheme(), a -> report.assessorNames().getOrDefault(a, ""));
    return Downloads.attachment(csv, "text/csv; charset=UTF-8", "progress-centre.csv");
  }

  @GET
  @Path("progress.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  public Response centreProgressPdf() {
    User viewer = currentUser.get();
    Progress.Report report = progress.ofCentre(viewer);
    byte[] pdf =
        ProgressPdf.of(
            "Progress at " + viewer.getCentre().getName(),
            "Every enrolled apprentice you can see",
            report.rollup(),
            report.apprentices(),
            report.scheme(),
            report.today());
    return Downloads.attachment(pdf, "application/pdf", "progress-centre.pdf");
  }

  @POST
  @Path("enrolments/preview")
  @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Check an enrolment CSV without importing it: every row's problems")
  public PreviewJson preview(byte[] csv) {
    return PreviewJson.of(enrolments.preview(currentUser.get(), csv == null ? new byte[0] : csv));
  }

  @POST
  @Path("enrolments")
  @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(
      summary =
          "Import an enrolment CSV, all or nothing: 201 with counts and set-password links, or 422"
              + " with every row's problems and nothing written")
  public Response importCsv(byte[] csv) {
    try {
      Enrolments.Imported imported =
          enrolments.importCsv(currentUser.get(), csv == null ? new byte[0] : csv);
      return Response.status(Response.Status.CREATED).entity(imported).build();
    } catch (Enrolments.Refused refused) {
      EnrolmentCsv.Preview p = refused.preview();
      List<Problem.FieldError> errors = new ArrayList<>();
      p.fileProblems().forEach(problem -> errors.add(new Problem.FieldError("file", problem)));
      p.rows().stream()
          .filter(r -> !r.valid())
          .forEach(
              r ->
                  r.problems()
                      .forEach(
                          problem ->
                              errors.add(new Problem.FieldError("line " + r.line(), problem))));
      return Problems.response(
          request,
          422,
          "Unprocessable Content",
          "enrolment-refused",
          p.fileProblems().isEmpty()
              ? p.invalidRows()
                  + " of "
                  + p.rows().size()
                  + " rows have problems; nothing was imported."
              : "The file cannot be read as an enrolment file; nothing was imported.",
          errors);
    }
  }

  @GET
  @Path("enrolments")
  @Produces(CSV)
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Enrolled apprentices in the import's columns, optionally of one cohort")
  public Response export(@QueryParam("cohort") Long cohortId) {
    return Downloads.attachment(
        enrolments.export(currentUser.get(), cohortId),
        "text/csv; charset=UTF-8",
        "enrolments.csv");
  }

  @GET
  @Path("allocations")
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Apprentices with their assessors, optionally of one cohort or unallocated")
  public Page<Allocations.Row> allocationList(
      @QueryParam("cohort") Long cohortId,
      @QueryParam("unallocated") boolean unallocated,
      @Valid @BeanParam PageRequest page) {
    return allocations.apprentices(
        currentUser.get(), cohortId, unallocated, page.page(), page.size());
  }

  @PUT
  @Path("allocations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Assign apprentices to an assessor, replacing their earlier assessor")
  public Allocated allocate(AllocationRequest body) {
    return new Allocated(
        allocations.allocate(
            currentUser.get(),
            body == null ? null : body.assessorId(),
            body == null ? null : body.apprenticeIds()));
  }

  @GET
  @Path("caseloads")
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Each assessor's number of apprentices")
  public List<Allocations.Caseload> caseloads() {
    return allocations.caseloads(currentUser.get());
  }

  @GET
  @Path("rules")
  @RolesAllowed({Role.CENTRE_ADMIN_NAME, Role.IQA_NAME, Role.ASSESSOR_NAME})
  public Rules.Values getRules() {
    return rules.of(currentUser.get().getCentre());
  }

  @PUT
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Set the queue flag and the amber / red thresholds of progress")
  public Rules.Values setRules(Rules.Values values) {
    return rules.set(currentUser.get(), values);
  }
}
