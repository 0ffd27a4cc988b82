package io.riskwise.platform.health;

import io.riskwise.platform.storage.StorageFolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready also means uploaded evidence can be saved. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

  @Inject StorageFolder storage;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("storage").status(storage.isWritable()).build();
  }
}
