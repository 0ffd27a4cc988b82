package io.riskwise.platform.audit;

import io.riskwise.platform.logging.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Writes audit events in their own transaction, so that a failed sign-in is recorded even though
 * nothing else about the request is saved.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;

  @Inject RequestContext request;

  @Transactional(TxType.REQUIRES_NEW)
  public void record(
      AuditEvent.Type type, String username, Long userId, Long centreId, String detail) {
    em.persist(
        new AuditEvent(
            type,
            username,
            userId,
            centreId,
            request.remoteAddress(),
            request.requestId(),
            detail));
  }
}
