package io.riskwise.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Integration tests deploy the very WAR that {@code mvn package} built, not a hand-made subset, at
 * the root context as {@code mvn -Prun} and Docker serve it. One server holds it for the whole run
 * ({@link SharedPayaraMicro}).
 */
public final class Deployments {
  private Deployments() {}

  private static WebArchive war;

  public static synchronized WebArchive riskwise() {
    if (war == null) {
      File built = new File(System.getProperty("riskwise.war", "target/riskwise.war"));
      war =
          ShrinkWrap.create(WebArchive.class, "ROOT.war")
              .merge(ShrinkWrap.createFromZipFile(WebArchive.class, built));
    }
    return war;
  }
}
