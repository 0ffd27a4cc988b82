package io.riskwise.identity.control;

import io.riskwise.identity.entity.SignInFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. After {@value #FREE_FAILURES} failures for one account, or 20 from
 * one address ({@code riskwise.signin.failures-per-address}: a college behind one address may need
 * more), within {@link #WINDOW}, further attempts are refused until the lock ends; each further
 * failure doubles the lock, up to {@link #MAX_LOCK}.
 *
 * <p>Failures are kept in the database ({@link SignInFailure}), so every node of a cluster counts
 * the same ones, a restart forgets none, and nodes that cannot reach each other still share them.
 * Each is written in a transaction of its own, so a failure counts even when the request that made
 * it goes on to fail.
 */
@ApplicationScoped
public class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  /** One failure in this many also deletes every failure older than the window. */
  private static final int FORGET_EVERY = 50;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "riskwise.signin.failures-per-address", defaultValue = "20")
  int freeFailuresPerAddress;

  Clock clock = Clock.systemUTC();

  /** How long the caller must wait before trying again, if they must wait at all. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Duration> waitBeforeAttempt(String account, String address) {
    Instant now = clock.instant();
    Duration wait = lockRemaining(times(account, now), FREE_FAILURES, now);
    Duration addressWait =
        lockRemaining(times(addressKey(address), now), freeFailuresPerAddress, now);
    Duration longest = wait.compareTo(addressWait) >= 0 ? wait : addressWait;
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void failed(String account, String address) {
    Instant now = clock.instant();
    em.persist(new SignInFailure(stored(account), now));
    em.persist(new SignInFailure(stored(addressKey(address)), now));
    if (ThreadLocalRandom.current().nextInt(FORGET_EVERY) == 0) {
      em.createNamedQuery(SignInFailure.FORGET_BEFORE)
          .setParameter("before", now.minus(WINDOW))
          .executeUpdate();
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void succeeded(String account) {
    em.createNamedQuery(SignInFailure.FORGET_KEY)
        .setParameter("key", stored(account))
        .executeUpdate();
  }

  /** The key of an account the name reached: every spelling that reaches it shares it. */
  public static String accountKey(long userId) {
    return "account:" + userId;
  }

  /**
   * The key of a name no account has, compared as the database compares names: compatibility forms
   * folded ("ｓ" is "s"), accents dropped, case ignored.
   */
  public static String nameKey(String username) {
    String name = username == null ? "" : Normalizer.normalize(username.strip(), Form.NFKD);
    return "name:" + name.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /**
   * How long a key is locked, given the times of its failures: none until {@code freeFailures}
   * within the window, then {@link #FIRST_LOCK} from the last, doubling with each further one.
   */
  static Duration lockRemaining(List<Instant> times, int freeFailures, Instant now) {
    List<Instant> recent = times.stream().filter(t -> !t.isBefore(now.minus(WINDOW))).toList();
    if (recent.size() < freeFailures) {
      return Duration.ZERO;
    }
    long doublings = Math.min(recent.size() - freeFailures, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    if (lock.compareTo(MAX_LOCK) > 0) {
      lock = MAX_LOCK;
    }
    Instant last = recent.stream().max(Instant::compareTo).orElseThrow();
    Duration remaining = Duration.between(now, last.plus(lock));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  /** A key as stored: a very long one (a name nobody has, typed at length) by its digest. */
  static String stored(String key) {
    if (key.length() <= SignInFailure.MAX_KEY) {
      return key;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private List<Instant> times(String key, Instant now) {
    return em.createNamedQuery(SignInFailure.TIMES, Instant.class)
        .setParameter("key", stored(key))
        .setParameter("since", now.minus(WINDOW))
        .getResultList();
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
