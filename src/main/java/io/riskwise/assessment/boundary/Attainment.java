package io.riskwise.assessment.boundary;

import io.riskwise.catalogue.entity.Link;
import io.riskwise.centre.boundary.Attainments;
import io.riskwise.platform.database.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessment feature's published read for progress reports ({@link Attainments}, which the
 * centre defines), one statement each for any number of apprentices: the criteria met, the units
 * signed off and how long each decision took.
 */
@ApplicationScoped
public class Attainment implements Attainments {

  @PersistenceContext EntityManager em;

  /**
   * Carrying in Java keeps the statement as cheap as counting alone (a join of every met criterion
   * to its twins in SQL was four times slower on the 5,000-apprentice centre).
   */
  @Override
  public Met criteriaMet(Collection<Long> apprentices) {
    Map<Long, Map<String, Integer>> perUnit = new HashMap<>();
    Map<Long, Set<String>> twinned = new HashMap<>();
    if (apprentices.isEmpty()) {
      return new Met(perUnit, twinned);
    }
    String sql =
        "select s.apprentice_id, cr.standard_code, count(*), group_concat(t.id)"
            + " from criterion_status s join criterion cr on cr.id = s.criterion_id"
            + " left join (select from_id as id from criterion_link where source = '"
            + Link.CORE
            + "' union select to_id from criterion_link where source = '"
            + Link.CORE
            + "') t on t.id = s.criterion_id"
            + " where s.status = 'MET' and cr.kind not in ('evidence', 'marking-point')"
            + " and s.apprentice_id in ("
            + Rows.idList(apprentices)
            + ") group by s.apprentice_id, cr.standard_code";
    for (Object[] r : Rows.list(em, sql)) {
      long apprentice = Rows.id(r[0]);
      perUnit
          .computeIfAbsent(apprentice, k -> new HashMap<>())
          .put((String) r[1], Rows.count(r[2]));
      if (r[3] != null) {
        twinned
            .computeIfAbsent(apprentice, k -> new HashSet<>())
            .addAll(List.of(r[3].toString().split(",")));
      }
    }
    return new Met(perUnit, twinned);
  }

  /** The units each apprentice has an active (not revoked) sign-off of. */
  @Override
  public Map<Long, Set<String>> signedOff(Collection<Long> apprentices) {
    Map<Long, Set<String>> units = new HashMap<>();
    if (apprentices.isEmpty()) {
      return units;
    }
    String sql =
        "select distinct s.apprentice_id, s.unit_code from sign_off s"
            + " where s.revoked_at is null and s.apprentice_id in ("
            + Rows.idList(apprentices)
            + ")";
    Rows.list(em, sql)
        .forEach(
            r -> units.computeIfAbsent(Rows.id(r[0]), k -> new HashSet<>()).add((String) r[1]));
    return units;
  }

  /** Every decision on the apprentices' submissions. */
  @Override
  public List<Decided> decisions(Collection<Long> apprentices) {
    if (apprentices.isEmpty()) {
      return List.of();
    }
    String sql =
        "select a.apprentice_id, r.assessor_id, v.submitted_at, r.decided_at from review r"
            + " join assessment_version v on v.id = r.version_id"
            + " join risk_assessment a on a.id = v.assessment_id where a.apprentice_id in ("
            + Rows.idList(apprentices)
            + ")";
    return Rows.list(em, sql).stream()
        .map(r -> new Decided(Rows.id(r[0]), Rows.id(r[1]), Rows.day(r[2]), Rows.day(r[3])))
        .toList();
  }
}
