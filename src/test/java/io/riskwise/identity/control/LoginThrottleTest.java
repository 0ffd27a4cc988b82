package io.riskwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  static final String ADDRESS = "192.0.2.10";

  /** A clock the test moves by hand. */
  static class HandClock extends Clock {
    Instant now = Instant.parse("2026-11-22T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  HandClock clock = new HandClock();
  LoginThrottle throttle = new LoginThrottle(clock, 20);

  @Test
  void fiveFailuresAreFreeTheSixthAttemptWaits() {
    fail("jordan", 4);
    assertEquals(Optional.empty(), throttle.waitBeforeAttempt("jordan", ADDRESS));
    fail("jordan", 1);
    assertEquals(
        Optional.of(Duration.ofSeconds(30)), throttle.waitBeforeAttempt("jordan", ADDRESS));
  }

  @Test
  void theLockEndsAndDoublesWithEachFurtherFailure() {
    fail("jordan", 5);
    clock.advance(Duration.ofSeconds(30));
    assertEquals(Optional.empty(), throttle.waitBeforeAttempt("jordan", ADDRESS));
    fail("jordan", 1);
    assertEquals(
        Optional.of(Duration.ofSeconds(60)), throttle.waitBeforeAttempt("jordan", ADDRESS));
  }

  @Test
  void theLockNeverExceedsFifteenMinutes() {
    fail("jordan", 40);
    Duration wait = throttle.waitBeforeAttempt("jordan", ADDRESS).orElseThrow();
    assertEquals(Duration.ofMinutes(15), wait);
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
  void oldFailuresAreForgotten() {
    fail("jordan", 4);
    clock.advance(Duration.ofMinutes(16));
    fail("jordan", 1);
    assertEquals(Optional.empty(), throttle.waitBeforeAttempt("jordan", ADDRESS));
  }

  @Test
  void aSuccessfulSignInClearsTheCount() {
    fail("jordan", 4);
    throttle.succeeded("jordan");
    fail("jordan", 1);
    assertEquals(Optional.empty(), throttle.waitBeforeAttempt("jordan", ADDRESS));
  }

  @Test
  void oneAddressGuessingManyUsernamesIsSlowedToo() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i, ADDRESS);
    }
    assertTrue(throttle.waitBeforeAttempt("someone-new", ADDRESS).isPresent());
    assertEquals(Optional.empty(), throttle.waitBeforeAttempt("someone-new", "198.51.100.7"));
  }

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, ADDRESS);
    }
  }
}
