package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.AssessorRecord;
import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SignOff;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Assessment over REST: the assessor's queue, a submitted version with its claims and criteria, the
 * assessor's decision, knowledge evidence accepted from learning, unit statuses, sign-off, the
 * apprentice's countersignature and revocation.
 */
@Path("assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {
  @Inject CurrentUser currentUser;
  @Inject Assessments assessments;
  @Inject AssessorQueue queue;
  @Inject AssessorRecords records;
  @Inject SignOffs signOffs;
  @Inject Judging judging;

  /** A sign-off as the API shows it. */
  public record SignOffJson(
      long id,
      long apprenticeId,
      String unit,
      long assessorId,
      String signedAt,
      String digest,
      SignOff.State state,
      String countersignedAt,
      String revokedAt,
      String revokeReason) {
    static SignOffJson of(SignOff s) {
      return new SignOffJson(
          s.getId(),
          s.getApprenticeId(),
          s.getUnitCode(),
          s.getAssessorId(),
          s.getSignedAt().toString(),
          s.getDigest(),
          s.state(),
          s.getCountersignedAt() == null ? null : s.getCountersignedAt().toString(),
          s.getRevokedAt() == null ? null : s.getRevokedAt().toString(),
          s.getRevokeReason());
    }
  }

  /** Knowledge evidence to accept: a completed module and a knowledge criterion it teaches. */
  public static class Knowledge {
    private String moduleId;
    private String criterionId;

    public String getModuleId() {
      return moduleId;
    }

    public void setModuleId(String moduleId) {
      this.moduleId = moduleId;
    }

    public String getCriterionId() {
      return criterionId;
    }

    public void setCriterionId(String criterionId) {
      this.criterionId = criterionId;
    }
  }

  /** The apprentice's declaration, or an assessor's reason for revoking. */
  public static class Statement {
    private boolean declaration;
    private String reason;

    public boolean isDeclaration() {
      return declaration;
    }

    public void setDeclaration(boolean declaration) {
      this.declaration = declaration;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  @GET
  @Path("queue")
  @RolesAllowed(Role.ASSESSOR_NAME)
  public List<AssessorQueue.QueueItem> queue(
      @QueryParam("cohort") Long cohortId, @QueryParam("unit") String unit) {
    return queue.queue(currentUser.get(), cohortId, unit);
  }

  @GET
  @Path("submissions/{versionId}")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Assessments.Submission submission(@PathParam("versionId") long versionId) {
    return assessments.submission(currentUser.get(), versionId);
  }

  /** The version laid out for judging: claims with their evidence, earlier decisions beside. */
  @GET
  @Path("submissions/{versionId}/judging")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Judging.Sheet judging(@PathParam("versionId") long versionId) {
    return judging.sheet(currentUser.get(), versionId);
  }

  @POST
  @Path("submissions/{versionId}/decision")
  @RolesAllowed(Role.ASSESSOR_NAME)
  public Response decide(@PathParam("versionId") long versionId, Decision decision) {
    Review review = assessments.decide(currentUser.get(), versionId, decision);
    return Response.status(Response.Status.CREATED).entity(review).build();
  }

  @GET
  @Path("apprentices/{id}/units/{unit}")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public List<Assessments.CriterionRow> unit(
      @PathParam("id") long id, @PathParam("unit") String unit) {
    return assessments.statuses(currentUser.get(), id, unit);
  }

  @POST
  @Path("apprentices/{id}/knowledge")
  @RolesAllowed(Role.ASSESSOR_NAME)
  public Response acceptKnowledge(@PathParam("id") long id, Knowledge knowledge) {
    if (knowledge == null) {
      throw InvalidInputException.of("moduleId", "Send the module and the knowledge criterion.");
    }
    Judgement judgement =
        records.acceptKnowledge(
            currentUser.get(), id, knowledge.getModuleId(), knowledge.getCriterionId());
    return Response.status(Response.Status.CREATED).entity(judgement).build();
  }

  @POST
  @Path("apprentices/{id}/records")
  @RolesAllowed(Role.ASSESSOR_NAME)
  public Response addRecord(@PathParam("id") long id, AssessorRecords.NewRecord record) {
    return Response.status(Response.Status.CREATED)
        .entity(records.addRecord(currentUser.get(), id, record))
        .build();
  }

  @GET
  @Path("apprentices/{id}/records")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public List<AssessorRecord> records(@PathParam("id") long id) {
    return records.recordsOf(currentUser.get(), id);
  }

  @GET
  @Path("apprentices/{id}/sign-offs")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public List<SignOffJson> signOffs(@PathParam("id") long id) {
    return signOffs.of(currentUser.get(), id).stream().map(SignOffJson::of).toList();
  }

  @POST
  @Path("apprentices/{id}/units/{unit}/sign-off")
  @RolesAllowed(Role.ASSESSOR_NAME)
  public Response signOff(@PathParam("id") long id, @PathParam("unit") String unit) {
    return Response.status(Response.Status.CREATED)
        .entity(SignOffJson.of(signOffs.signOff(currentUser.get(), id, unit)))
        .build();
  }

  @POST
  @Path("sign-offs/{id}/countersignature")
  @RolesAllowed(Role.APPRENTICE_NAME)
  public SignOffJson countersign(@PathParam("id") long id, Statement statement) {
    return SignOffJson.of(
        signOffs.countersign(
            currentUser.get(), id, statement != null && statement.isDeclaration()));
  }

  @POST
  @Path("sign-offs/{id}/revocation")
  @RolesAllowed({Role.ASSESSOR_NAME, Role.IQA_NAME})
  public SignOffJson revoke(@PathParam("id") long id, Statement statement) {
    return SignOffJson.of(
        signOffs.revoke(currentUser.get(), id, statement == null ? null : statement.getReason()));
  }
}
