package io.riskwise.platform.logging;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The request id and caller address of the current HTTP request, for logs and audit events. */
@RequestScoped
public class RequestContext {

  @Inject HttpServletRequest request;

  public String requestId() {
    Object id = request.getAttribute(RequestLogFilter.REQUEST_ID);
    return id == null ? null : id.toString();
  }

  public String remoteAddress() {
    return request.getRemoteAddr();
  }
}
