package io.riskwise.centre.boundary;

import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.control.TwinRule;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Framework;
import io.riskwise.catalogue.entity.Kind;
import io.riskwise.catalogue.entity.Link;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.centre.control.ApprenticeFacts;
import io.riskwise.centre.control.ApprenticeProgress;
import io.riskwise.centre.control.ProgressReport;
import io.riskwise.centre.control.RagRules;
import io.riskwise.centre.control.Rollup;
import io.riskwise.centre.control.Scheme;
import io.riskwise.centre.control.Turnaround;
import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.boundary.Modules;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Progress of a group of apprentices (a cohort, an assessor's caseload, a whole centre) read in a
 * fixed number of grouped SQL statements whatever the group's size: one for the apprentices with
 * their learning, drafts and last activity, one each for assessors, criteria met, sign-offs and
 * assessor turnaround. Criteria met come from {@code criterion_status}, which holds each
 * criterion's latest judgement, and count for their exact twins of the cross-map as well. {@link
 * ProgressReport} and {@link Rollup} do the arithmetic.
 *
 * <p>Administrators and quality assurers see the whole centre; an assessor sees their own caseload
 * only, even inside a cohort they work with.
 */
@ApplicationScoped
public class Progress {
  static final List<String> REPORTED_UNITS = List.of("INSCS027", "C6");

  private static final String APPRENTICES =
      "select u.id, u.display_name, e.cohort_id, c.name, e.starts_on, c.planned_end_on,"
          + " c.framework_id,"
          + " (select count(*) from module_progress m where m.apprentice_id = u.id"
          + "   and m.status = 'COMPLETED'),"
          + " greatest(coalesce((select max(m.updated_at) from module_progress m"
          + "   where m.apprentice_id = u.id), '1000-01-01'),"
          + "  coalesce((select max(l.submitted_at) from learning_attempt l"
          + "   where l.apprentice_id = u.id), '1000-01-01'),"
          + "  coalesce((select max(a.updated_at) from risk_assessment a"
          + "   where a.apprentice_id = u.id), '1000-01-01'),"
          + "  coalesce((select max(i.created_at) from evidence_item i"
          + "   where i.apprentice_id = u.id), '1000-01-01')),"
          + " (select count(*) from risk_assessment a where a.apprentice_id = u.id),"
          + " (select count(*) from assessment_version v join risk_assessment a"
          + "   on a.id = v.assessment_id where a.apprentice_id = u.id)"
          + " from enrolment e join app_user u on u.id = e.apprentice_id"
          + " join cohort c on c.id = e.cohort_id"
          + " where u.active = true and c.centre_id = ?1 and (?2 is null or e.cohort_id = ?2)"
          + " and (?3 is null or exists (select 1 from allocation al"
          + "   where al.apprentice_id = u.id and al.assessor_id = ?3))";

  /** The same apprentices, as a subquery for the grouped statements below. */
  private static final String SCOPE =
      " in (select e.apprentice_id from enrolment e join cohort c on c.id = e.cohort_id"
          + " join app_user u on u.id = e.apprentice_id"
          + " where u.active = true and c.centre_id = ?1 and (?2 is null or e.cohort_id = ?2)"
          + " and (?3 is null or exists (select 1 from allocation al"
          + "   where al.apprentice_id = e.apprentice_id and al.assessor_id = ?3)))";

  private static final String ASSESSORS =
      "select al.apprentice_id, al.assessor_id from allocation al where al.apprentice_id" + SCOPE;

  /**
   * Per apprentice and unit, the criteria whose latest criterion-level judgement is met, and which
   * of them have exact twins in the cross-map ({@code source = 'DOMAIN.md'}): from those and the
   * active sign-offs, {@link TwinRule#carriedPerStandard} adds the criteria met through a twin.
   * Carrying in Java keeps the grouped statement as cheap as counting alone (a join of every met
   * criterion to its twins in SQL was four times slower on the 5,000-apprentice centre).
   */
  private static final String CRITERIA_MET =
      "select s.apprentice_id, cr.standard_code, count(*), group_concat(t.id)"
          + " from criterion_status s join criterion cr on cr.id = s.criterion_id"
          + " left join (select from_id as id from criterion_link where source = '"
          + Link.CORE
          + "' union select to_id from criterion_link where source = '"
          + Link.CORE
          + "') t on t.id = s.criterion_id"
          + " where s.status = 'MET' and cr.kind not in ('evidence', 'marking-point')"
          + " and s.apprentice_id"
          + SCOPE
          + " group by s.apprentice_id, cr.standard_code";

