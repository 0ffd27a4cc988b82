package io.riskwise.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payara's {@code /metrics} (heap, threads, CPU, connection pools) answers only a monitoring tool
 * that sends {@code Authorization: Bearer <riskwise.metrics.token>}. Without a configured token it
 * answers nobody. Payara serves it inside this application's context (Riskwise is at the root), so
 * this filter sees its requests.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccess extends HttpFilter {
  private static final String BEARER = "Bearer ";

  @Inject
  @ConfigProperty(name = "riskwise.metrics.token")
  Optional<String> token;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (allowed(token, request.getHeader("Authorization"))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write("Metrics answer only the monitoring token set in RISKWISE_METRICS_TOKEN.\n");
  }

  /** True when a token is configured and the header carries exactly it. */
  static boolean allowed(Optional<String> token, String authorization) {
    if (token.isEmpty()
        || token.get().isBlank()
        || authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    byte[] offered =
        authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(offered, token.get().getBytes(StandardCharsets.UTF_8));
  }
}
