package io.riskwise.assessment.boundary;

import io.riskwise.assessment.control.SamplingPlan;
import io.riskwise.assessment.entity.IqaDecision;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;

/**
 * Internal quality assurance over REST: the plan, the sample (and decisions added to it by hand),
 * the IQA's decisions, the records an external verifier may read, and the report.
 */
@Path("iqa")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IqaResource {
  @Inject CurrentUser currentUser;
  @Inject QualityAssurance quality;
  @Inject IqaRecords records;

  /** An IQA decision to record. */
  public static class Verdict {
    private IqaDecision.Kind kind;
    private Long id;
    private IqaDecision.Outcome outcome;
    private String reasons;

    public IqaDecision.Kind getKind() {
      return kind;
    }

    public void setKind(IqaDecision.Kind kind) {
      this.kind = kind;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public IqaDecision.Outcome getOutcome() {
      return outcome;
    }

    public void setOutcome(IqaDecision.Outcome outcome) {
      this.outcome = outcome;
    }

    public String getReasons() {
      return reasons;
    }

    public void setReasons(String reasons) {
      this.reasons = reasons;
    }
  }

  @GET
  @Path("plan")
  @RolesAllowed({Role.IQA_NAME, Role.CENTRE_ADMIN_NAME, Role.EQA_NAME})
  public SamplingPlan plan() {
    return quality.plan(currentUser.get().getCentre());
  }

  @PUT
  @Path("plan")
  @RolesAllowed({Role.IQA_NAME, Role.CENTRE_ADMIN_NAME})
  public SamplingPlan choose(SamplingPlan plan) {
    if (plan == null) {
      throw InvalidInputException.of("plan", "Send the sampling plan.");
    }
    return quality.choose(currentUser.get(), plan);
  }

  @GET
  @Path("sample")
  @RolesAllowed(Role.IQA_NAME)
  public List<QualityAssurance.SampleItem> sample() {
    return quality.sample(currentUser.get());
  }

  @POST
  @Path("decisions")
  @RolesAllowed(Role.IQA_NAME)
  public Response decide(Verdict verdict) {
    if (verdict == null || verdict.getId() == null) {
      throw InvalidInputException.of("id", "Say which decision you checked.");
    }
    IqaDecision decision =
        quality.decide(
            currentUser.get(),
            verdict.getKind(),
            verdict.getId(),
            verdict.getOutcome(),
            verdict.getReasons());
    return Response.status(Response.Status.CREATED).entity(decision).build();
  }

  /** A decision to add to the sample by hand. */
  public static class Pick {
    private IqaDecision.Kind kind;
    private Long id;

    public IqaDecision.Kind getKind() {
      return kind;
    }

    public void setKind(IqaDecision.Kind kind) {
      this.kind = kind;
    }

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }
  }

  /** Decisions not in the sample yet, newest first, found by assessor, apprentice or unit. */
  @GET
  @Path("unsampled")
  @RolesAllowed(Role.IQA_NAME)
  public List<QualityAssurance.SampleItem> unsampled(@QueryParam("q") String words) {
    return quality.unsampled(currentUser.get(), words, 50);
  }

  @POST
  @Path("sample")
  @RolesAllowed(Role.IQA_NAME)
  public Response addToSample(Pick pick) {
    if (pick == null || pick.getId() == null) {
      throw InvalidInputException.of("id", "Say which decision to add to the sample.");
    }
    return Response.status(Response.Status.CREATED)
        .entity(quality.addToSample(currentUser.get(), pick.getKind(), pick.getId()))
        .build();
  }

  /** The sampled decisions about the apprentices an external verifier's grants cover today. */
  @GET
  @Path("records")
  @RolesAllowed(Role.EQA_NAME)
  public List<QualityAssurance.SampleItem> records() {
    return records.sampledFor(currentUser.get()).values().stream().flatMap(List::stream).toList();
  }

  /** One sampled decision with the evidence as the assessor saw it and the IQA's verdicts. */
  @GET
  @Path("records/{kind}/{id}")
  @RolesAllowed({Role.IQA_NAME, Role.CENTRE_ADMIN_NAME, Role.EQA_NAME})
  public IqaRecords.Record record(
      @PathParam("kind") IqaDecision.Kind kind, @PathParam("id") long id) {
    return records.record(currentUser.get(), kind, id);
  }

  @GET
  @Path("report")
  @RolesAllowed({Role.IQA_NAME, Role.CENTRE_ADMIN_NAME, Role.EQA_NAME})
  public QualityAssurance.Report report() {
    return quality.report(currentUser.get());
  }
}
