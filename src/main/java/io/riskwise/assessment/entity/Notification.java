package io.riskwise.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-app message to one person: a submission received, feedback given, work returned, a
 * criterion met, a unit signed off.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.OF_USER,
    query = "select n from Notification n where n.userId = :userId order by n.id desc")
@NamedQuery(
    name = Notification.UNREAD_COUNT,
    query = "select count(n) from Notification n where n.userId = :userId and n.readAt is null")
public class Notification {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private Long userId;

  @Column(nullable = false, updatable = false, length = 30)
  private String kind;

  @Column(nullable = false, updatable = false, length = 500)
  private String text;

  @Column(updatable = false, length = 300)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(Long userId, String kind, String text, String link) {
    this.userId = userId;
    this.kind = kind;
    this.text = text;
    this.link = link;
    this.createdAt = Instant.now();
  }

  public static final String OF_USER = "Notification.ofUser";
  public static final String UNREAD_COUNT = "Notification.unreadCount";

  public void read() {
    if (readAt == null) {
      readAt = Instant.now();
    }
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public String getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
