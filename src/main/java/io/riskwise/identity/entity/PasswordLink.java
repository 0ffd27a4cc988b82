package io.riskwise.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-use link to set a password: sent to a new apprentice or made when an administrator resets
 * someone's password. Like an API token, only the SHA-256 digest of the secret is stored.
 */
@Entity
@Table(name = "password_link")
@NamedQuery(
    name = PasswordLink.FIND_BY_DIGEST,
    query = "select l from PasswordLink l where l.digest = :digest")
@NamedQuery(
    name = PasswordLink.USE,
    query =
        "update PasswordLink l set l.usedAt = :now"
            + " where l.digest = :digest and l.usedAt is null and l.expiresAt > :now")
@NamedQuery(
    name = PasswordLink.OPEN_OF_USER,
    query = "select l from PasswordLink l where l.userId = :userId and l.usedAt is null")
public class PasswordLink {
  public static final String FIND_BY_DIGEST = "PasswordLink.findByDigest";
  public static final String OPEN_OF_USER = "PasswordLink.openOfUser";

  /**
   * Marks a link used if nobody has yet, in one statement: of two requests using the same link at
   * once, on one server or two, the second waits for the first's row lock and then finds it used.
   */
  public static final String USE = "PasswordLink.use";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64, updatable = false)
  private String digest;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordLink() {}

  public PasswordLink(String digest, Long userId, Instant createdAt, Instant expiresAt) {
    this.digest = digest;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isUsableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Used, or made void by a newer link: either way it can never be used again. */
  public void close(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public Long getUserId() {
    return userId;
  }
}
