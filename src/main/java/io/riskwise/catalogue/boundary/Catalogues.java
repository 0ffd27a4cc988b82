package io.riskwise.catalogue.boundary;

import io.riskwise.catalogue.control.CatalogueReader;
import io.riskwise.catalogue.control.CatalogueStore;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.platform.content.ContentFiles;
import io.riskwise.platform.database.Database;
import io.riskwise.platform.startup.Started;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The catalogue the application runs with: read and checked once at start-up, mirrored into the
 * database in the same step, then served from memory. If the content is broken, start-up stops.
 */
@ApplicationScoped
public class Catalogues {
  private static final Logger LOG = Logger.getLogger(Catalogues.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private volatile Catalogue catalogue;

  @Transactional
  void load(@Observes @Priority(Started.CATALOGUE) Started started) {
    Catalogue read =
        new CatalogueReader().read(ContentFiles.fromWar(started.context(), "catalogue"));
    try (Connection connection = dataSource.getConnection()) {
      CatalogueStore.Result result = new CatalogueStore().sync(connection, read);
      LOG.info(
          () ->
              "Criteria catalogue "
                  + result.checksum().substring(0, 12)
                  + (result.changed() ? " stored: " : " unchanged: ")
                  + read.standards().size()
                  + " standards, "
                  + read.criteria().size()
                  + " criteria, "
                  + read.links().size()
                  + " cross-map pairs");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the criteria catalogue", e);
    }
    catalogue = read;
  }

  public Catalogue current() {
    Catalogue loaded = catalogue;
    if (loaded == null) {
      throw new IllegalStateException("The catalogue is loaded at start-up, before any request");
    }
    return loaded;
  }
}
