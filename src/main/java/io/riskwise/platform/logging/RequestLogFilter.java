package io.riskwise.platform.logging;

import io.riskwise.platform.database.StatementCount;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is well formed, otherwise a
 * new one), returns it in the response, and writes one JSON line per request: enough to follow a
 * user's report to the log without logging anything they typed. The line counts the request's SQL
 * statements; with {@code riskwise.statements-header} on (tests, profiling) the response carries
 * the count too, in {@value #STATEMENTS_HEADER}.
 */
@WebFilter(filterName = "RequestLogFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestLogFilter extends HttpFilter {
  public static final String REQUEST_ID = "riskwise.requestId";
  public static final String HEADER = "X-Request-Id";
  public static final String STATEMENTS_HEADER = "Riskwise-Statements";

  /**
   * The largest page that still gets the statements header. The server keeps each thread's response
   * buffer for its next request, so this is held once per HTTP thread: at 4 MB it took 100 MB of
   * the test server's 256 MB heap.
   */
  private static final int WHOLE_PAGE = 1024 * 1024;

  private static final Logger LOG = Logger.getLogger("io.riskwise.request");
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Inject
  @ConfigProperty(name = "riskwise.statements-header", defaultValue = "false")
  boolean statementsHeader;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String offered = request.getHeader(HEADER);
    String requestId =
        offered != null && SAFE_ID.matcher(offered).matches()
            ? offered
            : UUID.randomUUID().toString();
    request.setAttribute(REQUEST_ID, requestId);
    response.setHeader(HEADER, requestId);
    if (statementsHeader) {
      // The count is known only at the end: hold the whole page so the header can still be set.
      response.setBufferSize(WHOLE_PAGE);
    }
    long started = System.nanoTime();
    StatementCount.start();
    try {
      chain.doFilter(request, response);
      if (statementsHeader
          && !response.isCommitted()
          && !response.containsHeader(STATEMENTS_HEADER)) {
        response.setIntHeader(STATEMENTS_HEADER, StatementCount.current());
      }
    } finally {
      int statements = StatementCount.current();
      StatementCount.stop();
      if (isRefused(response)) {
        LOG.warning(line(request, response, requestId, started, statements));
      } else if (!isStaticResource(request)) {
        LOG.info(line(request, response, requestId, started, statements));
      }
    }
  }

  /** A refusal is a security event: logged as a warning, with the address it came from. */
  private static boolean isRefused(HttpServletResponse response) {
    return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED
        || response.getStatus() == HttpServletResponse.SC_FORBIDDEN;
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    return request.getRequestURI().contains("/jakarta.faces.resource/");
  }

  private static String line(
      HttpServletRequest request,
      HttpServletResponse response,
      String requestId,
      long started,
      int statements) {
    Principal user = request.getUserPrincipal();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("time", Instant.now().toString())
            .add("requestId", requestId)
            .add("method", request.getMethod())
            .add("path", request.getRequestURI())
            .add("status", response.getStatus())
            .add("ms", (System.nanoTime() - started) / 1_000_000)
            .add("statements", statements);
    if (user != null) {
      json.add("user", user.getName());
    }
    if (isRefused(response)) {
      json.add("event", "refused").add("address", request.getRemoteAddr());
    }
    return json.build().toString();
  }
}
