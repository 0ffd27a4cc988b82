package io.riskwise.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.csp.CspException;

/**
 * The headers every answer carries, so that a browser runs only our own scripts, never guesses a
 * type, is never framed, keeps nothing signed-in in its cache and tells other sites nothing:
 *
 * <ul>
 *   <li>pages: the Content-Security-Policy of the {@code primefaces.CSP_POLICY} context parameter
 *       in web.xml. PrimeFaces (in its CSP mode) sends the same policy with the page's nonce added
 *       to {@code script-src}; that one replaces this default, so there is always exactly one;
 *   <li>the API: {@code default-src 'none'}, as JSON runs nothing;
 *   <li>everything but static resources: {@code Cache-Control: no-store}.
 * </ul>
 *
 * A download keeps the stricter policy it sets itself ({@code platform.download.Downloads}). The
 * filter runs again on error pages, whose dispatch may follow a reset of the headers.
 */
@WebFilter(
    filterName = "SecurityHeaders",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
  static final String CSP = "Content-Security-Policy";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String PERMISSIONS =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(),"
          + " payment=(), usb=()";
  private static final String RESOURCES = "/jakarta.faces.resource/";

  private String pagePolicy;
  private boolean overHttps;

  @Override
  public void init() {
    String policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    if (policy == null || !policy.strip().endsWith("script-src 'self'")) {
      throw new IllegalStateException(
          "web.xml must set primefaces.CSP_POLICY, ending with script-src 'self'");
    }
    pagePolicy = policy.strip() + ";";
    overHttps = SessionCookie.secure(ConfigProvider.getConfig());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", PERMISSIONS);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (overHttps || request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    response.setHeader(CSP, path.startsWith("/api/") ? API_POLICY : pagePolicy);
    if (!path.startsWith(RESOURCES)) {
      response.setHeader("Cache-Control", "no-store");
    }
    try {
      chain.doFilter(request, new OnePolicy(response));
    } catch (ServletException e) {
      if (!isNonceRefusal(e) || response.isCommitted()) {
        throw e;
      }
      // A form posted with a nonce that is not its page's is stale or forged. PrimeFaces refuses
      // it before any page can be drawn, so send the person, by GET, to the expired-page page.
      response.reset();
      response.sendRedirect(request.getContextPath() + "/error/expired.xhtml");
    }
  }

  static boolean isNonceRefusal(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  /** Turns a second policy (PrimeFaces adds its own) into a replacement of the first. */
  static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
