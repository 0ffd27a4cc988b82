package io.riskwise.portfolio.boundary;

import io.riskwise.platform.database.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The portfolio feature's published read for progress reports: whether each apprentice has a risk
 * assessment draft and a submitted version, and their last portfolio activity (a draft saved or
 * evidence added), in one statement for any number of apprentices.
 */
@ApplicationScoped
public class PortfolioActivity {

  /** One apprentice's portfolio. */
  public record Facts(boolean hasDraft, boolean hasSubmitted, LocalDate lastActivity) {}

  @PersistenceContext EntityManager em;

  /** The apprentices who have anything in their portfolio, by id. */
  public Map<Long, Facts> of(Collection<Long> apprentices) {
    Map<Long, Facts> facts = new HashMap<>();
    if (apprentices.isEmpty()) {
      return facts;
    }
    String in = Rows.idList(apprentices);
    String sql =
        "select x.apprentice_id, sum(x.drafts), sum(x.versions), max(x.last) from ("
            + "select a.apprentice_id, count(distinct a.id) as drafts, count(v.id) as versions,"
            + " max(a.updated_at) as last from risk_assessment a"
            + " left join assessment_version v on v.assessment_id = a.id"
            + " where a.apprentice_id in ("
            + in
            + ") group by a.apprentice_id"
            + " union all select i.apprentice_id, 0, 0, max(i.created_at) from evidence_item i"
            + " where i.apprentice_id in ("
            + in
            + ") group by i.apprentice_id) x group by x.apprentice_id";
    for (Object[] r : Rows.list(em, sql)) {
      facts.put(
          Rows.id(r[0]), new Facts(Rows.count(r[1]) > 0, Rows.count(r[2]) > 0, Rows.day(r[3])));
    }
    return facts;
  }
}
