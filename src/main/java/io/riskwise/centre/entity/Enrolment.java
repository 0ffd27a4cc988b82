package io.riskwise.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An apprentice's place in a cohort: at most one each, with their employer and their own start date
 * (an apprentice may join a cohort late).
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = Enrolment.COUNT_BY_COHORT,
    query =
        "select e.cohortId, count(e) from Enrolment e, User u where u.id = e.apprenticeId"
            + " and u.active = true and u.centre.id = :centreId group by e.cohortId")
public class Enrolment {
  public static final String COUNT_BY_COHORT = "Enrolment.countByCohort";

  @Id
  @Column(name = "apprentice_id")
  private Long apprenticeId;

  @Column(name = "cohort_id", nullable = false)
  private Long cohortId;

  @Column(nullable = false, length = 200)
  private String employer;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private Instant enrolledAt;

  protected Enrolment() {}

  public Enrolment(Long apprenticeId, Long cohortId, String employer, LocalDate startsOn) {
    this.apprenticeId = apprenticeId;
    this.cohortId = cohortId;
    this.employer = employer;
    this.startsOn = startsOn;
    this.enrolledAt = Instant.now();
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public String getEmployer() {
    return employer;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }
}
