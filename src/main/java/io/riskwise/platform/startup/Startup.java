package io.riskwise.platform.startup;

import io.riskwise.platform.database.Migrations;
import io.riskwise.platform.storage.StorageFolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;

/**
 * What happens once, when the application is deployed: migrate the schema, check the storage
 * folder, then tell the features ({@link Started}), which load the criteria catalogue, the learning
 * modules and, in demo mode, the demo centres. Any failure here stops the deployment, so a
 * half-ready application never serves anyone.
 */
@ApplicationScoped
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject Migrations migrations;
  @Inject StorageFolder storage;
  @Inject Event<Started> started;

  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    migrations.migrate();
    LOG.info(() -> "Evidence files are stored in " + storage.prepare());
    started.fire(new Started(context));
  }
}
