package io.riskwise.learning.boundary;

import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.control.ActivityMarker;
import io.riskwise.learning.control.KnowledgeCheck;
import io.riskwise.learning.control.LearningReader;
import io.riskwise.learning.entity.Activity;
import io.riskwise.learning.entity.LearningAttempt;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.ModuleProgress;
import io.riskwise.platform.content.ContentFiles;
import io.riskwise.platform.startup.Started;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The learning modules and each apprentice's work in them: lessons reached, knowledge checks and
 * activities submitted (every attempt kept), modules completed.
 */
@ApplicationScoped
public class Modules {
  private static final Logger LOG = Logger.getLogger(Modules.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Catalogues catalogues;
  @PersistenceContext EntityManager em;

  private volatile List<Module> modules;

  void load(@Observes @Priority(Started.LEARNING) Started started) {
    List<Module> read =
        new LearningReader()
            .read(ContentFiles.fromWar(started.context(), "learning"), catalogues.current());
    modules = read;
    LOG.info(() -> "Learning modules loaded: " + read.size());
  }

  public List<Module> all() {
    List<Module> loaded = modules;
    if (loaded == null) {
      throw new IllegalStateException("The modules are loaded at start-up, before any request");
    }
    return loaded;
  }

  public Optional<Module> find(String id) {
    return all().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The apprentice's progress by module id; a module not started has no entry. */
  public Map<String, ModuleProgress> progressOf(User apprentice) {
    Map<String, ModuleProgress> progress = new LinkedHashMap<>();
    em.createNamedQuery(ModuleProgress.OF_APPRENTICE, ModuleProgress.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList()
        .forEach(p -> progress.put(p.getModuleId(), p));
    return progress;
  }

  /** Every attempt, newest first. */
  public List<LearningAttempt> attemptsOf(User apprentice) {
    return em.createNamedQuery(LearningAttempt.OF_APPRENTICE, LearningAttempt.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  @Transactional
  public void openLesson(User apprentice, Module module, int lesson) {
    progress(apprentice, module).reached(lesson);
  }

  @Transactional
  public KnowledgeCheck.Result submitCheck(
      User apprentice, Module module, List<KnowledgeCheck.Answer> answers) {
    KnowledgeCheck.Result result = new KnowledgeCheck().mark(module, answers);
    em.persist(
        new LearningAttempt(
            apprentice.getId(),
            module.id(),
            null,
            result.score(),
            result.maxScore(),
            result.passed(),
            JSON.toJson(answers),
            JSON.toJson(result.questions())));
    ModuleProgress progress = progress(apprentice, module);
    if (result.passed()) {
      progress.completed();
    }
    return result;
  }

  @Transactional
  public ActivityMarker.Result submitActivity(
      User apprentice, Module module, Activity activity, JsonObject input) {
    ActivityMarker.Result result = new ActivityMarker().mark(activity, input, module.passMark());
    em.persist(
        new LearningAttempt(
            apprentice.getId(),
            module.id(),
            activity.id(),
            result.score(),
            result.maxScore(),
            result.passed(),
            input.toString(),
            JSON.toJson(result.feedback())));
    progress(apprentice, module);
    return result;
  }

  static final String EVIDENCE_NOTE =
      "Knowledge evidence only: module work never counts as performance evidence (C6 ER1 forbids"
          + " simulation).";

  /** One module's knowledge evidence. */
  public record ModuleEvidence(
      String id,
      String title,
      List<String> criteria,
      LearningJson.ModuleProgressJson progress,
      List<AttemptJson> attempts,
      List<Modules.WrittenAnswer> writtenAnswers) {}

  /** One attempt, briefly. */
  public record AttemptJson(
      long id,
      String activity,
      String submittedAt,
      int score,
      int maxScore,
      int percent,
      boolean passed) {
    static AttemptJson of(LearningAttempt attempt) {
      return new AttemptJson(
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

  /** An apprentice's knowledge evidence, module by module, for those responsible for them. */
  public Learning evidenceOf(User apprentice) {
    Map<String, ModuleProgress> progress = progressOf(apprentice);
    List<LearningAttempt> attempts = attemptsOf(apprentice);
    List<ModuleEvidence> evidence =
        all().stream()
            .map(
                m ->
                    new ModuleEvidence(
                        m.id(),
                        m.title(),
                        m.criteria(),
                        LearningJson.ModuleProgressJson.of(m, progress.get(m.id()), attempts),
                        attempts.stream()
                            .filter(a -> a.getModuleId().equals(m.id()))
                            .map(AttemptJson::of)
                            .toList(),
                        writtenAnswers(attempts, m)))
            .toList();
    return new Learning(
        apprentice.getId(), apprentice.getDisplayName(), "knowledge", EVIDENCE_NOTE, evidence);
  }

  /** The written answers of the apprentice's checks, for their assessor to read. */
  private static List<WrittenAnswer> writtenAnswers(List<LearningAttempt> attempts, Module module) {
    return attempts.stream()
        .filter(a -> a.isCheck() && a.getModuleId().equals(module.id()))
        .flatMap(
            attempt ->
                List.of(JSON.fromJson(attempt.getAnswers(), KnowledgeCheck.Answer[].class)).stream()
                    .filter(answer -> answer.text() != null && !answer.text().isBlank())
                    .map(
                        answer ->
                            new WrittenAnswer(
                                attempt.getId(),
                                module.question(answer.question()).map(q -> q.prompt()).orElse(""),
                                answer.text().strip(),
                                attempt.getSubmittedAt().toString())))
        .toList();
  }

  /** A written answer with the question it answers. */
  public record WrittenAnswer(long attempt, String question, String answer, String submittedAt) {}

  private ModuleProgress progress(User apprentice, Module module) {
    return em.createNamedQuery(ModuleProgress.FIND, ModuleProgress.class)
        .setParameter("apprenticeId", apprentice.getId())
        .setParameter("moduleId", module.id())
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              ModuleProgress started = new ModuleProgress(apprentice.getId(), module.id());
              em.persist(started);
              return started;
            });
  }
}
