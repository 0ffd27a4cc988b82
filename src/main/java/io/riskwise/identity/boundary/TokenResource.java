package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Signing in and out of the REST API: a token for a username and password, and its revocation. */
@Path("auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
  static final String WRONG_CREDENTIALS = "Wrong username or password.";

  @Inject SignIns signIns;
  @Inject Tokens tokens;
  @Inject CurrentUser currentUser;

  /**
   * What a client sends to sign in. A class rather than a record: Payara's OpenAPI generator fails
   * on constraint annotations of record components.
   */
  public static class Credentials {
    @NotBlank(message = "Enter your username.")
    @Size(max = SignIns.MAX_USERNAME, message = "A username has at most 100 characters.")
    private String username;

    @NotBlank(message = "Enter your password.")
    @Size(max = SignIns.MAX_PASSWORD, message = "A password has at most 200 characters.")
    private String password;

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

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign in: exchange a username and password for a bearer token")
  public Tokens.Issued issue(
      @Valid @NotNull(message = "Send a JSON body with username and password.")
          Credentials credentials) {
    SignIns.Outcome outcome = signIns.signIn(credentials.getUsername(), credentials.getPassword());
    if (outcome instanceof SignIns.Outcome.SignedIn signedIn) {
      return tokens.issue(signedIn.user());
    }
    if (outcome instanceof SignIns.Outcome.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds());
      throw new ProblemException(
          Response.status(Response.Status.TOO_MANY_REQUESTS)
              .header(HttpHeaders.RETRY_AFTER, seconds)
              .build(),
          "Too many failed sign-ins. Try again in " + seconds + " seconds.");
    }
    throw new ProblemException(Response.Status.UNAUTHORIZED, WRONG_CREDENTIALS);
  }

  @DELETE
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  @Operation(summary = "Sign out: revoke the token this request carries")
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    tokens.revoke(authorization.substring("Bearer ".length()).trim());
    return Response.noContent().build();
  }
}
