package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Notification;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.mail.Mailer;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Notifications: saved in-app with the change that causes them, read by their recipient only, and
 * e-mailed after the change commits when an SMTP server is configured.
 */
@ApplicationScoped
public class Notifications {
  static final int LATEST = 50;

  @PersistenceContext EntityManager em;
  @Inject Event<Sent> sent;
  @Inject Mailer mailer;

  /** A notification saved; e-mailed once its transaction has committed. */
  public record Sent(Long userId, String text, String link) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void send(Long userId, String kind, String text, String link) {
    em.persist(new Notification(userId, kind, text, link));
    sent.fire(new Sent(userId, text, link));
  }

  /** E-mails a notification when an SMTP server is configured and the person has an address. */
  void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) Sent notification) {
    if (!mailer.isConfigured()) {
      return;
    }
    User user = em.find(User.class, notification.userId());
    if (user != null && user.getEmail() != null) {
      mailer.send(
          user.getEmail(),
          "Riskwise: "
              + (notification.text().length() > 70
                  ? notification.text().substring(0, 67) + "..."
                  : notification.text()),
          notification.text() + "\n\nOpen Riskwise to see it: " + notification.link());
    }
  }

  public long unread(User user) {
    return em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
        .setParameter("userId", user.getId())
        .getSingleResult();
  }

  /** The latest notifications, newest first. */
  public List<Notification> of(User user) {
    return em.createNamedQuery(Notification.OF_USER, Notification.class)
        .setParameter("userId", user.getId())
        .setMaxResults(LATEST)
        .getResultList();
  }

  @Transactional
  public Notification read(User user, long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || !notification.getUserId().equals(user.getId())) {
      throw new ProblemException(
          Response.Status.NOT_FOUND, "There is no notification " + id + " of yours.");
    }
    notification.read();
    return notification;
  }

  @Transactional
  public void readAll(User user) {
    of(user).forEach(Notification::read);
  }
}
