package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Notification;
import io.riskwise.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The unread count in every page's header, and the notifications page. */
@Named("inbox")
@RequestScoped
public class InboxView {
  @Inject CurrentUser currentUser;
  @Inject Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = currentUser.find().map(notifications::unread).orElse(0L);
    }
    return unread;
  }

  public List<Notification> getNotifications() {
    return notifications.of(currentUser.get());
  }

  public void readAll() {
    notifications.readAll(currentUser.get());
    unread = 0L;
  }
}
