package io.riskwise.centre.boundary;

import io.riskwise.catalogue.boundary.Catalogues;
import io.riskwise.catalogue.control.TwinRule;
import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Framework;
import io.riskwise.catalogue.entity.Kind;
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
import io.riskwise.learning.boundary.LearningActivity;
import io.riskwise.learning.boundary.Modules;
import io.riskwise.platform.database.Rows;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.boundary.PortfolioActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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
 * fixed number of grouped statements whatever the group's size: the apprentices in scope and their
 * assessors from the centre's own tables, then each owning feature's published read for those
 * apprentices: learning ({@link LearningActivity}), portfolio ({@link PortfolioActivity}) and
 * criteria met, sign-offs and decisions ({@link Attainments}). Criteria met count for their exact
 * twins of the cross-map as well. {@link ProgressReport} and {@link Rollup} do the arithmetic.
 *
 * <p>Administrators and quality assurers see the whole centre; an assessor sees their own caseload
 * only, even inside a cohort they work with.
 */
@ApplicationScoped
public class Progress {
  static final List<String> REPORTED_UNITS = List.of("INSCS027", "C6");

  private static final String APPRENTICES =
      "select u.id, u.display_name, e.cohort_id, c.name, e.starts_on, c.planned_end_on,"
          + " c.framework_id from enrolment e join app_user u on u.id = e.apprentice_id"
          + " join cohort c on c.id = e.cohort_id"
          + " where u.active = true and c.centre_id = ?1 and (?2 is null or e.cohort_id = ?2)"
          + " and (?3 is null or exists (select 1 from allocation al"
          + "   where al.apprentice_id = u.id and al.assessor_id = ?3))";

  @Inject Catalogues catalogues;
  @Inject Modules modules;
  @Inject Cohorts cohorts;
  @Inject Rules rules;
  @Inject LearningActivity learning;
  @Inject PortfolioActivity portfolio;
  @Inject Attainments attainment;
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
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Object[]> rows =
        Rows.list(em, APPRENTICES, viewer.getCentre().getId(), cohortId, assessorId);
    List<Long> ids = rows.stream().map(r -> Rows.id(r[0])).toList();

    Map<Long, List<Long>> assessors = new HashMap<>();
    if (!ids.isEmpty()) {
      Rows.list(
              em,
              "select al.apprentice_id, al.assessor_id from allocation al"
                  + " where al.apprentice_id in ("
                  + Rows.idList(ids)
                  + ")")
          .forEach(
              r ->
                  assessors
                      .computeIfAbsent(Rows.id(r[0]), k -> new ArrayList<>())
                      .add(Rows.id(r[1])));
    }
    Map<Long, LearningActivity.Facts> learned = learning.of(ids);
    Map<Long, PortfolioActivity.Facts> portfolios = portfolio.of(ids);
    Attainments.Met criteria = attainment.criteriaMet(ids);
    Map<Long, Map<String, Integer>> met = criteria.perUnit();
    Map<Long, Set<String>> signedOff = attainment.signedOff(ids);
    Catalogue catalogue = catalogues.current();
    Set<Long> carrying = new HashSet<>(criteria.twinned().keySet());
    carrying.addAll(signedOff.keySet());
    for (long apprentice : carrying) {
      TwinRule.carriedPerStandard(
              catalogue,
              criteria.twinned().getOrDefault(apprentice, Set.of()),
              signedOff.getOrDefault(apprentice, Set.of()))
          .forEach(
              (unit, carried) ->
                  met.computeIfAbsent(apprentice, k -> new HashMap<>())
                      .merge(unit, carried, Integer::sum));
    }
    List<Turnaround> turnarounds =
        attainment.decisions(ids).stream()
            .map(d -> new Turnaround(d.apprenticeId(), d.assessorId(), d.submitted(), d.decided()))
            .toList();

    LearningActivity.Facts noLearning = new LearningActivity.Facts(0, null);
    PortfolioActivity.Facts noPortfolio = new PortfolioActivity.Facts(false, false, null);
    Map<String, Scheme> schemes = new HashMap<>();
    List<ApprenticeProgress> apprentices = new ArrayList<>();
    for (Object[] r : rows) {
      long id = Rows.id(r[0]);
      LearningActivity.Facts learnt = learned.getOrDefault(id, noLearning);
      PortfolioActivity.Facts kept = portfolios.getOrDefault(id, noPortfolio);
      ApprenticeFacts facts =
          new ApprenticeFacts(
              id,
              (String) r[1],
              Rows.id(r[2]),
              (String) r[3],
              assessors.getOrDefault(id, List.of()),
              Rows.day(r[4]),
              Rows.day(r[5]),
              met.getOrDefault(id, Map.of()),
              signedOff.getOrDefault(id, Set.of()),
              learnt.modulesCompleted(),
              latest(learnt.lastActivity(), kept.lastActivity()),
              kept.hasDraft(),
              kept.hasSubmitted());
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

  private static LocalDate latest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
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
