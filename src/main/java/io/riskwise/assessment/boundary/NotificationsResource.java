package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Notification;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's own notifications, newest first, with the unread count. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {
  @Inject CurrentUser currentUser;
  @Inject Notifications notifications;

  /** The list and how many are unread. */
  public record Inbox(long unread, List<Notification> notifications) {}

  @GET
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Inbox list() {
    return new Inbox(notifications.unread(currentUser.get()), notifications.of(currentUser.get()));
  }

  @POST
  @Path("{id}/read")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Notification read(@PathParam("id") long id) {
    return notifications.read(currentUser.get(), id);
  }
}
