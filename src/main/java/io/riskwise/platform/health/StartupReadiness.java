package io.riskwise.platform.health;

import io.riskwise.platform.startup.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once start-up has finished: the schema migrated and the catalogue and modules loaded.
 * Payara may answer health checks before that, and a node waiting its turn to start (another node
 * of the cluster is migrating) answers them too.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

  @Inject Startup startup;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("startup").status(startup.isFinished()).build();
  }
}