  private static final String SIGNED_OFF =
      "select distinct s.apprentice_id, s.unit_code from sign_off s"
          + " where s.revoked_at is null and s.apprentice_id"
          + SCOPE;

  private static final String TURNAROUND =
      "select a.apprentice_id, r.assessor_id, v.submitted_at, r.decided_at from review r"
          + " join assessment_version v on v.id = r.version_id"
          + " join risk_assessment a on a.id = v.assessment_id where a.apprentice_id"
          + SCOPE;

  @Inject Catalogues catalogues;
  @Inject Modules modules;
  @Inject Cohorts cohorts;
  @Inject Rules rules;
  @Inject ProgressCache cache;
  @PersistenceContext EntityManager em;

  /** A group's figures: each apprentice, the roll-up, and names to show beside ids. */
  public record Report(
      List<ApprenticeProgress> apprentices,
      List<Turnaround> turnarounds,
      Rollup rollup,
      Map<Long, Rollup> byCohort,
      Map<Long, Rollup> byAssessor,
      Map<Long, String> assessorNames,
      Scheme scheme,
      LocalDate today,
      Instant computedAt)
      implements Serializable {}

  /** One cohort the viewer may see ({@link Cohorts#find}); an assessor sees their own in it. */
  public Report ofCohort(User viewer, Cohort cohort) {
    return report(viewer, cohort.getId());
  }

  /** The viewer's whole centre, or an assessor's whole caseload. */
  public Report ofCentre(User viewer) {
    return report(viewer, null);
  }

  /** The centre's cohorts by id, for naming the roll-ups of a centre report. */
  public Map<Long, Cohort> cohortsOf(User viewer) {
    Map<Long, Cohort> byId = new LinkedHashMap<>();
    cohorts.all(viewer).forEach(c -> byId.put(c.getId(), c));
    return byId;
  }

  private Report report(User viewer, Long cohortId) {
    Long assessorId = seesWholeCentre(viewer) ? null : viewer.getId();
    RagRules ragRules = ragRules(viewer);
    ProgressCache.Key key =
        new ProgressCache.Key(viewer.getCentre().getId(), cohortId, assessorId, ragRules);
    return cache.get(
        key, viewer.getCentre().getCode(), () -> compute(viewer, cohortId, assessorId, ragRules));
  }

  private Report compute(User viewer, Long cohortId, Long assessorId, RagRules ragRules) {
    Object[] scope = {viewer.getCentre().getId(), cohortId, assessorId};
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    Map<Long, List<Long>> assessors = new HashMap<>();
    rows(ASSESSORS, scope)
        .forEach(r -> assessors.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(id(r[1])));
    Map<Long, Map<String, Integer>> met = new HashMap<>();
    Map<Long, Set<String>> twinnedMet = new HashMap<>();
    for (Object[] r : rows(CRITERIA_MET, scope)) {
      met.computeIfAbsent(id(r[0]), k -> new HashMap<>())
          .put((String) r[1], ((Number) r[2]).intValue());
      if (r[3] != null) {
        twinnedMet
            .computeIfAbsent(id(r[0]), k -> new HashSet<>())
            .addAll(List.of(r[3].toString().split(",")));
      }
    }
    Map<Long, Set<String>> signedOff = new HashMap<>();
    rows(SIGNED_OFF, scope)
        .forEach(r -> signedOff.computeIfAbsent(id(r[0]), k -> new HashSet<>()).add((String) r[1]));
    Catalogue catalogue = catalogues.current();
    Set<Long> carrying = new HashSet<>(twinnedMet.keySet());
    carrying.addAll(signedOff.keySet());
    for (long apprentice : carrying) {
      TwinRule.carriedPerStandard(
              catalogue,
              twinnedMet.getOrDefault(apprentice, Set.of()),
              signedOff.getOrDefault(apprentice, Set.of()))
          .forEach(
              (unit, carried) ->
                  met.computeIfAbsent(apprentice, k -> new HashMap<>())
                      .merge(unit, carried, Integer::sum));
    }
    List<Turnaround> turnarounds =
        rows(TURNAROUND, scope).stream()
            .map(r -> new Turnaround(id(r[0]), id(r[1]), day(r[2]), day(r[3])))
            .toList();

    Map<String, Scheme> schemes = new HashMap<>();
    List<ApprenticeProgress> apprentices = new ArrayList<>();
    for (Object[] r : rows(APPRENTICES, scope)) {
      long id = id(r[0]);
      LocalDate lastActivity = day(r[8]);
      ApprenticeFacts facts =
          new ApprenticeFacts(
              id,
              (String) r[1],
              id(r[2]),
              (String) r[3],
              assessors.getOrDefault(id, List.of()),
              day(r[4]),
              day(r[5]),
              met.getOrDefault(id, Map.of()),
              signedOff.getOrDefault(id, Set.of()),
              ((Number) r[7]).intValue(),
              lastActivity == null || lastActivity.getYear() == 1000 ? null : lastActivity,
              ((Number) r[9]).longValue() > 0,
              ((Number) r[10]).longValue() > 0);
      Scheme scheme = schemes.computeIfAbsent((String) r[6], f -> scheme(catalogue, f));
      apprentices.add(ProgressReport.of(facts, scheme, ragRules, today));
    }
    apprentices.sort(
        Comparator.comparing((ApprenticeProgress p) -> p.facts().name())
            .thenComparing(p -> p.facts().apprenticeId()));
    Scheme scheme =
        schemes.values().stream()
            .findFirst()
            .orElseGet(() -> scheme(catalogue, "customer-service"));
    return new Report(
        apprentices,
        turnarounds,
        Rollup.of(apprentices, turnarounds),
        Rollup.byCohort(apprentices, turnarounds),
        Rollup.byAssessor(apprentices, turnarounds),
        assessorNames(viewer),
        scheme,
        today,
        Instant.now());
  }

