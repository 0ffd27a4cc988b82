package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.Notification;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** In-app notifications: sent with the change that causes them, read by their recipient only. */
@ApplicationScoped
public class Notifications {
  static final int LATEST = 50;

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void send(Long userId, String kind, String text, String link) {
    em.persist(new Notification(userId, kind, text, link));
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
