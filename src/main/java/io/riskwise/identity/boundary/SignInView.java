package io.riskwise.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in page. A failed attempt keeps the username typed and says plainly what to do. */
@Named
@RequestScoped
public class SignInView {
  static final String HOME = "/app/home.xhtml";

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  // Required and length checks are on the page's inputs; SignIns refuses over-long values again.
  private String username;
  private String password;

  /** The front door: home for someone signed in, otherwise the sign-in page. */
  public void openStart() throws IOException {
    ExternalContext external = faces.getExternalContext();
    boolean signedIn = security.getCallerPrincipal() != null;
    external.redirect(external.getRequestContextPath() + (signedIn ? HOME : "/sign-in.xhtml"));
  }

  /** Someone already signed in who opens the sign-in page goes straight home. */
  public void redirectIfSignedIn() throws IOException {
    if (security.getCallerPrincipal() != null) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + HOME);
    }
  }

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + HOME);
      return;
    }
    Object outcome = request.getAttribute(RiskwiseAuthentication.SIGN_IN_OUTCOME);
    String message =
        outcome instanceof SignIns.Outcome.Throttled throttled
            ? "Too many failed attempts. Wait "
                + Math.max(1, throttled.retryAfter().toSeconds())
                + " seconds, then try again."
            : "Wrong username or password. Check both and try again.";
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
