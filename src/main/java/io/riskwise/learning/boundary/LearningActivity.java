package io.riskwise.learning.boundary;

import io.riskwise.platform.database.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The learning feature's published read for progress reports: each apprentice's modules completed
 * and last learning activity (module progress or a knowledge check), in one statement for any
 * number of apprentices.
 */
@ApplicationScoped
public class LearningActivity {

  /** One apprentice's learning; {@code lastActivity} is null when they never started. */
  public record Facts(int modulesCompleted, LocalDate lastActivity) {}

  @PersistenceContext EntityManager em;

  /** The apprentices who have any learning, by id. */
  public Map<Long, Facts> of(Collection<Long> apprentices) {
    Map<Long, Facts> facts = new HashMap<>();
    if (apprentices.isEmpty()) {
      return facts;
    }
    String in = Rows.idList(apprentices);
    String sql =
        "select x.apprentice_id, sum(x.completed), max(x.last) from ("
            + "select m.apprentice_id, sum(m.status = 'COMPLETED') as completed,"
            + " max(m.updated_at) as last from module_progress m"
            + " where m.apprentice_id in ("
            + in
            + ") group by m.apprentice_id"
            + " union all select l.apprentice_id, 0, max(l.submitted_at) from learning_attempt l"
            + " where l.apprentice_id in ("
            + in
            + ") group by l.apprentice_id) x group by x.apprentice_id";
    for (Object[] r : Rows.list(em, sql)) {
      facts.put(Rows.id(r[0]), new Facts(Rows.count(r[1]), Rows.day(r[2])));
    }
    return facts;
  }
}
