package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.ClientErrorMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The single way in. REST calls carry a bearer token; pages use the session that the sign-in page
 * opened. A page under {@code /app/} without a session is sent to the sign-in page; an API call
 * without a valid token goes on anonymously and is refused with 401 by the resource it asks for.
 *
 * <p>The API never accepts the page session: a browser sends the session cookie with any request,
 * even one a form on another site makes it send, but it never adds a bearer token by itself. So no
 * other site can make a signed-in person's browser change anything through the API.
 */
@ApplicationScoped
public class RiskwiseAuthentication implements HttpAuthenticationMechanism {
  public static final String SIGN_IN_PAGE = "/sign-in.xhtml";

  /** The outcome of a sign-in attempt made on this request, for the sign-in page to explain. */
  public static final String SIGN_IN_OUTCOME = "riskwise.signInOutcome";

  private static final String SESSION_CALLER = "riskwise.caller";
  private static final String BEARER = "Bearer ";

  @Inject Tokens tokens;
  @Inject SignIns signIns;

  @Inject
  @ConfigProperty(name = "riskwise.session.max-hours", defaultValue = "12")
  int maxHours;

  /** Who signed in on this session, and when: kept small, because sessions may be replicated. */
  record SessionCaller(
      String username, Set<String> groups, int credentialsVersion, Instant signedInAt)
      implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<User> owner = tokens.owner(authorization.substring(BEARER.length()).trim());
      if (owner.isPresent()) {
        return context.notifyContainerAboutLogin(owner.get().getUsername(), groups(owner.get()));
      }
      request.setAttribute(ClientErrorMapper.TOKEN_REJECTED, Boolean.TRUE);
      return context.doNothing();
    }
    if (isApi(request)) {
      return context.doNothing();
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      return signIn(request, context, password);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      if (withinLifetime(caller)
          && signIns.isCurrent(caller.username(), caller.credentialsVersion())) {
        return context.notifyContainerAboutLogin(caller.username(), caller.groups());
      }
      session.removeAttribute(SESSION_CALLER);
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential password) {
    SignIns.Outcome outcome = signIns.signIn(password.getCaller(), password.getPasswordAsString());
    request.setAttribute(SIGN_IN_OUTCOME, outcome);
    if (!(outcome instanceof SignIns.Outcome.SignedIn signedIn)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    User user = signedIn.user();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SessionCaller caller =
        new SessionCaller(
            user.getUsername(), groups(user), user.getCredentialsVersion(), Instant.now());
    request.getSession(true).setAttribute(SESSION_CALLER, caller);
    return context.notifyContainerAboutLogin(caller.username(), caller.groups());
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
  }

  /**
   * However active, a page session lasts at most {@code riskwise.session.max-hours} from sign-in
   * (12 by default: one working day), so a session left open on a shared computer ends.
   */
  private boolean withinLifetime(SessionCaller caller) {
    return withinLifetime(caller.signedInAt(), Instant.now(), maxHours);
  }

  static boolean withinLifetime(Instant signedInAt, Instant now, int maxHours) {
    return now.isBefore(signedInAt.plus(Duration.ofHours(maxHours)));
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static Set<String> groups(User user) {
    return user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
  }
}
