package io.riskwise.platform.rest;

import io.riskwise.platform.database.StatementCount;
import io.riskwise.platform.logging.RequestLogFilter;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code riskwise.statements-header} on, an API answer carries its SQL statement count. The
 * API writes its answer before the request filter could add it, so the count is taken here, once
 * the resource has done its work.
 */
@Provider
public class StatementCountHeader implements ContainerResponseFilter {

  @Inject
  @ConfigProperty(name = "riskwise.statements-header", defaultValue = "false")
  boolean statementsHeader;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int statements = StatementCount.current();
    if (statementsHeader && statements >= 0) {
      response.getHeaders().putSingle(RequestLogFilter.STATEMENTS_HEADER, statements);
    }
  }
}
