package io.riskwise.assessment.boundary;

import io.riskwise.assessment.control.HashChain;
import io.riskwise.assessment.entity.AuditEntry;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AdministrativeChange;
import io.riskwise.platform.audit.CentreChanged;
import io.riskwise.platform.json.CanonicalJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Appends to a centre's hash-chained audit trail, in the same transaction as the change it records
 * (so a change and its entry are saved together or not at all), and verifies the chain. Appends to
 * one centre are serialised by locking the centre's row, which holds the position of its last entry
 * (a locking read of the last entry itself also locked the index gap after it, where two new
 * centres' first entries deadlocked). Nothing here updates or deletes an entry. Each append tells
 * observers that the centre changed ({@link CentreChanged}).
 */
@ApplicationScoped
public class AuditTrail {
  @Inject Event<CentreChanged> changed;

  @PersistenceContext EntityManager em;

  /** The answer of a verification; {@code firstBrokenEntry} is present, as null, when intact. */
  public record Verification(boolean intact, long entries, @JsonbNillable Long firstBrokenEntry) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(User actor, String event, String subject, Map<String, ?> details) {
    append(actor.getCentre().getId(), actor.getId(), event, subject, details);
  }

  /** Appends a change another feature made, in its transaction. */
  void record(@Observes AdministrativeChange change) {
    append(change.centreId(), change.actorId(), change.event(), change.subject(), change.details());
  }

  private void append(
      Long centreId, Long actorId, String event, String subject, Map<String, ?> details) {
    long last =
        ((Number)
                em.createNativeQuery("SELECT audit_position FROM centre WHERE id = ? FOR UPDATE")
                    .setParameter(1, centreId)
                    .getSingleResult())
            .longValue();
    long position = last + 1;
    String previous =
        last == 0
            ? HashChain.GENESIS
            : (String)
                em.createNativeQuery(
                        "SELECT hash FROM audit_trail WHERE centre_id = ? AND position = ?"
                            + " FOR UPDATE")
                    .setParameter(1, centreId)
                    .setParameter(2, last)
                    .getSingleResult();
    HashChain.Entry entry =
        new HashChain.Entry(
            centreId,
            position,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            actorId,
            event,
            subject,
            canonical(details));
    em.persist(new AuditEntry(entry, previous));
    em.createNativeQuery("UPDATE centre SET audit_position = ? WHERE id = ?")
        .setParameter(1, position)
        .setParameter(2, centreId)
        .executeUpdate();
    changed.fire(new CentreChanged(centreId));
  }

  public Verification verify(Long centreId) {
    List<HashChain.Linked> chain =
        em.createNamedQuery(AuditEntry.OF_CENTRE, AuditEntry.class)
            .setParameter("centreId", centreId)
            .getResultStream()
            .map(e -> new HashChain.Linked(e.entry(), e.getPrevHash(), e.getHash()))
            .toList();
    Long broken = HashChain.firstBroken(chain);
    return new Verification(broken == null, chain.size(), broken);
  }

  /** The details as one JSON object in RFC 8785 form; numbers are whole (ids and counts). */
  private static String canonical(Map<String, ?> details) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    details.forEach(
        (key, value) -> {
          if (value == null) {
            json.addNull(key);
          } else if (value instanceof Number number) {
            json.add(key, number.longValue());
          } else {
            json.add(key, value.toString());
          }
        });
    return CanonicalJson.of(json.build());
  }
}
