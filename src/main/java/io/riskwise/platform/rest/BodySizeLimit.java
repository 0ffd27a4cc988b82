package io.riskwise.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses JSON bodies over {@code riskwise.api.max-body-bytes} with 413 before reading them: by the
 * declared length when there is one, otherwise by counting while reading.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

  @Inject
  @ConfigProperty(name = "riskwise.api.max-body-bytes", defaultValue = "1048576")
  int maxBytes;

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (context.getLength() > maxBytes) {
      context.abortWith(tooLarge());
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try (InputStream in = context.getInputStream()) {
      byte[] body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        throw new ProblemException(Response.status(413).build(), message());
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  private Response tooLarge() {
    return Problems.response(
        request, Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", message());
  }

  private String message() {
    return "The request body is larger than " + maxBytes + " bytes.";
  }
}
