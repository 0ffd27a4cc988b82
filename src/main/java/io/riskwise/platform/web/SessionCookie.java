package io.riskwise.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the page session's cookie is made: {@code HttpOnly}, {@code SameSite=Lax}, and over HTTPS
 * {@code Secure} with the {@code __Host-} prefix (so no other site on the domain can set it), and
 * its value a fully random identifier ({@link RandomSessionIds}).
 *
 * <p>Cookies are secure when {@code riskwise.cookies.secure} is true, which by default it is when
 * {@code riskwise.public-url} is an {@code https://} address. A local http run keeps a plain
 * cookie, because a browser drops a {@code Secure} cookie that arrives over http.
 */
@WebListener
public class SessionCookie implements ServletContextListener {
  static final String PLAIN_NAME = "riskwise-session";
  static final String SECURE_NAME = "__Host-riskwise-session";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext servletContext = event.getServletContext();
    boolean secure = secure(ConfigProvider.getConfig());
    SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
    cookie.setName(secure ? SECURE_NAME : PLAIN_NAME);
    cookie.setSecure(secure);
    cookie.setHttpOnly(true);
    cookie.setPath("/");
    cookie.setAttribute("SameSite", "Lax");
    if (!RandomSessionIds.install(servletContext)) {
      throw new IllegalStateException(
          "Could not give the session manager a random identifier generator; Riskwise does not"
              + " start with guessable session identifiers");
    }
  }

  /** Whether people reach Riskwise over HTTPS (so cookies are secure and HSTS is sent). */
  static boolean secure(Config config) {
    return secure(
        config.getOptionalValue("riskwise.cookies.secure", Boolean.class),
        config.getOptionalValue("riskwise.public-url", String.class));
  }

  /** As chosen, or else whether people reach Riskwise over HTTPS. */
  static boolean secure(Optional<Boolean> chosen, Optional<String> publicUrl) {
    return chosen.orElseGet(
        () -> publicUrl.map(url -> url.regionMatches(true, 0, "https://", 0, 8)).orElse(false));
  }
}
