package io.riskwise.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An external verifier's read-only access to one apprentice's records, or to every apprentice of
 * one cohort, from {@code startsOn} to {@code endsOn} inclusive, granted by an administrator of the
 * centre. Like an allocation, it decides who sees whom; unlike one, it ends by itself.
 */
@Entity
@Table(name = "eqa_grant")
@NamedQuery(
    name = EqaGrant.FOR_PAIR,
    query =
        "select g from EqaGrant g where g.eqaId = :eqaId and (g.apprenticeId = :apprenticeId"
            + " or g.cohortId in (select e.cohortId from Enrolment e"
            + " where e.apprenticeId = :apprenticeId)) order by g.endsOn desc")
@NamedQuery(
    name = EqaGrant.OF_EQA,
    query = "select g from EqaGrant g where g.eqaId = :eqaId order by g.endsOn desc, g.id")
@NamedQuery(
    name = EqaGrant.OF_CENTRE,
    query =
        "select g from EqaGrant g where g.apprenticeId in (select u.id from User u"
            + " where u.centre.id = :centreId) or g.cohortId in (select c.id from Cohort c"
            + " where c.centre.id = :centreId) order by g.endsOn desc, g.id")
public class EqaGrant {
  public static final String FOR_PAIR = "EqaGrant.forPair";
  public static final String OF_EQA = "EqaGrant.ofEqa";
  public static final String OF_CENTRE = "EqaGrant.ofCentre";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "eqa_id", nullable = false, updatable = false)
  private Long eqaId;

  @Column(name = "apprentice_id", updatable = false)
  private Long apprenticeId;

  @Column(name = "cohort_id", updatable = false)
  private Long cohortId;

  @Column(name = "starts_on", nullable = false, updatable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "granted_by", nullable = false, updatable = false)
  private Long grantedBy;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  protected EqaGrant() {}

  /** Access to one apprentice ({@code apprenticeId}) or to a whole cohort ({@code cohortId}). */
  public EqaGrant(
      Long eqaId,
      Long apprenticeId,
      Long cohortId,
      LocalDate startsOn,
      LocalDate endsOn,
      Long grantedBy) {
    if ((apprenticeId == null) == (cohortId == null)) {
      throw new IllegalArgumentException("A grant is for one apprentice or for one cohort");
    }
    this.eqaId = eqaId;
    this.apprenticeId = apprenticeId;
    this.cohortId = cohortId;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.grantedBy = grantedBy;
    this.grantedAt = Instant.now();
  }

  public AccessPeriod period() {
    return new AccessPeriod(startsOn, endsOn);
  }

  public boolean isActiveOn(LocalDate day) {
    return period().covers(day);
  }

  /** An administrator ends the access early: it ended yesterday. */
  public void endNow(LocalDate today) {
    endsOn = period().endedOn(today).endsOn();
  }

  public Long getId() {
    return id;
  }

  public Long getEqaId() {
    return eqaId;
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public Long getGrantedBy() {
    return grantedBy;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }
}
