package io.riskwise.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Setting your own password through the one-use link your centre gave you. */
@Path("auth/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

  @Inject Accounts accounts;

  /** A new password chosen through a link, typed twice. */
  public record NewPassword(String token, String password, String repeated) {}

  @POST
  @PermitAll
  @Operation(summary = "Set your password through your link; the link then stops working")
  public Response set(NewPassword request) {
    accounts.setPassword(
        request == null ? null : request.token(),
        request == null ? null : request.password(),
        request == null ? null : request.repeated());
    return Response.noContent().build();
  }
}
