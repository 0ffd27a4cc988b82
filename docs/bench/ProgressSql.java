import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times one hand-written SQL query that computes, for every apprentice of a cohort, the figures of
 * the cohort progress view: the base line that the application's progress report can be compared
 * with. Needs the MySQL driver on the class path:
 *
 * <pre>
 * java -cp ~/.m2/repository/com/mysql/mysql-connector-j/9.5.0/mysql-connector-j-9.5.0.jar \
 *   docs/bench/ProgressSql.java jdbc:mysql://localhost:3307/riskwise?sslMode=DISABLED root embedded \
 *   [cohort-id] [iterations]
 * </pre>
 *
 * Per apprentice: the criteria met of INSCS027 and of C6 (the latest criterion-level judgement of
 * each criterion, kept in {@code criterion_status} beside the judgements, is MET;
 * evidence requirements and marking points guide judging and are not counted), the units with an
 * active sign-off, the modules completed, the last activity (the latest module progress, learning
 * attempt, draft save, evidence item or submission) and whether they have a draft and a submitted
 * version. Runs the query {@code iterations} times after a tenth as many warm-up runs.
 */
public class ProgressSql {
  static final String SQL =
      """
      select e.apprentice_id, u.username, u.display_name,
             coalesce(j.inscs027_met, 0) as inscs027_met, units.inscs027_criteria,
             coalesce(j.c6_met, 0) as c6_met, units.c6_criteria,
             coalesce(s.units, '') as signed_off,
             coalesce(m.completed, 0) as modules_completed,
             nullif(greatest(coalesce(m.last, d.zero), coalesce(la.last, d.zero),
                             coalesce(ra.saved, d.zero), coalesce(ra.submitted, d.zero),
                             coalesce(ev.last, d.zero)), d.zero) as last_activity,
             ra.apprentice_id is not null as has_draft,
             ra.submitted is not null as has_submitted
      from enrolment e
      join app_user u on u.id = e.apprentice_id
      cross join (select timestamp '1000-01-01 00:00:00' as zero) d
      cross join (
        select sum(c.standard_code = 'INSCS027') as inscs027_criteria,
               sum(c.standard_code = 'C6') as c6_criteria
        from criterion c
        where c.standard_code in ('INSCS027', 'C6') and c.kind not in ('evidence', 'marking-point')
      ) units
      left join (
        select cs.apprentice_id,
               sum(c.standard_code = 'INSCS027') as inscs027_met,
               sum(c.standard_code = 'C6') as c6_met
        from enrolment e
        join criterion_status cs on cs.apprentice_id = e.apprentice_id
        join criterion c on c.id = cs.criterion_id
        where e.cohort_id = ? and cs.status = 'MET' and c.standard_code in ('INSCS027', 'C6')
          and c.kind not in ('evidence', 'marking-point')
        group by cs.apprentice_id
      ) j on j.apprentice_id = e.apprentice_id
      left join (
        select s.apprentice_id, group_concat(distinct s.unit_code order by s.unit_code) as units
        from enrolment e
        join sign_off s on s.apprentice_id = e.apprentice_id
        where e.cohort_id = ? and s.revoked_at is null
        group by s.apprentice_id
      ) s on s.apprentice_id = e.apprentice_id
      left join (
        select p.apprentice_id, sum(p.status = 'COMPLETED') as completed, max(p.updated_at) as last
        from enrolment e
        join module_progress p on p.apprentice_id = e.apprentice_id
        where e.cohort_id = ?
        group by p.apprentice_id
      ) m on m.apprentice_id = e.apprentice_id
      left join (
        select a.apprentice_id, max(a.submitted_at) as last
        from enrolment e
        join learning_attempt a on a.apprentice_id = e.apprentice_id
        where e.cohort_id = ?
        group by a.apprentice_id
      ) la on la.apprentice_id = e.apprentice_id
      left join (
        select r.apprentice_id, max(r.updated_at) as saved, max(v.submitted_at) as submitted
        from enrolment e
        join risk_assessment r on r.apprentice_id = e.apprentice_id
        left join assessment_version v on v.assessment_id = r.id
        where e.cohort_id = ?
        group by r.apprentice_id
      ) ra on ra.apprentice_id = e.apprentice_id
      left join (
        select x.apprentice_id, max(x.created_at) as last
        from enrolment e
        join evidence_item x on x.apprentice_id = e.apprentice_id
        where e.cohort_id = ?
        group by x.apprentice_id
      ) ev on ev.apprentice_id = e.apprentice_id
      where e.cohort_id = ?
      order by u.display_name, e.apprentice_id
      """;

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "jdbc:mysql://localhost:3307/riskwise?sslMode=DISABLED";
    String user = args.length > 1 ? args[1] : "root";
    String password = args.length > 2 ? args[2] : "embedded";
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      long cohort = args.length > 3 ? Long.parseLong(args[3]) : largestCohort(c);
      int iterations = args.length > 4 ? Integer.parseInt(args[4]) : 200;
      int warmUp = Math.max(1, iterations / 10);
      List<Double> times = new ArrayList<>();
      int rows = 0;
      List<String> sample = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(SQL)) {
        for (int p = 1; p <= 7; p++) {
          query.setLong(p, cohort);
        }
        for (int i = 1; i <= warmUp + iterations; i++) {
          long start = System.nanoTime();
          int count = 0;
          try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
              count++;
              if (i == 1 && count <= 5) {
                sample.add(row(result));
              }
            }
          }
          double ms = (System.nanoTime() - start) / 1e6;
          if (i > warmUp) {
            times.add(ms);
          }
          rows = count;
        }
      }
      Collections.sort(times);
      System.out.printf(
          "Cohort %d: %,d rows, %d runs after %d warm-up%n", cohort, rows, iterations, warmUp);
      System.out.printf(
          "p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n",
          at(times, 0.50), at(times, 0.95), at(times, 0.99), times.get(times.size() - 1));
      System.out.println("First rows:");
      sample.forEach(line -> System.out.println("  " + line));
    }
  }

  /** The cohort with the most apprentices, when none is named. */
  static long largestCohort(Connection c) throws Exception {
    try (PreparedStatement query =
            c.prepareStatement(
                "select cohort_id from enrolment group by cohort_id order by count(*) desc limit 1");
        ResultSet result = query.executeQuery()) {
      if (!result.next()) {
        throw new IllegalStateException("There are no enrolments: generate a centre first.");
      }
      return result.getLong(1);
    }
  }

  static String row(ResultSet result) throws Exception {
    ResultSetMetaData meta = result.getMetaData();
    StringBuilder line = new StringBuilder();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      line.append(i > 1 ? ", " : "").append(meta.getColumnLabel(i)).append('=').append(result.getString(i));
    }
    return line.toString();
  }

  static double at(List<Double> sorted, double quantile) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
  }
}
