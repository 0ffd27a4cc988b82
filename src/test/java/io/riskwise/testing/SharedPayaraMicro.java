package io.riskwise.testing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for the whole test run. Arquillian's Payara Micro container starts a new server
 * for each test class's deployment; every class deploys the same WAR, so the first class starts it
 * and the others reuse it. It stops when Arquillian stops its containers at the end of the run.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {
  private Archive<?> deployed;
  private ProtocolMetaData metaData;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (deployed == null) {
      metaData = super.deploy(archive);
      deployed = archive;
    } else if (!deployed.getName().equals(archive.getName())) {
      throw new DeploymentException(
          "Every test class deploys Deployments.riskwise(); this one asked for "
              + archive.getName());
    }
    return metaData;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // The server stays up for the next test class; stop() ends it.
  }

  @Override
  public synchronized void stop() throws LifecycleException {
    if (deployed != null) {
      try {
        super.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new LifecycleException("Payara Micro did not stop", e);
      }
      deployed = null;
    }
    super.stop();
  }

  /** Registered in META-INF/services: replaces the Payara Micro container with this one. */
  public static class Extension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
      builder.override(
          DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
  }
}
