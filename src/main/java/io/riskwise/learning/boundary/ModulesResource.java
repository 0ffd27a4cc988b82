package io.riskwise.learning.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.control.ActivityMarker;
import io.riskwise.learning.control.KnowledgeCheck;
import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.LearningAttempt;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.ModuleProgress;
import io.riskwise.platform.rest.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The learning modules. Everyone signed in may read them; apprentices also get their progress, a
 * freshly drawn knowledge check, and may submit checks and activities.
 */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {
  private static final Random RANDOM = new SecureRandom();

  @Inject Modules modules;
  @Inject CurrentUser currentUser;

  /** A knowledge check as sent: one answer per drawn question. */
  public static class CheckAttempt {
    private List<KnowledgeCheck.Answer> answers;

    public List<KnowledgeCheck.Answer> getAnswers() {
      return answers;
    }

    public void setAnswers(List<KnowledgeCheck.Answer> answers) {
      this.answers = answers;
    }
  }

  @GET
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  @Operation(summary = "The modules in order, with the caller's progress if they are an apprentice")
  public List<LearningJson.ModuleSummary> list() {
    User me = currentUser.get();
    boolean apprentice = me.hasRole(Role.APPRENTICE);
    Map<String, ModuleProgress> progress = apprentice ? modules.progressOf(me) : Map.of();
    List<LearningAttempt> attempts = apprentice ? modules.attemptsOf(me) : List.of();
    return modules.all().stream()
        .map(
            m ->
                LearningJson.ModuleSummary.of(
                    m,
                    apprentice
                        ? LearningJson.ModuleProgressJson.of(m, progress.get(m.id()), attempts)
                        : null))
        .toList();
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
  @Operation(
      summary = "A module: lessons, activities and, for apprentices, a drawn knowledge check")
  public LearningJson.ModuleDetail get(@PathParam("id") String id) {
    Module module = find(id);
    User me = currentUser.get();
    boolean apprentice = me.hasRole(Role.APPRENTICE);
    LearningJson.CheckJson check =
        apprentice
            ? new LearningJson.CheckJson(
                module.passMark(),
                module.questionsPerAttempt(),
                new KnowledgeCheck()
                    .draw(module, RANDOM).stream().map(LearningJson.QuestionJson::of).toList())
            : null;
    return new LearningJson.ModuleDetail(
        module.id(),
        module.order(),
        module.title(),
        module.minutes(),
        module.summary(),
        module.criteria(),
        module.lessons(),
        module.activities().stream().map(a -> LearningJson.activity(a, RANDOM)).toList(),
        check,
        apprentice
            ? LearningJson.ModuleProgressJson.of(
                module, modules.progressOf(me).get(module.id()), modules.attemptsOf(me))
            : null);
  }

  @POST
  @Path("{id}/attempts")
  @RolesAllowed(Role.APPRENTICE_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit a knowledge check: answers in, score and feedback out")
  public KnowledgeCheck.Result attempt(
      @PathParam("id") String id,
      @NotNull(message = "Send a JSON body with your answers.") CheckAttempt attempt) {
    return modules.submitCheck(currentUser.get(), find(id), attempt.getAnswers());
  }

  @POST
  @Path("{id}/activities/{activityId}/attempts")
  @RolesAllowed(Role.APPRENTICE_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit an activity: your work in, marks and explanations out")
  public ActivityMarker.Result activity(
      @PathParam("id") String id,
      @PathParam("activityId") String activityId,
      @NotNull(message = "Send a JSON body with your work.") JsonObject input) {
    Module module = find(id);
    Activity activity =
        module
            .activity(activityId)
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND,
                        "Module " + id + " has no activity " + activityId + "."));
    return modules.submitActivity(currentUser.get(), module, activity, input);
  }

  private Module find(String id) {
    return modules
        .find(id)
        .orElseThrow(
            () ->
                new ProblemException(Response.Status.NOT_FOUND, "There is no module " + id + "."));
  }
}
