package io.riskwise.platform.startup;

import io.riskwise.platform.database.Database;
import io.riskwise.platform.database.Migrations;
import io.riskwise.platform.storage.StorageFolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What happens once, when the application is deployed: migrate the schema, check the storage
 * folder, then tell the features ({@link Started}), which load the criteria catalogue, the learning
 * modules and, in demo mode, the demo centres. Any failure here stops the deployment, so a
 * half-ready application never serves anyone.
 *
 * <p>Nodes of a cluster starting together take turns, under a lock of the database's own ({@code
 * GET_LOCK}, which MySQL and MariaDB both have): the first migrates and loads, the others then find
 * it done. The lock is the connection's, so a node that dies holding it lets the others go on.
 */
@ApplicationScoped
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class.getName());
  private static final String LOCK = "riskwise.startup";
  private static final int LOCK_WAIT_SECONDS = 600;

  @Inject Migrations migrations;
  @Inject StorageFolder storage;
  @Inject Event<Started> started;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private volatile boolean finished;

  void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context)
      throws SQLException {
    FlashSecret.check(System.getenv(FlashSecret.VARIABLE));
    try (Connection lock = dataSource.getConnection()) {
      take(lock);
      try {
        migrations.migrate();
        LOG.info(() -> "Evidence files are stored in " + storage.prepare());
        started.fire(new Started(context));
        finished = true;
      } finally {
        try (PreparedStatement release = lock.prepareStatement("select release_lock(?)")) {
          release.setString(1, LOCK);
          release.execute();
        }
      }
    }
  }

  /** Whether start-up has finished, so requests can be served (StartupReadiness). */
  public boolean isFinished() {
    return finished;
  }

  private static void take(Connection lock) throws SQLException {
    try (PreparedStatement get = lock.prepareStatement("select get_lock(?, ?)")) {
      get.setString(1, LOCK);
      get.setInt(2, LOCK_WAIT_SECONDS);
      try (ResultSet taken = get.executeQuery()) {
        if (!taken.next() || taken.getInt(1) != 1) {
          throw new IllegalStateException(
              "Another node has been starting for " + LOCK_WAIT_SECONDS + " s; not starting");
        }
      }
    }
  }
}
