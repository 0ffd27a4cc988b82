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

/**
 * A bearer token for the REST API. The token itself is shown once to its owner; only its SHA-256
 * digest is stored, so a copy of the database cannot be used to call the API.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.FIND_BY_DIGEST,
    query =
        "select t from ApiToken t join fetch t.user u join fetch u.centre where t.digest = :digest")
public class ApiToken {
  public static final String FIND_BY_DIGEST = "ApiToken.findByDigest";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String digest;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(String digest, User user, Instant createdAt, Instant expiresAt) {
    this.digest = digest;
    this.user = user;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isValidAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt) && user.isActive();
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public User getUser() {
    return user;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
