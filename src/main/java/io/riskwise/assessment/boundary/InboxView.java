package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Notification;
import io.riskwise.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** The unread count in every page's header, and the notifications page. */
@Named("inbox")
@RequestScoped
public class InboxView {
  @Inject CurrentUser currentUser;
  @Inject Notifications notifications;

  private Long unread;
  private long id;

  public long getUnread() {
    if (unread == null) {
      unread = currentUser.find().map(notifications::unread).orElse(0L);
    }
    return unread;
  }

  public List<Notification> getNotifications() {
    return notifications.of(currentUser.get());
  }

  /** Opens a notification: marks it read and goes where it points. */
  public void open() throws IOException {
    Notification notification = notifications.read(currentUser.get(), id);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String link = notification.getLink();
    external.redirect(
        external.getRequestContextPath()
            + (link != null && link.startsWith("/app/") ? link : "/app/notifications.xhtml"));
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public void readAll() {
    notifications.readAll(currentUser.get());
    unread = 0L;
  }
}
