package io.riskwise.assessment.entity;

import io.riskwise.assessment.control.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a centre's tamper-evident audit trail. The application only ever adds entries; each
 * carries the SHA-256 of the previous entry's hash and its own canonical JSON.
 */
@Entity
@Table(name = "audit_trail")
@NamedQuery(
    name = AuditEntry.OF_CENTRE,
    query = "select e from AuditEntry e where e.centreId = :centreId order by e.position")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private Long centreId;

  @Column(nullable = false, updatable = false)
  private long position;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private Long actorId;

  @Column(nullable = false, updatable = false, length = 40)
  private String event;

  @Column(nullable = false, updatable = false, length = 100)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String details;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  public AuditEntry(HashChain.Entry entry, String prevHash) {
    this.centreId = entry.centreId();
    this.position = entry.position();
    this.at = entry.at();
    this.actorId = entry.actorId();
    this.event = entry.event();
    this.subject = entry.subject();
    this.details = entry.details();
    this.prevHash = prevHash;
    this.hash = HashChain.hash(prevHash, entry);
  }

  public static final String OF_CENTRE = "AuditEntry.ofCentre";

  public HashChain.Entry entry() {
    return new HashChain.Entry(centreId, position, at, actorId, event, subject, details);
  }

  public Long getId() {
    return id;
  }

  public Long getCentreId() {
    return centreId;
  }

  public long getPosition() {
    return position;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getEvent() {
    return event;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetails() {
    return details;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
