package io.riskwise.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A centre's own thresholds: after how many working days a waiting submission is flagged in the
 * assessor queue, and when an apprentice's progress turns amber or red (days without activity,
 * percentage points behind the planned pace). A centre without a row uses the defaults.
 */
@Entity
@Table(name = "centre_rules")
public class CentreRules {

  @Id
  @Column(name = "centre_id")
  private Long centreId;

  @Column(name = "queue_flag_days", nullable = false)
  private int queueFlagDays;

  @Column(name = "amber_idle_days", nullable = false)
  private int amberIdleDays;

  @Column(name = "red_idle_days", nullable = false)
  private int redIdleDays;

  @Column(name = "amber_behind_points", nullable = false)
  private int amberBehindPoints;

  @Column(name = "red_behind_points", nullable = false)
  private int redBehindPoints;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CentreRules() {}

  public CentreRules(Long centreId) {
    this.centreId = centreId;
  }

  public void set(
      int queueFlagDays,
      int amberIdleDays,
      int redIdleDays,
      int amberBehindPoints,
      int redBehindPoints) {
    this.queueFlagDays = queueFlagDays;
    this.amberIdleDays = amberIdleDays;
    this.redIdleDays = redIdleDays;
    this.amberBehindPoints = amberBehindPoints;
    this.redBehindPoints = redBehindPoints;
    this.updatedAt = Instant.now();
  }

  public Long getCentreId() {
    return centreId;
  }

  public int getQueueFlagDays() {
    return queueFlagDays;
  }

  public int getAmberIdleDays() {
    return amberIdleDays;
  }

  public int getRedIdleDays() {
    return redIdleDays;
  }

  public int getAmberBehindPoints() {
    return amberBehindPoints;
  }

  public int getRedBehindPoints() {
    return redBehindPoints;
  }
}
