package io.riskwise.catalogue.boundary;

import io.riskwise.catalogue.control.TwinRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link TwinRule} for one apprentice, read in two statements: each criterion's latest
 * criterion-level judgement (kept in {@code criterion_status} by the assessment feature) with its
 * assessor's name, and the units with an active sign-off. The unit pages, the API, sign-off and the
 * criteria grid all ask here, so every screen counts a judgement for its twins the same way.
 */
@ApplicationScoped
public class Twins {
  private static final String LATEST =
      "select s.criterion_id, s.status, u.display_name, j.judged_at from criterion_status s"
          + " join judgement j on j.id = s.judgement_id join app_user u on u.id = j.assessor_id"
          + " where s.apprentice_id = ?1";

  private static final String SIGNED_OFF =
      "select o.unit_code, u.display_name, o.signed_at from sign_off o"
          + " join app_user u on u.id = o.assessor_id"
          + " where o.apprentice_id = ?1 and o.revoked_at is null order by o.id";

  @Inject Catalogues catalogues;
  @PersistenceContext EntityManager em;

  public TwinRule of(long apprenticeId) {
    Map<String, TwinRule.Judged> latest = new HashMap<>();
    for (Object[] r : rows(LATEST, apprenticeId)) {
      latest.put((String) r[0], new TwinRule.Judged("MET".equals(r[1]), (String) r[2], day(r[3])));
    }
    Map<String, TwinRule.SignedOff> signedOff = new HashMap<>();
    for (Object[] r : rows(SIGNED_OFF, apprenticeId)) {
      signedOff.put((String) r[0], new TwinRule.SignedOff((String) r[1], day(r[2])));
    }
    return new TwinRule(catalogues.current(), latest, signedOff);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long apprenticeId) {
    return em.createNativeQuery(sql).setParameter(1, apprenticeId).getResultList();
  }

  private static LocalDate day(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toLocalDate();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
