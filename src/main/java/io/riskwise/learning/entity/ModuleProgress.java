package io.riskwise.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where one apprentice is in one module: the lesson to resume at, and whether the module is
 * completed (its knowledge check passed). No row means not started.
 */
@Entity
@Table(name = "module_progress")
@NamedQuery(
    name = ModuleProgress.OF_APPRENTICE,
    query = "select p from ModuleProgress p where p.apprenticeId = :apprenticeId")
@NamedQuery(
    name = ModuleProgress.FIND,
    query =
        "select p from ModuleProgress p where p.apprenticeId = :apprenticeId"
            + " and p.moduleId = :moduleId")
public class ModuleProgress {
  public static final String OF_APPRENTICE = "ModuleProgress.ofApprentice";
  public static final String FIND = "ModuleProgress.find";

  /** Not started has no row. */
  public enum Status {
    IN_PROGRESS,
    COMPLETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false)
  private Long apprenticeId;

  @Column(name = "module_id", nullable = false, length = 60)
  private String moduleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "last_lesson", nullable = false)
  private int lastLesson;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected ModuleProgress() {}

  public ModuleProgress(Long apprenticeId, String moduleId) {
    this.apprenticeId = apprenticeId;
    this.moduleId = moduleId;
    this.status = Status.IN_PROGRESS;
    this.lastLesson = 1;
    this.startedAt = Instant.now();
    this.updatedAt = startedAt;
  }

  public void reached(int lesson) {
    lastLesson = lesson;
    updatedAt = Instant.now();
  }

  /** Passing the knowledge check completes the module; later attempts never undo it. */
  public void completed() {
    if (status != Status.COMPLETED) {
      status = Status.COMPLETED;
      completedAt = Instant.now();
    }
    updatedAt = Instant.now();
  }

  public String getModuleId() {
    return moduleId;
  }

  public Status getStatus() {
    return status;
  }

  public int getLastLesson() {
    return lastLesson;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
