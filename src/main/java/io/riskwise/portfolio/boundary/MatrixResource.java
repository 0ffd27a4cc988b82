package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.rating.Matrix;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's centre's rating matrix; only its administrators change it. */
@Path("centre/matrix")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatrixResource {
  @Inject CurrentUser currentUser;
  @Inject Matrices matrices;

  @GET
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Matrix get() {
    return matrices.of(currentUser.get().getCentre()).matrix();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  public Matrix choose(Matrix matrix) {
    if (matrix == null) {
      throw InvalidInputException.of("size", "Send the matrix: size, labels and band limits.");
    }
    return matrices.choose(currentUser.get(), matrix);
  }
}
