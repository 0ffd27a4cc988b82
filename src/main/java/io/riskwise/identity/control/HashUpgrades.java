package io.riskwise.identity.control;

import io.riskwise.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Renews a stored password hash (PBKDF2, or Argon2id with older parameters) with the password a
 * person has just signed in with, so every hash reaches Argon2id without anyone choosing a new
 * password. It ends no session or token, and it gives way to a reset that landed in between: the
 * row is locked and only the hash that was checked is replaced.
 */
@ApplicationScoped
public class HashUpgrades {
  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;

  /**
   * The hash now stored, if it replaced the checked one; in its own transaction, apart from the
   * sign-in's.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> upgrade(long userId, String checkedHash, String password) {
    String fresh = passwords.hash(password);
    User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
    return user != null && user.upgradeHash(checkedHash, fresh)
        ? Optional.of(fresh)
        : Optional.empty();
  }
}
