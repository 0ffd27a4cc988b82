package io.riskwise.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the very WAR that {@code mvn package} built, not a hand-made subset. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive riskwise() {
    File war = new File(System.getProperty("riskwise.war", "target/riskwise.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** The same WAR at the root context, as {@code mvn -Prun} and Docker serve it. */
  public static WebArchive riskwiseAtRoot() {
    return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(riskwise());
  }
}
