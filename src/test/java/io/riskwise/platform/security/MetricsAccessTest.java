package io.riskwise.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsAccessTest {
  private static final Optional<String> TOKEN = Optional.of("s3cret-monitoring-token");

  @Test
  void onlyTheConfiguredTokenOpensTheMetrics() {
    assertTrue(MetricsAccess.allowed(TOKEN, "Bearer s3cret-monitoring-token"));
    assertTrue(MetricsAccess.allowed(TOKEN, "bearer s3cret-monitoring-token "));
    assertFalse(MetricsAccess.allowed(TOKEN, "Bearer s3cret-monitoring-toke"));
    assertFalse(MetricsAccess.allowed(TOKEN, "Basic czNjcmV0"));
    assertFalse(MetricsAccess.allowed(TOKEN, null));
  }

  @Test
  void withoutAConfiguredTokenNobodyReadsTheMetrics() {
    assertFalse(MetricsAccess.allowed(Optional.empty(), "Bearer "));
    assertFalse(MetricsAccess.allowed(Optional.of(" "), "Bearer  "));
    assertFalse(MetricsAccess.allowed(Optional.empty(), null));
  }
}
