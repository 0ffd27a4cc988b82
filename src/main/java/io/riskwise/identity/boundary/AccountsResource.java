package io.riskwise.identity.boundary;

import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A centre administrator's management of the centre's people (see {@link Accounts}). */
@Path("centre/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;

  /** A person as their administrator sees them. */
  public record AccountJson(
      long id, String username, String name, String email, List<String> roles, boolean active) {
    static AccountJson of(User user) {
      return new AccountJson(
          user.getId(),
          user.getUsername(),
          user.getDisplayName(),
          user.getEmail(),
          user.getRoles().stream().sorted().map(Role::name).toList(),
          user.isActive());
    }
  }

  /** A person with the one-use link to set their password: the only time the link is shown. */
  public record WithLinkJson(AccountJson user, String link) {
    static WithLinkJson of(Accounts.WithLink made) {
      return new WithLinkJson(AccountJson.of(made.user()), made.link());
    }
  }

  @GET
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Everyone at your centre, deactivated people too, searched by name")
  public Page<AccountJson> list(
      @QueryParam("search") String search, @Valid @BeanParam PageRequest request) {
    Page<User> found = accounts.list(currentUser.get(), search, request.page(), request.size());
    return new Page<>(
        found.items().stream().map(AccountJson::of).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @POST
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Create a person; the answer holds their one-use set-password link")
  public Response create(Accounts.NewAccount account) {
    return Response.status(Response.Status.CREATED)
        .entity(WithLinkJson.of(accounts.create(currentUser.get(), account)))
        .build();
  }

  @POST
  @Path("{id}/deactivate")
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Stop a person signing in; their records stay")
  public AccountJson deactivate(@PathParam("id") long id) {
    return AccountJson.of(accounts.deactivate(currentUser.get(), id));
  }

  @POST
  @Path("{id}/reactivate")
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  public AccountJson reactivate(@PathParam("id") long id) {
    return AccountJson.of(accounts.reactivate(currentUser.get(), id));
  }

  @POST
  @Path("{id}/password-link")
  @RolesAllowed(Role.CENTRE_ADMIN_NAME)
  @Operation(summary = "Reset a password: the old one stops working; a one-use link is made")
  public WithLinkJson resetPassword(@PathParam("id") long id) {
    return WithLinkJson.of(accounts.resetPassword(currentUser.get(), id));
  }
}
