package io.riskwise.identity.boundary;

import io.riskwise.identity.control.HashUpgrades;
import io.riskwise.identity.control.LoginThrottle;
import io.riskwise.identity.control.Passwords;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AuditEvent;
import io.riskwise.platform.audit.AuditLog;
import io.riskwise.platform.logging.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a username and password for both doors in: the sign-in page and the token endpoint. Every
 * attempt is throttled and audited the same way, and a wrong password and an unknown user look
 * identical to the caller. A stored hash older than today's Argon2id is renewed on a successful
 * sign-in.
 */
@ApplicationScoped
public class SignIns {
  private static final Logger LOG = Logger.getLogger(SignIns.class.getName());
  static final int MAX_USERNAME = 100;
  static final int MAX_PASSWORD = 200;

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject HashUpgrades upgrades;
  @Inject LoginThrottle throttle;
  @Inject AuditLog audit;
  @Inject RequestContext request;

  /** The answer to one attempt: the person signed in, or why not. */
  public sealed interface Outcome {
    record SignedIn(User user) implements Outcome {}

    record Refused() implements Outcome {}

    record Throttled(Duration retryAfter) implements Outcome {}
  }

  /**
   * Checks one attempt. The throttle counts by the account the name reaches (the database compares
   * names without regard to case or accents, so "sèctest" and a full-width "ｓ" reach the same
   * account and share its count), and by the normalised name for an unknown one.
   */
  public Outcome signIn(String username, String password) {
    String address = request.remoteAddress();
    Optional<User> account = find(username);
    String key =
        account
            .map(u -> LoginThrottle.accountKey(u.getId()))
            .orElseGet(() -> LoginThrottle.nameKey(username));
    Optional<Duration> wait = throttle.waitBeforeAttempt(key, address);
    if (wait.isPresent()) {
      audit.record(AuditEvent.Type.SIGN_IN_THROTTLED, username, null, null, null);
      return new Outcome.Throttled(wait.get());
    }
    Optional<User> user = check(account, password);
    if (user.isEmpty()) {
      throttle.failed(key, address);
      audit.record(AuditEvent.Type.SIGN_IN_FAILED, username, null, null, null);
      return new Outcome.Refused();
    }
    User found = user.get();
    throttle.succeeded(key);
    audit.record(
        AuditEvent.Type.SIGN_IN,
        found.getUsername(),
        found.getId(),
        found.getCentre().getId(),
        null);
    return new Outcome.SignedIn(found);
  }

  public void signedOut(User user, String how) {
    audit.record(
        AuditEvent.Type.SIGN_OUT, user.getUsername(), user.getId(), user.getCentre().getId(), how);
  }

  /**
   * Whether a session's person may still act: a deactivated person, or one whose password was reset
   * or changed since the session signed in, is signed out at once.
   */
  public boolean isCurrent(String username, int credentialsVersion) {
    return !em.createQuery(
            "select u.id from User u where u.username = :username and u.active = true"
                + " and u.credentialsVersion = :version",
            Long.class)
        .setParameter("username", username)
        .setParameter("version", credentialsVersion)
        .getResultList()
        .isEmpty();
  }

  /** The account a name reaches, active or not; none for a name no account could have. */
  private Optional<User> find(String username) {
    if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
      return Optional.empty();
    }
    return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
        .setParameter("username", username.trim())
        .getResultStream()
        .findFirst();
  }

  private Optional<User> check(Optional<User> account, String password) {
    if (password == null || password.length() > MAX_PASSWORD) {
      return Optional.empty();
    }
    Optional<User> user = account.filter(User::isActive);
    if (user.isEmpty()) {
      passwords.matchNobody(password);
      return Optional.empty();
    }
    String stored = user.get().getPasswordHash();
    if (!passwords.matches(password, stored)) {
      return Optional.empty();
    }
    if (passwords.needsUpgrade(stored)) {
      upgrade(user.get(), stored, password);
    }
    return user;
  }

  /**
   * Renews the stored hash, and the hash of the copy in hand, which callers may merge (a token is
   * issued with it) and must not carry the old hash back. A hash that cannot be renewed now is
   * renewed at a later sign-in; this one goes ahead.
   */
  private void upgrade(User user, String stored, String password) {
    try {
      upgrades.upgrade(user.getId(), stored, password).ifPresent(h -> user.upgradeHash(stored, h));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not renew the password hash of user " + user.getId(), e);
    }
  }
}
