package io.riskwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.text.Normalizer.Form;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. After {@value #FREE_FAILURES} failures for one account, or 20 from
 * one address ({@code riskwise.signin.failures-per-address}: a college behind one address may need
 * more), within {@link #WINDOW}, further attempts are refused until the lock ends; each further
 * failure doubles the lock, up to {@link #MAX_LOCK}.
 *
 * <p>Counts are held in memory on this server: enough for one Payara instance; a cluster would move
 * them to the shared cache. Sign-ins are rare enough for one lock to guard the counts.
 */
@ApplicationScoped
public class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);
  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  @Inject
  @ConfigProperty(name = "riskwise.signin.failures-per-address", defaultValue = "20")
  int freeFailuresPerAddress;

  public LoginThrottle() {
    this(Clock.systemUTC(), 20);
  }

  LoginThrottle(Clock clock, int freeFailuresPerAddress) {
    this.clock = clock;
    this.freeFailuresPerAddress = freeFailuresPerAddress;
  }

  /** How long the caller must wait before trying again, if they must wait at all. */
  public synchronized Optional<Duration> waitBeforeAttempt(String account, String address) {
    Instant now = clock.instant();
    Duration wait = lockRemaining(account, FREE_FAILURES, now);
    Duration addressWait = lockRemaining(addressKey(address), freeFailuresPerAddress, now);
    Duration longest = wait.compareTo(addressWait) >= 0 ? wait : addressWait;
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  public synchronized void failed(String account, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED_KEYS) {
      failures.values().removeIf(times -> isStale(times, now));
    }
    add(account, now);
    add(addressKey(address), now);
  }

  public synchronized void succeeded(String account) {
    failures.remove(account);
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

  private void add(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    times.removeIf(t -> t.isBefore(now.minus(WINDOW)));
    times.addLast(now);
  }

  private Duration lockRemaining(String key, int freeFailures, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Duration.ZERO;
    }
    long recent = times.stream().filter(t -> !t.isBefore(now.minus(WINDOW))).count();
    if (recent < freeFailures) {
      return Duration.ZERO;
    }
    long doublings = Math.min(recent - freeFailures, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    if (lock.compareTo(MAX_LOCK) > 0) {
      lock = MAX_LOCK;
    }
    Duration remaining = Duration.between(now, times.getLast().plus(lock));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  private static boolean isStale(Deque<Instant> times, Instant now) {
    return times.isEmpty() || times.getLast().isBefore(now.minus(WINDOW));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
