package io.riskwise.assessment.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Recomputes the caller's centre's audit hash chain: intact, or where it first breaks. */
@Path("audit/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject CurrentUser currentUser;
  @Inject AuditTrail trail;

  @GET
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  public AuditTrail.Verification verify() {
    return trail.verify(currentUser.get().getCentre().getId());
  }
}
