package io.riskwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.identity.entity.SignInFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's rule; where the failures are kept is proven in SignInThrottleIT. */
class LoginThrottleTest {
  Instant now = Instant.parse("2026-11-22T09:00:00Z");
  List<Instant> failures = new ArrayList<>();

  @Test
  void fiveFailuresAreFreeTheSixthAttemptWaits() {
    fail(4);
    assertEquals(Duration.ZERO, lock());
    fail(1);
    assertEquals(Duration.ofSeconds(30), lock());
  }

  @Test
  void theLockEndsAndDoublesWithEachFurtherFailure() {
    fail(5);
    now = now.plusSeconds(30);
    assertEquals(Duration.ZERO, lock());
    fail(1);
    assertEquals(Duration.ofSeconds(60), lock());
  }

  @Test
  void theLockNeverExceedsFifteenMinutes() {
    fail(40);
    assertEquals(Duration.ofMinutes(15), lock());
  }

  @Test
  void oldFailuresAreForgotten() {
    fail(4);
    now = now.plus(Duration.ofMinutes(16));
    fail(1);
    assertEquals(Duration.ZERO, lock());
  }

  @Test
  void anAddressHasItsOwnAllowance() {
    fail(19);
    assertEquals(Duration.ZERO, LoginThrottle.lockRemaining(failures, 20, now));
    fail(1);
    assertEquals(Duration.ofSeconds(30), LoginThrottle.lockRemaining(failures, 20, now));
  }

  @Test
  void unknownNamesAreComparedAsTheDatabaseComparesThem() {
    String key = LoginThrottle.nameKey("jordan");
    assertEquals(key, LoginThrottle.nameKey(" JORDAN "));
    assertEquals(key, LoginThrottle.nameKey("jördan"));
    assertEquals(key, LoginThrottle.nameKey("\uFF4Aordan"));
    assertTrue(!key.equals(LoginThrottle.nameKey("jordan2")));
    assertTrue(!key.equals(LoginThrottle.accountKey(7)));
  }

  @Test
  void aKeyTooLongToStoreIsKeptByItsDigestAndStaysDistinct() {
    String long1 = LoginThrottle.nameKey("j".repeat(5_000));
    String long2 = LoginThrottle.nameKey("j".repeat(5_001));
    assertTrue(LoginThrottle.stored(long1).length() <= SignInFailure.MAX_KEY);
    assertEquals(LoginThrottle.stored(long1), LoginThrottle.stored(long1));
    assertTrue(!LoginThrottle.stored(long1).equals(LoginThrottle.stored(long2)));
    assertEquals("account:7", LoginThrottle.stored(LoginThrottle.accountKey(7)));
  }

  private Duration lock() {
    return LoginThrottle.lockRemaining(failures, LoginThrottle.FREE_FAILURES, now);
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      failures.add(now);
    }
  }
}
