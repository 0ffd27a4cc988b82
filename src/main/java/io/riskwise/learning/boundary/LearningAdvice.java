package io.riskwise.learning.boundary;

import io.riskwise.learning.control.KnowledgeCheck;
import io.riskwise.learning.control.LessonAdvice;
import io.riskwise.learning.entity.LearningAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an apprentice's learning says about each readiness requirement: the lesson that teaches it,
 * and how many of their latest knowledge check answers on that lesson were wrong. One statement
 * whatever the number of attempts. The caller has already checked who may see the apprentice's
 * work; this reads only that apprentice's attempts.
 */
@ApplicationScoped
public class LearningAdvice {
  private static final Logger LOG = Logger.getLogger(LearningAdvice.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Modules modules;
  @PersistenceContext EntityManager em;

  /**
   * The advice for each requirement of a readiness check, by its id; empty for one no lesson
   * teaches.
   */
  public Function<String, Optional<LessonAdvice.Advice>> of(long apprenticeId) {
    LessonAdvice advice = new LessonAdvice(modules.all(), answersOf(apprenticeId));
    return advice::advice;
  }

  /** The marked answers of every knowledge check of the apprentice, newest first. */
  List<LessonAdvice.Answered> answersOf(long apprenticeId) {
    List<LessonAdvice.Answered> answers = new ArrayList<>();
    for (Object[] row :
        em.createNamedQuery(LearningAttempt.CHECK_FEEDBACK_OF_APPRENTICE, Object[].class)
            .setParameter("apprenticeId", apprenticeId)
            .getResultList()) {
      String moduleId = (String) row[0];
      try {
        for (KnowledgeCheck.QuestionResult result :
            JSON.fromJson((String) row[1], KnowledgeCheck.QuestionResult[].class)) {
          if (result != null && result.marked()) {
            answers.add(new LessonAdvice.Answered(moduleId, result.question(), result.correct()));
          }
        }
      } catch (JsonbException e) {
        // an attempt whose feedback cannot be read says nothing about the lessons; the rest still
        // count
        LOG.log(Level.WARNING, "Unreadable knowledge check feedback in module " + moduleId, e);
      }
    }
    return answers;
  }
}
