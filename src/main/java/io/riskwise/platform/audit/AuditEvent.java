package io.riskwise.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit log. Rows are written once and never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** What happened. */
  public enum Type {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    TOKEN_ISSUED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "event", nullable = false, updatable = false, length = 40)
  private String event;

  @Column(updatable = false, length = 100)
  private String username;

  @Column(name = "user_id", updatable = false)
  private Long userId;

  @Column(name = "centre_id", updatable = false)
  private Long centreId;

  @Column(name = "remote_address", updatable = false, length = 64)
  private String remoteAddress;

  @Column(name = "request_id", updatable = false, length = 64)
  private String requestId;

  @Column(updatable = false, length = 500)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      Type type,
      String username,
      Long userId,
      Long centreId,
      String remoteAddress,
      String requestId,
      String detail) {
    this.occurredAt = Instant.now();
    this.event = type.name();
    this.username = truncate(username, 100);
    this.userId = userId;
    this.centreId = centreId;
    this.remoteAddress = truncate(remoteAddress, 64);
    this.requestId = truncate(requestId, 64);
    this.detail = truncate(detail, 500);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getEvent() {
    return event;
  }

  public String getUsername() {
    return username;
  }
}
