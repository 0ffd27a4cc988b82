package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.ApiToken;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AuditEvent;
import io.riskwise.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, checks and revokes the opaque bearer tokens of the REST API. Tokens are random 256-bit
 * values; they expire after {@code riskwise.token.ttl-minutes} and a revoked token is refused at
 * once, which a signed stateless token could not promise.
 */
@ApplicationScoped
public class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "riskwise.token.ttl-minutes", defaultValue = "480")
  long ttlMinutes;

  /** A token as its owner sees it, once. */
  public record Issued(String token, Instant expiresAt) {}

  @Transactional
  public Issued issue(User user) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = Instant.now();
    Instant expiresAt = now.plus(Duration.ofMinutes(ttlMinutes));
    // A reference, not a merge: the copy in hand must not write back what it read at sign-in.
    em.persist(
        new ApiToken(digest(token), em.getReference(User.class, user.getId()), now, expiresAt));
    audit.record(
        AuditEvent.Type.TOKEN_ISSUED,
        user.getUsername(),
        user.getId(),
        user.getCentre().getId(),
        "expires " + expiresAt);
    return new Issued(token, expiresAt);
  }

  /** The owner of a token that is neither expired nor revoked. */
  public Optional<User> owner(String token) {
    return find(token).filter(t -> t.isValidAt(Instant.now())).map(ApiToken::getUser);
  }

  @Transactional
  public void revoke(String token) {
    find(token)
        .ifPresent(
            t -> {
              t.revoke(Instant.now());
              User user = t.getUser();
              audit.record(
                  AuditEvent.Type.SIGN_OUT,
                  user.getUsername(),
                  user.getId(),
                  user.getCentre().getId(),
                  "api token revoked");
            });
  }

  private Optional<ApiToken> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(ApiToken.FIND_BY_DIGEST, ApiToken.class)
        .setParameter("digest", digest(token))
        .getResultStream()
        .findFirst();
  }

  static String digest(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
