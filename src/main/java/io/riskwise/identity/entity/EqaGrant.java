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
 * An external verifier's read-only access to one apprentice's records from {@code startsOn} to
 * {@code endsOn} inclusive, granted by an administrator of the apprentice's centre. Like an
 * allocation, it decides who sees whom; unlike one, it ends by itself.
 */
@Entity
@Table(name = "eqa_grant")
@NamedQuery(
    name = EqaGrant.FOR_PAIR,
    query =
        "select g from EqaGrant g where g.eqaId = :eqaId and g.apprenticeId = :apprenticeId"
            + " order by g.endsOn desc")
@NamedQuery(
    name = EqaGrant.OF_EQA,
    query = "select g from EqaGrant g where g.eqaId = :eqaId order by g.endsOn desc, g.id")
@NamedQuery(
    name = EqaGrant.OF_CENTRE,
    query =
        "select g from EqaGrant g, User u where u.id = g.apprenticeId and u.centre.id = :centreId"
            + " order by g.endsOn desc, g.id")
public class EqaGrant {
  public static final String FOR_PAIR = "EqaGrant.forPair";
  public static final String OF_EQA = "EqaGrant.ofEqa";
  public static final String OF_CENTRE = "EqaGrant.ofCentre";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "eqa_id", nullable = false, updatable = false)
  private Long eqaId;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Column(name = "starts_on", nullable = false, updatable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "granted_by", nullable = false, updatable = false)
  private Long grantedBy;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  protected EqaGrant() {}

  public EqaGrant(
      Long eqaId, Long apprenticeId, LocalDate startsOn, LocalDate endsOn, Long grantedBy) {
    this.eqaId = eqaId;
    this.apprenticeId = apprenticeId;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.grantedBy = grantedBy;
    this.grantedAt = Instant.now();
  }

  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** An administrator ends the access early: it ended yesterday. */
  public void endNow(LocalDate today) {
    if (!endsOn.isBefore(today)) {
      endsOn = today.minusDays(1);
    }
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
