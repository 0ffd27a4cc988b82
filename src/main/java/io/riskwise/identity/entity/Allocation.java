package io.riskwise.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An assessor's responsibility for judging one apprentice's work. */
@Entity
@Table(name = "allocation")
@NamedQuery(
    name = Allocation.COUNT_FOR_PAIR,
    query =
        "select count(a) from Allocation a"
            + " where a.assessor.id = :assessorId and a.apprentice.id = :apprenticeId")
@NamedQuery(
    name = Allocation.APPRENTICES_OF,
    query =
        "select u from User u join fetch u.centre where u.active = true and exists"
            + " (select a from Allocation a where a.apprentice = u and a.assessor.id = :assessorId)"
            + " order by u.displayName, u.id")
@NamedQuery(
    name = Allocation.COUNT_APPRENTICES_OF,
    query =
        "select count(a) from Allocation a where a.assessor.id = :assessorId"
            + " and a.apprentice.active = true")
@NamedQuery(
    name = Allocation.ASSESSORS_OF,
    query =
        "select u from User u join fetch u.centre where u.active = true and exists"
            + " (select a from Allocation a where a.assessor = u and a.apprentice.id = :apprenticeId)"
            + " order by u.displayName, u.id")
public class Allocation {
  public static final String ASSESSORS_OF = "Allocation.assessorsOf";
  public static final String COUNT_FOR_PAIR = "Allocation.countForPair";
  public static final String APPRENTICES_OF = "Allocation.apprenticesOf";
  public static final String COUNT_APPRENTICES_OF = "Allocation.countApprenticesOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "assessor_id", nullable = false)
  private User assessor;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "apprentice_id", nullable = false)
  private User apprentice;

  @Column(name = "allocated_at", nullable = false)
  private Instant allocatedAt;

  protected Allocation() {}

  public Allocation(User assessor, User apprentice) {
    if (!assessor.hasRole(Role.ASSESSOR) || !apprentice.hasRole(Role.APPRENTICE)) {
      throw new IllegalArgumentException("An allocation joins an assessor to an apprentice");
    }
    if (!assessor.belongsTo(apprentice.getCentre())) {
      throw new IllegalArgumentException("An assessor judges apprentices of their own centre only");
    }
    this.assessor = assessor;
    this.apprentice = apprentice;
    this.allocatedAt = Instant.now();
  }
}
