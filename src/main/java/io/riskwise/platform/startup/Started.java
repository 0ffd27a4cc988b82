package io.riskwise.platform.startup;

import jakarta.servlet.ServletContext;

/**
 * Fired once at deployment, after the schema is migrated and the storage folder is ready, so each
 * feature loads what it needs without the platform knowing the features. Observers run in the order
 * of their {@code @Priority}; one that throws stops the deployment.
 */
public record Started(ServletContext context) {
  /** The criteria catalogue loads first: the learning modules refer to its criteria. */
  public static final int CATALOGUE = 100;

  public static final int LEARNING = 200;

  /** The demo data loads last: it uses the catalogue and the modules. */
  public static final int DEMO = 900;
}
