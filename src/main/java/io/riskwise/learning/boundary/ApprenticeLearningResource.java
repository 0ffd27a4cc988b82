package io.riskwise.learning.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.boundary.People;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.entity.LearningAttempt;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.ModuleProgress;
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
import java.util.Map;

/**
 * An apprentice's knowledge evidence: modules, check scores and written answers, against the
 * knowledge criteria each module teaches. For the apprentice, their assessor, and the IQA and
 * administrators of their centre; anyone else gets 404.
 */
@Path("apprentices/{id}/learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprenticeLearningResource {
  static final String EVIDENCE_NOTE =
      "Knowledge evidence only: module work never counts as performance evidence (C6 ER1 forbids"
          + " simulation).";

  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject Modules modules;

  /** One module's knowledge evidence. */
  public record ModuleEvidence(
      String id,
      String title,
      List<String> criteria,
      LearningViews.ProgressView progress,
      List<AttemptView> attempts,
      List<Modules.WrittenAnswer> writtenAnswers) {}

  /** One attempt, briefly. */
  public record AttemptView(
      long id,
      String activity,
      String submittedAt,
      int score,
      int maxScore,
      int percent,
      boolean passed) {
    static AttemptView of(LearningAttempt attempt) {
      return new AttemptView(
          attempt.getId(),
          attempt.getActivityId(),
          attempt.getSubmittedAt().toString(),
          attempt.getScore(),
          attempt.getMaxScore(),
          attempt.percent(),
          attempt.isPassed());
    }
  }

  /** The whole answer. */
  public record Learning(
      long apprenticeId,
      String name,
      String evidenceKind,
      String note,
      List<ModuleEvidence> modules) {}

  @GET
  @RolesAllowed({Role.APPRENTICE_NAME, Role.ASSESSOR_NAME, Role.IQA_NAME, Role.CENTRE_ADMIN_NAME})
  public Learning get(@PathParam("id") long id) {
    User apprentice =
        people
            .find(currentUser.get(), id)
            .filter(u -> u.hasRole(Role.APPRENTICE))
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND,
                        "There is no apprentice " + id + " that you can see."));
    Map<String, ModuleProgress> progress = modules.progressOf(apprentice);
    List<LearningAttempt> attempts = modules.attemptsOf(apprentice);
    List<ModuleEvidence> evidence =
        modules.all().stream()
            .map(
                (Module m) ->
                    new ModuleEvidence(
                        m.id(),
                        m.title(),
                        m.criteria(),
                        LearningViews.ProgressView.of(m, progress.get(m.id()), attempts),
                        attempts.stream()
                            .filter(a -> a.getModuleId().equals(m.id()))
                            .map(AttemptView::of)
                            .toList(),
                        modules.writtenAnswers(apprentice, m)))
            .toList();
    return new Learning(
        apprentice.getId(), apprentice.getDisplayName(), "knowledge", EVIDENCE_NOTE, evidence);
  }
}
