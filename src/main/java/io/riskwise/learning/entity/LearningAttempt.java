package io.riskwise.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One submitted knowledge check ({@code activityId} null) or activity, kept for good with what was
 * answered and the feedback given. Knowledge evidence only, never performance evidence.
 */
@Entity
@Table(name = "learning_attempt")
@NamedQuery(
    name = LearningAttempt.OF_APPRENTICE,
    query =
        "select a from LearningAttempt a where a.apprenticeId = :apprenticeId"
            + " order by a.submittedAt desc, a.id desc")
@NamedQuery(
    name = LearningAttempt.CHECK_FEEDBACK_OF_APPRENTICE,
    query =
        "select a.moduleId, a.feedback from LearningAttempt a where a.apprenticeId = :apprenticeId"
            + " and a.activityId is null order by a.submittedAt desc, a.id desc")
public class LearningAttempt {
  public static final String OF_APPRENTICE = "LearningAttempt.ofApprentice";

  /** The module and marked feedback of each knowledge check of an apprentice, newest first. */
  public static final String CHECK_FEEDBACK_OF_APPRENTICE =
      "LearningAttempt.checkFeedbackOfApprentice";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Column(name = "module_id", nullable = false, updatable = false, length = 60)
  private String moduleId;

  @Column(name = "activity_id", updatable = false, length = 60)
  private String activityId;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(nullable = false, updatable = false)
  private int score;

  @Column(name = "max_score", nullable = false, updatable = false)
  private int maxScore;

  @Column(nullable = false, updatable = false)
  private boolean passed;

  @Lob
  @Column(nullable = false, updatable = false)
  private String answers;

  @Lob
  @Column(nullable = false, updatable = false)
  private String feedback;

  protected LearningAttempt() {}

  public LearningAttempt(
      Long apprenticeId,
      String moduleId,
      String activityId,
      int score,
      int maxScore,
      boolean passed,
      String answers,
      String feedback) {
    this.apprenticeId = apprenticeId;
    this.moduleId = moduleId;
    this.activityId = activityId;
    this.submittedAt = Instant.now();
    this.score = score;
    this.maxScore = maxScore;
    this.passed = passed;
    this.answers = answers;
    this.feedback = feedback;
  }

  public int percent() {
    return maxScore == 0 ? 100 : Math.round(100f * score / maxScore);
  }

  public boolean isCheck() {
    return activityId == null;
  }

  public Long getId() {
    return id;
  }

  public String getModuleId() {
    return moduleId;
  }

  public String getActivityId() {
    return activityId;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public int getScore() {
    return score;
  }

  public int getMaxScore() {
    return maxScore;
  }

  public boolean isPassed() {
    return passed;
  }

  public String getAnswers() {
    return answers;
  }

  public String getFeedback() {
    return feedback;
  }
}