  /** The RAG thresholds the centre set (or the defaults). */
  public RagRules ragRules(User viewer) {
    Rules.Values values = rules.of(viewer.getCentre());
    return new RagRules(
        values.amberIdleDays(),
        values.redIdleDays(),
        values.amberBehindPoints(),
        values.redBehindPoints());
  }

  /** What the framework asks for and how many criteria each unit has to meet. */
  Scheme scheme(Catalogue catalogue, String frameworkId) {
    Framework framework =
        catalogue.framework(frameworkId).orElseGet(() -> catalogue.frameworks().get(0));
    Map<String, Integer> criteria = new TreeMap<>();
    for (Standard standard : catalogue.standards()) {
      criteria.put(
          standard.code(),
          (int)
              standard.criteria().stream()
                  .filter(c -> c.kind() != Kind.EVIDENCE && c.kind() != Kind.MARKING_POINT)
                  .count());
    }
    return new Scheme(
        criteria,
        framework.mandatory().stream().map(Framework.WorkSituation::standard).toList(),
        framework.optional().stream().map(Framework.WorkSituation::standard).toList(),
        framework.rule().optionalMinimum(),
        REPORTED_UNITS,
        modules.all().size());
  }

  private Map<Long, String> assessorNames(User viewer) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery(
            "select u.id, u.displayName from User u join u.roles r"
                + " where u.centre = :centre and r = :role",
            Object[].class)
        .setParameter("centre", viewer.getCentre())
        .setParameter("role", Role.ASSESSOR)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object[] scope) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < scope.length; i++) {
      query.setParameter(i + 1, scope[i]);
    }
    return query.getResultList();
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toLocalDate();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  /** The apprentices of one status (RED, AMBER, GREEN), or all when none is given. */
  public static List<ApprenticeProgress> withStatus(List<ApprenticeProgress> all, String rag) {
    if (rag == null || rag.isBlank()) {
      return all;
    }
    String wanted = rag.trim().toUpperCase(Locale.ROOT);
    if (!List.of("RED", "AMBER", "GREEN").contains(wanted)) {
      throw new ProblemException(
          Response.Status.BAD_REQUEST, "rag must be RED, AMBER or GREEN, not " + rag + ".");
    }
    return all.stream().filter(p -> p.rag().name().equals(wanted)).toList();
  }

  /** The name of a cohort's progress download, without its extension. */
  public static String fileName(Cohort cohort) {
    return "progress-" + cohort.getName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
  }

  static boolean seesWholeCentre(User viewer) {
    return viewer.hasRole(Role.CENTRE_ADMIN) || viewer.hasRole(Role.IQA);
  }
}
