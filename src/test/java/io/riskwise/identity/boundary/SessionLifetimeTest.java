package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {
  private static final Instant SIGNED_IN = Instant.parse("2026-12-02T08:00:00Z");

  @Test
  void aPageSessionEndsTwelveHoursAfterSignInHoweverActive() {
    assertTrue(RiskwiseAuthentication.withinLifetime(SIGNED_IN, SIGNED_IN, 12));
    assertTrue(
        RiskwiseAuthentication.withinLifetime(
            SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1), 12));
    assertFalse(
        RiskwiseAuthentication.withinLifetime(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)), 12));
    assertFalse(
        RiskwiseAuthentication.withinLifetime(SIGNED_IN, SIGNED_IN.plus(Duration.ofDays(3)), 12));
  }
}
