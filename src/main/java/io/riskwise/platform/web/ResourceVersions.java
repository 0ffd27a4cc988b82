package io.riskwise.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Gives every script and stylesheet address a {@code v=} of this start of the application instead
 * of the PrimeFaces version (hidden by {@code primefaces.HIDE_RESOURCE_VERSION} in web.xml): the
 * address tells no one which framework version runs, and a browser still fetches each file afresh
 * after an upgrade (of PrimeFaces or of our own scripts), as the address has changed.
 */
public class ResourceVersions extends ResourceHandlerWrapper {
  private static final String VERSION = HexFormat.of().toHexDigits(new SecureRandom().nextInt());

  public ResourceVersions(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private static Resource versioned(Resource resource) {
    if (resource == null) {
      return null;
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = getWrapped().getRequestPath();
        return path + (path.contains("?") ? "&" : "?") + "v=" + VERSION;
      }
    };
  }
}
